"""An ArcGIS feature layer read through its REST API: schema, matching object ids, features in batches.

Why not through QGIS's ``arcgisfeatureserver`` provider: on QGIS 3.22 it
takes no ``where`` clause (no subset strings), so a filtered download would
fetch every feature and filter on this side; it also keeps every feature it
has read in memory for the layer's lifetime. Here the server filters, and
features go to the output batch by batch.

The paging is the provider's own: all matching object ids first
(``returnIdsOnly`` is never capped by ``maxRecordCount``), then features by
id, ``maxRecordCount`` at a time — so the total is known for the progress
bar, and servers without ``resultOffset`` paging work too. Schema and values
are converted with QGIS's own ``QgsArcGisRestUtils``, as the provider does,
so a downloaded layer has the fields and geometry type the layer has in QGIS.
"""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Sequence
from typing import Callable, Optional, Union

from qgis.core import (
    QgsArcGisRestUtils,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsMultiLineString,
    QgsMultiPoint,
    QgsMultiPolygon,
    QgsPoint,
    QgsPointXY,
    QgsPolygon,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QTransform

from ..compat import NO_GEOMETRY
from ..core.feature_rows import FeatureRows, rows_from_json
from ..core.urls import origin_of, redact
from ..integration.headless import HeadlessError

# (url, form, answer format: "json" | "pbf") → the answer's JSON object (a PBF answer read into rows,
# FeatureRows: plugin/core/pbf); raises HeadlessError.
RestCall = Callable[[str, dict, str], Union[dict, FeatureRows]]

# A batch never asks for more than this many features, whatever maxRecordCount says:
# object ids travel in the POST body, and a smaller answer is sooner cancelled.
MAX_BATCH = 2000
DATE_CACHE_SIZE = 100_000  # converted dates kept for the next pages (a few MB at the most)


class FeatureLayerSource:
    """One ``…/FeatureServer/<id>`` (or ``…/MapServer/<id>``) layer; ``call`` sends its requests."""

    def __init__(self, url: str, call: RestCall) -> None:
        self.url = redact(url).rstrip("/")
        self._call = call
        info = call(self.url, {}, "json")
        fields = info.get("fields")
        if not isinstance(fields, list) or ("geometryType" not in info and info.get("type") != "Table"):
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "{url} is not an ArcGIS feature layer: give a layer's URL, such as …/FeatureServer/0."
                ).format(url=redact(url))
            )
        self.name = str(info.get("name") or self.url.rsplit("/", 2)[-2])
        self.fields = QgsFields()
        self.object_id_field = str(info.get("objectIdField") or "")
        for field in fields:
            self._add_field(field)
        if not self.object_id_field or self.fields.indexOf(self.object_id_field) < 0:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "The layer {url} has no object id field; the plugin cannot page through it."
                ).format(url=self.url)
            )
        self.has_z = bool(info.get("hasZ"))
        self.has_m = bool(info.get("hasM"))
        self.esri_geometry_type: Optional[str] = info.get("geometryType")
        self.wkb_type = _wkb_type(self.esri_geometry_type, self.has_z, self.has_m)
        self.spatial_reference: dict = (
            (info.get("extent") or {}).get("spatialReference") or info.get("sourceSpatialReference") or {}
        )
        self.crs = (
            QgsArcGisRestUtils.convertSpatialReference(self.spatial_reference)
            if self.spatial_reference
            else QgsCoordinateReferenceSystem()
        )
        formats = str(info.get("supportedQueryFormats") or "")
        self.offers_pbf = "pbf" in {name.strip().lower() for name in formats.split(",")}
        self.date_cache: dict[int, object] = {}  # epoch milliseconds → QDateTime, shared by the pages
        max_records = info.get("maxRecordCount")
        self.batch_size = min(max_records, MAX_BATCH) if isinstance(max_records, int) and max_records > 0 else 1000

    def _add_field(self, field: object) -> None:
        # As QGIS's provider builds its fields: geometry columns skipped, types by QgsArcGisRestUtils.
        if not isinstance(field, dict) or not isinstance(field.get("name"), str):
            return
        name, esri_type = field["name"], str(field.get("type") or "")
        if esri_type == "esriFieldTypeGeometry" or name == "geometry":
            return
        if esri_type == "esriFieldTypeOID" and not self.object_id_field:
            self.object_id_field = name
        length = field.get("length") if isinstance(field.get("length"), int) else 0
        qgs_field = QgsField(name, QgsArcGisRestUtils.convertFieldType(esri_type), esri_type, length)
        qgs_field.setAlias(str(field.get("alias") or ""))
        self.fields.append(qgs_field)

    def selected_fields(self, names: list[str]) -> QgsFields:
        """The layer's fields limited to ``names`` (any case), always with the object id field first."""
        if not names:
            return QgsFields(self.fields)
        by_lower = {field.name().lower(): field for field in self.fields}
        unknown = [name for name in names if name.lower() not in by_lower]
        if unknown:
            known = ", ".join(field.name() for field in self.fields)
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "The layer has no field {unknown}. Its fields: {known}."
                ).format(unknown=", ".join(unknown), known=known)
            )
        chosen = QgsFields()
        chosen.append(by_lower[self.object_id_field.lower()])
        for name in names:
            if name.lower() != self.object_id_field.lower() and chosen.indexOf(by_lower[name.lower()].name()) < 0:
                chosen.append(by_lower[name.lower()])
        return chosen

    # -- queries -------------------------------------------------------------------
    def _query(self, form: dict, answer_format: str = "json") -> dict:
        return self._call(f"{self.url}/query", form, answer_format)

    def _filter(self, where: str, extent: Optional[QgsRectangle]) -> dict:
        form = {"where": where.strip() or "1=1"}
        if extent is not None and not extent.isNull():
            envelope = {
                "xmin": extent.xMinimum(),
                "ymin": extent.yMinimum(),
                "xmax": extent.xMaximum(),
                "ymax": extent.yMaximum(),
            }
            form.update(
                geometry=json.dumps(envelope),
                geometryType="esriGeometryEnvelope",
                spatialRel="esriSpatialRelIntersects",
                inSR=json.dumps(self.spatial_reference),
            )
        return form

    def object_ids(self, where: str = "", extent: Optional[QgsRectangle] = None) -> array:
        """The ids of the features matching ``where`` (ArcGIS SQL) and ``extent`` (the layer's CRS), sorted."""
        answer = self._query({**self._filter(where, extent), "returnIdsOnly": "true"})
        ids = answer.get("objectIds")
        if ids is None:  # ArcGIS answers null for "none match"
            return array("q")
        if not isinstance(ids, list):
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "{server} did not list the matching features' ids."
                ).format(server=origin_of(self.url))
            )
        return array("q", sorted(int(oid) for oid in ids))  # 8 bytes an id: a million ids cost 8 MB

    def page(self, ids: Sequence[int], fields: QgsFields, answer_format: str = "json") -> list[QgsFeature]:
        """The features with these ids (at most :attr:`batch_size`), with ``fields`` and geometry, as QGIS
        features in object-id order; asked for in ``answer_format`` ("json", or "pbf" where
        :attr:`offers_pbf`). Any thread: QGIS features and geometries are plain values, made where the
        page arrives, so that the thread that writes them does nothing else (and writes without the GIL)."""
        names = [field.name() for field in fields]
        form = {"outFields": ",".join(names), "returnGeometry": "true" if self.esri_geometry_type else "false"}
        if self.spatial_reference:
            form["outSR"] = json.dumps(self.spatial_reference)  # the layer's own: what self.crs says
        made: list[QgsFeature] = []
        wanted = list(ids)
        while wanted:
            rows = self._rows(self._query({**form, "objectIds": ",".join(map(str, wanted))}, answer_format), names)
            rows.sorted_by(self.object_id_field)
            made += _FeatureMaker(self, fields, rows).features()
            if not rows.exceeded_transfer_limit or not rows.rows:
                break
            # The server sent fewer than asked for (a limit on an answer's size): ask again for the rest.
            returned = rows.values_of(self.object_id_field)
            wanted = [oid for oid in wanted if oid not in returned]
        if len(made) > len(rows.rows):  # answers in several parts: one order for them all
            made.sort(key=lambda feature: feature[self.object_id_field] or 0)
        return made

    def _rows(self, answer: object, names: list[str]) -> FeatureRows:
        """A query answer as rows: a PBF answer arrives read (:mod:`..core.pbf`), a JSON one is read here."""
        if isinstance(answer, FeatureRows):
            rows = answer
        elif isinstance(answer, dict) and isinstance(answer.get("features"), list):
            rows = rows_from_json(answer, names, self.has_z, self.has_m)
        else:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "{server} answered a query without features."
                ).format(server=origin_of(self.url))
            )
        if self.object_id_field not in rows.names:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "{server} answered a query without the object id field {field}."
                ).format(server=origin_of(self.url), field=self.object_id_field)
            )
        return rows


class _FeatureMaker:
    """One page's rows (:mod:`..core.feature_rows`) → QGIS features with the download's fields, converted
    as QGIS's provider converts them: dates (epoch milliseconds) by ``QgsArcGisRestUtils.convertDateTime``,
    geometries of the layer's type (multi-part for lines and polygons)."""

    def __init__(self, source: FeatureLayerSource, fields: QgsFields, rows: FeatureRows) -> None:
        self.fields = fields
        self.rows = rows
        self.kind = source.esri_geometry_type
        self.has_z, self.has_m = source.has_z, source.has_m
        self.dates = [index for index, field in enumerate(fields) if field.isDateOrTime()]
        self.date_cache = source.date_cache
        position = {name: index for index, name in enumerate(rows.names)}
        self.positions = [position.get(field.name()) for field in fields]
        self.in_order = self.positions == list(range(len(rows.names)))
        axes = rows.axes
        # The page's one affine transform, applied by QGIS to each part (z and m beside it).
        self.transform = None if axes.identity else (
            QTransform(axes.x.step, 0.0, 0.0, axes.y.step, axes.x.offset, axes.y.offset),
            axes.z.offset, axes.z.step, axes.m.offset, axes.m.step,
        )  # fmt: skip

    def features(self) -> list[QgsFeature]:
        made = []
        fields, positions, dates, cache = self.fields, self.positions, self.dates, self.date_cache
        geometry = self._geometry if self.kind else None
        for answered, shape in self.rows.rows:
            values = answered if self.in_order else [answered[i] if i is not None else None for i in positions]
            for index in dates:
                milliseconds = values[index]
                if milliseconds is not None:
                    # Dates repeat (days, months): each distinct value is converted once.
                    converted = cache.get(milliseconds)
                    if converted is None:
                        converted = cache[milliseconds] = QgsArcGisRestUtils.convertDateTime(milliseconds)
                    values[index] = converted
            feature = QgsFeature(fields)
            feature.setAttributes(values)
            if shape is not None and geometry is not None:
                made_geometry = geometry(shape)
                if made_geometry is not None:
                    feature.setGeometry(made_geometry)
            made.append(feature)
        if len(cache) > DATE_CACHE_SIZE:
            cache.clear()
        return made

    def _geometry(self, shape) -> Optional[QgsGeometry]:
        if isinstance(shape, tuple):  # a point, in real coordinates
            if len(shape) == 2:
                return QgsGeometry(QgsPoint(shape[0], shape[1]))
            z = shape[2] if self.has_z else math.nan
            m = shape[-1] if self.has_m else math.nan
            return QgsGeometry(QgsPoint(shape[0], shape[1], z, m))
        lines = [self._line(part) for part in shape]
        if self.kind == "esriGeometryPolygon":
            return _multipolygon(lines)
        if self.kind == "esriGeometryPolyline":
            collection = QgsMultiLineString()
        elif self.kind == "esriGeometryMultipoint":
            collection = QgsMultiPoint()
            lines = [point for line in lines for point in line.points()]
        else:
            return None
        for part in lines:
            collection.addGeometry(part)
        return QgsGeometry(collection)

    def _line(self, part: list) -> QgsLineString:
        zs = part[2] if self.has_z else []
        ms = part[-1] if self.has_m else []
        line = QgsLineString(part[0], part[1], zs, ms)
        if self.transform is not None:
            line.transform(*self.transform)
        return line


def _multipolygon(rings: list[QgsLineString]) -> Optional[QgsGeometry]:
    """Esri rings (outer rings clockwise, holes counter-clockwise) as the multipolygon QGIS makes of them:
    each hole in the outer ring that holds it (a hole no outer ring holds stands alone)."""
    polygons: list[QgsPolygon] = []
    holes: list[QgsLineString] = []
    for ring in rings:
        if ring.numPoints() < 4:
            return None
        # The signed area: negative for a clockwise ring with y upwards (computed by QGIS, in C++).
        if ring.sumUpArea() < 0:
            polygon = QgsPolygon()
            polygon.setExteriorRing(ring)
            polygons.append(polygon)
        else:
            holes.append(ring)
    for hole in holes:
        holder = polygons[0] if len(polygons) == 1 else _holder(polygons, hole)
        if holder is None:
            alone = QgsPolygon()
            alone.setExteriorRing(hole)
            polygons.append(alone)
        else:
            holder.addInteriorRing(hole)
    if not polygons:
        return None
    multi = QgsMultiPolygon()
    for polygon in polygons:
        multi.addGeometry(polygon)
    return QgsGeometry(multi)


def _holder(polygons: list[QgsPolygon], hole: QgsLineString) -> Optional[QgsPolygon]:
    """The outer ring's polygon that holds ``hole`` (by its first vertex), among several."""
    first = QgsPointXY(hole.xAt(0), hole.yAt(0))
    return next(
        (polygon for polygon in polygons if QgsGeometry(QgsPolygon(polygon.exteriorRing().clone())).intersects(
            QgsGeometry.fromPointXY(first))),
        None,
    )


def _wkb_type(esri_geometry_type: Optional[str], has_z: bool, has_m: bool):
    if not esri_geometry_type:
        return NO_GEOMETRY
    wkb_type = QgsArcGisRestUtils.convertGeometryType(esri_geometry_type)
    if has_z:
        wkb_type = QgsWkbTypes.addZ(wkb_type)
    if has_m:
        wkb_type = QgsWkbTypes.addM(wkb_type)
    return wkb_type
