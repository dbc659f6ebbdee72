"""A portal's items in *Add Secured ArcGIS Layers…*: My Content, My Groups, the organisation, everyone.

Users of ArcGIS Enterprise portals and ArcGIS Online find data as items, not
service URLs. The browser lists them — a folder of My Content, a group's
items, a search of the organisation or of everything the user may see, by
text and item type, a page at a time ("More results" reads the next) — and
acts on the one selected:

* a feature, map or image service: "Show Layers" lists its layers on the
  Services tab, to add them as any catalog layer (:attr:`ContentBrowser.serviceRequested`);
* a vector tile service: "Add Layer" adds it, drawn with its own style;
* a web map: "Open Web Map" adds its layers to the project as a group named
  after it, "Open as New Project" in a new project.

Every read runs in a :class:`~..integration.tasks.FunctionTask`: typing, a
slow portal or a large web map never stop QGIS. A new search cancels the one
under way; Cancel drops what a read would have shown. Thumbnails arrive on
their own through QGIS's network manager (the plugin's request hook signs
requests to the connection's servers) and are kept per item. No token is
shown or logged: the browser never handles one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Optional

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsProject
from qgis.PyQt.QtCore import QModelIndex, QObject, QPoint, Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QIcon, QImage, QPixmap
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest
from qgis.PyQt.QtWidgets import QHeaderView, QMenu, QWidget

from ..compat import QAction
from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.portal import DEFAULT_PAGE_SIZE, ItemPage, ItemType, PortalItem, Scope, is_path_part, sharing_url
from ..integration.catalog import VECTOR_TILE_SERVER, CatalogLayer, Geometry
from ..integration.errors import NoPortalError
from ..integration.layers import BuiltLayers, LayerSource, build_layers
from ..integration.portal_content import Portal, PortalUser
from ..integration.tasks import FunctionTask, start
from ..integration.web_maps import MadeWebMap, add_to_project, make_web_map
from . import texts
from .feedback import Feedback
from .models import ITEM_ROLE, PortalItemsModel, item_type_labels
from .ui_loader import form_class

log = logging.getLogger(LOGGER_NAME).getChild("gui")

SEARCH_DELAY_MS = 400  # typing pauses this long before the search starts
PAGE_SIZE = DEFAULT_PAGE_SIZE
THUMBNAIL_PROPERTY = "arcgisTokenAuthItemId"  # on a thumbnail's reply: whose it is
SHOWN_AS_LAYERS = frozenset({ItemType.FEATURE_SERVICE, ItemType.MAP_SERVICE, ItemType.IMAGE_SERVICE})


class PortalState(str, Enum):
    NO_CONNECTION = "no connection"
    UNKNOWN = "unknown"  # not known yet whether the connection signs in through a portal
    PORTAL = "portal"
    NO_PORTAL = "no portal"  # a standalone ArcGIS Server: no items
    NOT_SIGNED_IN = "not signed in"  # the dialog's sign-in failed; the user may try again


@dataclass(frozen=True)
class Query:
    """What is listed: where (a scope, and a folder or group id), matching which words, of which type."""

    scope: Scope
    place: str  # My Content: a folder's id ("" the root folder); My Groups: a group's id
    text: str
    item_type: Optional[ItemType]

    @property
    def lists_a_folder(self) -> bool:
        """My Content without words lists a folder; with words it searches all of the user's content."""
        return self.scope is Scope.MY_CONTENT and not self.text.strip()


def read_page(portal: Portal, query: Query, start: int, num: Optional[int] = None) -> ItemPage:
    """One page (of ``num`` items, default :data:`PAGE_SIZE`) of what ``query`` lists (blocking: in a task)."""
    num = num or PAGE_SIZE
    if query.lists_a_folder:
        page, _folders = portal.folder(query.place, item_type=query.item_type, start=start, num=num)
        return page
    if query.scope is Scope.GROUP and not query.place:  # a user in no group
        return ItemPage((), 0, 1, -1)
    group_id = query.place if query.scope is Scope.GROUP else ""
    return portal.search(query.text, query.item_type, scope=query.scope, group_id=group_id, start=start, num=num)


@dataclass(frozen=True)
class Places:
    """What the portal tells once: its root, who signed in (with their groups), their folders, and the
    first page of their root folder."""

    root: str
    user: PortalUser
    folders: tuple
    first_page: ItemPage


class ContentBrowser(QWidget, form_class("content_browser")):
    """The "Portal Content" tab (see the module doc)."""

    serviceRequested = pyqtSignal(str, object)  # noqa: N815 - Qt's naming: a service's URL, the layer id or None

    def __init__(self, service, feedback: Feedback, iface=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._service = service
        self._feedback = feedback
        self._iface = iface
        self._connection: Optional[Connection] = None
        self._portal: Optional[Portal] = None
        self._state = PortalState.NO_CONNECTION
        self._places: Optional[Places] = None
        self._query: Optional[Query] = None  # what the list shows
        self._page: Optional[ItemPage] = None  # the last page read of it
        self._read_task: Optional[FunctionTask] = None
        self._action_task: Optional[FunctionTask] = None
        self._thumbnail_replies: dict[str, QNetworkReply] = {}

        self.items_model = PortalItemsModel(self)
        self.itemsView.setModel(self.items_model)
        header = self.itemsView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PortalItemsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (PortalItemsModel.TYPE, PortalItemsModel.OWNER, PortalItemsModel.MODIFIED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.itemsView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.refreshButton.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))

        for scope, label in (
            (Scope.MY_CONTENT, self.tr("My Content")),
            (Scope.GROUP, self.tr("My Groups")),
            (Scope.ORGANISATION, self.tr("My Organisation")),
            (Scope.EVERYONE, self.tr("Everyone")),
        ):
            self.scopeCombo.addItem(label, scope)
        self.typeCombo.addItem(self.tr("All types"), None)
        for item_type, label in item_type_labels().items():
            self.typeCombo.addItem(label, item_type)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)

        self.scopeCombo.currentIndexChanged.connect(self._scope_changed)
        self.placeCombo.currentIndexChanged.connect(self.search)
        self.typeCombo.currentIndexChanged.connect(self.search)
        self.searchEdit.textChanged.connect(self._text_changed)
        self.searchEdit.returnPressed.connect(self.search)
        self.moreButton.clicked.connect(self.more)
        self.cancelButton.clicked.connect(self.cancel)
        self.refreshButton.clicked.connect(self.refresh)
        self.itemsView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.itemsView.doubleClicked.connect(self._double_clicked)
        self.itemsView.customContextMenuRequested.connect(self._item_menu)
        self.showLayersButton.clicked.connect(self.show_layers)
        self.addItemButton.clicked.connect(self.add_layer)
        self.openWebMapButton.clicked.connect(lambda _checked=False: self.open_web_map(new_project=False))
        self.openProjectButton.clicked.connect(lambda _checked=False: self.open_web_map(new_project=True))

        self._show_state()

    # -- the connection ------------------------------------------------------------------------
    @property
    def state(self) -> PortalState:
        return self._state

    def set_connection(self, connection: Optional[Connection]) -> None:
        """Browse ``connection``'s portal (None: nothing). The same connection keeps what is listed."""
        if connection == self._connection:
            return
        self._reset()
        self._connection = connection
        if connection is None:
            self._state = PortalState.NO_CONNECTION
        else:
            self._portal = Portal(self._service.engine, connection)
            self._state = PortalState.UNKNOWN
            self._learn_state()
        self._show_state()

    def connection_checked(self) -> None:
        """The dialog's sign-in ended (its catalog read): now the engine knows, without I/O, whether the
        connection signs in through a portal."""
        waiting = self._state in (PortalState.UNKNOWN, PortalState.NOT_SIGNED_IN) and self._places is None
        if waiting and self._read_task is None:
            self._learn_state(after_sign_in=True)
            self._show_state()
            if self._state is PortalState.PORTAL and self.isVisible():
                self.activate()

    def _learn_state(self, *, after_sign_in: bool = False) -> None:
        engine = self._service.engine
        connection = self._connection
        if connection is None:
            return
        status = engine.status(connection.id)
        if status.token is None and (after_sign_in or status.error is not None):
            self._state = PortalState.NOT_SIGNED_IN  # the portal may be known: its sign-in was refused
        elif engine.portal_root(connection.id) is not None:
            self._state = PortalState.PORTAL
        elif status.token is not None:
            self._state = PortalState.NO_PORTAL  # signed in, and no portal was found

    def activate(self) -> None:
        """The tab is shown: read the portal's folders and groups, once per connection."""
        if self._state in (PortalState.UNKNOWN, PortalState.PORTAL) and self._places is None and not self.reading:
            self._read_places()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.activate()

    def refresh(self) -> None:
        """Read the portal's folders, groups and the list again (signing in again after a failure)."""
        connection = self._connection
        if connection is None or self._state is PortalState.NO_PORTAL:
            return
        self._reset()
        self._connection = connection
        self._portal = Portal(self._service.engine, connection)
        self._state = PortalState.UNKNOWN
        self._learn_state()
        self._show_state()
        self._read_places()

    def _reset(self) -> None:
        self.cancel()
        self._forget_thumbnails()
        self._portal = None
        self._places = None
        self._query = None
        self._page = None
        self.items_model.clear_items()
        self.placeCombo.blockSignals(True)
        self.placeCombo.clear()
        self.placeCombo.blockSignals(False)
        self.countLabel.clear()

    def _show_state(self) -> None:
        """The message of the tab, and which controls work."""
        connection = self._connection
        message = ""
        if self._state is PortalState.NO_CONNECTION:
            message = self.tr(
                "Choose a connection to an ArcGIS Enterprise portal or ArcGIS Online to browse its items."
            )
        elif self._state is PortalState.NO_PORTAL:
            message = texts.error_text(NoPortalError(connection=connection.name))
        elif self._state is PortalState.NOT_SIGNED_IN:
            message = self.tr(
                "“{connection}” is not signed in, so its items cannot be listed. Once it can sign in, read them "
                "with the refresh button."
            ).format(connection=connection.name)
        self.messageLabel.setText(message)
        self.messageLabel.setVisible(bool(message))
        usable = self._state is PortalState.PORTAL and self._places is not None
        for widget in (self.scopeCombo, self.searchEdit, self.typeCombo, self.itemsView):
            widget.setEnabled(usable)
        self.placeCombo.setEnabled(usable and self.placeCombo.count() > 0 and not self._searching_all_content())
        self.refreshButton.setEnabled(self._state in (PortalState.PORTAL, PortalState.UNKNOWN,
                                                      PortalState.NOT_SIGNED_IN))  # fmt: skip
        self._update_buttons()

    # -- folders and groups --------------------------------------------------------------------
    def _read_places(self) -> None:
        portal = self._portal
        if portal is None:
            return
        self._service.unlock_auth_db()  # QGIS's master-password prompt first, when its auth DB is locked

        num = PAGE_SIZE

        def read(_feedback) -> Places:
            root = portal.root  # NoPortalError for a standalone server
            user = portal.user()
            first_page, folders = portal.folder("", num=num)
            return Places(root, user, folders, first_page)

        description = self.tr("Reading the content of “{connection}”").format(connection=self._connection.name)
        self.countLabel.setText(self.tr("Reading…"))
        self._start_read(description, read, self._places_read, self._places_failed)

    def _places_read(self, places: Places) -> None:
        self._places = places
        self._state = PortalState.PORTAL
        self._fill_places()
        self._show_state()
        query = self.current_query()
        if query.lists_a_folder and not query.place and query.item_type is None:  # what the portal just sent
            self._page_read(query, False, places.first_page)
        else:
            self.search()

    def _places_failed(self, error: BaseException) -> None:
        if isinstance(error, NoPortalError):
            self._state = PortalState.NO_PORTAL
            self.countLabel.clear()
            self._show_state()
            return
        connection = self._connection
        if self._service.engine.status(connection.id).token is None:
            self._state = PortalState.NOT_SIGNED_IN
        self.countLabel.clear()
        self._show_state()
        self._feedback.error(self.tr("The content of “{connection}” could not be read").format(
            connection=connection.name), error)  # fmt: skip

    def _fill_places(self) -> None:
        """The second combo: My Content's folders, or the user's groups (nothing for the others)."""
        places = self._places
        scope = self.scopeCombo.currentData()
        self.placeCombo.blockSignals(True)
        self.placeCombo.clear()
        if places is not None and scope is Scope.MY_CONTENT:
            home = QgsApplication.getThemeIcon("/mIconFolderHome.svg")
            folder_icon = QgsApplication.getThemeIcon("/mIconFolder.svg")
            self.placeCombo.addItem(home, self.tr("{username} (root folder)").format(username=places.user.username), "")
            for folder in places.folders:
                self.placeCombo.addItem(folder_icon, folder.title, folder.id)
        elif places is not None and scope is Scope.GROUP:
            icon = QgsApplication.getThemeIcon("/mActionGroupItems.svg")
            for group in sorted(places.user.groups, key=lambda group: group.title.lower()):
                self.placeCombo.addItem(icon, group.title, group.id)
            if not places.user.groups:
                self.placeCombo.addItem(self.tr("You are in no group"), "")
        self.placeCombo.setVisible(scope in (Scope.MY_CONTENT, Scope.GROUP))
        self.placeCombo.blockSignals(False)

    def _scope_changed(self) -> None:
        self._fill_places()
        self._show_state()
        self.search()

    # -- searching -----------------------------------------------------------------------------
    def current_query(self) -> Query:
        return Query(
            self.scopeCombo.currentData(),
            self.placeCombo.currentData() or "",
            self.searchEdit.text(),
            self.typeCombo.currentData(),
        )

    def _searching_all_content(self) -> bool:
        return self.scopeCombo.currentData() is Scope.MY_CONTENT and bool(self.searchEdit.text().strip())

    def _text_changed(self) -> None:
        searching_all = self._searching_all_content()
        self.placeCombo.setEnabled(self._places is not None and self.placeCombo.count() > 0 and not searching_all)
        self.placeCombo.setToolTip(
            self.tr("A search looks in all your folders.")
            if searching_all
            else self.tr("The folder of your content, or the group, to list")
        )
        self._search_timer.start()  # after a pause in the typing; Enter searches at once

    def search(self) -> None:
        """List what the controls say, from the first page, in place of what is listed."""
        self._search_timer.stop()
        if self._state is not PortalState.PORTAL or self._places is None:
            return
        self._read_items(self.current_query(), 1, append=False)

    def more(self) -> None:
        """Read the next page of what is listed, and add it below."""
        page, query = self._page, self._query
        if page is None or query is None or not page.has_more or self.reading:
            return
        self._read_items(query, page.next_start, append=True)

    def _read_items(self, query: Query, start_at: int, *, append: bool) -> None:
        self._cancel_read()
        portal = self._portal
        if not append:
            self.items_model.clear_items()
            self._query, self._page = query, None
        description = self.tr("Searching “{connection}”").format(connection=self._connection.name)
        self.countLabel.setText(self.tr("Searching…"))
        self._start_read(
            description,
            lambda _feedback: read_page(portal, query, start_at),
            lambda page: self._page_read(query, append, page),
            self._search_failed,
        )

    def _page_read(self, query: Query, append: bool, page: ItemPage) -> None:
        self._query, self._page = query, page
        if append:
            self.items_model.append_items(list(page.items))
        else:
            self.items_model.set_items(list(page.items))
            if page.items:
                self.itemsView.scrollToTop()
        self._show_count()
        self._load_thumbnails(page.items)
        self._update_buttons()

    def _search_failed(self, error: BaseException) -> None:
        self._show_count()
        self._feedback.error(self.tr("The items could not be listed"), error)

    def _show_count(self) -> None:
        page, shown = self._page, self.items_model.rowCount()
        if page is None:
            self.countLabel.clear()
        elif shown == 0 and not page.has_more:
            self.countLabel.setText(self.tr("No items"))
        else:
            self.countLabel.setText(self.tr("{shown} of {total} items").format(shown=shown, total=page.total))

    # -- tasks ---------------------------------------------------------------------------------
    @property
    def reading(self) -> bool:
        """A list (or the portal's folders and groups) is being read."""
        return self._read_task is not None

    @property
    def searching(self) -> bool:
        """A search is due (typing paused less than :data:`SEARCH_DELAY_MS` ago) or under way."""
        return self._search_timer.isActive() or self._read_task is not None

    @property
    def busy(self) -> bool:
        """Something is being read or opened."""
        return self._read_task is not None or self._action_task is not None

    def _start_read(self, description: str, work, succeeded: Callable, failed: Callable) -> None:
        self._cancel_read()
        self._read_task = self._start("_read_task", description, work, succeeded, failed)
        self._set_busy()

    def _start_action(self, description: str, work, succeeded: Callable, failed: Callable) -> None:
        self._action_task = self._start("_action_task", description, work, succeeded, failed)
        self._action_task.progressChanged.connect(self._progress)
        self._set_busy()

    def _start(self, slot: str, description: str, work, succeeded: Callable, failed: Callable) -> FunctionTask:
        """``work`` in a task kept in ``slot``; its outcome counts only while it is still there (a task
        cancelled, or replaced by a new one, is forgotten)."""
        task = FunctionTask(description, work)

        def finish(callback: Callable, value) -> None:
            if getattr(self, slot) is task:
                setattr(self, slot, None)
                self._set_busy()
                callback(value)

        task.succeeded.connect(lambda result: finish(succeeded, result))
        task.failed.connect(lambda error: finish(failed, error))
        return start(task)

    def _cancel_read(self) -> None:
        task, self._read_task = self._read_task, None
        if task is not None:
            task.cancel()
            self._set_busy()

    def cancel(self) -> None:
        """Stop what is being read or opened: nothing of it is shown."""
        self._search_timer.stop()
        reading = self._read_task is not None
        self._cancel_read()
        task, self._action_task = self._action_task, None
        if task is not None:
            task.cancel()
        if reading:
            self._show_count()
            if self._page is None:
                self.countLabel.setText(self.tr("Cancelled"))
        self._set_busy()

    def shutdown(self) -> None:
        """The dialog closes: nothing more is read, and no reply is waited for."""
        self.cancel()
        self._forget_thumbnails()

    def _set_busy(self) -> None:
        busy = self.busy
        self.progressBar.setVisible(busy)
        self.cancelButton.setVisible(busy)
        if self._action_task is None:
            self.progressBar.setRange(0, 0)  # reading: no way to tell how far it is
        else:
            self.progressBar.setRange(0, 100)
            self.progressBar.setValue(0)
        self._update_buttons()

    def _progress(self, value: float) -> None:
        if self._action_task is not None:
            self.progressBar.setValue(int(value))

    # -- thumbnails ----------------------------------------------------------------------------
    def thumbnail_url(self, item: PortalItem) -> str:
        """``<portal>/sharing/rest/content/items/<id>/info/<thumbnail>``; "" when it has none."""
        if self._places is None or not item.thumbnail:
            return ""
        parts = item.thumbnail.split("/")
        if not all(is_path_part(part) for part in parts):
            return ""
        return sharing_url(self._places.root, "content", "items", item.id, "info", *parts)

    @property
    def loading_thumbnails(self) -> bool:
        return bool(self._thumbnail_replies)

    def _load_thumbnails(self, items) -> None:
        manager = QgsNetworkAccessManager.instance()
        for item in items:
            url = self.thumbnail_url(item)
            if not url or self.items_model.has_thumbnail(item.id) or item.id in self._thumbnail_replies:
                continue
            reply = manager.get(QNetworkRequest(QUrl(url)))
            reply.setProperty(THUMBNAIL_PROPERTY, item.id)
            reply.finished.connect(self._thumbnail_arrived)
            self._thumbnail_replies[item.id] = reply

    def _thumbnail_arrived(self) -> None:
        reply = self.sender()
        if not isinstance(reply, QNetworkReply):
            return
        item_id = reply.property(THUMBNAIL_PROPERTY)
        self._thumbnail_replies.pop(item_id, None)
        reply.deleteLater()
        if reply.error() != QNetworkReply.NetworkError.NoError:
            log.debug("No thumbnail for item %s (%s)", item_id, reply.error())
            return
        image = QImage()
        if not image.loadFromData(bytes(reply.readAll())):
            return
        size = self.itemsView.iconSize()
        scaled = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.items_model.set_thumbnail(item_id, QIcon(QPixmap.fromImage(scaled)))

    def _forget_thumbnails(self) -> None:
        """Thumbnails on their way are no longer waited for (a small image each: let them arrive, unread)."""
        replies, self._thumbnail_replies = self._thumbnail_replies, {}
        for reply in replies.values():
            reply.finished.disconnect(self._thumbnail_arrived)
            reply.finished.connect(reply.deleteLater)

    # -- the selected item ---------------------------------------------------------------------
    def selected_item(self) -> Optional[PortalItem]:
        rows = self.itemsView.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def select_item(self, item_id: str) -> None:
        """Select the listed item with this id (what a user does with a click)."""
        for row, item in enumerate(self.items_model.items):
            if item.id == item_id:
                self.itemsView.setCurrentIndex(self.items_model.index(row, 0))
                return
        raise LookupError(f"item {item_id} is not listed")

    def _choices(self) -> list[tuple[str, bool, Callable[[], None]]]:
        """The actions on the selected item: (text, whether it applies, what it does)."""
        item = self.selected_item()
        kind = item.item_type if item is not None else None
        layers = item is not None and item.opens_as_layers
        free = self._action_task is None
        return [
            (self.tr("Show Layers"), layers and kind in SHOWN_AS_LAYERS, self.show_layers),
            (self.tr("Add Layer"), free and layers and kind is ItemType.VECTOR_TILE_SERVICE, self.add_layer),
            (self.tr("Open Web Map"), free and kind is ItemType.WEB_MAP, lambda: self.open_web_map(new_project=False)),
            (self.tr("Open as New Project"), free and kind is ItemType.WEB_MAP,
             lambda: self.open_web_map(new_project=True)),
        ]  # fmt: skip

    def actions(self, parent: QObject) -> list[QAction]:
        """The actions on the selected item (the buttons' and the right-click menu's), each enabled where
        it applies; owned by ``parent``."""
        found = []
        for text, applies, slot in self._choices():
            action = QAction(text, parent)
            action.setEnabled(bool(applies))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            found.append(action)
        return found

    def _update_buttons(self, *_args) -> None:
        buttons = (self.showLayersButton, self.addItemButton, self.openWebMapButton, self.openProjectButton)
        for button, (_text, applies, _slot) in zip(buttons, self._choices()):
            button.setEnabled(bool(applies))
        page = self._page
        self.moreButton.setEnabled(page is not None and page.has_more and not self.reading)

    def _item_menu(self, position: QPoint) -> None:
        if self.selected_item() is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self.actions(menu))
        menu.popup(self.itemsView.viewport().mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        """The item's first action that applies: Show Layers, Add Layer or Open Web Map."""
        if not index.isValid():
            return
        for _text, applies, slot in self._choices()[:3]:
            if applies:
                slot()
                return

    # -- actions -------------------------------------------------------------------------------
    def show_layers(self) -> None:
        """A feature, map or image service item: its layers on the Services tab, to choose from."""
        item = self.selected_item()
        if item is not None and item.opens_as_layers and item.item_type in SHOWN_AS_LAYERS:
            self.serviceRequested.emit(item.service_url, item.layer_id)

    def add_layer(self) -> None:
        """A vector tile service item: its layer, drawn with the service's style, added to the project."""
        item = self.selected_item()
        connection = self._connection
        if item is None or connection is None or item.item_type is not ItemType.VECTOR_TILE_SERVICE:
            return
        if not item.opens_as_layers or self._action_task is not None:
            return
        layer = CatalogLayer(item.service_url, VECTOR_TILE_SERVER, 0, item.title, Geometry.VECTOR_TILES)
        engine = self._service.engine
        self._start_action(
            self.tr("Adding “{title}”").format(title=item.title),
            lambda feedback: build_layers(engine, [LayerSource(layer, as_map=False)], connection, feedback),
            lambda built: self._layer_built(item, built),
            self._layer_failed,
        )

    def _layer_built(self, item: PortalItem, built: BuiltLayers) -> None:
        for layer in built.layers:
            layer.setName(item.title)
        if built.layers:
            QgsProject.instance().addMapLayers(built.layers)
            self._feedback.success(self.tr("Layer “{title}” added to the project.").format(title=item.title))
        else:
            self._feedback.failure(
                self.tr("Not added"),
                self.tr("QGIS could not open {layers}. The message log has the details.").format(layers=item.title),
            )

    def _layer_failed(self, error: BaseException) -> None:
        self._feedback.error(self.tr("Layer not added"), error)

    def open_web_map(self, *, new_project: bool = False) -> None:
        """A web map item: its layers, in its order and groups, as a group at the top of the Layers panel —
        of this project, or (``new_project``) of a new one, once QGIS has offered to save this one."""
        item = self.selected_item()
        portal, connection = self._portal, self._connection
        if item is None or portal is None or connection is None or not item.is_web_map:
            return
        if self._action_task is not None:
            return
        engine = self._service.engine

        def make(feedback) -> MadeWebMap:
            _item, plan = portal.web_map(item.id)
            return make_web_map(plan, engine, connection, feedback)

        failed_title = self.tr("Web map “{title}” not opened").format(title=item.title)
        self._start_action(
            self.tr("Opening “{title}”").format(title=item.title),
            make,
            lambda made: self._web_map_made(made, new_project),
            lambda error: self._feedback.error(failed_title, error),
        )

    def _web_map_made(self, made: MadeWebMap, new_project: bool) -> None:
        project = QgsProject.instance()
        if new_project and self._iface is not None and not self._iface.newProject(True):
            # The user cancelled QGIS's "save changes?": their project stays as it was.
            self._feedback.warning(
                self.tr("Web map “{title}” not opened").format(title=made.title),
                self.tr("The current project was kept."),
            )
            return
        add_to_project(made, project, new_project=new_project)
        self._feedback.success(
            self.tr("Web map “{title}” opened: {count} layers").format(title=made.title, count=len(made.layers))
        )
        if made.left_out:
            reasons = "; ".join(made.left_out_lines())
            self._feedback.warning(self.tr("Not shown as in the web map"), reasons)
