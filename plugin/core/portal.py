"""A portal's content (ArcGIS Enterprise portals, ArcGIS Online): searches to send, answers to read.

Pure: it builds the sharing API's requests and reads its answers, and sends
nothing (the integration does, with the connection's token).

* **Search.** :func:`search_query` builds ``q`` for ``<root>/sharing/rest/search``
  from the user's words, an item type and a scope (``owner:``, ``group:``,
  ``orgid:``). The user's words become one phrase, its double quotes and
  backslashes taken out, so no word a user types can end the phrase and add
  a term, an operator or a field of its own. Values from the portal (a user
  name, a group or organisation id) are phrases too, escaped as the search
  syntax escapes. Without an item type a search asks for the types the plugin
  opens (:class:`ItemType`): that is all the plugin can show, and it keeps a
  search of everything a valid query — ArcGIS refuses an empty ``q``.
* **Types.** ``type:`` matches phrases, stemmed: ``type:"Web Map"`` also finds
  "Web Mapping Application" items. Queries exclude that type, and
  :func:`read_item_page` keeps only items of exactly the wanted type(s).
* **Answers.** :func:`read_item_page` reads a ``search`` answer (``results``)
  and a ``content/users/<user>[/<folder>]`` answer (``items``);
  :func:`read_folders` and :func:`read_groups` the folders and groups listed
  with them. A portal's answers are data from a server: an entry of the wrong
  shape is skipped, odd numbers are read sensibly, and the one error raised is
  :class:`~.errors.UnexpectedResponseError`, for an answer that is no such list.
* **Paths.** :func:`sharing_url` percent-encodes each part (an item, folder or
  user id from the server) as one path segment, and refuses parts that could
  still move the request elsewhere (``..``, ``/``...). Readers drop entries
  whose ids are such parts, so an id read from an answer is always safe there.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Optional
from urllib.parse import quote

from .errors import UnexpectedResponseError

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100  # the most items the portal returns per page
SORT_ORDERS = ("asc", "desc")


class ItemType(str, Enum):
    """The item types the plugin opens, as the portal names them."""

    FEATURE_SERVICE = "Feature Service"
    MAP_SERVICE = "Map Service"
    VECTOR_TILE_SERVICE = "Vector Tile Service"
    IMAGE_SERVICE = "Image Service"
    WEB_MAP = "Web Map"


SERVICE_ITEM_TYPES = frozenset(
    {ItemType.FEATURE_SERVICE, ItemType.MAP_SERVICE, ItemType.VECTOR_TILE_SERVICE, ItemType.IMAGE_SERVICE}
)
# What a `type:` phrase of these item types also matches, to be left out of the search.
_ALSO_MATCHED = {ItemType.WEB_MAP: "Web Mapping Application"}


class Scope(str, Enum):
    """Where a search looks."""

    MY_CONTENT = "my-content"  # the signed-in user's items
    GROUP = "group"  # the items shared with a group
    ORGANISATION = "organisation"  # the items of the user's organisation
    EVERYONE = "everyone"  # every item the user may see, on the portal or beyond (ArcGIS Online)


# A service item's URL naming one of its layers: …/FeatureServer/3 → …/FeatureServer and 3.
_LAYER_URL = re.compile(r"(?P<service>.+/(?:FeatureServer|MapServer))/(?P<layer>[0-9]{1,9})", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"https?://[^/?#]+(?:[/?#].*)?", re.IGNORECASE | re.DOTALL)
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f\ud800-\udfff]")
_DIGITS = re.compile(r"[0-9]{1,15}")
# A path part that would change where a request goes, even percent-encoded: servers decode
# %2F, %5C and %2E before routing; `;` and `%` make URL matching give the request no token; a
# lone surrogate (JSON can carry one) has no UTF-8 to be encoded in.
_UNSAFE_IN_PART = re.compile(r"[/\\;%\x00-\x1f\x7f\ud800-\udfff]|^[. ]*$")


@dataclass(frozen=True)
class PortalItem:
    """An item as the portal lists it (``search``, ``content/users``, ``content/items/<id>``)."""

    id: str
    title: str
    type: str  # the portal's type name: "Feature Service", "Web Map", "Dashboard"...
    owner: str
    modified: float  # seconds since the epoch (ArcGIS gives milliseconds); 0 when unknown
    url: str  # as the portal has it; "" when none
    access: str  # "private", "shared", "org" or "public"
    snippet: str
    thumbnail: str  # item-relative: "thumbnail/name.png"; "" when none
    type_keywords: tuple[str, ...]

    @classmethod
    def from_json(cls, data: object) -> Optional[PortalItem]:
        """The item an entry of an answer describes; None for an entry without a string id, title and type
        (or with an id that cannot be a path segment): a server that is not ArcGIS may send anything."""
        if not isinstance(data, dict):
            return None
        item_id, title, item_type = data.get("id"), data.get("title"), data.get("type")
        if not (isinstance(item_id, str) and isinstance(title, str) and isinstance(item_type, str)):
            return None
        if not is_path_part(item_id) or not item_type:
            return None
        modified = finite_number(data.get("modified"), digits=True)
        return cls(
            id=item_id,
            title=title,
            type=item_type,
            owner=_text(data.get("owner")),
            modified=modified / 1000.0 if modified is not None and modified > 0 else 0.0,
            url=_text(data.get("url")).strip(),
            access=_text(data.get("access")),
            snippet=_text(data.get("snippet")),
            thumbnail=_text(data.get("thumbnail")),
            type_keywords=_texts(data.get("typeKeywords")),
        )

    @property
    def item_type(self) -> Optional[ItemType]:
        """Its type if the plugin opens items of that type, else None."""
        return _item_type(self.type)

    @property
    def is_web_map(self) -> bool:
        return self.item_type is ItemType.WEB_MAP

    @property
    def opens_as_layers(self) -> bool:
        """True for a service item (feature, map, vector tile, image) with a web address to open."""
        return self.item_type in SERVICE_ITEM_TYPES and bool(self.service_url)

    @property
    def service_url(self) -> str:
        """The service the item's URL names, without a trailing slash, query or layer id; "" for an item
        without an http(s) URL."""
        url = _web_address(self.url)
        layer = _LAYER_URL.fullmatch(url)
        return layer.group("service") if layer else url

    @property
    def layer_id(self) -> Optional[int]:
        """The layer the item's URL names (``…/FeatureServer/3`` → 3), None when it names the service."""
        layer = _LAYER_URL.fullmatch(_web_address(self.url))
        return int(layer.group("layer")) if layer else None


@dataclass(frozen=True)
class Folder:
    id: str
    title: str


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    owner: str


@dataclass(frozen=True)
class ItemPage:
    """One page of items. ``total`` counts what the portal matched, before :func:`read_item_page` left
    out other types, so a page may hold fewer items than asked for while more follow."""

    items: tuple[PortalItem, ...]
    total: int
    start: int  # 1-based, as the portal counts
    next_start: int  # where the next page starts; -1 when there is none

    @property
    def has_more(self) -> bool:
        return self.next_start > 0


def search_query(
    text: str = "",
    item_type: Optional[ItemType] = None,
    *,
    scope: Scope,
    username: str = "",
    org_id: str = "",
    group_id: str = "",
) -> str:
    """The portal's ``q`` for items matching ``text``, of ``item_type`` (None: any type the plugin
    opens), in ``scope``: its terms joined with " AND " (see the module doc).

    ``username`` is needed for :attr:`Scope.MY_CONTENT`, ``group_id`` for :attr:`Scope.GROUP`,
    ``org_id`` for :attr:`Scope.ORGANISATION`; ValueError names the missing one.
    """
    terms = []
    words = " ".join(text.replace('"', " ").replace("\\", " ").split())
    if any(character.isalnum() for character in words):  # only punctuation: a phrase of nothing
        terms.append(f'"{words}"')
    if item_type is None:
        terms.append("(" + " OR ".join(_type_term(kind) for kind in ItemType) + ")")
    else:
        terms.append(_type_term(ItemType(item_type)))
    scope = Scope(scope)
    field, value, name = {
        Scope.MY_CONTENT: ("owner", username, "username"),
        Scope.GROUP: ("group", group_id, "group_id"),
        Scope.ORGANISATION: ("orgid", org_id, "org_id"),
        Scope.EVERYONE: ("", "", ""),
    }[scope]
    if field:
        if not value.strip():
            raise ValueError(f"a search of scope {scope.value!r} needs {name}")
        terms.append(f"{field}:{_phrase(value)}")
    return " AND ".join(terms)


def search_params(
    query: str,
    *,
    start: int = 1,
    num: int = DEFAULT_PAGE_SIZE,
    sort_field: str = "modified",
    sort_order: str = "desc",
) -> dict[str, str]:
    """The form of a ``search`` request (``f`` is the transport's): page ``start`` (1-based) of ``num``
    items (at most :data:`MAX_PAGE_SIZE`), sorted by ``sort_field`` (a field the portal sorts by:
    ``modified``, ``title``, ``created``, ``numviews``...)."""
    if start < 1:
        raise ValueError(f"start counts from 1, not {start}")
    if sort_order not in SORT_ORDERS:
        raise ValueError(f"sort_order is 'asc' or 'desc', not {sort_order!r}")
    if not sort_field:
        raise ValueError("sort_field is empty")
    return {
        "q": query,
        "start": str(start),
        "num": str(min(max(num, 1), MAX_PAGE_SIZE)),
        "sortField": sort_field,
        "sortOrder": sort_order,
    }


def read_item_page(data: object, *, item_type: Optional[ItemType] = None, server: str = "") -> ItemPage:
    """The items of a ``search`` answer (``results``) or of a ``content/users/<user>[/<folder>]`` answer
    (``items``): exactly of ``item_type``, or (None) of any type the plugin opens.

    ``server``: the portal's origin, for the error. UnexpectedResponseError for an answer without such
    a list; anything odd inside it is skipped or read sensibly (see the module doc).
    """
    if not isinstance(data, dict):
        raise UnexpectedResponseError(server, detail=f"a list of items that is a JSON {type(data).__name__}")
    entries = data["results"] if "results" in data else data.get("items")
    if not isinstance(entries, list):
        raise UnexpectedResponseError(server, detail="an answer without a list of results or items")
    wanted = frozenset(ItemType) if item_type is None else frozenset({ItemType(item_type)})
    items = tuple(item for item in _items(entries) if item.item_type in wanted)
    start = _count(data.get("start")) or 1
    listed_end = start - 1 + len(entries)  # the last position this page reaches
    total = max(_count(data.get("total")) or 0, listed_end)
    return ItemPage(items, total, start, _next_start(data.get("nextStart"), start, listed_end, total))


def read_folders(data: object, *, server: str = "") -> tuple[Folder, ...]:
    """The folders a ``content/users/<user>`` answer lists (none in a folder's own answer)."""
    return tuple(
        Folder(entry["id"], entry["title"])
        for entry in _entries(data, "folders", server)
        if _has_id(entry) and isinstance(entry.get("title"), str)
    )


def read_groups(data: object, *, server: str = "") -> tuple[Group, ...]:
    """The groups a ``community/self`` or ``community/users/<user>`` answer lists."""
    return tuple(
        Group(entry["id"], entry["title"], _text(entry.get("owner")))
        for entry in _entries(data, "groups", server)
        if _has_id(entry) and isinstance(entry.get("title"), str)
    )


def sharing_url(portal_root: str, *parts: str) -> str:
    """``<root>/sharing/rest/<part>/<part>…``, each part percent-encoded as one path segment.

    ValueError for a part that is empty, only dots or spaces, or holds ``/ \\ ; %`` or a control
    character: encoded or not, such a part could make the request go elsewhere on the server.
    """
    for part in parts:
        if not is_path_part(part):
            raise ValueError(f"{part!r} cannot be a part of a portal's path")
    return "/".join((portal_root.rstrip("/"), "sharing", "rest", *(quote(part, safe="") for part in parts)))


def is_path_part(text: str) -> bool:
    """Whether ``text`` can be one segment of a path :func:`sharing_url` builds."""
    return not _UNSAFE_IN_PART.search(text)


def _type_term(item_type: ItemType) -> str:
    also = _ALSO_MATCHED.get(item_type)
    term = f"type:{_phrase(item_type.value)}"
    return f"({term} NOT type:{_phrase(also)})" if also else term


def _phrase(value: str) -> str:
    """``value`` as a quoted phrase of the portal's search syntax, escaped the way it escapes."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _item_type(name: str) -> Optional[ItemType]:
    try:
        return ItemType(name)
    except ValueError:
        return None


def _items(entries: Iterable[object]) -> Iterable[PortalItem]:
    for entry in entries:
        item = PortalItem.from_json(entry)
        if item is not None:
            yield item


def _entries(data: object, key: str, server: str) -> list[dict[str, Any]]:
    if not isinstance(data, dict):
        raise UnexpectedResponseError(server, detail=f"a list of {key} that is a JSON {type(data).__name__}")
    entries = data.get(key)
    return [entry for entry in entries if isinstance(entry, dict)] if isinstance(entries, list) else []


def _has_id(entry: dict[str, Any]) -> bool:
    entry_id = entry.get("id")
    return isinstance(entry_id, str) and is_path_part(entry_id)


def _next_start(value: object, start: int, listed_end: int, total: int) -> int:
    """Where the next page starts: the answer's ``nextStart`` when it moves on within ``total`` (-1, the
    portal's "no more", or any other does not); without one, right after this page's entries. A
    ``nextStart`` that does not move forward ends the paging: a server must not keep a client asking
    for the same page."""
    given = _integer(value)
    if given is None:
        return listed_end + 1 if start <= listed_end < total else -1
    return given if start < given <= total else -1


def _count(value: object) -> Optional[int]:
    """A whole number ≥ 0 from a JSON number or digits; None for anything else."""
    number = _integer(value)
    return number if number is not None and number >= 0 else None


def _integer(value: object) -> Optional[int]:
    number = finite_number(value, digits=True)
    return int(number) if number is not None and number.is_integer() else None


def finite_number(value: object, *, digits: bool = False) -> Optional[float]:
    """A finite JSON number — with ``digits``, also a string of (at most 15) digits, as portals send
    some counts — or None for anything else."""
    if digits and isinstance(value, str):
        value = int(value) if _DIGITS.fullmatch(value.strip()) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:  # a JSON integer beyond any float
        return None
    return number if math.isfinite(number) else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _texts(value: object) -> tuple[str, ...]:
    return tuple(entry for entry in value if isinstance(entry, str)) if isinstance(value, list) else ()


def is_web_address(url: str) -> bool:
    """Whether ``url`` is an http(s) address without spaces or control characters (a server's JSON may
    hold ``javascript:``, ``file:`` or anything else)."""
    return bool(_WEB_ADDRESS.fullmatch(url)) and not _UNSAFE_IN_URL.search(url)


def _web_address(url: str) -> str:
    """``url`` as a service's address: without query, fragment and trailing slashes (a saved ``?token=``
    must not reach a QGIS project); "" if it is not an http(s) address."""
    url = url.strip()
    if not is_web_address(url):
        return ""
    return re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/")
