"""A portal's content — folders, groups and items — and the sharing API that reads it.

Under ``<portal>/sharing/rest`` (routed here by :func:`.sharing.resolve`): ``search``,
``community/groups``, ``content/users/<user>[/<folderId>]``, ``content/items/<id>``, its
``/data`` and ``/info/thumbnail/<file>``. ``community/self`` and ``community/users/<user>``
stay in :mod:`.sharing`; they list a user's groups with :meth:`PortalContent.groups_of`.

Who sees what, on every endpoint (ArcGIS's sharing model):

- an item: its owner; everyone, anonymous callers too, when ``public``; any signed-in member
  of the organisation (users, app tokens, API keys) when ``org``; the members of a group it is
  shared with (``shared``, which needs groups; ``org`` and ``public`` items may be in groups
  too); nobody else when ``private``. An item the caller may not see answers exactly like a
  missing one: ArcGIS does not reveal that it exists.
- a group: its members; any signed-in member when ``org``; everyone when ``public``.

:func:`seed_demo_content` fills a portal with the demo's folders, groups, items and web map.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import png
from .auth import authenticate
from .data import DATA_EXTENT, POLYGON
from .geometry import WEB_MERCATOR, spatial_reference_json
from .parcels import PARCEL_EXTENT
from .services import FEATURE_SERVER, MAP_SERVER, Service
from .tokens import Principal, User
from .wire import NO_PERMISSION, PNG_TYPE, ApiError, Reply, Request, not_found, respond

if TYPE_CHECKING:
    from .server import ArcGISEmulator

PRIVATE, SHARED, ORG, PUBLIC = "private", "shared", "org", "public"
ACCESS_LEVELS = (PRIVATE, SHARED, ORG, PUBLIC)
GROUP_ACCESS_LEVELS = (PRIVATE, ORG, PUBLIC)
THUMBNAIL = "thumbnail/thumbnail.png"  # an item's `thumbnail`, under content/items/<id>/info/
THUMBNAIL_SIZE = (200, 133)  # ArcGIS's thumbnail size, pixels
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100

# ArcGIS's refusals, with its message codes.
ITEM_INACCESSIBLE = (400, "Item does not exist or is inaccessible.")  # messageCode CONT_0001
FOLDER_INACCESSIBLE = "Folder does not exist or is inaccessible."
USER_INACCESSIBLE = "User does not exist or is inaccessible."
INVALID_QUERY = "Invalid query"

# The fields `q` may name: for items, and for groups; any other name is an invalid query.
ITEM_FIELDS = frozenset({"owner", "type", "group", "orgid", "id", "title", "typekeywords", "tags"})
GROUP_FIELDS = frozenset({"id", "owner", "title", "orgid"})
SORT_FIELDS = ("title", "created", "modified", "owner", "type")
# Every emulated data set lies in DATA_EXTENT: the extent of an item with a service or a web map (WGS 84).
_ITEM_EXTENT = [[DATA_EXTENT.xmin, DATA_EXTENT.ymin], [DATA_EXTENT.xmax, DATA_EXTENT.ymax]]
# One token of `q`: a parenthesis, or a term — `field:value`, `field:"quoted value"`, `"a phrase"` or a word.
_TOKEN = re.compile(r'(\()|(\))|(?:([A-Za-z]\w*):)?(?:"((?:[^"\\]|\\.)*)"|([^\s()"]+))')


# ---------------------------------------------------------------- the store


@dataclass(frozen=True)
class Folder:
    id: str
    title: str
    owner: str
    created: int  # epoch ms

    def json(self) -> dict[str, Any]:
        return {"username": self.owner, "id": self.id, "title": self.title, "created": self.created}


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    owner: str
    members: frozenset[str]  # usernames, the owner's included
    access: str
    created: int
    modified: int


@dataclass(frozen=True)
class Item:
    """A portal item; ``data`` is what ``/data`` answers (a web map's JSON), None for no data."""

    id: str
    owner: str
    title: str
    type: str
    url: str
    folder: Optional[str]  # a folder id; None: the owner's root folder
    access: str
    groups: tuple[str, ...]
    data: Any
    tags: tuple[str, ...]
    snippet: str
    type_keywords: tuple[str, ...]
    thumbnail: bool
    created: int
    modified: int


class PortalContent:
    """The folders, groups and items of one portal (or online org); thread-safe."""

    def __init__(self, org_id: str) -> None:
        self.org_id = org_id
        self._lock = threading.Lock()
        self._folders: dict[str, Folder] = {}
        self._groups: dict[str, Group] = {}
        self._items: dict[str, Item] = {}
        self._last_ms = 0

    # -------------------------------------------------------- adding

    def add_folder(self, owner: str, title: str) -> str:
        """A folder in `owner`'s content; returns its id."""
        with self._lock:
            folder = Folder(self._new_id("folder", owner, title), title, owner, self._now_ms())
            self._folders[folder.id] = folder
        return folder.id

    def add_group(self, title: str, owner: str, members: Collection[str] = (), access: str = PRIVATE) -> str:
        """A group owned by `owner` (a member too) with `members`; returns its id."""
        if access not in GROUP_ACCESS_LEVELS:
            raise ValueError(f"group access must be one of {GROUP_ACCESS_LEVELS}, not {access!r}")
        with self._lock:
            now = self._now_ms()
            group = Group(self._new_id("group", owner, title), title, owner, frozenset({owner, *members}), access,
                          now, now)  # fmt: skip
            self._groups[group.id] = group
        return group.id

    def add_item(
        self,
        owner: str,
        title: str,
        item_type: str,
        *,
        url: str = "",
        folder: Optional[str] = None,
        access: str = PRIVATE,
        groups: Collection[str] = (),
        data: Any = None,
        tags: Collection[str] = (),
        snippet: str = "",
        type_keywords: Collection[str] = (),
        modified: Optional[int] = None,
        thumbnail: bool = True,
    ) -> str:
        """An item of `owner`; returns its id (32 hex digits). See README.md, *Portal content*.

        ``access="shared"`` needs ``groups``; a ``private`` item is in none. ``modified`` (epoch ms)
        dates the item, created then; otherwise it is created now. ``data`` (JSON-able) is what
        ``/data`` answers; ``thumbnail=False``: the item has none.
        """
        if access not in ACCESS_LEVELS:
            raise ValueError(f"access must be one of {ACCESS_LEVELS}, not {access!r}")
        if (access == SHARED and not groups) or (access == PRIVATE and groups):
            raise ValueError("a shared item is in groups, a private one in none")
        with self._lock:
            if folder is not None and (folder not in self._folders or self._folders[folder].owner != owner):
                raise ValueError(f"{owner} has no folder {folder!r}")
            unknown = set(groups) - set(self._groups)
            if unknown:
                raise ValueError(f"unknown groups {sorted(unknown)}")
            created = self._now_ms() if modified is None else modified
            item = Item(
                id=self._new_id("item", owner, title),
                owner=owner,
                title=title,
                type=item_type,
                url=url,
                folder=folder,
                access=access,
                groups=tuple(groups),
                data=copy.deepcopy(data),
                tags=tuple(tags),
                snippet=snippet,
                type_keywords=tuple(type_keywords),
                thumbnail=thumbnail,
                created=created,
                modified=created,
            )
            self._items[item.id] = item
        return item.id

    @property
    def items(self) -> dict[str, Item]:
        """A snapshot: id → item."""
        with self._lock:
            return dict(self._items)

    def _new_id(self, kind: str, owner: str, title: str) -> str:
        """A 32-hex-digit id, the same for the same content added in the same order (stable demos)."""
        number = len(self._folders) + len(self._groups) + len(self._items)
        seed = f"{self.org_id}|{kind}|{number}|{owner}|{title}"
        return hashlib.sha256(seed.encode()).hexdigest()[:32]

    def _now_ms(self) -> int:
        """Now, in epoch ms, later than anything made before: creation order is also time order."""
        self._last_ms = max(int(time.time() * 1000), self._last_ms + 1)
        return self._last_ms

    # -------------------------------------------------------- who sees what

    def _may_see_item(self, item: Item, principal: Optional[Principal]) -> bool:
        if item.access == PUBLIC:
            return True
        if principal is None:
            return False
        if item.access == ORG:
            return True
        username = principal.username if isinstance(principal, User) else None
        return item.owner == username or any(username in self._groups[group].members for group in item.groups)

    @staticmethod
    def _may_see_group(group: Group, principal: Optional[Principal]) -> bool:
        if group.access == PUBLIC:
            return True
        if principal is None:
            return False
        return group.access == ORG or (isinstance(principal, User) and principal.username in group.members)

    def visible_item(self, item_id: str, principal: Optional[Principal]) -> Item:
        """The item, if the caller may see it; else ArcGIS's error for a missing item."""
        with self._lock:
            item = self._items.get(item_id)
            if item is None or not self._may_see_item(item, principal):
                raise ApiError(*ITEM_INACCESSIBLE, messageCode="CONT_0001")
            return item

    # -------------------------------------------------------- JSON, as ArcGIS answers it

    def item_json(self, item: Item, principal: Optional[Principal]) -> dict[str, Any]:
        has_extent = bool(item.url or item.data)
        described: dict[str, Any] = {
            "id": item.id,
            "owner": item.owner,
            "orgId": self.org_id,
            "created": item.created,
            "modified": item.modified,
            "guid": None,
            "name": _service_name(item.url),
            "title": item.title,
            "type": item.type,
            "typeKeywords": list(item.type_keywords),
            "description": None,
            "tags": list(item.tags),
            "snippet": item.snippet or None,
            "thumbnail": THUMBNAIL if item.thumbnail else None,
            "documentation": None,
            "extent": _ITEM_EXTENT if has_extent else [],
            "categories": [],
            "spatialReference": None,
            "accessInformation": None,
            "licenseInfo": None,
            "culture": "en-us",
            "properties": None,
            "url": item.url or None,
            "proxyFilter": None,
            "access": item.access,
            "size": -1 if item.data is None else len(_data_bytes(item)),
            "appCategories": [],
            "industries": [],
            "languages": [],
            "largeThumbnail": None,
            "banner": None,
            "screenshots": [],
            "listed": False,
            "commentsEnabled": False,
            "numComments": 0,
            "numRatings": 0,
            "avgRating": 0,
            "numViews": 0,
            "contentOrigin": "self",
            "isOrgItem": True,
            "protected": False,
        }
        if isinstance(principal, User) and principal.username == item.owner:  # only the owner learns these
            described["ownerFolder"] = item.folder
            described["itemControl"] = "admin"
        return described

    def group_json(self, group: Group, principal: Optional[Principal]) -> dict[str, Any]:
        described: dict[str, Any] = {
            "id": group.id,
            "title": group.title,
            "owner": group.owner,
            "access": group.access,
            "snippet": None,
            "description": None,
            "tags": [],
            "created": group.created,
            "modified": group.modified,
            "thumbnail": None,
            "orgId": self.org_id,
            "isInvitationOnly": True,
            "isViewOnly": False,
            "protected": False,
        }
        if isinstance(principal, User):
            member_type = "owner" if group.owner == principal.username else "member"
            described["userMembership"] = {
                "username": principal.username,
                "memberType": member_type if principal.username in group.members else "none",
            }
        return described

    def groups_of(self, user: User) -> list[dict[str, Any]]:
        """The groups `user` is a member of, as community/self lists them."""
        with self._lock:
            groups = [group for group in self._groups.values() if user.username in group.members]
        return [self.group_json(group, user) for group in groups]

    # -------------------------------------------------------- the endpoints

    def search(self, req: Request, principal: Optional[Principal]) -> dict[str, Any]:
        query = req.param("q")
        tree = _parse_query(query, ITEM_FIELDS)
        with self._lock:
            found = [
                item
                for item in self._items.values()
                if self._may_see_item(item, principal)
                and _query_matches(tree, lambda term, item=item: self._item_matches(item, term))
            ]
        found = _sorted(found, req)
        paging, page = _page(found, req)
        return {"query": query, **paging, "results": [self.item_json(item, principal) for item in page]}

    def _item_matches(self, item: Item, term: Term) -> bool:
        field, value = term
        if field is None:
            return any(value in text.lower() for text in (item.title, item.snippet, *item.tags))
        if field == "title":
            return value in item.title.lower()
        if field == "type":
            # A phrase match of stemmed words, as ArcGIS's: type:"Web Map" also finds "Web Mapping Application".
            wanted, words = _stems(value), _stems(item.type)
            return words[: len(wanted)] == wanted
        exact: dict[str, Sequence[str]] = {
            "owner": [item.owner], "type": [item.type], "group": item.groups, "orgid": [self.org_id],
            "id": [item.id], "typekeywords": item.type_keywords, "tags": item.tags,
        }  # fmt: skip
        return value in (candidate.lower() for candidate in exact[field])

    def search_groups(self, req: Request, principal: Optional[Principal]) -> dict[str, Any]:
        query = req.param("q")
        tree = _parse_query(query, GROUP_FIELDS)
        with self._lock:
            found = [
                group
                for group in self._groups.values()
                if self._may_see_group(group, principal)
                and _query_matches(tree, lambda term, group=group: self._group_matches(group, term))
            ]
        found = _sorted(found, req)
        paging, page = _page(found, req)
        return {"query": query, **paging, "results": [self.group_json(group, principal) for group in page]}

    def _group_matches(self, group: Group, term: Term) -> bool:
        field, value = term
        if field in (None, "title"):
            return value in group.title.lower()
        return value == {"id": group.id, "owner": group.owner, "orgid": self.org_id}[field].lower()

    def user_content(
        self, req: Request, principal: Optional[Principal], username: str, folder_id: Optional[str]
    ) -> dict[str, Any]:
        """A user's root folder (with their folders) or one folder; only the user may read it."""
        if not isinstance(principal, User) or principal.username != username:
            raise ApiError(*NO_PERMISSION, messageCode="GWM_0003")  # anonymous callers too
        with self._lock:
            folder = self._folders.get(folder_id) if folder_id is not None else None
            if folder_id is not None and (folder is None or folder.owner != username):
                raise ApiError(400, FOLDER_INACCESSIBLE)
            items = [item for item in self._items.values() if item.owner == username and item.folder == folder_id]
            folders = [f for f in self._folders.values() if f.owner == username] if folder is None else []
        paging, page = _page(items, req)
        return {
            "username": username,
            **paging,
            "currentFolder": None if folder is None else folder.json(),
            "items": [self.item_json(item, principal) for item in page],
            "folders": [f.json() for f in folders],
        }


# ---------------------------------------------------------------- queries, sorting and pages


Term = tuple[Optional[str], str]  # (field, or None for free text; lower-case value)
Query = tuple[Any, ...]  # ("term", Term) | ("and", [Query…]) | ("or", [Query…]) | ("not", Query)
MATCH_ALL: Query = ("and", [])


def _parse_query(query: str, fields: Collection[str]) -> Query:
    """`q` as a tree of terms joined with AND (or mere whitespace), OR and NOT, with parentheses, as the
    portal's search syntax has them; "a NOT b" is "a AND NOT b". A term is `field:value`,
    `field:"quoted value"`, `"a phrase"` (backslash escapes a quote in it) or a word. Anything else —
    an unknown field, an unbalanced parenthesis, an operator without operand — is refused (400)."""
    tokens: list[tuple[str, Any]] = []
    for match in _TOKEN.finditer(query):
        opening, closing, field, phrase, word = match.groups()
        if opening or closing:
            tokens.append((opening or closing, None))
        elif field is None and phrase is None and word.upper() in ("AND", "OR", "NOT"):
            tokens.append((word.upper(), None))
        else:
            if field is not None and field.lower() not in fields:
                raise ApiError(400, INVALID_QUERY, [f"Unknown field '{field[:40]}'."])
            value = word if phrase is None else re.sub(r"\\(.)", r"\1", phrase)
            tokens.append(("term", (None if field is None else field.lower(), value.lower())))
    if "".join(_TOKEN.sub("", query).split()):
        raise ApiError(400, INVALID_QUERY, ["Unreadable query."])
    return _QueryParser(tokens).parse()


class _QueryParser:
    def __init__(self, tokens: list[tuple[str, Any]]) -> None:
        self._tokens = tokens
        self._at = 0

    def parse(self) -> Query:
        if not self._tokens:
            return MATCH_ALL
        tree = self._any()
        if self._at != len(self._tokens):
            raise ApiError(400, INVALID_QUERY, ["Unbalanced parentheses."])
        return tree

    def _peek(self) -> Optional[str]:
        return self._tokens[self._at][0] if self._at < len(self._tokens) else None

    def _any(self) -> Query:
        either = [self._all()]
        while self._peek() == "OR":
            self._at += 1
            either.append(self._all())
        return either[0] if len(either) == 1 else ("or", either)

    def _all(self) -> Query:
        every = [self._one()]
        while self._peek() not in (None, ")", "OR"):
            if self._peek() == "AND":
                self._at += 1
            every.append(self._one())
        return every[0] if len(every) == 1 else ("and", every)

    def _one(self) -> Query:
        kind = self._peek()
        if kind is None or kind in (")", "AND", "OR"):
            raise ApiError(400, INVALID_QUERY, ["An operator without its operand."])
        self._at += 1
        if kind == "NOT":
            return ("not", self._one())
        if kind == "(":
            inner = self._any()
            if self._peek() != ")":
                raise ApiError(400, INVALID_QUERY, ["Unbalanced parentheses."])
            self._at += 1
            return inner
        return ("term", self._tokens[self._at - 1][1])


def _stems(text: str) -> list[str]:
    """The words of ``text``, lower case, without the endings a search index strips ("mapping" → "map")."""
    stems = []
    for word in text.lower().split():
        ending = next((end for end in ("ping", "ing", "s") if word.endswith(end) and len(word) - len(end) >= 3), "")
        stems.append(word[: len(word) - len(ending)])
    return stems


def _query_matches(tree: Query, matches: Callable[[Term], bool]) -> bool:
    kind = tree[0]
    if kind == "term":
        return matches(tree[1])
    if kind == "not":
        return not _query_matches(tree[1], matches)
    found = (_query_matches(branch, matches) for branch in tree[1])
    return any(found) if kind == "or" else all(found)


def _sorted(entries: list[Any], req: Request) -> list[Any]:
    """Items or groups in `sortField` order (comma-separated fields, `sortOrder` asc|desc for each or
    all); without it, in the order they were added (ArcGIS would rank them by relevance)."""
    names = [name.strip().lower() for name in req.param("sortField").split(",") if name.strip()]
    orders = [order.strip().lower() for order in req.param("sortOrder").split(",") if order.strip()] or ["asc"]
    unknown = [name for name in names if name not in SORT_FIELDS] + [o for o in orders if o not in ("asc", "desc")]
    if unknown:
        raise ApiError(400, INVALID_QUERY, [f"Unsupported sortField or sortOrder: {', '.join(unknown)[:80]}"])
    # Stable sorts from the last key to the first give a multi-key order.
    for index in reversed(range(len(names))):
        name = names[index]
        descending = orders[min(index, len(orders) - 1)] == "desc"
        entries = sorted(entries, key=lambda entry, name=name: _sort_key(entry, name), reverse=descending)
    return entries


def _sort_key(entry: Any, name: str) -> Any:
    value = getattr(entry, name)
    return value.lower() if isinstance(value, str) else value


def _int_param(req: Request, name: str, default: int) -> int:
    text = req.param(name).strip()
    if not text:
        return default
    try:
        return int(text)
    except ValueError as exc:
        raise ApiError(400, INVALID_QUERY, [f"Invalid value for '{name}': {text[:40]}"]) from exc


def _page(entries: list[Any], req: Request) -> tuple[dict[str, int], list[Any]]:
    """(`total`, `start`, `num`, `nextStart`; the page): `start` is 1-based, `num` 10 unless asked
    (at most 100), `nextStart` -1 on the last page."""
    start = max(1, _int_param(req, "start", 1))
    num = min(max(0, _int_param(req, "num", DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE)
    page = entries[start - 1 : start - 1 + num]
    next_start = start + num if start - 1 + num < len(entries) else -1
    return {"total": len(entries), "start": start, "num": num, "nextStart": next_start}, page


def _service_name(url: str) -> Optional[str]:
    """What ArcGIS names a service's item: the service's name (``…/services/Demo/Points/FeatureServer`` →
    ``Points``)."""
    parts = url.rstrip("/").split("/")
    kinds = [index for index, part in enumerate(parts) if part in (FEATURE_SERVER, MAP_SERVER)]
    return parts[kinds[-1] - 1] if kinds else None


def _data_bytes(item: Item) -> bytes:
    return json.dumps(item.data, separators=(",", ":")).encode("utf-8")


def _thumbnail(item: Item) -> bytes:
    """A plain thumbnail, its colour drawn from the item's type."""
    shade = hashlib.sha256(item.type.encode()).digest()[:3]
    width, height = THUMBNAIL_SIZE
    return png.encode_png(width, height, bytes((*shade, 255)) * (width * height))


# ---------------------------------------------------------------- routing


def resolve(emulator: ArcGISEmulator, req: Request, path: str) -> Optional[tuple[str, Callable[[], Reply]]]:
    """(endpoint label, handler) for a content path after ``/sharing/rest``; None: not one of them."""
    store = emulator.content
    parts = path.strip("/").split("/")

    def answer(build: Callable[[Optional[Principal]], Any]) -> Callable[[], Reply]:
        return lambda: respond(req, build(authenticate(emulator, req)), "ArcGIS Portal Directory")

    if parts == ["search"]:
        return "search", answer(lambda principal: store.search(req, principal))
    if parts == ["community", "groups"]:
        return "community/groups", answer(lambda principal: store.search_groups(req, principal))
    if parts[:2] == ["content", "users"] and len(parts) in (3, 4):
        folder = parts[3] if len(parts) == 4 else None
        return "content/users", answer(lambda principal: store.user_content(req, principal, parts[2], folder))
    if parts[:2] == ["content", "items"] and len(parts) >= 3:
        return _resolve_item(emulator, req, parts[2], parts[3:])
    return None


def _resolve_item(
    emulator: ArcGISEmulator, req: Request, item_id: str, tail: list[str]
) -> Optional[tuple[str, Callable[[], Reply]]]:
    """An item's resources: its JSON, ``data``, ``info/thumbnail/<file>``; each checks who may see it."""
    store = emulator.content

    def item_reply(build: Callable[[Item, Optional[Principal]], Reply]) -> Callable[[], Reply]:
        def run() -> Reply:
            principal = authenticate(emulator, req)
            return build(store.visible_item(item_id, principal), principal)

        return run

    def described(item: Item, principal: Optional[Principal]) -> Reply:
        return respond(req, store.item_json(item, principal), item.title)

    def data(item: Item, _principal: Optional[Principal]) -> Reply:
        # What ArcGIS answers whatever `f` says: the data as stored, or an empty body for an item without any.
        return Reply(body=b"" if item.data is None else _data_bytes(item))

    def thumbnail(item: Item, _principal: Optional[Principal]) -> Reply:
        if not item.thumbnail or "/".join(tail[1:]) != THUMBNAIL:
            return not_found()
        return Reply(body=_thumbnail(item), content_type=PNG_TYPE)

    if not tail:
        return "content/items", item_reply(described)
    if tail == ["data"]:
        return "content/items/data", item_reply(data)
    if len(tail) == 3 and tail[:2] == ["info", "thumbnail"]:
        return "content/items/thumbnail", item_reply(thumbnail)
    return None


# ---------------------------------------------------------------- the demo's content

TWO_LAYER_SERVICE = "Demo/PointsAndParcels"
BASEMAP_SERVICE = "Demo/TiledBasemap"
_DAY_MS = 86_400_000
_HOUR_MS = 3_600_000
_SEED_EPOCH_MS = 1_709_251_200_000  # 2024-03-01 UTC: seeded items are dated from here, hour by hour
SURVEYS = 25  # alice's "Survey 01".."Survey 25": three pages of 10
FEATURE_SERVICE_KEYWORDS = ("ArcGIS Server", "Data", "Feature Access", "Service")
MAP_SERVICE_KEYWORDS = ("ArcGIS Server", "Data", "Map Service", "Service")
WEB_MAP_KEYWORDS = ("ArcGIS Online", "Explorer Web Map", "Map", "Online Map", "Web Map")


def two_layer_service() -> Service:
    """Points (layer 0) and parcels (layer 1), FeatureServer + MapServer: put it on the federated server,
    ``services=[*DEFAULT_SERVICES, two_layer_service(), basemap_service()]``."""
    return Service(TWO_LAYER_SERVICE, second_layer=POLYGON)


def basemap_service() -> Service:
    """A cached (tiled) map service: the demo web map's basemap."""
    return Service(BASEMAP_SERVICE, types=(MAP_SERVER,), cached=True)


@dataclass(frozen=True)
class DemoContent:
    """The ids :func:`seed_demo_content` made (titles and access in README.md, *Portal content*)."""

    projects_folder: str
    field_crews_group: str
    managers_group: str
    open_data_group: str
    two_layer_item: str
    map_service_item: str
    web_map_item: str
    public_item: str
    alice_private_item: str
    managers_item: str
    bob_private_item: str
    bob_org_item: str
    bob_shared_item: str
    surveys: tuple[str, ...]


def city_overview(url: Callable[..., str], two_layer_item: str) -> dict[str, Any]:
    """The "City overview" web map (web map specification 2.x); ``url(name, type, layer=None)`` places
    each service."""

    def feature_layer(layer_id: str, title: str, service: str, layer: int, **options: Any) -> dict[str, Any]:
        return {"id": layer_id, "title": title, "url": url(service, FEATURE_SERVER, layer),
                "layerType": "ArcGISFeatureLayer", "visibility": True, "opacity": 1, **options}  # fmt: skip

    city = PARCEL_EXTENT.from_wgs84(WEB_MERCATOR)
    return {
        "operationalLayers": [
            feature_layer("points-a", "Points (category A)", "Demo/Points", 0, opacity=0.8,
                          layerDefinition={"definitionExpression": "category = 'A'"}),
            feature_layer("restricted", "Restricted points", "Demo/Restricted", 0, visibility=False),
            {
                "id": "points-and-parcels",
                "title": "Points and parcels",
                "layerType": "GroupLayer",
                "visibility": True,
                "opacity": 1,
                "layers": [
                    feature_layer("pp-points", "Points", TWO_LAYER_SERVICE, 0, itemId=two_layer_item),
                    feature_layer("pp-parcels", "Parcels", TWO_LAYER_SERVICE, 1, itemId=two_layer_item),
                ],
            },
            feature_layer("landmarks", "Landmarks (1:500,000 to 1:5,000)", "Public/Landmarks", 0,
                          minScale=500_000, maxScale=5_000),
            {"id": "overview", "title": "Overview", "url": url("Overview", MAP_SERVER),
             "layerType": "ArcGISMapServiceLayer", "visibility": True, "opacity": 0.6, "visibleLayers": [0]},
            {"id": "stations", "title": "Stations (CSV)", "url": "https://example.invalid/stations.csv",
             "layerType": "CSV", "visibility": True, "opacity": 1, "columnDelimiter": ",",
             "locationInfo": {"locationType": "coordinates", "latitudeFieldName": "lat",
                              "longitudeFieldName": "lon"}},
        ],
        "baseMap": {
            "title": "Tiled basemap",
            "baseMapLayers": [
                {"id": "basemap", "title": "Tiled basemap", "url": url(BASEMAP_SERVICE, MAP_SERVER),
                 "layerType": "ArcGISTiledMapServiceLayer", "visibility": True, "opacity": 1},
            ],
        },
        "spatialReference": spatial_reference_json(WEB_MERCATOR),
        "initialState": {"viewpoint": {"targetGeometry": city.json(WEB_MERCATOR)}},
        "authoringApp": "ArcGIS emulator",
        "authoringAppVersion": "1.0",
        "version": "2.28",
    }  # fmt: skip


def seed_demo_content(portal: ArcGISEmulator, servers: Optional[Sequence[ArcGISEmulator]] = None) -> DemoContent:
    """alice's and bob's folders, groups and items (README.md, *Portal content*) on a portal or online org.

    `servers` (default: the portal's federated servers; an online org's is itself) host the
    services the items point at: each service's URL is on the first server that publishes it,
    else on the first server.
    """
    hosts = list(portal.federated_servers if servers is None else servers)
    if not hosts:
        raise ValueError("the portal federates no server: start one with owning_portal=portal")
    missing = {"alice", "bob"} - set(portal.users)
    if missing:
        raise ValueError(f"the portal lacks the users {sorted(missing)} (pytest_fixtures.add_users adds them)")

    def url(name: str, service_type: str, layer: Optional[int] = None) -> str:
        server = next((host for host in hosts if name in host.services), hosts[0])
        return server.service_url(name, service_type, layer)

    dates = iter(range(_SEED_EPOCH_MS, _SEED_EPOCH_MS + 100 * _HOUR_MS, _HOUR_MS))
    add = portal.add_item
    projects = portal.add_folder("alice", "Projects")
    field_crews = portal.add_group("Field crews", "alice", members=("bob",))
    managers = portal.add_group("Managers", "alice")
    open_data = portal.add_group("Open data", "alice", access=PUBLIC)
    two_layer = add("alice", "Points and parcels", "Feature Service", url=url(TWO_LAYER_SERVICE, FEATURE_SERVER),
                    access=SHARED, groups=[field_crews], tags=["points", "parcels"],
                    snippet="Sample points and the city's parcels", type_keywords=FEATURE_SERVICE_KEYWORDS,
                    modified=next(dates))  # fmt: skip
    web_map = add("alice", "City overview", "Web Map", folder=projects, access=SHARED, groups=[field_crews],
                  data=city_overview(url, two_layer), tags=["city", "overview"],
                  snippet="Points, parcels and landmarks over a tiled basemap", type_keywords=WEB_MAP_KEYWORDS,
                  modified=next(dates))  # fmt: skip
    return DemoContent(
        projects_folder=projects,
        field_crews_group=field_crews,
        managers_group=managers,
        open_data_group=open_data,
        two_layer_item=two_layer,
        map_service_item=add("alice", "Points map", "Map Service", url=url("Demo/Points", MAP_SERVER),
                             access=ORG, tags=["points"], type_keywords=MAP_SERVICE_KEYWORDS,
                             modified=next(dates)),
        web_map_item=web_map,
        public_item=add("alice", "Landmarks", "Feature Service", url=url("Public/Landmarks", FEATURE_SERVER),
                        access=PUBLIC, groups=[open_data], tags=["landmarks", "public"],
                        snippet="Public landmarks", type_keywords=FEATURE_SERVICE_KEYWORDS, modified=next(dates)),
        alice_private_item=add("alice", "Alice's draft map", "Web Map", type_keywords=WEB_MAP_KEYWORDS,
                               thumbnail=False, modified=next(dates)),
        managers_item=add("alice", "Budget review", "Feature Service", url=url("Demo/Restricted", FEATURE_SERVER),
                          access=SHARED, groups=[managers], type_keywords=FEATURE_SERVICE_KEYWORDS,
                          modified=next(dates)),
        bob_private_item=add("bob", "Bob's private notes", "Feature Service",
                             url=url("Demo/Restricted", FEATURE_SERVER), type_keywords=FEATURE_SERVICE_KEYWORDS,
                             modified=next(dates)),
        bob_org_item=add("bob", "Restricted points", "Feature Service", url=url("Demo/Restricted", FEATURE_SERVER),
                         access=ORG, tags=["points"], type_keywords=FEATURE_SERVICE_KEYWORDS, modified=next(dates)),
        bob_shared_item=add("bob", "Crew assignments", "Feature Service",
                            url=url("Demo/Restricted", FEATURE_SERVER), access=SHARED, groups=[field_crews],
                            type_keywords=FEATURE_SERVICE_KEYWORDS, modified=next(dates)),
        # Dated days apart in an order neither their titles' nor their creation's (7 is prime to 25).
        surveys=tuple(
            add("alice", f"Survey {number:02d}", "Feature Service", url=url("Demo/Points", FEATURE_SERVER),
                access=ORG, tags=["field"], type_keywords=FEATURE_SERVICE_KEYWORDS,
                modified=_SEED_EPOCH_MS - (number * 7 % SURVEYS + 1) * _DAY_MS)
            for number in range(1, SURVEYS + 1)
        ),
    )  # fmt: skip
