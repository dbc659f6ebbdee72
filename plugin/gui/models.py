"""Item models behind the dialogs' views: the connections list, a catalog tree and a portal's items."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from qgis.PyQt.QtGui import QIcon, QStandardItem, QStandardItemModel

from ..compat import can_edit_arcgis_feature_layers
from ..core.connection import Connection
from ..core.portal import ItemType, PortalItem
from ..integration.catalog import (
    FEATURE_SERVER,
    IMAGE_SERVER,
    MAP_SERVER,
    VECTOR_TILE_SERVER,
    CatalogLayer,
    Geometry,
    ServerCatalog,
)
from . import texts
from .status import State, TokenStatus

ID_ROLE = Qt.ItemDataRole.UserRole  # a connection's id
LAYER_ROLE = Qt.ItemDataRole.UserRole + 1  # a CatalogLayer
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # a PortalItem

_STATE_ICONS = {
    State.SIGNED_IN: "/mIconSuccess.svg",
    State.SIGNING_IN: "/mIconTimerContinue.svg",
    State.FAILED: "/mIconWarning.svg",
}
_GEOMETRY_ICONS = {
    Geometry.POINT: "/mIconPointLayer.svg",
    Geometry.MULTIPOINT: "/mIconPointLayer.svg",
    Geometry.LINE: "/mIconLineLayer.svg",
    Geometry.POLYGON: "/mIconPolygonLayer.svg",
    Geometry.ENVELOPE: "/mIconPolygonLayer.svg",
    Geometry.TABLE: "/mIconTableLayer.svg",
    Geometry.OTHER: "/mIconRaster.svg",
    Geometry.VECTOR_TILES: "/mIconVectorTileLayer.svg",
}
_ITEM_ICONS = {
    ItemType.FEATURE_SERVICE: "/mIconAfs.svg",
    ItemType.MAP_SERVICE: "/mIconAms.svg",
    ItemType.VECTOR_TILE_SERVICE: "/mIconVectorTileLayer.svg",
    ItemType.IMAGE_SERVICE: "/mIconRasterLayer.svg",
    ItemType.WEB_MAP: "/mIconLayerTree.svg",
}
_SERVICE_ICONS = {
    FEATURE_SERVER: "/mIconAfs.svg",
    MAP_SERVER: "/mIconAms.svg",
    VECTOR_TILE_SERVER: "/mIconVectorTileLayer.svg",
    IMAGE_SERVER: "/mIconRasterLayer.svg",
}


class ConnectionsModel(QAbstractTableModel):
    """The service's connections, by name, with their token state."""

    NAME, URL, STATUS = range(3)

    def __init__(self, service, status: TokenStatus, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._service = service
        self._status = status
        self._connections: list[Connection] = []
        status.changed.connect(self._status_changed)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._connections = sorted(self._service.connections(), key=lambda connection: connection.name.lower())
        self.endResetModel()

    def refresh_status(self) -> None:
        """Times to expiry move on: re-read the status column."""
        if self._connections:
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(len(self._connections) - 1, self.STATUS))

    def connection(self, row: int) -> Optional[Connection]:
        return self._connections[row] if 0 <= row < len(self._connections) else None

    def row_of(self, connection_id: str) -> int:
        return next((row for row, c in enumerate(self._connections) if c.id == connection_id), -1)

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._connections)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("URL"), self.tr("Status"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        connection = self.connection(index.row())
        if connection is None:
            return None
        if role == ID_ROLE:
            return connection.id
        column = index.column()
        if column == self.STATUS:
            return self._status_data(connection, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return connection.name if column == self.NAME else connection.url
        return None

    def _status_data(self, connection: Connection, role: int):
        status = self._status.status(connection.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._status.describe(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return status.message or self._status.describe(status)
        if role == Qt.ItemDataRole.DecorationRole and status.state in _STATE_ICONS:
            return QgsApplication.getThemeIcon(_STATE_ICONS[status.state])
        return None

    def _status_changed(self, connection_id: str) -> None:
        row = self.row_of(connection_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, self.STATUS), self.index(row, self.STATUS))


class CatalogModel(QStandardItemModel):
    """Server → folder → service → layer; only layers can be selected."""

    NAME, KIND, GEOMETRY = range(3)

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Geometry")])

    def clear_catalog(self) -> None:
        # Rows only: the columns (and the view's sizing of them) stay.
        self.removeRows(0, self.rowCount())

    def set_catalogs(self, catalogs: list[ServerCatalog]) -> None:
        self.clear_catalog()
        root = self.invisibleRootItem()
        for catalog in catalogs:
            parent = root
            if len(catalogs) > 1:  # a portal's federated servers: one branch each
                parent = self._branch(root, catalog.root, "/mIconConnect.svg", catalog.root)
            folders = {"": parent}
            for folder in catalog.folders:
                folders[folder] = self._branch(parent, folder, "/mIconFolder.svg", f"{catalog.services_url}/{folder}")
            for service in catalog.services:
                item = self._branch(
                    folders[service.folder],
                    service.title,
                    _SERVICE_ICONS[service.service_type],
                    service.url,
                    texts.service_type(service.service_type),
                )
                if service.error is not None:
                    item.setToolTip(texts.error_text(service.error))
                    item.setIcon(QgsApplication.getThemeIcon("/mIconWarning.svg"))
                if service.editable and not can_edit_arcgis_feature_layers():
                    self._branch(item, self._cannot_edit(), "/mIconInfo.svg", self._cannot_edit())
                for layer in service.layers:
                    item.appendRow(self._layer_row(layer))

    def _cannot_edit(self) -> str:
        """Said under a service the server lets the user edit, where QGIS's provider only reads."""
        return self.tr("Editable on the server, but not in this QGIS: editing needs QGIS 3.28 or later.")

    @staticmethod
    def _branch(parent: QStandardItem, name: str, icon: str, tooltip: str, kind: str = "") -> QStandardItem:
        item = QStandardItem(QgsApplication.getThemeIcon(icon), name)
        item.setToolTip(tooltip)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        row = [item, QStandardItem(kind), QStandardItem()]
        for cell in row[1:]:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
        parent.appendRow(row)
        return item

    @staticmethod
    def _layer_row(layer: CatalogLayer) -> list[QStandardItem]:
        name = QStandardItem(QgsApplication.getThemeIcon(_GEOMETRY_ICONS[layer.geometry]), layer.name)
        name.setData(layer, LAYER_ROLE)
        name.setToolTip(layer.url)
        kind = QStandardItem(texts.service_type(layer.service_type))
        row = [name, kind, QStandardItem(texts.geometry(layer.geometry))]
        for cell in row:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return row


class CatalogFilter(QSortFilterProxyModel):
    """Shows what matches the filter text, with its ancestors and all it holds;
    in map mode, layers that no map service draws cannot be selected (vector tiles can, in either mode)."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)  # a matching layer keeps its folder and service
        self._text = ""
        self._map_mode = False

    def set_text(self, text: str) -> None:
        self._text = text.strip().lower()
        self.invalidateFilter()

    def set_map_mode(self, map_mode: bool) -> None:
        self._map_mode = map_mode
        self.invalidate()

    def layer(self, index: QModelIndex) -> Optional[CatalogLayer]:
        return index.siblingAtColumn(0).data(LAYER_ROLE) if index.isValid() else None

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        index = self.sourceModel().index(source_row, 0, source_parent)
        while index.isValid():  # a matching folder or service shows all it holds
            if self._text in str(index.data()).lower():
                return True
            index = index.parent()
        return False

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        layer = self.layer(index)
        if self._map_mode and layer is not None and not (layer.drawn_by_server or layer.vector_tiles):
            return flags & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return flags


def item_type_labels() -> dict[ItemType, str]:
    """The item types the plugin opens, in the user's language (ArcGIS's own names in English)."""
    return {
        ItemType.FEATURE_SERVICE: QCoreApplication.translate("PortalItems", "Feature Service"),
        ItemType.MAP_SERVICE: QCoreApplication.translate("PortalItems", "Map Service"),
        ItemType.VECTOR_TILE_SERVICE: QCoreApplication.translate("PortalItems", "Vector Tile Service"),
        ItemType.IMAGE_SERVICE: QCoreApplication.translate("PortalItems", "Image Service"),
        ItemType.WEB_MAP: QCoreApplication.translate("PortalItems", "Web Map"),
    }


class PortalItemsModel(QAbstractTableModel):
    """A portal's items, as a search or a folder lists them: title (with the item's thumbnail once it
    has arrived, its type's icon until then), type, owner, date modified."""

    TITLE, TYPE, OWNER, MODIFIED = range(4)

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._items: list[PortalItem] = []
        self._thumbnails: dict[str, QIcon] = {}  # item id → its thumbnail, kept across lists

    @property
    def items(self) -> list[PortalItem]:
        return list(self._items)

    def item(self, row: int) -> Optional[PortalItem]:
        return self._items[row] if 0 <= row < len(self._items) else None

    def set_items(self, items: list[PortalItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def append_items(self, items: list[PortalItem]) -> None:
        """Items of the next page, after those listed (any listed already are not listed twice)."""
        listed = {item.id for item in self._items}
        new = [item for item in items if item.id not in listed]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(new) - 1)
        self._items.extend(new)
        self.endInsertRows()

    def clear_items(self) -> None:
        self.set_items([])

    def has_thumbnail(self, item_id: str) -> bool:
        return item_id in self._thumbnails

    def set_thumbnail(self, item_id: str, icon: QIcon) -> None:
        self._thumbnails[item_id] = icon
        for row, item in enumerate(self._items):
            if item.id == item_id:
                index = self.index(row, self.TITLE)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- QAbstractTableModel ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Type"), self.tr("Owner"), self.tr("Modified"))[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (item.snippet or item.title) if column == self.TITLE else self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE:
            return self._icon(item)
        return None

    def _icon(self, item: PortalItem) -> Optional[QIcon]:
        if item.id in self._thumbnails:
            return self._thumbnails[item.id]
        kind = item.item_type
        return QgsApplication.getThemeIcon(_ITEM_ICONS[kind]) if kind is not None else None

    def _text(self, item: PortalItem, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.TYPE:
            kind = item.item_type
            return item_type_labels()[kind] if kind is not None else item.type
        if column == self.OWNER:
            return item.owner
        if not item.modified:
            return ""
        date = QDateTime.fromSecsSinceEpoch(int(item.modified)).date()
        return texts.date_locale().toString(date, QLocale.FormatType.ShortFormat)
