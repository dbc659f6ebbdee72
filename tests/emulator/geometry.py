"""Spatial references and geometry parameters, as the REST API spells them.

The data is stored in WGS 84 (wkid 4326); requests may also use Web Mercator.
Both transforms act on each axis separately, so an envelope maps onto an
envelope and queries can always be answered in WGS 84.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, Optional

WGS84 = 4326
WEB_MERCATOR = 3857
# Web Mercator has had several wkids over the years; ArcGIS reports 102100.
_MERCATOR_ALIASES = frozenset({3857, 102100, 102113, 900913})
_EARTH_RADIUS = 6378137.0
_MAX_LATITUDE = 85.0511287798066


class GeometryError(ValueError):
    """A geometry or spatial reference parameter the server cannot use."""


def spatial_reference_json(wkid: int) -> dict[str, int]:
    if wkid == WEB_MERCATOR:
        return {"wkid": 102100, "latestWkid": WEB_MERCATOR}
    return {"wkid": wkid, "latestWkid": wkid}


def parse_sr(value: Any, default: int = WGS84) -> int:
    """A wkid from `4326`, `{"wkid": 102100, ...}` or its JSON text; None/"" → default."""
    if value is None or value == "":
        return default
    if isinstance(value, str):
        text = value.strip()
        if text.lstrip("-").isdigit():
            value = int(text)
        else:
            try:
                value = json.loads(text)
            except ValueError as exc:
                raise GeometryError(f"Invalid spatial reference: {text[:80]}") from exc
    if isinstance(value, dict):
        value = value.get("latestWkid") or value.get("wkid")
    if isinstance(value, int) and not isinstance(value, bool):
        if value == WGS84:
            return WGS84
        if value in _MERCATOR_ALIASES:
            return WEB_MERCATOR
    raise GeometryError(f"Unsupported spatial reference: {value!r}")


def to_wgs84(x: float, y: float, wkid: int) -> tuple[float, float]:
    if wkid == WGS84:
        return x, y
    lon = math.degrees(x / _EARTH_RADIUS)
    lat = math.degrees(2.0 * math.atan(math.exp(y / _EARTH_RADIUS)) - math.pi / 2.0)
    return lon, lat


def from_wgs84(lon: float, lat: float, wkid: int) -> tuple[float, float]:
    if wkid == WGS84:
        return lon, lat
    lat = max(-_MAX_LATITUDE, min(_MAX_LATITUDE, lat))
    x = _EARTH_RADIUS * math.radians(lon)
    y = _EARTH_RADIUS * math.log(math.tan(math.pi / 4.0 + math.radians(lat) / 2.0))
    return x, y


@dataclass(frozen=True)
class Envelope:
    xmin: float
    ymin: float
    xmax: float
    ymax: float

    def to_wgs84(self, wkid: int) -> Envelope:
        xmin, ymin = to_wgs84(self.xmin, self.ymin, wkid)
        xmax, ymax = to_wgs84(self.xmax, self.ymax, wkid)
        return Envelope(xmin, ymin, xmax, ymax)

    def from_wgs84(self, wkid: int) -> Envelope:
        xmin, ymin = from_wgs84(self.xmin, self.ymin, wkid)
        xmax, ymax = from_wgs84(self.xmax, self.ymax, wkid)
        return Envelope(xmin, ymin, xmax, ymax)

    def expanded(self, dx: float, dy: float) -> Envelope:
        return Envelope(self.xmin - dx, self.ymin - dy, self.xmax + dx, self.ymax + dy)

    def json(self, wkid: int) -> dict[str, Any]:
        return {
            "xmin": self.xmin,
            "ymin": self.ymin,
            "xmax": self.xmax,
            "ymax": self.ymax,
            "spatialReference": spatial_reference_json(wkid),
        }


def parse_numbers(text: str, count: int, what: str) -> list[float]:
    """`count` comma-separated numbers, e.g. a bbox or an image size."""
    parts = [part.strip() for part in str(text).split(",")]
    if len(parts) != count:
        raise GeometryError(f"Invalid {what}: {text[:80]}")
    try:
        return [float(part) for part in parts]
    except ValueError as exc:
        raise GeometryError(f"Invalid {what}: {text[:80]}") from exc


_BARE_KEY = re.compile(r"([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:")


def parse_geometry(text: str, geometry_type: str) -> tuple[Envelope, Optional[int]]:
    """An envelope or point `geometry` parameter → (envelope, its own wkid if it names one).

    Accepts the JSON forms — also with bare keys (`{x: 1, y: 2}`, which ArcGIS Server
    reads and QGIS's map-server identify sends) — and the simple syntax
    (`xmin,ymin,xmax,ymax` / `x,y`). A point becomes a zero-size envelope.
    """
    text = str(text).strip()
    own_sr: Optional[int] = None
    if text.startswith("{"):
        try:
            obj = json.loads(_BARE_KEY.sub(r'\1"\2":', text))
        except ValueError as exc:
            raise GeometryError(f"Invalid geometry: {text[:80]}") from exc
        if "spatialReference" in obj:
            own_sr = parse_sr(obj["spatialReference"])
        try:
            if "xmin" in obj:
                envelope = Envelope(*(float(obj[key]) for key in ("xmin", "ymin", "xmax", "ymax")))
            else:
                x, y = float(obj["x"]), float(obj["y"])
                envelope = Envelope(x, y, x, y)
        except (KeyError, TypeError, ValueError) as exc:
            raise GeometryError(f"Invalid geometry: {text[:80]}") from exc
    elif geometry_type == "esriGeometryPoint":
        x, y = parse_numbers(text, 2, "geometry")
        envelope = Envelope(x, y, x, y)
    else:
        envelope = Envelope(*parse_numbers(text, 4, "geometry"))
    if envelope.xmin > envelope.xmax or envelope.ymin > envelope.ymax:
        raise GeometryError(f"Invalid geometry: {text[:80]}")
    return envelope, own_sr
