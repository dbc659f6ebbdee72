"""Add secured layers: pick a connection, browse its catalog — or its portal's items — and add layers that
sign in through it."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import QDialog, QHeaderView, QMenu, QWidget

from ..compat import QAction
from ..core.connection import Connection
from ..core.urls import redact
from ..integration.browser import create_browser_connections
from ..integration.catalog import CatalogLayer, ServerCatalog, read_catalog, read_service
from ..integration.layers import BuiltLayers, Drawing, LayerSource, build_layers
from ..integration.tasks import FunctionTask, start
from .connections_dialog import ConnectionsDialog
from .content_browser import ContentBrowser
from .feedback import Feedback
from .models import CatalogFilter, CatalogModel
from .status import TokenStatus
from .ui_loader import form_class

LAST_CONNECTION_KEY = "arcgis_token_auth/add_layers/last_connection"


class AddLayersDialog(QDialog, form_class("add_layers_dialog")):
    def __init__(self, service, status: TokenStatus, iface=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._service = service
        self._status = status
        self._iface = iface
        self.feedback = Feedback(self.messageBar)
        self.catalogs: list[ServerCatalog] = []
        self._task: Optional[FunctionTask] = None
        self._layer_to_select: Optional[int] = None  # a portal item's layer, selected once its service is listed
        self.manager: Optional[ConnectionsDialog] = None

        # The "Portal Content" tab: a portal's items (a connection's portal is known once it signed in).
        self.content = ContentBrowser(service, self.feedback, iface, self.contentTab)
        self.contentLayout.addWidget(self.content)
        self.content.serviceRequested.connect(self.show_item_service)

        self.catalog_model = CatalogModel(self)
        self.filter = CatalogFilter(self)
        self.filter.setSourceModel(self.catalog_model)
        self.catalogView.setModel(self.filter)
        header = self.catalogView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CatalogModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (CatalogModel.KIND, CatalogModel.GEOMETRY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.catalogView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.catalogView.doubleClicked.connect(self._double_clicked)
        self.catalogView.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.catalogView.customContextMenuRequested.connect(self._catalog_menu)
        self.refreshButton.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))

        self.connectionCombo.currentIndexChanged.connect(self.load_catalog)
        self.refreshButton.clicked.connect(self.load_catalog)
        self.urlButton.clicked.connect(self.show_url)
        self.urlEdit.returnPressed.connect(self.show_url)
        self.manageButton.clicked.connect(self.manage_connections)
        self.filterEdit.textChanged.connect(self._filter_changed)
        self.mapRadio.toggled.connect(self._mode_changed)
        self.cancelButton.clicked.connect(self.cancel)
        self.addButton.clicked.connect(self.add_selected)
        self.browserButton.clicked.connect(self.create_browser_connection)
        self.buttonBox.rejected.connect(self.reject)
        status.changed.connect(self._status_changed)

        self._set_busy(False)
        self.reload_connections()

    # -- connections ------------------------------------------------------------------------
    def connection(self) -> Optional[Connection]:
        connection_id = self.connectionCombo.currentData()
        return self._service.connection(connection_id) if connection_id else None

    def reload_connections(self) -> None:
        """List the connections; select the one in use, else the last one the user read (signing in to
        it: the user chose it), else none — never sign in to a connection nobody picked."""
        current = self.connectionCombo.currentData() or QgsSettings().value(LAST_CONNECTION_KEY, "")
        self.connectionCombo.blockSignals(True)  # one catalog read, after the list is complete
        self.connectionCombo.clear()
        self.connectionCombo.addItem(self.tr("Choose a connection…"), "")
        for connection in sorted(self._service.connections(), key=lambda c: c.name.lower()):
            self.connectionCombo.addItem(connection.name, connection.id)
        self.connectionCombo.setCurrentIndex(max(self.connectionCombo.findData(current), 0) if current else 0)
        self.connectionCombo.blockSignals(False)
        if self.connectionCombo.count() == 1:
            self.connectionStatusLabel.setText(self.tr("No connection yet: add one with “Connections…”."))
        else:
            self.connectionStatusLabel.clear()
        self.load_catalog()

    def select_connection(self, connection_id: str) -> None:
        """Pick a connection, as the user does in the list (its catalog is read)."""
        self.connectionCombo.setCurrentIndex(self.connectionCombo.findData(connection_id))

    def manage_connections(self) -> None:
        self.manager = ConnectionsDialog(self._service, self._status, parent=self)
        self.manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.manager.finished.connect(self._manager_closed)
        self.manager.open()

    def _manager_closed(self) -> None:
        self.manager = None
        self.reload_connections()

    def _status_changed(self, connection_id: str) -> None:
        connection = self.connection()
        if connection is not None and connection.id == connection_id:
            self._show_status(connection)

    def _show_status(self, connection: Connection) -> None:
        status = self._status.status(connection.id)
        text = f"{self._status.describe(status)} — {connection.url}"
        self.connectionStatusLabel.setText(f"{text}\n{status.message}" if status.message else text)

    # -- the catalog -------------------------------------------------------------------------
    def load_catalog(self) -> None:
        connection = self.connection()
        self.content.set_connection(connection)  # the same connection keeps what its tab lists
        if connection is None:
            self.cancel()
            self.catalogs = []
            self.catalog_model.clear_catalog()
            self._update_buttons()
            return
        QgsSettings().setValue(LAST_CONNECTION_KEY, connection.id)  # an id: nothing secret
        engine = self._service.engine
        description = self.tr("Reading the catalog of “{connection}”").format(connection=connection.name)
        self._read(connection, description, lambda feedback: read_catalog(engine, connection, feedback))

    def show_url(self) -> None:
        """List the service a pasted service or layer URL names — through the connection that covers it
        (selected for the user), or the selected one — to add its layers as from the catalog."""
        url = self.urlEdit.text().strip()
        if not url:
            return
        covering = self._service.engine.connection_for_url(url)
        if covering is not None and covering.id != self.connectionCombo.currentData():
            self.connectionCombo.blockSignals(True)  # no catalog read of the whole server: just this service
            self.connectionCombo.setCurrentIndex(self.connectionCombo.findData(covering.id))
            self.connectionCombo.blockSignals(False)
            self.content.set_connection(self.connection())
        connection = self.connection()
        if connection is None:
            self.feedback.failure(
                self.tr("No connection for this address"),
                self.tr("No connection covers {url}: add one with “Connections…”.").format(url=redact(url)),
            )
            return
        self._layer_to_select = None
        self._list_service(connection, url)

    def show_item_service(self, url: str, layer_id: Optional[int] = None) -> None:
        """List a portal item's service on the Services tab — read through the connection whose portal
        lists the item — to add its layers as from the catalog; the layer the item names is selected."""
        connection = self.connection()
        if connection is None or not url:
            return
        self.tabs.setCurrentWidget(self.servicesTab)
        self.urlEdit.setText(url)
        self._layer_to_select = layer_id
        self._list_service(connection, url)

    def _list_service(self, connection: Connection, url: str) -> None:
        engine = self._service.engine
        description = self.tr("Reading {url}").format(url=redact(url))
        self._read(connection, description, lambda feedback: read_service(engine, connection, url, feedback))

    def _read(self, connection: Connection, description: str, work) -> None:
        """Show what ``work`` (in a QgsTask) reads of the connection, in place of what was shown."""
        self.cancel()
        self.catalogs = []
        self.catalog_model.clear_catalog()
        self._service.unlock_auth_db()  # QGIS's master-password prompt first, when its auth DB is locked
        self._show_status(connection)
        self._task = start(FunctionTask(description, work))
        self._task.progressChanged.connect(self._progress)
        self._task.succeeded.connect(self._show_catalog)
        self._task.failed.connect(self._catalog_failed)
        self._set_busy(True)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._set_busy(False)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _set_busy(self, busy: bool) -> None:
        self.progressBar.setVisible(busy)
        self.progressBar.setValue(0)
        self.cancelButton.setVisible(busy)
        self._update_buttons()

    def _progress(self, value: float) -> None:
        self.progressBar.setValue(int(value))

    def _show_catalog(self, catalogs: list[ServerCatalog]) -> None:
        self._task = None
        self._set_busy(False)
        self.catalogs = catalogs
        self.catalog_model.set_catalogs(catalogs)
        self.catalogView.expandAll()
        layer_id, self._layer_to_select = self._layer_to_select, None
        if layer_id is not None:
            self.select_layers([layer for layer in self._listed_layers() if layer.layer_id == layer_id])
        self._update_buttons()
        self.content.connection_checked()
        if not any(catalog.services for catalog in catalogs):
            self.feedback.warning(
                self.tr("Empty catalog"),
                self.tr("No feature, map or vector tile service is visible to this connection."),
            )

    def _catalog_failed(self, error: BaseException) -> None:
        self._layer_to_select = None
        self.content.connection_checked()
        connection = self.connection()
        if connection is not None and self._service.engine.status(connection.id).token is None:
            self._report_failure(self.tr("“{connection}” could not sign in").format(connection=connection.name), error)
        else:
            self._report_failure(self.tr("The catalog could not be read"), error)

    def _report_failure(self, title: str, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.feedback.error(title, error)

    def _filter_changed(self, text: str) -> None:
        self.filter.set_text(text)
        self.catalogView.expandAll()

    def _mode_changed(self) -> None:
        self.filter.set_map_mode(self.mapRadio.isChecked())
        # Rows that just became unselectable must not stay selected.
        selection = self.catalogView.selectionModel()
        deselect = QItemSelectionModel.SelectionFlag.Deselect | QItemSelectionModel.SelectionFlag.Rows
        for index in selection.selectedRows():
            if not index.flags() & Qt.ItemFlag.ItemIsSelectable:
                selection.select(index, deselect)
        self._update_buttons()

    def selected_layers(self) -> list[CatalogLayer]:
        rows = self.catalogView.selectionModel().selectedRows()
        return [layer for layer in (self.filter.layer(index) for index in rows) if layer is not None]

    def _listed_layers(self) -> list[CatalogLayer]:
        return [layer for catalog in self.catalogs for service in catalog.services for layer in service.layers]

    def select_layers(self, layers: list[CatalogLayer]) -> None:
        """Select these layers in the tree (what a user does with Ctrl+click)."""
        selection = self.catalogView.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for index in self._layer_indexes():
            if self.filter.layer(index) in layers:
                selection.select(index, flags)

    def _layer_indexes(self):
        pending = [self.filter.index(row, 0) for row in range(self.filter.rowCount())]
        while pending:
            index = pending.pop(0)
            if self.filter.layer(index) is not None:
                yield index
            pending.extend(self.filter.index(row, 0, index) for row in range(self.filter.rowCount(index)))

    def _update_buttons(self, *_args) -> None:
        loaded = self.connection() is not None and not self.busy
        self.addButton.setEnabled(loaded and bool(self.selected_layers()))
        self.browserButton.setEnabled(loaded and bool(self.catalogs))
        self.refreshButton.setEnabled(self.connection() is not None)

    def _double_clicked(self, index) -> None:
        if self.filter.layer(index) is not None and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.add_selected()

    # -- adding --------------------------------------------------------------------------------
    def add_selected(self) -> None:
        self._add([LayerSource(layer, self.mapRadio.isChecked()) for layer in self.selected_layers()])

    def drawing_actions(self) -> list[QAction]:
        """The catalog's right-click menu: the selected map layers drawn by their service's WMS, or their
        services' tile caches as WMTS or (Web Mercator caches) XYZ layers — each enabled where a selected
        service offers it."""
        layers = self.selected_layers()
        cached = {layer.service_url: layer for layer in layers if layer.cached}.values()  # a cache draws it all
        choices = (
            (self.tr("Add as WMS Layer"), [LayerSource(layer, True, Drawing.WMS) for layer in layers if layer.wms]),
            (self.tr("Add Tile Cache as WMTS Layer"), [LayerSource(layer, True, Drawing.WMTS) for layer in cached]),
            (self.tr("Add Tile Cache as XYZ Layer"),
             [LayerSource(layer, True, Drawing.TILES) for layer in cached if layer.xyz]),
        )  # fmt: skip
        actions = []
        for text, sources in choices:
            action = QAction(text, self)
            action.setEnabled(bool(sources) and not self.busy)
            action.triggered.connect(lambda _checked=False, sources=sources: self._add(sources))
            actions.append(action)
        return actions

    def _catalog_menu(self, position) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self.drawing_actions())
        menu.popup(self.catalogView.viewport().mapToGlobal(position))

    def _add(self, sources: list[LayerSource]) -> None:
        connection = self.connection()
        if connection is None or not sources or self.busy:
            return
        description = self.tr("Adding layers from “{connection}”").format(connection=connection.name)
        # Opening a layer reads its description from the server: on a worker thread.
        engine = self._service.engine
        self._task = start(
            FunctionTask(description, lambda feedback: build_layers(engine, sources, connection, feedback))
        )
        self._task.progressChanged.connect(self._progress)
        self._task.succeeded.connect(self._layers_built)
        self._task.failed.connect(self._layers_failed)
        self._set_busy(True)

    def _layers_failed(self, error: BaseException) -> None:
        self._report_failure(self.tr("Layers not added"), error)

    def _layers_built(self, built: BuiltLayers) -> None:
        self._task = None
        self._set_busy(False)
        if built.layers:
            QgsProject.instance().addMapLayers(built.layers)
            self.feedback.success(self.tr("Layers added to the project: {count}.").format(count=len(built.layers)))
        if built.failed:
            names = ", ".join(source.layer.name for source in built.failed)
            self.feedback.failure(
                self.tr("Not added"),
                self.tr("QGIS could not open {layers}. The message log has the details.").format(layers=names),
            )

    def create_browser_connection(self) -> None:
        connection = self.connection()
        if connection is None or not self.catalogs:
            return
        names = create_browser_connections(connection, [catalog.root for catalog in self.catalogs])
        if self._iface is not None:
            self._iface.reloadConnections()  # QGIS's Browser panel reads its connections again
        self.feedback.success(
            self.tr("Added to ArcGIS REST Servers in QGIS's Browser panel: {servers}.").format(servers=", ".join(names))
        )

    def reject(self) -> None:
        self.cancel()
        self.content.shutdown()
        super().reject()
