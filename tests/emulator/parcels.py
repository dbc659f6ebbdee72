"""A generated polygon data set with 20 attribute fields of every type QGIS reads: ``Service(geometry="polygon")``.

Parcel ``i`` (OBJECTID, 1-based; row ``i - 1``) lies in cell ``i - 1`` of a grid over
``PARCEL_EXTENT`` (WGS 84), filled row by row from the top left, as many columns as
rows: a square, a hexagon, a square with a square hole, or two squares (multipart),
by ``i % 10``. Rings are in ArcGIS's orientation (outer rings clockwise, holes
counter-clockwise) and closed. Positions are jittered and attributes drawn by a
seeded hash of the row, so the data set is deterministic and nothing is stored:
every value is computed when read, a million parcels cost nothing until asked.

==================  ============================  ======================================
field               type                          values
==================  ============================  ======================================
OBJECTID            esriFieldTypeOID              ``i``
parcel_id           esriFieldTypeString           ``f"P-{i:07d}"``
name                esriFieldTypeString           non-ASCII names (``"Grünfläche 12"``); nulls
category            esriFieldTypeString           ``"ABCD"[(i - 1) % 4]`` (the renderer's field)
zone                esriFieldTypeSmallInteger     -10..39; nulls
owners              esriFieldTypeInteger          the whole 32-bit range; nulls
area_ratio          esriFieldTypeSingle           multiples of 1/256 (exact in 32 bits); nulls
area_m2             esriFieldTypeDouble           the polygon's area, m² (2 decimals)
perimeter_m         esriFieldTypeDouble           its perimeter, m (2 decimals)
assessed_value      esriFieldTypeDouble           2 decimals; nulls
registered          esriFieldTypeDate             1990..2024, epoch ms; nulls
last_survey         esriFieldTypeDate             1950..2024 (before 1970: negative ms); nulls
parcel_guid         esriFieldTypeGUID             ``{XXXXXXXX-XXXX-…}``; nulls
GlobalID            esriFieldTypeGlobalID         ``{XXXXXXXX-XXXX-…}``
address             esriFieldTypeString           non-ASCII street names; nulls
municipality        esriFieldTypeString           non-ASCII place names; nulls
land_use            esriFieldTypeString           six codes; nulls
notes               esriFieldTypeString           mostly null; quotes, a newline, an emoji, ``""``
elevation           esriFieldTypeDouble           2 decimals, some negative; nulls
tax_rate            esriFieldTypeDouble           0.000..0.999; nulls
==================  ============================  ======================================

Every field declared ``nullable`` holds some NULLs (``tests/unit/test_emulator_pbf.py``
checks it); OBJECTID, parcel_id, category, area_m2, perimeter_m and GlobalID never do.
"""

# ruff: noqa: RUF001 - look-alike letters and quotes are the point: attributes QGIS must read back intact

from __future__ import annotations

import contextlib
import math
from typing import Any, Callable

from .data import CATEGORIES, DAY_MS, FormulaColumn, PointDataset
from .geometry import WGS84, Envelope, from_wgs84

PARCEL_EXTENT = Envelope(6.05, 46.15, 6.25, 46.3)  # WGS 84: 10,000 parcels are about 150 m across
_SEED = 20_250_301
_MASK = (1 << 64) - 1
_EPOCH_1950_MS = -631_152_000_000
_EPOCH_1990_MS = 631_152_000_000
_YEARS_MS = 365 * DAY_MS
_SURVEY_SECONDS = 75 * _YEARS_MS // 1000  # last_survey: whole seconds over 75 years from 1950
_METRES_PER_DEGREE = 111_319.49

_NAMES = (
    "Parcelle des Prés", "Grünfläche", "Åkerlund", "Łąka Dolna", "Ἀγρός", "田んぼ", "Çayır",
    "Žitné pole", "Bois de l’Étang", "Ferme « La Côte »",
)  # fmt: skip
_STREETS = (
    "Rue de l’Église", "Hauptstraße", "Via Sant’Antonio", "Plac Świętego Ducha", "Οδός Καλαμάτας",
    "Ulica Šafárikova", "Strada Mărășești", "Calle Peñalara",
)  # fmt: skip
_PLACES = ("Genève", "Zürich", "Malmö", "Kraków", "Αθήνα", "Ústí nad Labem", "Île-de-Bréhat", "São Paulo")
_LAND_USES = ("residential", "commercial", "agricultural", "forest", "water", "industrial")
_NOTES = ('Boundary "disputed" — see file', "Line one\nline two", "Oak tree 🌳 on the corner", "")


def _field(name: str, field_type: str, alias: str, nullable: bool = True, **extra: Any) -> dict[str, Any]:
    return {
        "name": name, "type": field_type, "alias": alias, "sqlType": "sqlTypeOther", **extra,
        "nullable": nullable, "editable": False, "domain": None, "defaultValue": None,
    }  # fmt: skip


PARCEL_FIELDS: list[dict[str, Any]] = [
    _field("OBJECTID", "esriFieldTypeOID", "OBJECTID", nullable=False),
    _field("parcel_id", "esriFieldTypeString", "Parcel ID", nullable=False, length=16),
    _field("name", "esriFieldTypeString", "Name", length=64),
    _field("category", "esriFieldTypeString", "Category", nullable=False, length=8),
    _field("zone", "esriFieldTypeSmallInteger", "Zone"),
    _field("owners", "esriFieldTypeInteger", "Owners"),
    _field("area_ratio", "esriFieldTypeSingle", "Area ratio"),
    _field("area_m2", "esriFieldTypeDouble", "Area (m²)", nullable=False),
    _field("perimeter_m", "esriFieldTypeDouble", "Perimeter (m)", nullable=False),
    _field("assessed_value", "esriFieldTypeDouble", "Assessed value"),
    _field("registered", "esriFieldTypeDate", "Registered", length=8),
    _field("last_survey", "esriFieldTypeDate", "Last survey", length=8),
    _field("parcel_guid", "esriFieldTypeGUID", "Parcel GUID", length=38),
    _field("GlobalID", "esriFieldTypeGlobalID", "GlobalID", nullable=False, length=38),
    _field("address", "esriFieldTypeString", "Address", length=128),
    _field("municipality", "esriFieldTypeString", "Municipality", length=64),
    _field("land_use", "esriFieldTypeString", "Land use", length=32),
    _field("notes", "esriFieldTypeString", "Notes", length=256),
    _field("elevation", "esriFieldTypeDouble", "Elevation (m)"),
    _field("tax_rate", "esriFieldTypeDouble", "Tax rate"),
]
PARCEL_FIELD_NAMES = [f["name"] for f in PARCEL_FIELDS]
PARCEL_FIELD_TYPES = {f["name"]: f["type"] for f in PARCEL_FIELDS}

Ring = list[tuple[float, float]]


def _mix(value: int) -> int:
    """SplitMix64: a well-spread 64-bit hash of an integer."""
    value = (value + 0x9E3779B97F4A7C15) & _MASK
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)


def _guid(bits: int) -> str:
    text = f"{bits & ((1 << 128) - 1):032X}"
    return f"{{{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}}}"


def _square(x0: float, y0: float, x1: float, y1: float, clockwise: bool = True) -> Ring:
    """A closed axis-aligned rectangle; clockwise (an outer ring) or counter-clockwise (a hole), y up."""
    ring = [(x0, y0), (x0, y1), (x1, y1), (x1, y0), (x0, y0)]
    return ring if clockwise else ring[::-1]


def _hexagon(cx: float, cy: float, rx: float, ry: float) -> Ring:
    ring = [(cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    ring.reverse()  # counter-clockwise angles reversed: clockwise
    return [*ring, ring[0]]


def ring_area(ring: Ring) -> float:
    """Signed shoelace area (units²): negative for a clockwise ring (y up)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


class ParcelDataset(PointDataset):
    """``count`` parcels; row ``r`` (0-based) has OBJECTID ``r + 1``. Never edited."""

    geometry_type = "esriGeometryPolygon"
    fields = PARCEL_FIELDS
    field_names = PARCEL_FIELD_NAMES
    field_types = PARCEL_FIELD_TYPES
    global_id_field = "GlobalID"
    display_field = "name"

    def __init__(self, count: int, seed: int = _SEED) -> None:
        if count < 0:
            raise ValueError("feature count must be >= 0")
        self.count = count
        self.seed = seed
        self.deleted: set[int] = set()
        self.lock = contextlib.nullcontext()  # as PointDataset: a generated set never changes
        ext = PARCEL_EXTENT
        self.grid_columns = max(1, math.ceil(math.sqrt(count)))
        self.grid_rows = max(1, math.ceil(count / self.grid_columns))
        self.cell_w = (ext.xmax - ext.xmin) / self.grid_columns
        self.cell_h = (ext.ymax - ext.ymin) / self.grid_rows
        self.extent = ext  # the grid's cells cover it
        self.xs = FormulaColumn(count, lambda row: self._centre(row)[0])
        self.ys = FormulaColumn(count, lambda row: self._centre(row)[1])

        def column(formula: Callable[[int], Any], nullable: bool = True) -> FormulaColumn:
            return FormulaColumn(count, formula, nullable)

        h = self._hash
        self.columns: dict[str, Any] = {
            "OBJECTID": column(lambda row: row + 1, nullable=False),
            "parcel_id": column(lambda row: f"P-{row + 1:07d}", nullable=False),
            "name": column(lambda row: None if h(row, 1) % 17 == 0 else f"{_NAMES[h(row, 2) % len(_NAMES)]} {row + 1}"),
            "category": column(lambda row: CATEGORIES[row % 4], nullable=False),
            "zone": column(lambda row: None if h(row, 3) % 13 == 0 else h(row, 4) % 50 - 10),
            "owners": column(lambda row: None if h(row, 5) % 11 == 0 else h(row, 6) % (1 << 32) - (1 << 31)),
            "area_ratio": column(lambda row: None if h(row, 7) % 19 == 0 else (h(row, 8) % 4096) / 256 - 8),
            "area_m2": column(lambda row: round(self._measures(row)[0], 2), nullable=False),
            "perimeter_m": column(lambda row: round(self._measures(row)[1], 2), nullable=False),
            "assessed_value": column(lambda row: None if h(row, 9) % 7 == 0 else h(row, 10) % 10**11 / 100),
            "registered": column(
                lambda row: None if h(row, 11) % 9 == 0 else _EPOCH_1990_MS + h(row, 12) % (35 * _YEARS_MS)
            ),
            "last_survey": column(
                lambda row: None if h(row, 13) % 5 == 0 else _EPOCH_1950_MS + 1000 * (h(row, 14) % _SURVEY_SECONDS)
            ),
            "parcel_guid": column(lambda row: None if h(row, 15) % 23 == 0 else _guid(h(row, 16) << 64 | h(row, 17))),
            "GlobalID": column(lambda row: _guid(h(row, 18) << 64 | h(row, 19)), nullable=False),
            "address": column(
                lambda row: None if h(row, 20) % 29 == 0
                else f"{h(row, 21) % 250 + 1} {_STREETS[h(row, 22) % len(_STREETS)]}"
            ),
            "municipality": column(lambda row: None if h(row, 23) % 31 == 0 else _PLACES[h(row, 24) % len(_PLACES)]),
            "land_use": column(lambda row: None if h(row, 25) % 37 == 0 else _LAND_USES[h(row, 26) % len(_LAND_USES)]),
            "notes": column(lambda row: _NOTES[h(row, 27) % 12] if h(row, 27) % 12 < len(_NOTES) else None),
            "elevation": column(lambda row: None if h(row, 28) % 41 == 0 else (h(row, 29) % 400_000) / 100 - 50),
            "tax_rate": column(lambda row: None if h(row, 30) % 43 == 0 else (h(row, 31) % 1000) / 1000),
        }  # fmt: skip

    # ------------------------------------------------------------------ geometry

    def _hash(self, row: int, salt: int) -> int:
        return _mix((self.seed << 40) ^ (row << 6) ^ salt)

    def _corner(self, row: int) -> tuple[float, float]:
        """The top-left corner of the row's grid cell."""
        grid_row, grid_column = divmod(row, self.grid_columns)
        return PARCEL_EXTENT.xmin + grid_column * self.cell_w, PARCEL_EXTENT.ymax - grid_row * self.cell_h

    def _centre(self, row: int) -> tuple[float, float]:
        left, top = self._corner(row)
        return left + self.cell_w / 2, top - self.cell_h / 2

    def rings(self, row: int) -> list[Ring]:
        """The parcel's rings in WGS 84: outer rings clockwise, each followed by its holes (counter-clockwise)."""
        left, top = self._corner(row)
        w, h = self.cell_w, self.cell_h
        jitter = self._hash(row, 0)
        dx = ((jitter & 0xFFFF) / 0xFFFF - 0.5) * 0.1 * w
        dy = (((jitter >> 16) & 0xFFFF) / 0xFFFF - 0.5) * 0.1 * h
        x0, x1 = left + 0.1 * w + dx, left + 0.9 * w + dx
        y0, y1 = top - 0.9 * h + dy, top - 0.1 * h + dy
        shape = (row + 1) % 10
        if shape == 1:  # a square with a square hole
            return [_square(x0, y0, x1, y1), _square(x0 + 0.3 * w, y0 + 0.3 * h, x1 - 0.3 * w, y1 - 0.3 * h, False)]
        if shape == 2:  # two squares: a multipart polygon
            middle = (x0 + x1) / 2
            return [_square(x0, y0, middle - 0.05 * w, y1), _square(middle + 0.05 * w, y0, x1, (y0 + y1) / 2)]
        if shape == 3:  # a hexagon
            return [_hexagon((x0 + x1) / 2, (y0 + y1) / 2, 0.4 * w, 0.4 * h)]
        return [_square(x0, y0, x1, y1)]

    def _measures(self, row: int) -> tuple[float, float]:
        """(area m², perimeter m), on a local equirectangular approximation: good enough for attributes."""
        _x, y = self._centre(row)
        kx, ky = _METRES_PER_DEGREE * math.cos(math.radians(y)), _METRES_PER_DEGREE
        area = perimeter = 0.0
        for ring in self.rings(row):
            area -= ring_area(ring) * kx * ky  # clockwise outer rings count positive, holes negative
            perimeter += sum(math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * ky) for a, b in zip(ring, ring[1:]))
        return area, perimeter

    def parts(self, row: int, wkid: int) -> list[Ring]:
        rings = self.rings(row)
        if wkid == WGS84:
            return rings
        return [[from_wgs84(x, y, wkid) for x, y in ring] for ring in rings]

    def geometry(self, row: int, wkid: int) -> dict[str, Any]:
        return {"rings": [[[x, y] for x, y in ring] for ring in self.parts(row, wkid)]}

    # ------------------------------------------------------------------ rows

    def rows_in(self, env: Envelope) -> list[int]:
        """Rows whose polygon's bounding box meets the WGS 84 envelope, ascending."""
        ext = self.extent
        if env.xmin <= ext.xmin and env.ymin <= ext.ymin and env.xmax >= ext.xmax and env.ymax >= ext.ymax:
            return self.rows()
        if env.xmax < ext.xmin or env.xmin > ext.xmax or env.ymax < ext.ymin or env.ymin > ext.ymax:
            return []
        base = PARCEL_EXTENT
        first_column = max(0, int((env.xmin - base.xmin) / self.cell_w) - 1)
        last_column = min(self.grid_columns - 1, int((env.xmax - base.xmin) / self.cell_w) + 1)
        first_row = max(0, int((base.ymax - env.ymax) / self.cell_h) - 1)
        last_row = min(self.grid_rows - 1, int((base.ymax - env.ymin) / self.cell_h) + 1)
        found = []
        for grid_row in range(first_row, last_row + 1):
            for grid_column in range(first_column, last_column + 1):
                row = grid_row * self.grid_columns + grid_column
                if row >= self.count:
                    break
                left, top = self._corner(row)
                if (
                    env.xmin <= left
                    and left + self.cell_w <= env.xmax
                    and env.ymin <= top - self.cell_h
                    and top <= env.ymax
                ):
                    found.append(row)  # the whole cell is inside: so is the parcel
                    continue
                vertices = [vertex for ring in self.rings(row) for vertex in ring]
                xs, ys = [x for x, _y in vertices], [y for _x, y in vertices]
                if min(xs) <= env.xmax and max(xs) >= env.xmin and min(ys) <= env.ymax and max(ys) >= env.ymin:
                    found.append(row)
        return found

    def editable_copy(self) -> Any:
        raise TypeError("parcel data sets are not editable")
