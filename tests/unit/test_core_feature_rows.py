"""A JSON query answer read into rows (the shape PBF answers are read into too): values in the asked
field order, points as tuples, parts as coordinate columns, and whatever a server sends odd left out."""

from __future__ import annotations

from arcgis_token_auth.plugin.core.feature_rows import IDENTITY, Axes, json_shape, rows_from_json, vertices

NAMES = ["OBJECTID", "name", "when"]


def test_values_come_in_the_asked_order_and_missing_ones_are_none():
    answer = {
        "features": [
            {"attributes": {"name": "b", "OBJECTID": 2}, "geometry": {"x": 1.5, "y": -2}},
            {"attributes": {"OBJECTID": 1, "when": 1_700_000_000_000, "name": None}},
            "not a feature",
            {"attributes": "not attributes"},
        ],
        "exceededTransferLimit": True,
    }
    rows = rows_from_json(answer, NAMES)
    assert rows.names == NAMES and rows.exceeded_transfer_limit and rows.axes.identity
    assert rows.rows == [([2, "b", None], (1.5, -2)), ([1, None, 1_700_000_000_000], None), ([None] * 3, None)]
    assert [values for values, _shape in rows.sorted_by("OBJECTID").rows] == [
        [None] * 3, [1, None, 1_700_000_000_000], [2, "b", None]
    ]  # fmt: skip
    assert rows.values_of("OBJECTID") == {None, 1, 2}


def test_shapes_are_coordinate_columns_per_part():
    ring = [[0, 0], [0, 1], [1, 1], [0, 0]]
    assert json_shape({"rings": [ring, ring]}) == [[[0, 0, 1, 0], [0, 1, 1, 0]]] * 2
    assert json_shape({"paths": [[[0, 0, 5], [2, 2, 6]]], "hasZ": True}, has_z=True) == [[[0, 2], [0, 2], [5, 6]]]
    assert json_shape({"points": [[3, 4, 9], [5, 6, 8]]}, has_m=True) == [[[3, 5], [4, 6], [9, 8]]]
    assert json_shape({"x": 1, "y": 2, "z": 3, "m": 4}, has_z=True, has_m=True) == (1, 2, 3, 4)
    assert vertices([[0, 1], [2, 3]]) == [[0, 2], [1, 3]]


def test_odd_geometries_are_left_out_not_raised():
    for odd in (None, [], "x", {"x": "1", "y": 2}, {"x": 1}, {"rings": []}, {"rings": [[]]},
                {"rings": [[[0, 0], [1]]]}, {"paths": [[["a", 0], [1, 1]]]}, {"spatialReference": {}}):  # fmt: skip
        assert json_shape(odd) is None, odd
    assert json_shape({"x": 1, "y": 2}, has_z=True) is None  # a point of a Z layer without z


def test_the_identity_axes():
    assert Axes().identity and not Axes(x=IDENTITY._replace(step=0.5)).identity
