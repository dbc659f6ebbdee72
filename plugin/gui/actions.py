"""The plugin's entries in QGIS's Web menu and Web toolbar, and what stays behind them.

:func:`create_actions` is the plugin class's one call into the GUI. Everything
it makes is a child of ``parent`` (the plugin's submenu), so the plugin's
``unload()`` takes it all away by deleting that menu: the actions, the shared
token status and the main window's failure notices.

A failure is told once, where the user is looking: in the main window's
message bar, or, while one of the plugin's dialogs runs over it, in that
dialog's bar (the connections manager tells its own).
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDialog

from ..compat import QAction
from ..core.errors import ExplainedError
from ..integration.service import active_service
from ..paths import ICON_PATH
from . import texts
from .feedback import Feedback
from .status import State, TokenStatus


def create_actions(parent: QObject, iface) -> list[QAction]:
    """The menu entries; those whose ``onToolbar`` property is True also go on the Web toolbar."""
    ui = PluginUi(iface, parent)
    add_layers = QAction(
        QgsApplication.getThemeIcon("/mActionAddAfsLayer.svg"),
        QCoreApplication.translate("PluginActions", "Add Secured ArcGIS Layers…"),
        parent,
    )
    add_layers.setObjectName("arcgisTokenAuthAddLayers")
    add_layers.setProperty("onToolbar", True)
    add_layers.triggered.connect(ui.show_add_layers)
    connections = QAction(QIcon(str(ICON_PATH)), QCoreApplication.translate("PluginActions", "Connections…"), parent)
    connections.setObjectName("arcgisTokenAuthConnections")
    connections.setProperty("onToolbar", False)
    connections.triggered.connect(ui.show_connections)
    return [add_layers, connections]


class PluginUi(QObject):
    """The GUI while the plugin is loaded: opens its dialogs, and tells the main window
    when a connection stops signing in (layers would otherwise go blank unexplained)."""

    def __init__(self, iface, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("arcgisTokenAuthUi")
        self._iface = iface
        self._service = active_service()
        self.status = TokenStatus(self._service, self)
        self.status.failed.connect(self._notify_failure)
        self.status.changed.connect(self._forget_notice)
        self._service.sign_in_requested.connect(self._notify_sign_in)
        self._service.edit_refused.connect(self._notify_edit_refused)
        self._noticed: dict[str, set[str]] = {}  # connection id → failures shown since it last signed in
        self._dialog: Optional[QDialog] = None  # the plugin's dialog running over the main window
        self._dialog_tells_failures = False  # whether it shows the token status's failures itself

    def show_connections(self, edit: str = "") -> None:
        """The connections manager; ``edit``: the id of a connection whose editor opens in it at once."""
        from .connections_dialog import ConnectionsDialog  # lazily: QGIS starts faster

        dialog = ConnectionsDialog(self._service, self.status, parent=self._iface.mainWindow())
        if edit:
            QTimer.singleShot(0, lambda: dialog.edit_connection(edit))  # once the manager shows
        self._run(dialog, tells_failures=True)

    def show_add_layers(self) -> None:
        from .add_layers_dialog import AddLayersDialog

        dialog = AddLayersDialog(self._service, self.status, self._iface, parent=self._iface.mainWindow())
        self._run(dialog, tells_failures=False)

    def _run(self, dialog: QDialog, *, tells_failures: bool) -> None:
        outer = self._dialog, self._dialog_tells_failures  # a notice's button may open one over another
        self._dialog, self._dialog_tells_failures = dialog, tells_failures
        try:
            dialog.exec()
        finally:
            self._dialog, self._dialog_tells_failures = outer
        dialog.deleteLater()  # nothing of it stays in the main window

    def _dialog_in_view(self) -> Optional[QDialog]:
        """The plugin's dialog the user looks at, unless it is (or has opened) a connections manager,
        which tells each failure itself; None then, and when no plugin dialog runs."""
        dialog = self._dialog
        if dialog is None or self._dialog_tells_failures or getattr(dialog, "manager", None) is not None:
            return None
        return dialog

    def _notify_failure(self, connection_id: str, error: ExplainedError) -> None:
        connection = self._service.connection(connection_id)
        shown = self._noticed.setdefault(connection_id, set())
        if connection is None or str(error) in shown:
            return  # renewals retry: say it once, until the connection signs in again
        shown.add(str(error))
        message = texts.error_text(error)
        title = QCoreApplication.translate("PluginActions", "“{connection}” could not sign in").format(
            connection=connection.name
        )
        if self._dialog is None:
            Feedback(self._iface.messageBar()).action(
                title,
                message,
                QCoreApplication.translate("PluginActions", "Connections…"),
                self.show_connections,  # clicked(False): no editor
            )
        elif self._dialog_in_view() is not None:
            self._dialog_in_view().feedback.failure(title, message)

    def _notify_sign_in(self, connection_id: str, error: ExplainedError) -> None:
        """A browser connection needs the user to sign in (again): a button opens its editor."""
        connection = self._service.connection(connection_id)
        if connection is None:
            return  # the service asks once per message until the user signs in
        message = texts.error_text(error)
        title = QCoreApplication.translate("PluginActions", "“{connection}” needs a browser sign-in").format(
            connection=connection.name
        )
        if self._dialog is None:
            Feedback(self._iface.messageBar()).action(
                title,
                message,
                QCoreApplication.translate("PluginActions", "Sign In…"),
                lambda: self.show_connections(edit=connection_id),
            )
        elif self._dialog_in_view() is not None:
            self._dialog_in_view().feedback.warning(title, message)

    def _notify_edit_refused(self, _connection_id: str, error: ExplainedError) -> None:
        """ArcGIS refused edits being saved: QGIS's own message cannot say why (:mod:`..integration.edits`).
        Edits are saved from the main window, so its bar says it, every time."""
        title = QCoreApplication.translate("PluginActions", "Edits not saved")
        Feedback(self._iface.messageBar()).failure(title, texts.error_text(error))

    def _forget_notice(self, connection_id: str) -> None:
        if self.status.status(connection_id).state is State.SIGNED_IN:
            self._noticed.pop(connection_id, None)
