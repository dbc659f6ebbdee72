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
from array import array
from collections.abc import Sequence
from typing import Callable, Optional

from qgis.core import (
    QgsArcGisRestUtils,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsMultiPolygon,
    QgsPoint,
    QgsPolygon,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import NO_GEOMETRY
from ..core.urls import origin_of, redact
from ..integration.headless import HeadlessError

# (url, form, answer format: "json" | "pbf") → the answer's JSON object (a PBF answer read into the same
# shape, plugin/core/pbf); raises HeadlessError.
RestCall = Callable[[str, dict, str], dict]

# A batch never asks for more than this many features, whatever maxRecordCount says:
# object ids travel in the POST body, and a smaller answer is sooner cancelled.
MAX_BATCH = 2000


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

    def page(self, ids: Sequence[int], fields: QgsFields, answer_format: str = "json") -> list[dict]:
        """The features with these ids (at most :attr:`batch_size`) as the server answered them (Esri JSON
        features), with ``fields`` and geometry; asked for in ``answer_format`` ("json", or "pbf" where
        :attr:`offers_pbf`). Any thread: only the network and the answer's decoding happen here."""
        form = {
            "outFields": ",".join(field.name() for field in fields),
            "returnGeometry": "true" if self.esri_geometry_type else "false",
        }
        if self.spatial_reference:
            form["outSR"] = json.dumps(self.spatial_reference)  # the layer's own: what self.crs says
        items: list[dict] = []
        wanted = list(ids)
        while wanted:
            answer = self._query({**form, "objectIds": ",".join(str(oid) for oid in wanted)}, answer_format)
            features = answer.get("features")
            if not isinstance(features, list):
                raise HeadlessError(
                    QCoreApplication.translate(
                        "ArcGISTokenAuthAlgorithms", "{server} answered a query without features."
                    ).format(server=origin_of(self.url))
                )
            got = [item for item in features if isinstance(item, dict)]
            items += got
            if not answer.get("exceededTransferLimit") or not got:
                break
            # The server sent fewer than asked for (a limit on an answer's size): ask again for the rest.
            returned = {(item.get("attributes") or {}).get(self.object_id_field) for item in got}
            wanted = [oid for oid in wanted if oid not in returned]
        return sorted(items, key=lambda item: (item.get("attributes") or {}).get(self.object_id_field) or 0)

    def features(self, items: list[dict], fields: QgsFields) -> list[QgsFeature]:
        """A :meth:`page`'s features as QGIS features, converted as QGIS's provider converts them. On one
        thread: QGIS's geometry and feature objects are made where they are written."""
        names = [field.name() for field in fields]
        dates = [index for index, field in enumerate(fields) if field.isDateOrTime()]
        made = []
        for item in items:
            feature = QgsFeature(fields)
            attributes = item.get("attributes") or {}
            values = [attributes.get(name) for name in names]
            for index in dates:
                if values[index] is not None:  # epoch milliseconds, as the provider converts them
                    values[index] = QgsArcGisRestUtils.convertDateTime(values[index])
            feature.setAttributes(values)
            shape = item.get("geometry")
            if isinstance(shape, dict) and self.esri_geometry_type:
                geometry = self._geometry(shape)
                if geometry is not None:
                    feature.setGeometry(geometry)
            made.append(feature)
        return made

    def _geometry(self, shape: dict) -> Optional[QgsGeometry]:
        """Esri JSON geometry as QGIS's ``QgsArcGisRestUtils.convertGeometry`` makes it. Points and
        polygons of one outer ring (the bulk of most layers) are built here directly, which is several
        times faster than handing each shape to QGIS as a QVariantMap; anything else goes to QGIS."""
        flat = not (self.has_z or self.has_m)
        if flat and self.esri_geometry_type == "esriGeometryPoint":
            x, y = shape.get("x"), shape.get("y")
            if isinstance(x, (int, float)) and isinstance(y, (int, float)):
                return QgsGeometry(QgsPoint(x, y))
        elif flat and self.esri_geometry_type == "esriGeometryPolygon":
            polygon = _one_outer_ring_polygon(shape.get("rings"))
            if polygon is not None:
                return polygon
        geometry, _crs = QgsArcGisRestUtils.convertGeometry(shape, self.esri_geometry_type, self.has_m, self.has_z)
        return QgsGeometry(geometry) if geometry is not None else None


def _one_outer_ring_polygon(rings: object) -> Optional[QgsGeometry]:
    """Esri rings (outer rings clockwise, holes counter-clockwise) with exactly one outer ring, as the
    multipolygon QGIS makes of them; None for anything else (several outer rings: QGIS assigns holes)."""
    if not isinstance(rings, list) or not rings:
        return None
    outer, holes = None, []
    for ring in rings:
        if not isinstance(ring, list) or len(ring) < 4:
            return None
        xs, ys = [vertex[0] for vertex in ring], [vertex[1] for vertex in ring]
        # Twice the signed area (shoelace): negative for a clockwise ring with y upwards.
        twice_area = sum(x0 * y1 - x1 * y0 for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:]))
        line = QgsLineString(xs, ys)
        if twice_area < 0:
            if outer is not None:
                return None
            outer = line
        else:
            holes.append(line)
    if outer is None:
        return None
    polygon = QgsPolygon()
    polygon.setExteriorRing(outer)
    for hole in holes:
        polygon.addInteriorRing(hole)
    multi = QgsMultiPolygon()
    multi.addGeometry(polygon)
    return QgsGeometry(multi)


def _wkb_type(esri_geometry_type: Optional[str], has_z: bool, has_m: bool):
    if not esri_geometry_type:
        return NO_GEOMETRY
    wkb_type = QgsArcGisRestUtils.convertGeometryType(esri_geometry_type)
    if has_z:
        wkb_type = QgsWkbTypes.addZ(wkb_type)
    if has_m:
        wkb_type = QgsWkbTypes.addM(wkb_type)
    return wkb_type
