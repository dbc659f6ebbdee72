"""A query answer's features as rows — one shape for JSON and PBF answers, cheap to turn into QGIS features.

A download spends its time per feature, so the answer is not rebuilt into
Esri JSON dicts on the way: each feature is a row of its attribute values (in
the answer's field order) and its shape:

* ``None``: no geometry;
* a point: a tuple of real coordinates ``(x, y[, z][, m])``;
* anything else: a list of parts (paths, rings, or a multipoint's points as
  one part), each a list of coordinate columns ``[xs, ys[, zs][, ms]]`` in the
  answer's own units. A PBF answer's units are quantised integers, turned into
  real coordinates by :attr:`FeatureRows.axes` (one affine transform for the
  whole page, which QGIS applies in C++); a JSON answer's are real already,
  and its axes the identity.

:mod:`.pbf` reads protocol buffers into :class:`FeatureRows`;
:func:`rows_from_json` reads a JSON answer (the ``features`` of ``f=json``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple, Optional, Union

Column = list  # one coordinate of every vertex of a part
Part = list[Column]
Shape = Union[None, tuple, list[Part]]


class Axis(NamedTuple):
    """Real coordinate = offset + step * the answer's value."""

    offset: float = 0.0
    step: float = 1.0


IDENTITY = Axis()


@dataclass(frozen=True)
class Axes:
    """How the answer's coordinates become real ones, per axis."""

    x: Axis = IDENTITY
    y: Axis = IDENTITY
    z: Axis = IDENTITY
    m: Axis = IDENTITY

    @property
    def identity(self) -> bool:
        return self.x == self.y == self.z == self.m == IDENTITY


@dataclass
class FeatureRows:
    """One query answer: field names, rows of (values, shape), and whether the server held some back."""

    names: list[str]
    rows: list[tuple[list, Shape]]
    exceeded_transfer_limit: bool = False
    axes: Axes = Axes()

    def sorted_by(self, name: str) -> FeatureRows:
        """The rows in the order of the field ``name`` (the object ids); rows without one first."""
        index = self.names.index(name)
        self.rows.sort(key=lambda row: row[0][index] if isinstance(row[0][index], int) else -1)
        return self

    def values_of(self, name: str) -> set:
        """Every row's value of the field ``name``."""
        index = self.names.index(name)
        return {row[0][index] for row in self.rows}


def rows_from_json(answer: dict[str, Any], names: list[str], has_z: bool = False, has_m: bool = False) -> FeatureRows:
    """A ``f=json`` query answer's features as rows of the fields ``names`` (absent values: None)."""
    features = answer.get("features")
    rows = []
    for item in features if isinstance(features, list) else ():
        if not isinstance(item, dict):
            continue
        attributes = item.get("attributes")
        attributes = attributes if isinstance(attributes, dict) else {}
        rows.append(([attributes.get(name) for name in names], json_shape(item.get("geometry"), has_z, has_m)))
    return FeatureRows(list(names), rows, bool(answer.get("exceededTransferLimit")))


def json_shape(geometry: object, has_z: bool = False, has_m: bool = False) -> Shape:
    """An Esri JSON geometry as a row's shape; None for none, or for one this reader cannot read."""
    if not isinstance(geometry, dict):
        return None
    if "x" in geometry:
        axes = ["x", "y"] + (["z"] if has_z else []) + (["m"] if has_m else [])
        point = tuple(geometry.get(axis) for axis in axes)
        return point if all(isinstance(value, (int, float)) for value in point) else None
    parts = next((geometry[key] for key in ("rings", "paths") if key in geometry), None)
    if parts is None and "points" in geometry:
        parts = [geometry["points"]]
    if not isinstance(parts, list) or not parts:
        return None
    dimensions = 2 + has_z + has_m
    shape = [_columns(part, dimensions) for part in parts]
    return None if any(part is None for part in shape) else shape


def _columns(vertices: object, dimensions: int) -> Optional[Part]:
    """``[[x, y, …], …]`` → ``[xs, ys, …]``; None for anything but a list of numeric vertices."""
    if not isinstance(vertices, list) or not vertices:
        return None
    if not all(isinstance(vertex, list) and len(vertex) >= dimensions for vertex in vertices):
        return None
    columns = [[vertex[axis] for vertex in vertices] for axis in range(dimensions)]
    numeric = all(isinstance(value, (int, float)) for column in columns for value in column)
    return columns if numeric else None


def vertices(part: Iterable[Column]) -> list[list[float]]:
    """A part's columns back as Esri JSON vertices ``[[x, y, …], …]``."""
    return [list(vertex) for vertex in zip(*part)]
