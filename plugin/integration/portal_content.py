"""A portal's content through a connection: who signed in, My Content, groups, search, items, Web Maps.

ArcGIS Enterprise portals and ArcGIS Online organisations list what users
know — items — rather than service URLs. :class:`Portal` reads them with the
sharing REST API, blocking (in a QgsTask, or through
:func:`.tasks.run_off_main_thread`), every request through
:func:`.rest.request_json` with *this* connection's token, which goes to the
portal it signs in through and nowhere else. What the answers mean is read by
the pure :mod:`..core.portal` and :mod:`..core.webmap`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from qgis.core import QgsFeedback

from ..core.connection import Connection
from ..core.errors import ArcGISAuthError, UnexpectedResponseError
from ..core.portal import (
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
from ..core.urls import origin_of
from ..core.webmap import WebMapPlan, read_web_map
from .errors import NoPortalError, NotAWebMapError
from .rest import request_json


class CancelledError(ArcGISAuthError):
    """The user cancelled the read."""


@dataclass(frozen=True)
class PortalUser:
    """The signed-in user as the portal describes them (``community/self``)."""

    username: str
    org_id: str
    groups: tuple[Group, ...]


class Portal:
    """The content of the portal a connection signs in through (blocking reads; see the module doc).

    ``feedback`` cancels between requests. The portal's root and the signed-in user are read once, on
    first need.
    """

    def __init__(self, engine, connection: Connection, feedback: Optional[QgsFeedback] = None) -> None:
        self.engine = engine
        self.connection = connection
        self._feedback = feedback
        self._root: Optional[str] = None
        self._user: Optional[PortalUser] = None

    @property
    def root(self) -> str:
        """The portal's root (``https://host/portal``, an organisation's URL); signs in to find it."""
        if self._root is None:
            self.engine.auth_for_connection(self.connection.id, self.connection.root.url)  # discovery, sign-in
            root = self.engine.portal_root(self.connection.id)
            if root is None:
                raise NoPortalError(connection=self.connection.name)
            self._root = root
        return self._root

    @property
    def _server(self) -> str:
        return origin_of(self.root)

    def user(self) -> PortalUser:
        if self._user is None:
            data = self._get("community", "self")
            username, org_id = data.get("username"), data.get("orgId")
            if not isinstance(username, str) or not is_path_part(username):
                # It names My Content's address: nothing but a plain name may go there.
                raise UnexpectedResponseError(self._server, detail="community/self without a usable username")
            self._user = PortalUser(username, org_id if isinstance(org_id, str) else "", read_groups(data))
        return self._user

    def search(
        self,
        text: str = "",
        item_type: Optional[ItemType] = None,
        *,
        scope: Scope = Scope.ORGANISATION,
        group_id: str = "",
        start: int = 1,
        num: int = DEFAULT_PAGE_SIZE,
    ) -> ItemPage:
        """One page of the items ``scope`` holds that match ``text`` and ``item_type``, newest first."""
        user = self.user() if scope in (Scope.MY_CONTENT, Scope.ORGANISATION) else None
        query = search_query(
            text,
            item_type,
            scope=scope,
            username=user.username if user else "",
            org_id=user.org_id if user else "",
            group_id=group_id,
        )
        data = self._get("search", form=search_params(query, start=start, num=num))
        return read_item_page(data, item_type=item_type, server=self._server)

    def folder(
        self,
        folder_id: str = "",
        *,
        item_type: Optional[ItemType] = None,
        start: int = 1,
        num: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[ItemPage, tuple[Folder, ...]]:
        """One page of the items (of ``item_type``, else of any type the plugin opens) in My Content's root
        (``folder_id`` empty) or one of its folders, and the folders (listed at the root)."""
        parts = ("content", "users", self.user().username, *((folder_id,) if folder_id else ()))
        data = self._get(*parts, form={"start": str(start), "num": str(num)})
        page = read_item_page(data, item_type=item_type, server=self._server)
        return page, read_folders(data, server=self._server)

    def item(self, item_id: str) -> PortalItem:
        item = PortalItem.from_json(self._get("content", "items", item_id))
        if item is None:
            raise UnexpectedResponseError(self._server, detail="an item without id, title or type")
        return item

    def web_map(self, item_id: str) -> tuple[PortalItem, WebMapPlan]:
        """A Web Map item and what its data holds, read into layers to make."""
        item = self.item(item_id)
        if not item.is_web_map:
            raise NotAWebMapError(title=item.title, item_type=item.type)
        data = self._get("content", "items", item_id, "data")
        return item, read_web_map(data, title=item.title, server=self._server)

    def _get(self, *parts: str, form: Optional[dict[str, str]] = None) -> dict[str, Any]:
        if self._feedback is not None and self._feedback.isCanceled():
            raise CancelledError(origin_of(self.connection.url))
        # A query goes in the form (POST), as ArcGIS's clients send long searches; the rest are GETs.
        return request_json(self.engine, self.connection, sharing_url(self.root, *parts), form)
