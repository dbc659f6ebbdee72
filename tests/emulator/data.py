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
"""

from __future__ import annotations

import functools
import random
from array import array
from typing import Any

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
            cx, cy = self._cell_of(self.xs[row], self.ys[row])
            self._cells[cy * _GRID_CELLS + cx].append(row)

    def _cell_of(self, x: float, y: float) -> tuple[int, int]:
        ext = DATA_EXTENT
        cx = min(_GRID_CELLS - 1, max(0, int((x - ext.xmin) / self._cell_w)))
        cy = min(_GRID_CELLS - 1, max(0, int((y - ext.ymin) / self._cell_h)))
        return cx, cy

    def rows_in(self, env: Envelope) -> list[int]:
        """Rows whose point lies in the WGS 84 envelope (bounds included), ascending."""
        ext = self.extent
        if env.xmin <= ext.xmin and env.ymin <= ext.ymin and env.xmax >= ext.xmax and env.ymax >= ext.ymax:
            return list(range(self.count))
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


@functools.lru_cache(maxsize=8)
def dataset(count: int) -> PointDataset:
    """Data sets are immutable: servers and services of the same size share one."""
    return PointDataset(count)
