"""The emulator's edit operations: ArcGIS's per-feature results, rollbackOnFailure, refusals, the request log."""

from __future__ import annotations

import json

import pytest

from tests.emulator import ArcGISEmulator, Service
from tests.emulator.pytest_fixtures import REFERER, USERS, add_users

EDITABLE = "Demo/Editable"
FEATURES = 100


@pytest.fixture
def server(arcgis_emulator) -> ArcGISEmulator:
    services = [Service(EDITABLE, types=("FeatureServer", "MapServer"), editable=True), Service("Demo/Points")]
    server = add_users(arcgis_emulator(features=FEATURES, services=services))
    server.add_user("reader", "reader-secret", can_edit=False)
    return server


def headers(session, server, username="alice") -> dict[str, str]:
    password = "reader-secret" if username == "reader" else USERS[username][0]
    form = {"username": username, "password": password, "client": "referer", "referer": REFERER, "f": "json"}
    token = session.post(server.token_url, data=form, timeout=10).json()["token"]
    return {"X-Esri-Authorization": f"Bearer {token}", "Referer": REFERER}


def post(session, server, operation, form, *, username="alice", service=EDITABLE) -> dict:
    url = f"{server.service_url(service, 'FeatureServer', 0)}/{operation}"
    reply = session.post(url, data={"f": "json", **form}, headers=headers(session, server, username), timeout=10)
    return reply.json()


def query(session, server, **params) -> dict:
    url = f"{server.service_url(EDITABLE, 'FeatureServer', 0)}/query"
    params = {"f": "json", "outFields": "*", **params}
    return session.get(url, params=params, headers=headers(session, server), timeout=10).json()


def point(x, y, **attributes) -> dict:
    return {"geometry": {"x": x, "y": y}, "attributes": attributes}


def test_an_editable_layer_says_so_and_a_read_only_one_keeps_query(server, emulator_session):
    def layer(name):
        url = server.service_url(name, "FeatureServer", 0)
        return emulator_session.get(url, params={"f": "json"}, headers=headers(emulator_session, server), timeout=10)

    editable, read_only = layer(EDITABLE).json(), layer("Demo/Points").json()
    assert editable["capabilities"] == "Create,Delete,Query,Update,Editing"
    assert editable["allowGeometryUpdates"] is True
    assert {f["name"]: f["editable"] for f in editable["fields"]}["OBJECTID"] is False
    assert {f["name"]: f["editable"] for f in editable["fields"]}["name"] is True
    assert read_only["capabilities"] == "Query"
    assert not any(f["editable"] for f in read_only["fields"])


def test_add_update_delete_answer_per_feature_and_the_server_assigns_object_ids(server, emulator_session):
    # QGIS sends the features' JSON unencoded in the form body; the form decodes it like a real server.
    features = json.dumps([point(5.0, 45.0, OBJECTID=7, name="new", rank=3), point(6.0, 46.0, name="second")], indent=2)
    added = post(emulator_session, server, "addFeatures", {"features": features})
    assert added == {
        "addResults": [
            {"objectId": FEATURES + 1, "uniqueId": FEATURES + 1, "globalId": None, "success": True},
            {"objectId": FEATURES + 2, "uniqueId": FEATURES + 2, "globalId": None, "success": True},
        ]
    }
    update = [{"geometry": {"x": 7.5, "y": 47.5}, "attributes": {"OBJECTID": 3, "name": "moved", "value": 1.5}}]
    updated = post(emulator_session, server, "updateFeatures", {"features": json.dumps(update)})
    assert updated["updateResults"] == [{"objectId": 3, "uniqueId": 3, "globalId": None, "success": True}]
    deleted = post(emulator_session, server, "deleteFeatures", {"objectIds": "4,5"})
    assert [r["objectId"] for r in deleted["deleteResults"] if r["success"]] == [4, 5]

    ids = query(emulator_session, server, where="1=1", returnIdsOnly="true")["objectIds"]
    assert 4 not in ids and 5 not in ids and {FEATURES + 1, FEATURES + 2} <= set(ids) and len(ids) == FEATURES
    (new,) = query(emulator_session, server, objectIds=str(FEATURES + 1))["features"]
    assert new["attributes"]["name"] == "new" and new["attributes"]["rank"] == 3
    assert new["attributes"]["category"] is None  # not sent: NULL
    assert new["geometry"] == {"x": 5.0, "y": 45.0}
    (moved,) = query(emulator_session, server, where="name = 'moved'")["features"]
    assert moved["attributes"]["OBJECTID"] == 3 and moved["geometry"] == {"x": 7.5, "y": 47.5}
    inside = query(emulator_session, server, geometry="7.4,47.4,7.6,47.6", returnIdsOnly="true")["objectIds"]
    assert inside == [3]
    assert query(emulator_session, server, where="name IS NULL", returnCountOnly="true") == {"count": 0}
    edits = [edit for record in server.requests for edit in record.edits]
    assert edits == [("add", FEATURES + 1), ("add", FEATURES + 2), ("update", 3), ("delete", 4), ("delete", 5)]


def test_one_failure_rolls_everything_back_unless_asked_not_to(server, emulator_session):
    adds = json.dumps([point(1, 1, name="kept?"), point(2, 2, rank="not a number")])
    rolled = post(emulator_session, server, "applyEdits", {"adds": adds, "deletes": "9,999"})
    assert rolled == {
        "addResults": [
            {"success": False, "error": {"code": 1003, "description": "Operation rolled back."}},
            {"success": False, "error": {"code": 1016, "description": "Setting of value for rank failed."}},
        ],
        "updateResults": [],  # applyEdits answers every kind of edit, even one not sent
        "deleteResults": [
            {"objectId": 9, "success": False, "error": {"code": 1003, "description": "Operation rolled back."}},
            {"objectId": 999, "success": False, "error": {"code": 1011, "description": "Object is missing."}},
        ],
    }
    assert query(emulator_session, server, where="1=1", returnCountOnly="true") == {"count": FEATURES}

    partial = post(
        emulator_session, server, "applyEdits", {"adds": adds, "deletes": "[9, 999]", "rollbackOnFailure": "false"}
    )
    assert [r["success"] for r in partial["addResults"]] == [True, False]
    assert [r["success"] for r in partial["deleteResults"]] == [True, False]
    assert [edit for record in server.requests for edit in record.edits] == [("add", FEATURES + 1), ("delete", 9)]


def test_updates_need_an_existing_object_and_a_usable_geometry(server, emulator_session):
    post(emulator_session, server, "deleteFeatures", {"objectIds": "2"})
    features = [
        {"attributes": {"OBJECTID": 2, "name": "gone"}},
        {"attributes": {"name": "no id"}},
        {"geometry": {"x": "NaN", "y": 1}, "attributes": {"OBJECTID": 1}},
    ]
    answer = post(
        emulator_session, server, "updateFeatures", {"features": json.dumps(features), "rollbackOnFailure": "false"}
    )
    assert [(r.get("objectId"), r["error"]["code"]) for r in answer["updateResults"]] == [
        (2, 1011),
        (None, 1011),
        (1, 1015),
    ]


@pytest.mark.parametrize(
    ("username", "service", "code", "message"),
    [
        ("reader", EDITABLE, 403, "You do not have permissions to access this resource or perform this operation."),
        ("alice", "Demo/Points", 400, "Requested operation is not supported by this service."),
    ],
)
def test_a_user_who_may_not_edit_and_a_read_only_service_refuse_the_whole_request(  # noqa: PLR0917 - pytest names them
    server, emulator_session, username, service, code, message
):
    features = json.dumps([point(1, 1, name="refused")])
    answer = post(emulator_session, server, "addFeatures", {"features": features}, username=username, service=service)
    assert answer == {"error": {"code": code, "message": message, "details": []}}
    (record,) = [r for r in server.requests if r.endpoint == "addFeatures"]
    assert record.error_code == code and record.edits == []


def test_no_edits_answer_empty_results_and_a_delete_takes_a_where_clause(server, emulator_session):
    assert post(emulator_session, server, "addFeatures", {"features": "[]"}) == {"addResults": []}
    assert post(emulator_session, server, "deleteFeatures", {"where": "1=0"}) == {"deleteResults": []}
    assert post(emulator_session, server, "deleteFeatures", {})["error"]["code"] == 400
    deleted = post(emulator_session, server, "deleteFeatures", {"where": "rank = 7 OR OBJECTID = 8"})
    assert [r["objectId"] for r in deleted["deleteResults"]] == [7, 8]
    assert [edit for record in server.requests for edit in record.edits] == [("delete", 7), ("delete", 8)]


def test_a_revoke_fault_ends_every_token_after_the_requests_it_skips(server, emulator_session):
    alice = headers(emulator_session, server)
    server.add_fault("revoke", "/query", skip=1, times=1)
    url = f"{server.service_url(EDITABLE, 'FeatureServer', 0)}/query"
    params = {"f": "json", "where": "1=1", "returnCountOnly": "true"}
    answers = [emulator_session.get(url, params=params, headers=alice, timeout=10).json() for _ in range(2)]
    assert answers == [{"count": FEATURES}, {"error": {"code": 498, "message": "Invalid token.", "details": []}}]
    assert [record.fault for record in server.requests if record.endpoint == "query"] == [None, "revoke"]


def test_a_read_only_user_still_reads_and_edits_need_post_and_a_token(server, emulator_session):
    url = f"{server.service_url(EDITABLE, 'FeatureServer', 0)}"
    reader = headers(emulator_session, server, "reader")
    count = emulator_session.get(f"{url}/query", params={"f": "json", "where": "1=1", "returnCountOnly": "true"},
                                 headers=reader, timeout=10).json()  # fmt: skip
    assert count == {"count": FEATURES}
    by_get = emulator_session.get(
        f"{url}/deleteFeatures", params={"f": "json", "objectIds": "1"}, headers=reader, timeout=10
    )
    assert by_get.json()["error"]["code"] == 405
    anonymous = emulator_session.post(f"{url}/deleteFeatures", data={"f": "json", "objectIds": "1"}, timeout=10)
    assert anonymous.json()["error"]["code"] == 499
    assert server.count("deleteFeatures") == 2 and not any(r.edits for r in server.requests)


def test_edits_stay_on_their_server_and_service(arcgis_emulator, server, emulator_session):
    post(emulator_session, server, "deleteFeatures", {"objectIds": "1"})
    other = add_users(arcgis_emulator(features=FEATURES, services=[Service(EDITABLE, editable=True)]))
    assert other.dataset_for(other.services[EDITABLE]).has_row(0)
    assert not server.dataset_for(server.services[EDITABLE]).has_row(0)
    # The generated data set the read-only services share is never edited.
    assert server.dataset_for(server.services["Demo/Points"]).has_row(0)
