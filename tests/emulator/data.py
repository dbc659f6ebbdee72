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
(WGS 84), kept in two arrays. Attribute columns are sequences computed from the
row when read (:class:`FormulaColumn`), and the uniform grid that answers
envelope queries without scanning every point is built by the first such query:
a million points take about half a second and 40 MB (see README.md).

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
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Callable, Optional

from .geometry import Envelope, from_wgs84

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
POINT = "point"  # the generated data sets, by geometry (Service.geometry): these points,
POLYGON = "polygon"  # or parcels (parcels.py)
_CHUNK = 65_536  # random positions are made this many at a time (no list of a million floats at once)


class FormulaColumn(Sequence):
    """A read-only column whose value at ``row`` is ``formula(row)``: nothing is stored.

    ``nullable=False`` promises the formula never gives None (``None in column`` is then
    answered without reading the column).
    """

    def __init__(self, count: int, formula: Callable[[int], Any], nullable: bool = False) -> None:
        self.count = count
        self.formula = formula
        self.nullable = nullable

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, row: Any) -> Any:
        if isinstance(row, slice):
            return [self.formula(r) for r in range(*row.indices(self.count))]
        if row < 0:
            row += self.count
        if not 0 <= row < self.count:
            raise IndexError(row)
        return self.formula(row)

    def __iter__(self) -> Iterator[Any]:
        return map(self.formula, range(self.count))

    def __contains__(self, value: object) -> bool:
        if value is None and not self.nullable:
            return False
        return any(item == value for item in self)


def _uniform(rng: random.Random, low: float, high: float, count: int) -> array:
    """``count`` draws of ``rng.uniform(low, high)`` (the same floats), made fast."""
    draw, span = rng.random, high - low
    values = array("d")
    for start in range(0, count, _CHUNK):
        values.extend([low + span * draw() for _ in range(min(_CHUNK, count - start))])
    return values


class PointDataset:
    """``count`` points; row ``r`` (0-based) has OBJECTID ``r + 1``.

    What the services read of any data set (also :class:`.parcels.ParcelDataset`): ``count``,
    ``columns`` (name → sequence by row), ``fields`` and the names derived from them,
    ``geometry_type``, ``extent``, ``xs``/``ys`` (a position per row: the point, or a
    polygon's centre, for drawing and identify), ``rows()``, ``has_row()``, ``rows_in()``,
    ``attributes()``, ``geometry()``, ``parts()``, ``lock``.
    """

    geometry_type = "esriGeometryPoint"
    fields: list[dict[str, Any]] = FIELDS
    field_names: list[str] = FIELD_NAMES
    field_types: dict[str, str] = FIELD_TYPES
    object_id_field = OBJECT_ID_FIELD
    global_id_field = ""
    display_field = DISPLAY_FIELD

    def __init__(self, count: int, seed: int = 20_240_601) -> None:
        if count < 0:
            raise ValueError("feature count must be >= 0")
        self.count = count
        rng = random.Random(seed)
        ext = DATA_EXTENT
        self.xs = _uniform(rng, ext.xmin, ext.xmax, count)
        self.ys = _uniform(rng, ext.ymin, ext.ymax, count)
        self.columns: dict[str, Any] = {
            "OBJECTID": FormulaColumn(count, lambda row: row + 1),
            "name": FormulaColumn(count, lambda row: f"Point {row + 1}"),
            "category": FormulaColumn(count, lambda row: CATEGORIES[row % 4]),
            "value": FormulaColumn(count, lambda row: ((row + 1) % 1000) / 10),
            "rank": FormulaColumn(count, lambda row: (row + 1) % 100),
            "created": FormulaColumn(count, lambda row: EPOCH_2020_MS + ((row + 1) % 366) * DAY_MS),
        }
        self.extent = Envelope(min(self.xs), min(self.ys), max(self.xs), max(self.ys)) if count else DATA_EXTENT
        self._cell_w = (ext.xmax - ext.xmin) / _GRID_CELLS
        self._cell_h = (ext.ymax - ext.ymin) / _GRID_CELLS
        self._grid: Optional[list[array]] = None  # built by the first envelope query (`_cells`)
        self._grid_lock = threading.Lock()
        self.deleted: set[int] = set()
        # Held while a request reads or edits an editable data set, so nobody sees half an edit; a
        # generated one never changes, and its readers never wait for each other.
        self.lock: AbstractContextManager[Any] = contextlib.nullcontext()

    @property
    def _cells(self) -> list[array]:
        """Row numbers by grid cell, ascending in each cell; made once, on first use."""
        if self._grid is None:
            with self._grid_lock:
                if self._grid is None:
                    cells: list[array] = [array("l") for _ in range(_GRID_CELLS * _GRID_CELLS)]
                    ext, last = DATA_EXTENT, _GRID_CELLS - 1
                    cell_w, cell_h = self._cell_w, self._cell_h
                    for row, (x, y) in enumerate(zip(self.xs, self.ys)):
                        cx = min(last, max(0, int((x - ext.xmin) / cell_w)))
                        cy = min(last, max(0, int((y - ext.ymin) / cell_h)))
                        cells[cy * _GRID_CELLS + cx].append(row)
                    self._grid = cells
        return self._grid

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

    def parts(self, row: int, wkid: int) -> list[list[tuple[float, float]]]:
        """The row's geometry as parts of vertices in `wkid`: a point is one part of one vertex."""
        return [[from_wgs84(self.xs[row], self.ys[row], wkid)]]

    def geometry(self, row: int, wkid: int) -> dict[str, Any]:
        """The row's geometry as Esri JSON in `wkid`."""
        x, y = from_wgs84(self.xs[row], self.ys[row], wkid)
        return {"x": x, "y": y}

    def editable_copy(self) -> EditableDataset:
        """A copy that edits change; columns become lists, which can hold NULLs."""
        editable = copy.copy(self)
        editable.__class__ = EditableDataset
        editable.xs, editable.ys = array("d", self.xs), array("d", self.ys)
        editable.columns = {name: list(column) for name, column in self.columns.items()}
        editable._grid = [array("l", cell) for cell in self._cells]
        editable._grid_lock = threading.Lock()
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


def dataset(count: int, geometry: str = POINT) -> PointDataset:
    """Data sets are immutable: servers and services of the same geometry and size share one."""
    return _dataset(count, geometry)


@functools.lru_cache(maxsize=8)
def _dataset(count: int, geometry: str) -> PointDataset:
    if geometry == POLYGON:
        from .parcels import ParcelDataset  # here: parcels.py builds on this module

        return ParcelDataset(count)
    if geometry != POINT:
        raise ValueError(f"unknown geometry {geometry!r}; one of {POINT!r}, {POLYGON!r}")
    return PointDataset(count)
