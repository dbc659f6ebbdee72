"""Edits of an editable feature layer: ``addFeatures``, ``updateFeatures``, ``deleteFeatures``, ``applyEdits``.

What ArcGIS answers, from its REST API reference (the four operations, and
"Feature service error codes"):

* POST only. ``features`` (add, update), ``objectIds`` or ``where`` (delete),
  or ``adds`` / ``updates`` / ``deletes`` (applyEdits): features as JSON, the
  way queries return them, and object ids; ``rollbackOnFailure`` (default
  true). No edits (``features=[]``, ``where=1=0``) answer empty results.
* One result per edit, in the order sent: ``{"objectId", "success": true}``, or
  ``"success": false`` with ``"error": {"code", "description"}`` (1011 "Object is
  missing.", 1015 "Geometry could not be set.", 1016 "Setting of value for <field>
  failed."). New features get their OBJECTID from the server; an OBJECTID sent
  with an add is ignored. With ``rollbackOnFailure`` one failure applies nothing
  and every other edit answers 1003 "Operation rolled back.".
* A service that takes no edits, or a principal that may not edit, refuses the
  whole request with an error body and applies nothing. No ``editorTrackingInfo``
  or global ids are needed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Callable, Optional

from .data import FIELDS, OBJECT_ID_FIELD, EditableDataset
from .geometry import GeometryError, parse_sr, to_wgs84
from .services import select_rows
from .wire import NO_PERMISSION, ApiError

OPERATIONS = ("addFeatures", "updateFeatures", "deleteFeatures", "applyEdits")
NOT_SUPPORTED = (400, "Requested operation is not supported by this service.")
ROLLED_BACK = (1003, "Operation rolled back.")
OBJECT_MISSING = (1011, "Object is missing.")
GEOMETRY_NOT_SET = (1015, "Geometry could not be set.")

_FIELDS = {field["name"]: field for field in FIELDS}


class _RefusedError(Exception):
    """One edit the server does not apply: its result's error."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


@dataclass
class _Edit:
    kind: str  # "add", "update" or "delete"
    object_id: Optional[int]  # None for an add until it is applied
    apply: Optional[Callable[[], int]]  # applies the edit and returns its OBJECTID; None when refused
    refused: Optional[_RefusedError] = None


def edit(
    operation: str, method: str, params: Mapping[str, str], ds: EditableDataset, *, editable: bool, may_edit: bool
) -> tuple[dict[str, Any], list[tuple[str, int]]]:
    """The answer to one edit request, and what it changed: ("add" | "update" | "delete", OBJECTID) per edit.

    ``editable``: the service takes edits; ``may_edit``: the principal may make
    them. Raises ApiError where ArcGIS refuses the whole request.
    """
    if method != "POST":
        raise ApiError(405, "Method not supported.", [f"{operation} accepts POST requests only."])
    if not editable:
        raise ApiError(*NOT_SUPPORTED)
    if not may_edit:
        raise ApiError(*NO_PERMISSION)
    names = ("adds", "updates", "deletes") if operation == "applyEdits" else ("features", "features", "objectIds")
    rollback = params.get("rollbackOnFailure", "").strip().lower() != "false"
    with ds.lock:
        deleting: set[int] = set()  # a second delete of one feature in one request finds it missing
        groups: dict[str, list[_Edit]] = {}
        if operation in ("addFeatures", "applyEdits"):
            groups["addResults"] = [_add(ds, feature) for feature in _json_list(params, names[0])]
        if operation in ("updateFeatures", "applyEdits"):
            groups["updateResults"] = [_update(ds, feature, deleting) for feature in _json_list(params, names[1])]
        if operation in ("deleteFeatures", "applyEdits"):
            groups["deleteResults"] = [_delete(ds, oid, deleting) for oid in _object_ids(params, names[2], ds)]
        edits = [item for group in groups.values() for item in group]
        rolled_back = rollback and any(item.apply is None for item in edits)
        applied = []
        for item in edits:
            if item.apply is not None and not rolled_back:
                item.object_id = item.apply()
                applied.append((item.kind, item.object_id))
    answer = {name: [_result(item, rolled_back) for item in group] for name, group in groups.items()}
    return answer, applied


def _result(item: _Edit, rolled_back: bool) -> dict[str, Any]:
    result: dict[str, Any] = {} if item.object_id is None else {"objectId": item.object_id}
    refused = item.refused or (_RefusedError(*ROLLED_BACK) if rolled_back else None)
    if refused is None:
        return {**result, "uniqueId": item.object_id, "globalId": None, "success": True}
    return {**result, "success": False, "error": {"code": refused.code, "description": refused.description}}


# ---------------------------------------------------------------- one edit each


def _add(ds: EditableDataset, feature: Any) -> _Edit:
    try:
        point = _point(feature, required=True)
        attributes = _attributes(feature)
    except _RefusedError as refused:
        return _Edit("add", None, None, refused)
    assert point is not None  # required above
    return _Edit("add", None, lambda: ds.add(*point, attributes))


def _update(ds: EditableDataset, feature: Any, deleting: set[int]) -> _Edit:
    attributes = feature.get("attributes") if isinstance(feature, dict) else None
    object_id = _object_id(attributes.get(OBJECT_ID_FIELD) if isinstance(attributes, dict) else None)
    try:
        if object_id is None or not ds.has_row(object_id - 1) or object_id in deleting:
            raise _RefusedError(*OBJECT_MISSING)
        point = _point(feature, required=False)
        attributes = _attributes(feature)
    except _RefusedError as refused:
        return _Edit("update", object_id, None, refused)

    def apply() -> int:
        ds.update(object_id - 1, point, attributes)
        return object_id

    return _Edit("update", object_id, apply)


def _delete(ds: EditableDataset, value: Any, deleting: set[int]) -> _Edit:
    object_id = _object_id(value)
    if object_id is None or not ds.has_row(object_id - 1) or object_id in deleting:
        return _Edit("delete", object_id, None, _RefusedError(*OBJECT_MISSING))
    deleting.add(object_id)

    def apply() -> int:
        ds.delete(object_id - 1)
        return object_id

    return _Edit("delete", object_id, apply)


def _object_id(value: Any) -> Optional[int]:
    try:
        return int(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _point(feature: Any, *, required: bool) -> Optional[tuple[float, float]]:
    """A point geometry in WGS 84 (it may name its spatial reference), or None when none is sent."""
    geometry = feature.get("geometry") if isinstance(feature, dict) else None
    if geometry is None and not required:
        return None
    try:
        x, y = float(geometry["x"]), float(geometry["y"])
        wkid = parse_sr(geometry.get("spatialReference"))
    except (KeyError, TypeError, ValueError, GeometryError) as exc:
        raise _RefusedError(*GEOMETRY_NOT_SET) from exc
    if not (math.isfinite(x) and math.isfinite(y)):
        raise _RefusedError(*GEOMETRY_NOT_SET)
    return to_wgs84(x, y, wkid)


def _attributes(feature: Any) -> dict[str, Any]:
    """The attributes to set (an OBJECTID is the server's to give), each checked against its field type."""
    attributes = feature.get("attributes") if isinstance(feature, dict) else None
    if not isinstance(attributes, dict):
        attributes = {}
    checked = {}
    for name, value in attributes.items():
        if name == OBJECT_ID_FIELD:
            continue
        field = _FIELDS.get(name)
        if field is None or not _fits(field, value):
            raise _RefusedError(1016, f"Setting of value for {name} failed.")
        checked[name] = value
    return checked


def _fits(field: dict[str, Any], value: Any) -> bool:
    if value is None:
        return True
    kind = field["type"]
    if kind == "esriFieldTypeString":
        return isinstance(value, str) and len(value) <= field["length"]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if kind in ("esriFieldTypeInteger", "esriFieldTypeDate"):
        return float(value).is_integer()
    return math.isfinite(value)


# ---------------------------------------------------------------- parameters


def _json_list(params: Mapping[str, str], name: str) -> list[Any]:
    """A JSON array parameter; absent or empty: no edits."""
    text = params.get(name, "").strip()
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ApiError(400, "Unable to complete operation.", [f"Invalid value for '{name}'."]) from exc
    if not isinstance(value, list):
        raise ApiError(400, "Unable to complete operation.", [f"Invalid value for '{name}'."])
    return value


def _object_ids(params: Mapping[str, str], name: str, ds: EditableDataset) -> list[Any]:
    """``1,2,3`` (deleteFeatures' objectIds, applyEdits' deletes), a JSON array (deletes), or what
    deleteFeatures' ``where`` selects."""
    text = params.get(name, "").strip()
    if text.startswith("["):
        return _json_list(params, name)
    if name == "objectIds" and not text:
        if not params.get("where", "").strip():
            raise ApiError(400, "Unable to complete operation.", ["'objectIds' or 'where' must be specified."])
        return [row + 1 for row in select_rows(ds, {"where": params["where"]})]
    return [part.strip() for part in text.split(",") if part.strip()]
