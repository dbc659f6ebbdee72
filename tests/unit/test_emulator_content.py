"""The emulator's portal content API (search, users' content, groups, items, data, thumbnails) and its
two-layer feature service, over real HTTPS, on an Enterprise portal and on an ArcGIS Online org."""

from __future__ import annotations

import re
import struct
from typing import Any, NamedTuple, Optional

import pytest

from tests.emulator import DEFAULT_SERVICES, ONLINE, PORTAL, STANDALONE, ArcGISEmulator
from tests.emulator.content import (
    BASEMAP_SERVICE,
    TWO_LAYER_SERVICE,
    DemoContent,
    basemap_service,
    seed_demo_content,
    two_layer_service,
)
from tests.emulator.pytest_fixtures import REFERER, add_users, request_token

ITEM_INACCESSIBLE = {
    "error": {"code": 400, "messageCode": "CONT_0001", "message": "Item does not exist or is inaccessible.",
              "details": []}
}  # fmt: skip
NO_PERMISSION = {
    "error": {"code": 403, "messageCode": "GWM_0003",
              "message": "You do not have permissions to access this resource or perform this operation.",
              "details": []}
}  # fmt: skip
SURVEYS = [f"Survey {number:02d}" for number in range(1, 26)]
ALICE_ROOT = ["Points and parcels", "Points map", "Landmarks", "Alice's draft map", "Budget review", *SURVEYS]
FEATURES = 200


class Org(NamedTuple):
    portal: ArcGISEmulator  # where the sharing API is
    server: ArcGISEmulator  # where the items' services are (the portal itself for an online org)
    demo: DemoContent
    tokens: dict[str, str]  # username → a portal token bound to REFERER


@pytest.fixture(params=[PORTAL, ONLINE])
def org(request, arcgis_emulator, emulator_session) -> Org:
    services = [*DEFAULT_SERVICES, two_layer_service(), basemap_service()]
    if request.param == PORTAL:
        portal = add_users(arcgis_emulator(PORTAL))
        server = arcgis_emulator(STANDALONE, owning_portal=portal, services=services, features=FEATURES)
    else:
        portal = server = add_users(arcgis_emulator(ONLINE, services=services, features=FEATURES))
    tokens = {user: request_token(emulator_session, portal.token_url, user)["token"] for user in ("alice", "bob")}
    return Org(portal, server, seed_demo_content(portal), tokens)


def headers(org: Org, caller: Optional[str]) -> dict[str, str]:
    """The caller's token (a username, a token, or None: anonymous) and the referer it is bound to."""
    sent = {"Referer": REFERER}
    if caller is not None:
        sent["X-Esri-Authorization"] = f"Bearer {org.tokens.get(caller, caller)}"
    return sent


def fetch(session, org: Org, resource: str, caller: Optional[str] = "alice", **params: Any):
    url = f"{org.portal.portal_url}/sharing/rest/{resource}"
    return session.get(url, params={"f": "json", **params}, headers=headers(org, caller), timeout=10)


def get(session, org: Org, resource: str, caller: Optional[str] = "alice", **params: Any) -> dict[str, Any]:
    return fetch(session, org, resource, caller, **params).json()


def search_titles(session, org: Org, q: str, caller: Optional[str] = "alice", **params: Any) -> list[str]:
    answer = get(session, org, "search", caller, q=q, num=100, **params)
    assert answer["total"] == len(answer["results"])
    return [item["title"] for item in answer["results"]]


def every_title(session, org: Org, caller: Optional[str]) -> set[str]:
    """Every item title the caller can find, page after page."""
    titles, start = [], 1
    while start != -1:
        answer = get(session, org, "search", caller, q="", num=7, start=start)
        titles += [item["title"] for item in answer["results"]]
        start = answer["nextStart"]
    assert len(titles) == len(set(titles))
    return set(titles)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


# ---------------------------------------------------------------- search


def test_search_matches_free_text_in_titles_snippets_and_tags_case_insensitively(org, emulator_session):
    # "parcels": a title, and the web map's snippet.
    assert search_titles(emulator_session, org, "parcels") == ["Points and parcels", "City overview"]
    assert search_titles(emulator_session, org, "LANDMARKS") == ["City overview", "Landmarks"]
    assert search_titles(emulator_session, org, "field") == SURVEYS  # their tag
    assert search_titles(emulator_session, org, '"draft map"') == ["Alice's draft map"]
    assert search_titles(emulator_session, org, '"map draft"') == []


def test_search_by_type_owner_group_orgid_id_and_title(org, emulator_session):
    demo = org.demo
    assert search_titles(emulator_session, org, 'type:"Web Map"') == ["City overview", "Alice's draft map"]
    assert search_titles(emulator_session, org, 'type:"web map"', caller="bob") == ["City overview"]
    assert search_titles(emulator_session, org, "type:Map") == ["Points map"]  # the words the type begins with
    assert search_titles(emulator_session, org, "type:Ma") == []  # whole words only
    assert search_titles(emulator_session, org, "owner:bob") == ["Restricted points", "Crew assignments"]
    assert search_titles(emulator_session, org, "owner:bob", caller="bob") == [
        "Bob's private notes", "Restricted points", "Crew assignments",
    ]  # fmt: skip
    in_field_crews = ["Points and parcels", "City overview", "Crew assignments"]
    assert search_titles(emulator_session, org, f"group:{demo.field_crews_group}") == in_field_crews
    assert search_titles(emulator_session, org, f"group:{demo.field_crews_group}", caller="bob") == in_field_crews
    assert search_titles(emulator_session, org, f"group:{demo.field_crews_group}", caller=None) == []
    assert search_titles(emulator_session, org, f"orgid:{org.portal.org_id}", caller=None) == ["Landmarks"]
    assert len(search_titles(emulator_session, org, f"orgid:{org.portal.org_id}")) == 33
    assert search_titles(emulator_session, org, "orgid:AnotherOrg0000000") == []
    assert search_titles(emulator_session, org, f"id:{demo.map_service_item}") == ["Points map"]
    assert search_titles(emulator_session, org, 'title:"survey 2"') == SURVEYS[19:]
    assert search_titles(emulator_session, org, "typekeywords:Explorer") == []
    assert search_titles(emulator_session, org, 'typekeywords:"Map Service"') == ["Points map"]


def test_search_terms_must_all_match_with_or_without_and(org, emulator_session):
    assert search_titles(emulator_session, org, 'owner:alice AND type:"Map Service"') == ["Points map"]
    assert search_titles(emulator_session, org, "owner:alice and tags:points") == ["Points and parcels", "Points map"]
    assert search_titles(emulator_session, org, "tags:points owner:bob") == ["Restricted points"]
    assert search_titles(emulator_session, org, "survey 07") == ["Survey 07"]
    assert search_titles(emulator_session, org, 'owner:bob AND type:"Web Map"') == []


def test_search_pages_through_25_surveys_with_next_start(org, emulator_session):
    pages, start = [], 1
    while start != -1:
        answer = get(emulator_session, org, "search", q="survey", start=start)
        pages.append(answer)
        start = answer["nextStart"]
    assert [(p["query"], p["total"], p["start"], p["num"], p["nextStart"]) for p in pages] == [
        ("survey", 25, 1, 10, 11), ("survey", 25, 11, 10, 21), ("survey", 25, 21, 10, -1),
    ]  # fmt: skip
    assert [item["title"] for page in pages for item in page["results"]] == SURVEYS
    two = [get(emulator_session, org, "search", q="survey", num=20, start=start) for start in (1, 21)]
    assert [(len(page["results"]), page["nextStart"]) for page in two] == [(20, 21), (5, -1)]
    capped = get(emulator_session, org, "search", q="", num=500)
    assert (capped["num"], capped["total"], len(capped["results"]), capped["nextStart"]) == (100, 33, 33, -1)
    beyond = get(emulator_session, org, "search", q="survey", start=26)
    assert (beyond["total"], beyond["results"], beyond["nextStart"]) == (25, [], -1)


def test_search_sorts_by_title_modified_created_owner_and_type(org, emulator_session):
    by = {}
    for field in ("title", "modified", "created"):
        for order in ("asc", "desc"):
            by[field, order] = search_titles(emulator_session, org, "survey", sortField=field, sortOrder=order)
    assert by["title", "asc"] == SURVEYS
    assert by["title", "desc"] == SURVEYS[::-1]
    # The surveys are dated out of their titles' order; every one is created when last modified.
    dated = sorted((item.modified, item.title) for item in org.portal.items.values() if item.title in SURVEYS)
    assert by["modified", "asc"] == [title for _modified, title in dated]
    assert by["modified", "asc"][:3] == ["Survey 07", "Survey 14", "Survey 21"]
    assert by["modified", "desc"][:3] == ["Survey 25", "Survey 18", "Survey 11"]
    assert by["created", "asc"] == by["modified", "asc"]
    assert by["created", "desc"] == by["modified", "asc"][::-1]
    mixed = search_titles(emulator_session, org, "tags:points", sortField="owner,title", sortOrder="desc,asc")
    assert mixed == ["Restricted points", "Points and parcels", "Points map"]
    by_type = search_titles(emulator_session, org, "tags:points", sortField="type,title", sortOrder="desc")
    assert by_type == ["Points map", "Restricted points", "Points and parcels"]


def test_search_reads_or_not_and_parentheses(org, emulator_session):
    assert set(search_titles(emulator_session, org, '"Survey 01" OR "Survey 02"')) == {"Survey 01", "Survey 02"}
    assert set(search_titles(emulator_session, org, 'tags:points NOT type:"Map Service"')) == {
        "Restricted points",
        "Points and parcels",
    }
    # type: is a phrase match, as ArcGIS's: "Web Map" alone would also find a "Web Mapping Application".
    org.portal.add_item("alice", "Field app", "Web Mapping Application", access="org")
    assert "Field app" in search_titles(emulator_session, org, 'type:"Web Map"')
    web_maps = '(type:"Web Map" NOT type:"Web Mapping Application") AND owner:alice'
    assert set(search_titles(emulator_session, org, web_maps)) == {"City overview", "Alice's draft map"}
    assert search_titles(emulator_session, org, 'title:"Survey \\"01\\""') == []  # an escaped quote is text


def test_search_refuses_unknown_fields_and_unsupported_syntax_as_arcgis_does(org, emulator_session):
    assert get(emulator_session, org, "search", q="colour:red") == {
        "error": {"code": 400, "message": "Invalid query", "details": ["Unknown field 'colour'."]}
    }
    for query in ("survey OR", "(survey", "survey)", "NOT", "AND survey", 'title:"open'):
        assert get(emulator_session, org, "search", q=query)["error"]["message"] == "Invalid query", query
    assert get(emulator_session, org, "search", q="survey", sortField="size")["error"]["code"] == 400
    assert get(emulator_session, org, "search", q="survey", sortOrder="up")["error"]["code"] == 400
    assert get(emulator_session, org, "search", q="survey", num="ten")["error"]["code"] == 400
    assert get(emulator_session, org, "search", "not-a-token", q="survey") == {
        "error": {"code": 498, "message": "Invalid token.", "details": []}
    }


# ---------------------------------------------------------------- users' content


def test_content_users_lists_the_root_folder_in_pages_with_the_folders(org, emulator_session):
    first = get(emulator_session, org, "content/users/alice")
    assert {key: first[key] for key in ("username", "total", "start", "num", "nextStart", "currentFolder")} == {
        "username": "alice", "total": 30, "start": 1, "num": 10, "nextStart": 11, "currentFolder": None,
    }  # fmt: skip
    projects = {"username": "alice", "id": org.demo.projects_folder, "title": "Projects"}
    assert [{key: f[key] for key in ("username", "id", "title")} for f in first["folders"]] == [projects]
    assert isinstance(first["folders"][0]["created"], int)
    titles = [item["title"] for item in first["items"]]
    for start in (11, 21):
        page = get(emulator_session, org, "content/users/alice", start=start)
        titles += [item["title"] for item in page["items"]]
        assert page["nextStart"] == (21 if start == 11 else -1)
    assert titles == ALICE_ROOT
    assert {item["ownerFolder"] for item in first["items"]} == {None}
    bob = get(emulator_session, org, "content/users/bob", "bob", num=50)
    assert [item["title"] for item in bob["items"]] == ["Bob's private notes", "Restricted points", "Crew assignments"]
    assert (bob["folders"], bob["nextStart"], bob["num"]) == ([], -1, 50)


def test_content_users_lists_a_folder_with_its_current_folder(org, emulator_session):
    folder = get(emulator_session, org, f"content/users/alice/{org.demo.projects_folder}")
    assert {key: folder["currentFolder"][key] for key in ("username", "id", "title")} == {
        "username": "alice", "id": org.demo.projects_folder, "title": "Projects",
    }  # fmt: skip
    assert [item["title"] for item in folder["items"]] == ["City overview"]
    assert folder["items"][0]["ownerFolder"] == org.demo.projects_folder
    assert (folder["total"], folder["folders"], folder["nextStart"]) == (1, [], -1)
    missing = get(emulator_session, org, "content/users/alice/0123456789abcdef0123456789abcdef")
    assert missing == {"error": {"code": 400, "message": "Folder does not exist or is inaccessible.", "details": []}}


def test_only_the_user_reads_their_content(org, emulator_session):
    demo = org.demo
    assert get(emulator_session, org, "content/users/bob") == NO_PERMISSION
    assert get(emulator_session, org, "content/users/alice", "bob") == NO_PERMISSION
    assert get(emulator_session, org, f"content/users/alice/{demo.projects_folder}", "bob") == NO_PERMISSION
    assert get(emulator_session, org, "content/users/alice", None) == NO_PERMISSION
    assert get(emulator_session, org, "content/users/alice", org.portal.add_api_key()) == NO_PERMISSION
    assert get(emulator_session, org, "content/users/nobody") == NO_PERMISSION


# ---------------------------------------------------------------- users and groups


def test_community_self_lists_the_users_groups(org, emulator_session):
    demo = org.demo
    alice = get(emulator_session, org, "community/self")
    assert alice["username"] == "alice"
    assert [(g["id"], g["title"], g["owner"], g["access"]) for g in alice["groups"]] == [
        (demo.field_crews_group, "Field crews", "alice", "private"),
        (demo.managers_group, "Managers", "alice", "private"),
        (demo.open_data_group, "Open data", "alice", "public"),
    ]
    group = alice["groups"][0]
    assert set(group) >= {"id", "title", "owner", "access", "snippet", "created", "modified", "thumbnail"}
    assert (group["snippet"], group["thumbnail"], group["modified"]) == (None, None, group["created"])
    bob = get(emulator_session, org, "community/self", "bob")
    assert [(g["title"], g["userMembership"]["memberType"]) for g in bob["groups"]] == [("Field crews", "member")]


def test_community_users_describes_a_user_and_their_groups_only_to_themselves(org, emulator_session):
    bob_by_alice = get(emulator_session, org, "community/users/bob")
    assert (bob_by_alice["username"], bob_by_alice["orgId"], "groups" in bob_by_alice) == (
        "bob", org.portal.org_id, False,
    )  # fmt: skip
    bob_by_bob = get(emulator_session, org, "community/users/bob", "bob")
    assert [g["title"] for g in bob_by_bob["groups"]] == ["Field crews"]
    assert bob_by_bob == get(emulator_session, org, "community/self", "bob")
    assert {key: value for key, value in bob_by_bob.items() if key != "groups"} == bob_by_alice
    inaccessible = {"error": {"code": 400, "message": "User does not exist or is inaccessible.", "details": []}}
    assert get(emulator_session, org, "community/users/nobody") == inaccessible
    assert get(emulator_session, org, "community/users/bob", None) == inaccessible


def test_group_search_shows_groups_to_members_the_org_and_everyone_by_their_access(org, emulator_session):
    demo = org.demo
    everyone = org.portal.add_group("Everyone", "bob", access="org")

    def titles(caller: Optional[str], q: str = "") -> list[str]:
        answer = get(emulator_session, org, "community/groups", caller, q=q, num=100)
        assert answer["total"] == len(answer["results"])
        return [group["title"] for group in answer["results"]]

    assert titles("alice") == ["Field crews", "Managers", "Open data", "Everyone"]
    assert titles("bob") == ["Field crews", "Open data", "Everyone"]
    assert titles(None) == ["Open data"]
    assert titles(org.portal.add_api_key()) == ["Open data", "Everyone"]
    assert titles("bob", f"id:{demo.managers_group}") == []
    assert titles("alice", f"id:{demo.managers_group}") == ["Managers"]
    assert titles("bob", "owner:alice") == ["Field crews", "Open data"]
    assert titles("alice", "owner:bob") == ["Everyone"]
    assert titles("alice", "crews") == ["Field crews"]
    assert titles("alice", f"orgid:{org.portal.org_id} AND title:data") == ["Open data"]
    page = get(emulator_session, org, "community/groups", "alice", q="", num=2, sortField="title", sortOrder="desc")
    assert [g["title"] for g in page["results"]] == ["Open data", "Managers"]
    assert (page["total"], page["nextStart"], page["query"]) == (4, 3, "")
    membership = get(emulator_session, org, "community/groups", "bob", q=f"id:{everyone}")["results"][0]
    assert membership["userMembership"] == {"username": "bob", "memberType": "owner"}
    assert get(emulator_session, org, "community/groups", q="members:bob")["error"]["message"] == "Invalid query"


# ---------------------------------------------------------------- items, data and thumbnails


def test_item_json_has_arcgis_fields_and_tells_only_the_owner_its_folder(org, emulator_session):
    demo = org.demo
    item = get(emulator_session, org, f"content/items/{demo.web_map_item}")
    data = fetch(emulator_session, org, f"content/items/{demo.web_map_item}/data").content
    assert {key: item[key] for key in ("id", "owner", "orgId", "title", "type", "access", "ownerFolder")} == {
        "id": demo.web_map_item, "owner": "alice", "orgId": org.portal.org_id, "title": "City overview",
        "type": "Web Map", "access": "shared", "ownerFolder": demo.projects_folder,
    }  # fmt: skip
    assert (item["guid"], item["url"], item["thumbnail"], item["size"]) == (
        None, None, "thumbnail/thumbnail.png", len(data),
    )  # fmt: skip
    assert item["typeKeywords"] == ["ArcGIS Online", "Explorer Web Map", "Map", "Online Map", "Web Map"]
    assert (item["tags"], item["snippet"]) == (
        ["city", "overview"],
        "Points, parcels and landmarks over a tiled basemap",
    )
    assert item["extent"] == [[-10.0, 35.0], [30.0, 60.0]]
    assert item["created"] == item["modified"] == org.portal.items[demo.web_map_item].modified
    assert re.fullmatch("[0-9a-f]{32}", item["id"])
    by_bob = get(emulator_session, org, f"content/items/{demo.web_map_item}", "bob")
    assert "ownerFolder" not in by_bob
    assert {key: by_bob[key] for key in item if key not in ("ownerFolder", "itemControl")} == {
        key: item[key] for key in item if key not in ("ownerFolder", "itemControl")
    }
    service_item = get(emulator_session, org, f"content/items/{demo.two_layer_item}")
    assert service_item["url"] == org.server.service_url(TWO_LAYER_SERVICE, "FeatureServer")
    assert (service_item["name"], service_item["type"], service_item["size"]) == (
        "PointsAndParcels", "Feature Service", -1,
    )  # fmt: skip
    assert get(emulator_session, org, "content/items/0123456789abcdef0123456789abcdef") == ITEM_INACCESSIBLE


def test_secured_items_point_at_the_federated_server_and_one_public_item_at_a_public_service(org, emulator_session):
    items = get(emulator_session, org, "search", q="", num=100)["results"]
    urls = {item["title"]: item["url"] for item in items}
    assert urls["Points map"] == org.server.service_url("Demo/Points", "MapServer")
    assert urls["Landmarks"] == org.server.service_url("Public/Landmarks", "FeatureServer")
    assert all(url.startswith(f"{org.server.server_url}/rest/services/") for url in urls.values() if url)
    assert org.portal.kind == ONLINE or not org.server.server_url.startswith(org.portal.portal_url)
    public = [item["title"] for item in items if item["access"] == "public"]
    assert public == ["Landmarks"]
    landmarks = emulator_session.get(urls["Landmarks"], params={"f": "json"}, timeout=10).json()  # no token
    assert [layer["name"] for layer in landmarks["layers"]] == ["Points"]


def test_web_map_data_is_a_web_map_with_every_layer_kind_the_plugin_meets(org, emulator_session):
    demo, server = org.demo, org.server
    web_map = get(emulator_session, org, f"content/items/{demo.web_map_item}/data")
    layers = web_map["operationalLayers"]
    assert [(layer["title"], layer["layerType"]) for layer in layers] == [
        ("Points (category A)", "ArcGISFeatureLayer"),
        ("Restricted points", "ArcGISFeatureLayer"),
        ("Points and parcels", "GroupLayer"),
        ("Landmarks (1:500,000 to 1:5,000)", "ArcGISFeatureLayer"),
        ("Overview", "ArcGISMapServiceLayer"),
        ("Stations (CSV)", "CSV"),
    ]
    points, hidden, group, scaled, map_service, _csv = layers
    assert points["url"] == server.service_url("Demo/Points", "FeatureServer", 0)
    assert (points["opacity"], points["visibility"]) == (0.8, True)
    assert points["layerDefinition"] == {"definitionExpression": "category = 'A'"}
    assert (hidden["url"], hidden["visibility"]) == (server.service_url("Demo/Restricted", "FeatureServer", 0), False)
    assert [(sub["title"], sub["url"], sub["itemId"]) for sub in group["layers"]] == [
        ("Points", server.service_url(TWO_LAYER_SERVICE, "FeatureServer", 0), demo.two_layer_item),
        ("Parcels", server.service_url(TWO_LAYER_SERVICE, "FeatureServer", 1), demo.two_layer_item),
    ]
    assert (scaled["minScale"], scaled["maxScale"]) == (500_000, 5_000)
    assert map_service["url"] == server.service_url("Overview", "MapServer")
    (basemap,) = web_map["baseMap"]["baseMapLayers"]
    assert (basemap["layerType"], basemap["url"]) == (
        "ArcGISTiledMapServiceLayer", server.service_url(BASEMAP_SERVICE, "MapServer"),
    )  # fmt: skip
    assert web_map["baseMap"]["title"] == "Tiled basemap"
    assert web_map["spatialReference"] == {"wkid": 102100, "latestWkid": 3857}
    assert web_map["version"].startswith("2.")
    assert web_map["authoringApp"] == "ArcGIS emulator"
    tiled = emulator_session.get(basemap["url"], params={"f": "json"}, headers=headers(org, "alice"), timeout=10)
    assert tiled.json()["singleFusedMapCache"] is True


def test_item_data_of_an_item_without_data_is_an_empty_body(org, emulator_session):
    reply = fetch(emulator_session, org, f"content/items/{org.demo.alice_private_item}/data")
    assert (reply.status_code, reply.content) == (200, b"")


def test_item_thumbnail_is_a_png_where_the_item_has_one(org, emulator_session):
    demo = org.demo
    thumbnail = fetch(emulator_session, org, f"content/items/{demo.map_service_item}/info/thumbnail/thumbnail.png")
    assert (thumbnail.status_code, thumbnail.headers["Content-Type"]) == (200, "image/png")
    assert png_size(thumbnail.content) == (200, 133)
    draft = get(emulator_session, org, f"content/items/{demo.alice_private_item}")
    assert draft["thumbnail"] is None
    none = fetch(emulator_session, org, f"content/items/{demo.alice_private_item}/info/thumbnail/thumbnail.png")
    assert none.status_code == 404
    other = fetch(emulator_session, org, f"content/items/{demo.map_service_item}/info/thumbnail/other.png")
    assert other.status_code == 404


# ---------------------------------------------------------------- who sees what


def test_a_user_never_sees_another_users_private_item_anywhere(org, emulator_session):
    demo = org.demo
    for caller, hidden, title in (
        ("alice", demo.bob_private_item, "Bob's private notes"),
        ("bob", demo.alice_private_item, "Alice's draft map"),
        ("bob", demo.managers_item, "Budget review"),  # shared with a group bob is not in
    ):
        assert title not in every_title(emulator_session, org, caller)
        assert search_titles(emulator_session, org, f"id:{hidden}", caller) == []
        assert search_titles(emulator_session, org, f'title:"{title}"', caller) == []
        for group in (demo.field_crews_group, demo.managers_group, demo.open_data_group):
            assert title not in search_titles(emulator_session, org, f"group:{group}", caller)
        owner = org.portal.items[hidden].owner
        assert get(emulator_session, org, f"content/users/{owner}", caller) == NO_PERMISSION
        assert get(emulator_session, org, f"content/items/{hidden}", caller) == ITEM_INACCESSIBLE
        assert get(emulator_session, org, f"content/items/{hidden}/data", caller) == ITEM_INACCESSIBLE
        thumbnail = f"content/items/{hidden}/info/thumbnail/thumbnail.png"
        assert get(emulator_session, org, thumbnail, caller) == ITEM_INACCESSIBLE
        # Its owner sees it everywhere.
        assert search_titles(emulator_session, org, f"id:{hidden}", owner) == [title]
        assert get(emulator_session, org, f"content/items/{hidden}", owner)["title"] == title
        assert fetch(emulator_session, org, f"content/items/{hidden}/data", owner).content == b""  # it has none
        expected_thumbnail = 200 if org.portal.items[hidden].thumbnail else 404  # alice's draft has none
        assert fetch(emulator_session, org, thumbnail, owner).status_code == expected_thumbnail
        owned = get(emulator_session, org, f"content/users/{owner}", owner, num=100)
        assert title in [item["title"] for item in owned["items"]]


def test_each_caller_sees_exactly_what_the_items_access_allows(org, emulator_session):
    org_items = {"Points map", "Restricted points", *SURVEYS}
    shared_with_field_crews = {"Points and parcels", "City overview", "Crew assignments"}
    assert every_title(emulator_session, org, "alice") == {
        *org_items, *shared_with_field_crews, "Landmarks", "Alice's draft map", "Budget review",
    }  # fmt: skip
    assert every_title(emulator_session, org, "bob") == {
        *org_items, *shared_with_field_crews, "Landmarks", "Bob's private notes",
    }  # fmt: skip
    assert every_title(emulator_session, org, None) == {"Landmarks"}
    # App tokens and API keys are members of the organisation, in no group.
    assert every_title(emulator_session, org, org.portal.add_api_key()) == {*org_items, "Landmarks"}


def test_anonymous_callers_read_public_items_only(org, emulator_session):
    demo = org.demo
    public = get(emulator_session, org, f"content/items/{demo.public_item}", None)
    assert (public["title"], public["access"], "ownerFolder" in public) == ("Landmarks", "public", False)
    public_thumbnail = f"content/items/{demo.public_item}/info/thumbnail/thumbnail.png"
    assert png_size(fetch(emulator_session, org, public_thumbnail, None).content) == (200, 133)
    for hidden in (demo.map_service_item, demo.web_map_item, demo.surveys[0]):
        assert get(emulator_session, org, f"content/items/{hidden}", None) == ITEM_INACCESSIBLE
        assert get(emulator_session, org, f"content/items/{hidden}/data", None) == ITEM_INACCESSIBLE


def test_the_request_log_names_each_content_endpoint(org, emulator_session):
    demo = org.demo
    org.portal.clear_log()
    for resource in ("search", "community/groups", "content/users/alice", "community/users/bob",
                     f"content/items/{demo.web_map_item}", f"content/items/{demo.web_map_item}/data",
                     f"content/items/{demo.web_map_item}/info/thumbnail/thumbnail.png"):  # fmt: skip
        fetch(emulator_session, org, resource)
    assert [record.endpoint for record in org.portal.requests] == [
        "search", "community/groups", "content/users", "community/users", "content/items", "content/items/data",
        "content/items/thumbnail",
    ]  # fmt: skip


def test_content_is_added_only_where_it_is_consistent(org, arcgis_server):
    portal, demo = org.portal, org.demo
    with pytest.raises(ValueError, match="shared item is in groups"):
        portal.add_item("alice", "x", "Web Map", access="shared")
    with pytest.raises(ValueError, match="shared item is in groups"):
        portal.add_item("alice", "x", "Web Map", groups=[demo.field_crews_group])
    with pytest.raises(ValueError, match="bob has no folder"):
        portal.add_item("bob", "x", "Web Map", folder=demo.projects_folder)
    with pytest.raises(ValueError, match="unknown groups"):
        portal.add_item("alice", "x", "Web Map", access="org", groups=["nope"])
    with pytest.raises(ValueError, match="access must be one of"):
        portal.add_item("alice", "x", "Web Map", access="everyone")
    with pytest.raises(ValueError, match="only a portal or an online org"):
        arcgis_server.add_item("alice", "x", "Web Map")
    before = len(portal.items)
    item_id = portal.add_item("alice", "Notes", "Web Map", access="org", groups=[demo.field_crews_group], data={})
    assert len(portal.items) == before + 1
    assert (portal.items[item_id].title, portal.items[item_id].groups) == ("Notes", (demo.field_crews_group,))


# ---------------------------------------------------------------- the two-layer service


def test_two_layer_service_lists_and_answers_both_layers(org, emulator_session):
    server, sent = org.server, headers(org, "alice")

    def fetch_json(url: str, **params: Any) -> dict[str, Any]:
        return emulator_session.get(url, params={"f": "json", **params}, headers=sent, timeout=10).json()

    for service_type in ("FeatureServer", "MapServer"):
        url = server.service_url(TWO_LAYER_SERVICE, service_type)
        summaries = fetch_json(url)["layers"]
        assert [(s["id"], s["name"], s["geometryType"]) for s in summaries] == [
            (0, "Points", "esriGeometryPoint"), (1, "Parcels", "esriGeometryPolygon"),
        ]  # fmt: skip
        layers = fetch_json(f"{url}/layers")["layers"]
        assert [(layer["id"], layer["name"], len(layer["fields"])) for layer in layers] == [
            (0, "Points", 6), (1, "Parcels", 20),
        ]  # fmt: skip
        parcels = fetch_json(server.service_url(TWO_LAYER_SERVICE, service_type, 1))
        assert (parcels["id"], parcels["geometryType"], parcels["objectIdField"]) == (
            1, "esriGeometryPolygon", "OBJECTID",
        )  # fmt: skip
        assert parcels == layers[1]
    layer_0 = server.service_url(TWO_LAYER_SERVICE, "FeatureServer", 0)
    layer_1 = server.service_url(TWO_LAYER_SERVICE, "FeatureServer", 1)
    assert fetch_json(f"{layer_0}/query", where="1=1", returnCountOnly="true") == {"count": FEATURES}
    assert fetch_json(f"{layer_1}/query", where="1=1", returnCountOnly="true") == {"count": FEATURES}
    (point,) = fetch_json(f"{layer_0}/query", objectIds="3", outFields="name")["features"]
    assert point["attributes"] == {"name": "Point 3"} and set(point["geometry"]) == {"x", "y"}
    (parcel,) = fetch_json(f"{layer_1}/query", objectIds="3", outFields="parcel_id,category")["features"]
    assert parcel["attributes"] == {"parcel_id": "P-0000003", "category": "C"}
    assert parcel["geometry"]["rings"][0][0] == parcel["geometry"]["rings"][0][-1]
    assert fetch_json(f"{layer_1}/query", where="category = 'A'", returnIdsOnly="true")["objectIds"][:3] == [1, 5, 9]
    assert fetch_json(f"{layer_1}/addFeatures", features="[]")["error"]["message"] == "Invalid URL"
    assert fetch_json(server.service_url(TWO_LAYER_SERVICE, "FeatureServer", 2))["error"]["message"] == "Invalid URL"
    # A one-layer service still has no layer 1.
    one_layer = fetch_json(server.service_url("Demo/Points", "FeatureServer", 1))
    assert one_layer == {
        "error": {
            "code": 400,
            "message": "Invalid URL",
            "details": ["Unknown resource of Demo/Points (FeatureServer): 1"],
        }
    }
    assert [layer["id"] for layer in fetch_json(server.service_url("Demo/Points", "FeatureServer"))["layers"]] == [0]
