"""The generated point data set every emulated service serves.

Attributes follow simple formulas of the 1-based OBJECTID ``i``, so tests can
state expected results without reading the emulator:

==========  ===================  ====================================
field       type                 value
==========  ===================  ====================================
OBJECTID    esriFieldTypeOID     ``i``
name        esriFieldTypeString  ``f"Point {i}"``
category    esriFieldTypeString  ``"ABCD"[(i - 1) % 4]``
value       esriFieldTypeDouble  ``(i % 1000) / 10``
rank        esriFieldTypeInteger ``i % 100``
created     esriFieldTypeDate    2020-01-01 UTC + ``i % 366`` days, in ms
==========  ===================  ====================================

Positions are pseudo-random (seeded, so deterministic) inside ``DATA_EXTENT``
(WGS 84). Columns are plain lists/arrays; a uniform grid answers envelope
queries without scanning every point.

A generated data set is shared by every service of its size, so it never
changes. An editable service works on its own :class:`EditableDataset` (a copy
made when the service is first used): added features get the next OBJECTID,
which stays ``row + 1`` because rows are only appended, and deleted rows are
left in place, marked dead, so OBJECTIDs are never reused.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import random
import threading
from array import array
from contextlib import AbstractContextManager
from typing import Any, Optional

from .geometry import Envelope

DATA_EXTENT = Envelope(-10.0, 35.0, 30.0, 60.0)
CATEGORIES = "ABCD"
EPOCH_2020_MS = 1_577_836_800_000
DAY_MS = 86_400_000
OBJECT_ID_FIELD = "OBJECTID"
DISPLAY_FIELD = "name"
_GRID_CELLS = 64  # per axis

FIELDS: list[dict[str, Any]] = [
    {"name": "OBJECTID", "type": "esriFieldTypeOID", "alias": "OBJECTID", "sqlType": "sqlTypeOther"},
    {"name": "name", "type": "esriFieldTypeString", "alias": "Name", "sqlType": "sqlTypeOther", "length": 64},
    {"name": "category", "type": "esriFieldTypeString", "alias": "Category", "sqlType": "sqlTypeOther", "length": 8},
    {"name": "value", "type": "esriFieldTypeDouble", "alias": "Value", "sqlType": "sqlTypeOther"},
    {"name": "rank", "type": "esriFieldTypeInteger", "alias": "Rank", "sqlType": "sqlTypeOther"},
    {"name": "created", "type": "esriFieldTypeDate", "alias": "Created", "sqlType": "sqlTypeOther", "length": 8},
]
for _field in FIELDS:
    _field.update(nullable=_field["name"] != OBJECT_ID_FIELD, editable=False, domain=None, defaultValue=None)
FIELD_NAMES = [f["name"] for f in FIELDS]
FIELD_TYPES = {f["name"]: f["type"] for f in FIELDS}


class PointDataset:
    """``count`` points; row ``r`` (0-based) has OBJECTID ``r + 1``."""

    def __init__(self, count: int, seed: int = 20_240_601) -> None:
        if count < 0:
            raise ValueError("feature count must be >= 0")
        self.count = count
        rng = random.Random(seed)
        ext = DATA_EXTENT
        self.xs = array("d", (rng.uniform(ext.xmin, ext.xmax) for _ in range(count)))
        self.ys = array("d", (rng.uniform(ext.ymin, ext.ymax) for _ in range(count)))
        ids = range(1, count + 1)
        self.columns: dict[str, Any] = {
            "OBJECTID": array("l", ids),
            "name": [f"Point {i}" for i in ids],
            "category": [CATEGORIES[(i - 1) % 4] for i in ids],
            "value": array("d", ((i % 1000) / 10 for i in ids)),
            "rank": array("l", (i % 100 for i in ids)),
            "created": array("q", (EPOCH_2020_MS + (i % 366) * DAY_MS for i in ids)),
        }
        self.extent = Envelope(min(self.xs), min(self.ys), max(self.xs), max(self.ys)) if count else DATA_EXTENT
        self._cell_w = (ext.xmax - ext.xmin) / _GRID_CELLS
        self._cell_h = (ext.ymax - ext.ymin) / _GRID_CELLS
        self._cells: list[array] = [array("l") for _ in range(_GRID_CELLS * _GRID_CELLS)]
        for row in range(count):
            self._cell(row).append(row)
        self.deleted: set[int] = set()
        # Held while a request reads or edits an editable data set, so nobody sees half an edit; a
        # generated one never changes, and its readers never wait for each other.
        self.lock: AbstractContextManager[Any] = contextlib.nullcontext()

    def _cell_of(self, x: float, y: float) -> tuple[int, int]:
        ext = DATA_EXTENT
        cx = min(_GRID_CELLS - 1, max(0, int((x - ext.xmin) / self._cell_w)))
        cy = min(_GRID_CELLS - 1, max(0, int((y - ext.ymin) / self._cell_h)))
        return cx, cy

    def _cell(self, row: int) -> array:
        cx, cy = self._cell_of(self.xs[row], self.ys[row])
        return self._cells[cy * _GRID_CELLS + cx]

    def rows(self) -> list[int]:
        """Every row that is not deleted, ascending."""
        if not self.deleted:
            return list(range(self.count))
        return [row for row in range(self.count) if row not in self.deleted]

    def has_row(self, row: int) -> bool:
        return 0 <= row < self.count and row not in self.deleted

    def rows_in(self, env: Envelope) -> list[int]:
        """Rows whose point lies in the WGS 84 envelope (bounds included), ascending."""
        ext = self.extent
        if env.xmin <= ext.xmin and env.ymin <= ext.ymin and env.xmax >= ext.xmax and env.ymax >= ext.ymax:
            return self.rows()
        if env.xmax < ext.xmin or env.xmin > ext.xmax or env.ymax < ext.ymin or env.ymin > ext.ymax:
            return []
        x0, y0 = self._cell_of(env.xmin, env.ymin)
        x1, y1 = self._cell_of(env.xmax, env.ymax)
        xs, ys = self.xs, self.ys
        rows = [
            row
            for cy in range(y0, y1 + 1)
            for cx in range(x0, x1 + 1)
            for row in self._cells[cy * _GRID_CELLS + cx]
            if env.xmin <= xs[row] <= env.xmax and env.ymin <= ys[row] <= env.ymax
        ]
        rows.sort()
        return rows

    def attributes(self, row: int, fields: list[str]) -> dict[str, Any]:
        return {name: self.columns[name][row] for name in fields}

    def editable_copy(self) -> EditableDataset:
        """A copy that edits change; columns become lists, which can hold NULLs."""
        editable = copy.copy(self)
        editable.__class__ = EditableDataset
        editable.xs, editable.ys = array("d", self.xs), array("d", self.ys)
        editable.columns = {name: list(column) for name, column in self.columns.items()}
        editable._cells = [array("l", cell) for cell in self._cells]
        editable.deleted = set(self.deleted)
        editable.lock = threading.RLock()
        return editable


class EditableDataset(PointDataset):
    """A data set that edits change (see the module doc); callers hold ``lock`` and pass checked values."""

    def add(self, x: float, y: float, attributes: dict[str, Any]) -> int:
        """A new point; returns its OBJECTID."""
        row = self.count
        self.xs.append(x)
        self.ys.append(y)
        for name, column in self.columns.items():
            column.append(row + 1 if name == OBJECT_ID_FIELD else attributes.get(name))
        self._cell(row).append(row)
        self.count += 1
        self._cover(x, y)
        return row + 1

    def update(self, row: int, point: Optional[tuple[float, float]], attributes: dict[str, Any]) -> None:
        if point is not None:
            self._cell(row).remove(row)
            self.xs[row], self.ys[row] = point
            self._cell(row).append(row)
            self._cover(*point)
        for name, value in attributes.items():
            if name != OBJECT_ID_FIELD:
                self.columns[name][row] = value

    def delete(self, row: int) -> None:
        self._cell(row).remove(row)
        self.deleted.add(row)

    def _cover(self, x: float, y: float) -> None:
        """Grow the extent to hold a new position (it never shrinks, as on a real layer)."""
        ext = self.extent
        self.extent = Envelope(min(ext.xmin, x), min(ext.ymin, y), max(ext.xmax, x), max(ext.ymax, y))


@functools.lru_cache(maxsize=8)
def dataset(count: int) -> PointDataset:
    """Data sets are immutable: servers and services of the same size share one."""
    return PointDataset(count)
