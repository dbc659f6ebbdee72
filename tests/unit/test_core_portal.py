"""A portal's content: search queries and parameters, items, pages, folders, groups and sharing URLs."""

from __future__ import annotations

import copy

import pytest
from arcgis_token_auth.plugin.core.errors import UnexpectedResponseError
from arcgis_token_auth.plugin.core.portal import (
    DEFAULT_PAGE_SIZE,
    Folder,
    Group,
    ItemPage,
    ItemType,
    PortalItem,
    Scope,
    is_path_part,
    read_folders,
    read_groups,
    read_item_page,
    search_params,
    search_query,
    sharing_url,
)
from arcgis_token_auth.plugin.core.urls import ServerRoot, locate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PORTAL = "https://gis.example.com/portal"
SERVER = "https://gis.example.com"
ALL_TYPES = (
    '(type:"Feature Service" OR type:"Map Service" OR type:"Vector Tile Service" OR type:"Image Service"'
    ' OR (type:"Web Map" NOT type:"Web Mapping Application"))'
)

# A search result entry as ArcGIS Online returns it (every field it sends, trimmed values).
PARCELS = {
    "id": "4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e",
    "owner": "jdoe_acme",
    "orgId": "Xj56SBi2udA78cC9",
    "created": 1696412345000,
    "isOrgItem": True,
    "modified": 1718200000123,
    "guid": None,
    "name": "Parcels",
    "title": "Parcels 2024",
    "type": "Feature Service",
    "typeKeywords": ["ArcGIS Server", "Data", "Feature Access", "Feature Service", "Service", "Hosted Service"],
    "description": "<div>Land parcels of the county.</div>",
    "tags": ["parcels", "cadastre"],
    "snippet": "Land parcels, updated nightly",
    "thumbnail": "thumbnail/thumbnail1718200000123.png",
    "documentation": None,
    "extent": [[-118.9, 33.7], [-117.6, 34.8]],
    "categories": [],
    "spatialReference": "102100",
    "accessInformation": "Acme County GIS",
    "licenseInfo": "",
    "culture": "en-us",
    "properties": None,
    "advancedSettings": None,
    "url": "https://services3.arcgis.com/Xj56SBi2udA78cC9/arcgis/rest/services/Parcels/FeatureServer",
    "proxyFilter": None,
    "access": "org",
    "size": -1,
    "subInfo": 0,
    "appCategories": [],
    "industries": [],
    "languages": [],
    "largeThumbnail": None,
    "banner": None,
    "screenshots": [],
    "listed": False,
    "ownerFolder": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    "protected": False,
    "numComments": 0,
    "numRatings": 0,
    "avgRating": 0,
    "numViews": 152,
    "itemControl": "admin",
    "scoreCompleteness": 78,
    "groupDesignations": None,
    "lastViewed": 1718300000000,
}


def entry(item_id: str, title: str, item_type: str, **fields: object) -> dict[str, object]:
    return {**PARCELS, "id": item_id, "title": title, "type": item_type, **fields}


SEARCH_ANSWER = {
    "query": '"parcels" AND type:"Feature Service"',
    "total": 7,
    "start": 1,
    "num": 7,
    "nextStart": -1,
    "results": [
        PARCELS,
        entry("b" * 32, "Zoning map", "Web Map", url=None, typeKeywords=["ArcGIS Online", "Explorer Web Map", "Map"]),
        entry("c" * 32, "Zoning viewer", "Web Mapping Application", url="https://acme.maps.arcgis.com/apps/x"),
        entry("d" * 32, "Dashboard", "Dashboard", url=None),
        entry("e" * 32, "Utilities", "Map Service", url="https://gis.example.com/arcgis/rest/services/U/MapServer/"),
        entry("f" * 32, "Basemap", "Vector Tile Service", url="https://gis.example.com/arcgis/rest/services/B/VectorTileServer"),
        entry("0" * 32, "Elevation", "Image Service", url="https://gis.example.com/arcgis/rest/services/E/ImageServer"),
    ],
}  # fmt: skip


# --- Items -------------------------------------------------------------------------------------------


def test_an_item_is_read_from_arcgis_onlines_search_result() -> None:
    item = PortalItem.from_json(PARCELS)
    assert item == PortalItem(
        id="4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e",
        title="Parcels 2024",
        type="Feature Service",
        owner="jdoe_acme",
        modified=1718200000.123,
        url="https://services3.arcgis.com/Xj56SBi2udA78cC9/arcgis/rest/services/Parcels/FeatureServer",
        access="org",
        snippet="Land parcels, updated nightly",
        thumbnail="thumbnail/thumbnail1718200000123.png",
        type_keywords=("ArcGIS Server", "Data", "Feature Access", "Feature Service", "Service", "Hosted Service"),
    )
    assert item.item_type is ItemType.FEATURE_SERVICE
    assert item.opens_as_layers is True
    assert item.is_web_map is False
    assert item.service_url == PARCELS["url"]
    assert item.layer_id is None


@pytest.mark.parametrize(
    "data",
    [
        None, [], "item", 42,
        {"title": "T", "type": "Web Map"},  # no id
        {"id": "abc", "type": "Web Map"},  # no title
        {"id": "abc", "title": "T"},  # no type
        {"id": 123, "title": "T", "type": "Web Map"},
        {"id": "abc", "title": ["T"], "type": "Web Map"},
        {"id": "abc", "title": "T", "type": None},
        {"id": "abc", "title": "T", "type": ""},
        {"id": "", "title": "T", "type": "Web Map"},
        {"id": "..", "title": "T", "type": "Web Map"},  # ids go into paths: none that could leave one
        {"id": "../../portaladmin", "title": "T", "type": "Web Map"},
        {"id": "a\\b", "title": "T", "type": "Web Map"},
        {"id": "a;b", "title": "T", "type": "Web Map"},
        {"id": "%2e%2e", "title": "T", "type": "Web Map"},
    ],
    ids=repr,
)  # fmt: skip
def test_an_entry_without_a_usable_id_title_and_type_is_no_item(data: object) -> None:
    assert PortalItem.from_json(data) is None


def test_odd_field_values_read_as_empty() -> None:
    item = PortalItem.from_json(
        {"id": "abc", "title": "", "type": "Map Service", "owner": 5, "modified": "yesterday", "url": None,
         "access": ["public"], "snippet": None, "thumbnail": False, "typeKeywords": ["Map", 3, None, "Service"]}
    )  # fmt: skip
    assert item == PortalItem("abc", "", "Map Service", "", 0.0, "", "", "", "", ("Map", "Service"))
    assert item.opens_as_layers is False  # a service item without a URL has nothing to open


@pytest.mark.parametrize(
    ("modified", "seconds"),
    [(1718200000123, 1718200000.123), ("1718200000000", 1718200000.0), (-5, 0.0), (True, 0.0), (10**400, 0.0),
     (float("inf"), 0.0), (None, 0.0)],
)  # fmt: skip
def test_modified_is_read_in_seconds(modified: object, seconds: float) -> None:
    assert PortalItem.from_json(entry("abc", "T", "Web Map", modified=modified)).modified == seconds


A = "https://h.com/arcgis/rest/services/A"
PLAIN_HTTP = "http://h.com/arcgis/rest/services/E"


@pytest.mark.parametrize(
    ("item_type", "url", "service_url", "layer_id"),
    [
        ("Feature Service", f"{A}/FeatureServer", f"{A}/FeatureServer", None),
        ("Feature Service", f"{A}/FeatureServer/", f"{A}/FeatureServer", None),
        ("Feature Service", f"{A}/FeatureServer/3", f"{A}/FeatureServer", 3),
        ("Feature Service", f"{A}/FeatureServer/12/", f"{A}/FeatureServer", 12),
        ("Feature Service", f"{A}/featureserver/0", f"{A}/featureserver", 0),
        ("Feature Service", "  https://h.com/x/FeatureServer/0?token=SECRET#f ", "https://h.com/x/FeatureServer", 0),
        ("Map Service", f"{A}/MapServer/2", f"{A}/MapServer", 2),
        ("Image Service", f"{PLAIN_HTTP}/ImageServer", f"{PLAIN_HTTP}/ImageServer", None),
        ("Vector Tile Service", f"{A}/VectorTileServer/", f"{A}/VectorTileServer", None),
        ("Feature Service", "javascript:alert(1)//FeatureServer/0", "", None),
        ("Feature Service", "file:///etc/passwd", "", None),
        ("Feature Service", "data:text/html,<script>", "", None),
        ("Feature Service", "ftp://h.com/FeatureServer", "", None),
        ("Feature Service", "https://h.com/a b/FeatureServer", "", None),
        ("Feature Service", "https:///FeatureServer/0", "", None),
        ("Feature Service", "", "", None),
    ],
)  # fmt: skip
def test_service_url_and_layer_id_of_an_item(item_type: str, url: str, service_url: str, layer_id: object) -> None:
    item = PortalItem.from_json(entry("abc", "T", item_type, url=url))
    assert (item.service_url, item.layer_id) == (service_url, layer_id)
    assert item.opens_as_layers is bool(service_url)


@pytest.mark.parametrize(
    ("item_type", "expected", "opens_as_layers"),
    [
        ("Feature Service", ItemType.FEATURE_SERVICE, True),
        ("Map Service", ItemType.MAP_SERVICE, True),
        ("Vector Tile Service", ItemType.VECTOR_TILE_SERVICE, True),
        ("Image Service", ItemType.IMAGE_SERVICE, True),
        ("Web Map", ItemType.WEB_MAP, False),  # a web map opens as its layers, not as a service
        ("Web Mapping Application", None, False),
        ("feature service", None, False),  # the portal's names, exactly
        ("Dashboard", None, False),
        ("WMS", None, False),
    ],
)
def test_the_plugin_opens_its_types_only(item_type: str, expected: object, opens_as_layers: bool) -> None:
    item = PortalItem.from_json(entry("abc", "T", item_type, url="https://h.com/arcgis/rest/services/A/MapServer"))
    assert item.item_type is expected
    assert item.opens_as_layers is opens_as_layers
    assert item.is_web_map is (expected is ItemType.WEB_MAP)


# --- Search queries ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item_type", "scope", "ids", "query"),
    [
        ("", None, Scope.EVERYONE, {}, ALL_TYPES),
        ("   ", None, Scope.EVERYONE, {}, ALL_TYPES),
        ("parcels", ItemType.FEATURE_SERVICE, Scope.MY_CONTENT, {"username": "jdoe_acme"},
         '"parcels" AND type:"Feature Service" AND owner:"jdoe_acme"'),
        ("zoning 2024", ItemType.WEB_MAP, Scope.GROUP, {"group_id": "2f0ec8cb03574128bd673cefab106f39"},
         '"zoning 2024" AND (type:"Web Map" NOT type:"Web Mapping Application")'
         ' AND group:"2f0ec8cb03574128bd673cefab106f39"'),
        ("", ItemType.IMAGE_SERVICE, Scope.ORGANISATION, {"org_id": "Xj56SBi2udA78cC9"},
         'type:"Image Service" AND orgid:"Xj56SBi2udA78cC9"'),
        ("roads", None, Scope.ORGANISATION, {"org_id": "Xj56SBi2udA78cC9"},
         f'"roads" AND {ALL_TYPES} AND orgid:"Xj56SBi2udA78cC9"'),
        ("basemap", ItemType.VECTOR_TILE_SERVICE, Scope.EVERYONE, {"username": "ignored", "org_id": "ignored"},
         '"basemap" AND type:"Vector Tile Service"'),
        ("", ItemType.MAP_SERVICE, Scope.MY_CONTENT, {"username": "jane.doe@ACME"},
         'type:"Map Service" AND owner:"jane.doe@ACME"'),
        ("  two   words\there ", ItemType.MAP_SERVICE, Scope.EVERYONE, {}, '"two words here" AND type:"Map Service"'),
        ("Straßen-Netz 2024", ItemType.FEATURE_SERVICE, Scope.EVERYONE, {},
         '"Straßen-Netz 2024" AND type:"Feature Service"'),
        # Hostile text: it stays one phrase; its quotes and backslashes are gone.
        ('roads" OR owner:"esri', ItemType.FEATURE_SERVICE, Scope.MY_CONTENT, {"username": "bob"},
         '"roads OR owner: esri" AND type:"Feature Service" AND owner:"bob"'),
        ('x\\" OR (type:*', ItemType.WEB_MAP, Scope.EVERYONE, {},
         '"x OR (type:*" AND (type:"Web Map" NOT type:"Web Mapping Application")'),
        ('"""', ItemType.FEATURE_SERVICE, Scope.EVERYONE, {}, 'type:"Feature Service"'),
        ("*** ::: -", ItemType.FEATURE_SERVICE, Scope.EVERYONE, {}, 'type:"Feature Service"'),  # no word: no phrase
        # Values from the portal are phrases, escaped as the search syntax escapes.
        ("", ItemType.FEATURE_SERVICE, Scope.MY_CONTENT, {"username": 'ACME\\j"doe'},
         'type:"Feature Service" AND owner:"ACME\\\\j\\"doe"'),
    ],
)  # fmt: skip
def test_search_query(text: str, item_type: object, scope: Scope, ids: dict[str, str], query: str) -> None:
    assert search_query(text, item_type, scope=scope, **ids) == query


def test_a_search_query_takes_the_types_and_scopes_by_their_values() -> None:
    query = search_query("x", "Vector Tile Service", scope="my-content", username="bob")
    assert query == '"x" AND type:"Vector Tile Service" AND owner:"bob"'
    with pytest.raises(ValueError, match="Dashboard"):
        search_query("x", "Dashboard", scope=Scope.EVERYONE)


@pytest.mark.parametrize(
    ("scope", "ids", "named"),
    [
        (Scope.MY_CONTENT, {}, "username"),
        (Scope.MY_CONTENT, {"username": "  ", "org_id": "o", "group_id": "g"}, "username"),
        (Scope.GROUP, {"username": "bob"}, "group_id"),
        (Scope.ORGANISATION, {"username": "bob", "group_id": "g"}, "org_id"),
    ],
)
def test_a_scope_without_its_id_is_refused_naming_it(scope: Scope, ids: dict[str, str], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        search_query("parcels", ItemType.FEATURE_SERVICE, scope=scope, **ids)


def _suffix(item_type: ItemType) -> str:
    return search_query("", item_type, scope=Scope.MY_CONTENT, username="bob")


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60), st.sampled_from(list(ItemType)))
def test_no_text_can_leave_its_phrase(text: str, item_type: ItemType) -> None:
    query = search_query(text, item_type, scope=Scope.MY_CONTENT, username="bob")
    suffix = _suffix(item_type)
    if query == suffix:  # nothing searchable in the text
        assert not any(character.isalnum() for character in text.replace('"', "").replace("\\", ""))
        return
    assert query.endswith(f'" AND {suffix}')
    phrase = query[: -len(f" AND {suffix}")]
    assert phrase[0] == phrase[-1] == '"'
    assert '"' not in phrase[1:-1] and "\\" not in phrase[1:-1]
    assert phrase[1:-1] == " ".join(phrase[1:-1].split())


# --- Search parameters -------------------------------------------------------------------------------


def test_search_params_default_to_a_page_of_the_newest_items() -> None:
    assert DEFAULT_PAGE_SIZE == 25
    assert search_params('type:"Web Map"') == {
        "q": 'type:"Web Map"', "start": "1", "num": "25", "sortField": "modified", "sortOrder": "desc",
    }  # fmt: skip


@pytest.mark.parametrize(("num", "sent"), [(1, "1"), (100, "100"), (101, "100"), (10_000, "100"), (0, "1"), (-3, "1")])
def test_a_page_holds_one_to_a_hundred_items(num: int, sent: str) -> None:
    assert search_params("q", num=num)["num"] == sent


def test_search_params_take_a_page_and_an_order() -> None:
    params = search_params("q", start=51, num=50, sort_field="title", sort_order="asc")
    assert params == {"q": "q", "start": "51", "num": "50", "sortField": "title", "sortOrder": "asc"}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [({"start": 0}, "start"), ({"start": -1}, "start"), ({"sort_order": "DESC"}, "sort_order"),
     ({"sort_order": "random"}, "sort_order"), ({"sort_field": ""}, "sort_field")],
)  # fmt: skip
def test_search_params_refuse_what_the_portal_cannot_do(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        search_params("q", **arguments)


# --- Pages of items ----------------------------------------------------------------------------------


def test_a_search_page_keeps_the_types_the_plugin_opens() -> None:
    page = read_item_page(SEARCH_ANSWER)
    assert [item.title for item in page.items] == ["Parcels 2024", "Zoning map", "Utilities", "Basemap", "Elevation"]
    assert (page.total, page.start, page.next_start, page.has_more) == (7, 1, -1, False)
    assert page.items[2].service_url == "https://gis.example.com/arcgis/rest/services/U/MapServer"


@pytest.mark.parametrize(
    ("item_type", "titles"),
    [
        (ItemType.WEB_MAP, ["Zoning map"]),  # not the "Web Mapping Application" that type:"Web Map" also finds
        (ItemType.FEATURE_SERVICE, ["Parcels 2024"]),
        (ItemType.MAP_SERVICE, ["Utilities"]),
        (ItemType.VECTOR_TILE_SERVICE, ["Basemap"]),
        (ItemType.IMAGE_SERVICE, ["Elevation"]),
        ("Web Map", ["Zoning map"]),
    ],
)
def test_a_search_page_keeps_exactly_the_wanted_type(item_type: object, titles: list[str]) -> None:
    assert [item.title for item in read_item_page(SEARCH_ANSWER, item_type=item_type).items] == titles


def test_a_folder_listing_is_read_as_a_page_with_its_folders() -> None:
    answer = {
        "username": "jdoe_acme",
        "total": 3,
        "start": 1,
        "num": 25,
        "nextStart": -1,
        "currentFolder": None,
        "items": [PARCELS, entry("b" * 32, "Notes", "Notebook", url=None), entry("c" * 32, "Map", "Web Map", url=None)],
        "folders": [
            {"username": "jdoe_acme", "id": "a1b2c3d4e5f60718293a4b5c6d7e8f90", "title": "Utilities",
             "created": 1696412345000},
            {"username": "jdoe_acme", "id": "0f9e8d7c6b5a49382716f5e4d3c2b1a0", "title": "Field work",
             "created": 1696412346000},
        ],
    }  # fmt: skip
    page = read_item_page(answer)
    assert page == ItemPage((PortalItem.from_json(PARCELS), PortalItem.from_json(answer["items"][2])), 3, 1, -1)
    assert read_folders(answer) == (
        Folder("a1b2c3d4e5f60718293a4b5c6d7e8f90", "Utilities"),
        Folder("0f9e8d7c6b5a49382716f5e4d3c2b1a0", "Field work"),
    )


def page_of(entries: int, **fields: object) -> dict[str, object]:
    results = [entry(f"{index:032x}", f"Item {index}", "Feature Service") for index in range(entries)]
    return {"results": results, **fields}


@pytest.mark.parametrize(
    ("answer", "total", "start", "next_start"),
    [
        (page_of(25, total=60, start=1, num=25, nextStart=26), 60, 1, 26),
        (page_of(25, total=60, start=26, num=25, nextStart=51), 60, 26, 51),
        (page_of(10, total=60, start=51, num=25, nextStart=-1), 60, 51, -1),
        (page_of(25, total=60, start=1, num=25), 60, 1, 26),  # nextStart missing: after this page
        (page_of(10, total=60, start=51, num=25), 60, 51, -1),
        (page_of(25, total="60", start="1", nextStart="26"), 60, 1, 26),  # numbers as strings
        (page_of(25, total=60.0, start=1.0, nextStart=26.0), 60, 1, 26),
        (page_of(25, total=60, start=1, nextStart=-7), 60, 1, -1),  # negative: no more
        (page_of(25, total=60, start=26, nextStart=26), 60, 26, -1),  # the same page again: no more
        (page_of(25, total=60, start=26, nextStart=3), 60, 26, -1),  # backwards
        (page_of(25, total=60, start=1, nextStart=500), 60, 1, -1),  # beyond the total
        (page_of(25, total=60, start=1, nextStart=True), 60, 1, 26),  # not a number: as if missing
        (page_of(25, total=60, start=1, nextStart="next"), 60, 1, 26),
        (page_of(25, total=60, start=1, nextStart=26.5), 60, 1, 26),
        (page_of(25, total=60, start=1, nextStart=10**400), 60, 1, 26),
        (page_of(25, total="many", start=1, nextStart=26), 25, 1, -1),  # no total: this page is all there is
        (page_of(25, total=-4, start=1), 25, 1, -1),
        (page_of(25, total=3, start=1, nextStart=26), 25, 1, -1),  # fewer than listed: what is listed counts
        (page_of(25, total=60, start=0, nextStart=26), 60, 1, 26),
        (page_of(25, total=60, start="first", nextStart=26), 60, 1, 26),
        (page_of(25, total=60, start=10**400, nextStart=26), 60, 1, 26),
        (page_of(0, total=0, start=1, nextStart=-1), 0, 1, -1),
        (page_of(0, total=60, start=1), 60, 1, -1),  # an empty page ends the paging
        (page_of(3), 3, 1, -1),
    ],
)  # fmt: skip
def test_paging(answer: dict[str, object], total: int, start: int, next_start: int) -> None:
    page = read_item_page(answer)
    assert (page.total, page.start, page.next_start) == (total, start, next_start)
    assert page.has_more is (next_start > 0)
    assert len(page.items) == len(answer["results"])


def test_odd_entries_in_a_page_are_skipped() -> None:
    hostile = {"id": "../x", "title": "T", "type": "Web Map"}
    answer = {"total": 6, "results": [None, "x", 3, [PARCELS], hostile, PARCELS]}
    assert read_item_page(answer).items == (PortalItem.from_json(PARCELS),)


@pytest.mark.parametrize(
    "answer",
    [None, [], [PARCELS], "results", 3, True, {}, {"total": 1}, {"results": None}, {"results": {"0": PARCELS}},
     {"items": "none"}, {"results": None, "items": [PARCELS]}],
    ids=repr,
)  # fmt: skip
def test_an_answer_that_is_no_list_of_items_is_an_unexpected_response(answer: object) -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        read_item_page(answer, server=SERVER)
    assert raised.value.server == SERVER
    assert type(raised.value) is UnexpectedResponseError
    assert raised.value.detail


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=16,
)
PAGE_KEYS = st.sampled_from(["results", "items", "total", "start", "num", "nextStart", "folders", "groups"])
ITEM_KEYS = st.sampled_from(["id", "title", "type", "owner", "modified", "url", "typeKeywords", "thumbnail"])
ITEMS = st.lists(st.dictionaries(ITEM_KEYS, JSON) | JSON, max_size=5)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(JSON, st.dictionaries(PAGE_KEYS, JSON | ITEMS)))
def test_any_answer_reads_as_a_page_or_an_unexpected_response(answer: object) -> None:
    try:
        page = read_item_page(answer, server=SERVER)
    except UnexpectedResponseError:
        assert not isinstance(answer, dict) or not isinstance(answer.get("results", answer.get("items")), list)
        return
    assert page.start >= 1
    assert page.total >= page.start - 1 + len(page.items)
    assert page.next_start == -1 or page.start < page.next_start <= page.total
    assert all(item.item_type is not None for item in page.items)
    read_folders(answer)
    read_groups(answer)


# --- Folders and groups ------------------------------------------------------------------------------

COMMUNITY_SELF = {
    "username": "jdoe_acme",
    "fullName": "Jane Doe",
    "orgId": "Xj56SBi2udA78cC9",
    "role": "org_publisher",
    "privileges": ["portal:user:createItem", "portal:user:joinGroup"],
    "groups": [
        {"id": "2f0ec8cb03574128bd673cefab106f39", "title": "Utilities editors", "owner": "gis_admin",
         "isInvitationOnly": True, "access": "org", "protected": False, "snippet": None,
         "userMembership": {"username": "jdoe_acme", "memberType": "member"}},
        {"id": "9c1f2e3d4b5a69788776655443322110", "title": "Public maps", "owner": "jdoe_acme", "access": "public"},
        {"id": "77aa", "title": "Old group"},  # no owner
    ],
}  # fmt: skip


def test_groups_are_read_from_community_self() -> None:
    assert read_groups(COMMUNITY_SELF) == (
        Group("2f0ec8cb03574128bd673cefab106f39", "Utilities editors", "gis_admin"),
        Group("9c1f2e3d4b5a69788776655443322110", "Public maps", "jdoe_acme"),
        Group("77aa", "Old group", ""),
    )


@pytest.mark.parametrize(
    ("reader", "key"), [(read_groups, "groups"), (read_folders, "folders")], ids=["groups", "folders"]
)
def test_odd_folders_and_groups_are_skipped(reader, key: str) -> None:
    good = {"id": "2f0ec8cb03574128bd673cefab106f39", "title": "Good", "owner": "o"}
    entries = [None, "x", {"id": 5, "title": "T"}, {"id": "a", "title": None}, {"id": "../../x", "title": "T"},
               {"id": "", "title": "T"}, {"title": "T"}, good]  # fmt: skip
    assert [found.title for found in reader({key: entries})] == ["Good"]
    assert reader({key: "not a list"}) == ()
    assert reader({}) == ()


@pytest.mark.parametrize("reader", [read_groups, read_folders], ids=["groups", "folders"])
@pytest.mark.parametrize("answer", [None, [], "groups", 1])
def test_folders_and_groups_of_an_answer_that_is_no_object_are_an_unexpected_response(reader, answer: object) -> None:
    with pytest.raises(UnexpectedResponseError) as raised:
        reader(answer, server=SERVER)
    assert raised.value.server == SERVER


# --- Sharing URLs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("root", "parts", "url"),
    [
        (PORTAL, ("search",), "https://gis.example.com/portal/sharing/rest/search"),
        (PORTAL + "/", ("community", "self"), "https://gis.example.com/portal/sharing/rest/community/self"),
        ("https://acme.maps.arcgis.com", ("content", "users", "jdoe_acme", "a1b2c3d4e5f60718293a4b5c6d7e8f90"),
         "https://acme.maps.arcgis.com/sharing/rest/content/users/jdoe_acme/a1b2c3d4e5f60718293a4b5c6d7e8f90"),
        (PORTAL, ("content", "items", "4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e", "data"),
         "https://gis.example.com/portal/sharing/rest/content/items/4f1b1f7c8d4e4b2f9a0e6c3d2b1a0f9e/data"),
        (PORTAL, ("content", "users", "jane.doe@ACME"), "https://gis.example.com/portal/sharing/rest/content/users/jane.doe%40ACME"),
        (PORTAL, ("content", "users", "a b?c#d&e=f"), "https://gis.example.com/portal/sharing/rest/content/users/a%20b%3Fc%23d%26e%3Df"),
        (PORTAL, ("content", "users", "名前"), "https://gis.example.com/portal/sharing/rest/content/users/%E5%90%8D%E5%89%8D"),
        (PORTAL, ("content", "users", "..x"), "https://gis.example.com/portal/sharing/rest/content/users/..x"),
    ],
)  # fmt: skip
def test_sharing_url(root: str, parts: tuple[str, ...], url: str) -> None:
    assert sharing_url(root, *parts) == url


@pytest.mark.parametrize(
    "part",
    ["", ".", "..", " .. ", "...", "../portaladmin", "a/b", "/", "a\\b", "..\\x", "a;b", "%2e%2e", "%2F", "a\x00b",
     "a\nb", "\x7f", "\ud800"],
    ids=repr,
)  # fmt: skip
def test_a_part_that_could_move_the_request_is_refused(part: str) -> None:
    assert is_path_part(part) is False
    with pytest.raises(ValueError, match="part"):
        sharing_url(PORTAL, "content", "items", part, "data")


ROOT_SEGMENTS = ServerRoot.parse(PORTAL).location.segments


@settings(max_examples=2_000, deadline=None)
@given(st.text(max_size=40))
def test_an_accepted_part_is_exactly_one_segment_a_token_may_go_to(part: str) -> None:
    try:
        url = sharing_url(PORTAL, "content", "items", part, "data")
    except ValueError:
        assert not is_path_part(part)
        return
    location = locate(url)
    assert location is not None  # the engine's own matching reads it as a path under the portal
    assert location.segments == (*ROOT_SEGMENTS, "sharing", "rest", "content", "items", part.lower(), "data")


def test_reading_does_not_change_the_answer() -> None:
    answer = copy.deepcopy(SEARCH_ANSWER)
    read_item_page(answer, item_type=ItemType.WEB_MAP)
    assert answer == SEARCH_ANSWER
