"""The connections manager: the list, add / edit / duplicate / delete, and each token's status."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import QItemSelection, Qt, QTimer
from qgis.PyQt.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from ..core.connection import Connection
from ..core.errors import ExplainedError
from ..integration.browser import delete_browser_connections
from . import texts
from .connection_editor import ConnectionEditor
from .feedback import Feedback
from .models import ConnectionsModel
from .status import State, TokenStatus
from .ui_loader import form_class

REFRESH_MS = 15_000  # times to expiry are shown in minutes


class ConnectionsDialog(QDialog, form_class("connections_dialog")):
    def __init__(self, service, status: TokenStatus, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self._service = service
        self._status = status
        self.feedback = Feedback(self.messageBar)
        self.editor: Optional[ConnectionEditor] = None
        self.confirmation: Optional[QMessageBox] = None

        self.model = ConnectionsModel(service, status, self)
        self.connectionsView.setModel(self.model)
        header = self.connectionsView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ConnectionsModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConnectionsModel.URL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConnectionsModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.connectionsView.selectionModel().selectionChanged.connect(self._selection_changed)
        self.connectionsView.doubleClicked.connect(self.edit)

        self.addButton.clicked.connect(self.add)
        self.editButton.clicked.connect(self.edit)
        self.duplicateButton.clicked.connect(self.duplicate)
        self.deleteButton.clicked.connect(self.delete)
        self.renewButton.clicked.connect(self.renew)
        self.signOutButton.clicked.connect(self.sign_out)
        self.buttonBox.rejected.connect(self.reject)
        status.changed.connect(self._status_changed)
        status.signed_in.connect(self._signed_in)
        status.failed.connect(self._failed)
        service.sign_in_requested.connect(self._sign_in_requested)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(REFRESH_MS)
        if self.model.rowCount():
            self.connectionsView.selectRow(0)
        self._show_selected()

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> Optional[Connection]:
        rows = self.connectionsView.selectionModel().selectedRows()
        return self.model.connection(rows[0].row()) if rows else None

    def select(self, connection_id: str) -> None:
        row = self.model.row_of(connection_id)
        if row >= 0:
            self.connectionsView.selectRow(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _tick(self) -> None:
        self.model.refresh_status()
        self._show_selected()

    def _status_changed(self, connection_id: str) -> None:
        connection = self.selected()
        if connection is not None and connection.id == connection_id:
            self._show_selected()

    # -- the token panel -------------------------------------------------------------------
    def _show_selected(self) -> None:
        connection = self.selected()
        for widget in (self.editButton, self.duplicateButton, self.deleteButton, self.statusGroup):
            widget.setEnabled(connection is not None)
        if connection is None:
            for label in (self.stateLabel, self.expiryLabel, self.serversLabel, self.messageLabel):
                label.clear()
            return
        status = self._status.status(connection.id)
        self.stateLabel.setText(self._status.describe(status))
        if status.state is not State.SIGNED_IN:
            self.expiryLabel.setText("—")
        elif status.expires is None:
            self.expiryLabel.setText(self.tr("never"))
        else:
            self.expiryLabel.setText(texts.moment(status.expires))
        self.serversLabel.setText("\n".join(self._service.engine.server_roots(connection.id)))
        self.messageLabel.setText(status.message)
        self.messageLabel.setVisible(bool(status.message))
        self.renewButton.setText(self.tr("Renew Now") if status.state is State.SIGNED_IN else self.tr("Sign In Now"))
        self.renewButton.setEnabled(status.state is not State.SIGNING_IN)

    def renew(self) -> None:
        connection = self.selected()
        if connection is not None:
            self._status.renew(connection.id)

    def sign_out(self) -> None:
        connection = self.selected()
        if connection is None:
            return
        forget = self.forgetSecretCheck.isChecked()
        self._status.sign_out(connection.id, forget_secret=forget)
        self.forgetSecretCheck.setChecked(False)
        if forget:
            text = self.tr("Signed out of “%1” and forgot its stored secret: the next sign-in asks for it.")
        else:
            text = self.tr("Signed out of “%1”. Its layers sign in again when they next need a token.")
        self.feedback.success(text.replace("%1", connection.name))

    def _signed_in(self, connection_id: str) -> None:
        connection = self._service.connection(connection_id)
        status = self._status.status(connection_id)
        if connection is None or status.state is not State.SIGNED_IN:
            return
        if status.expires is None:
            text = self.tr("Signed in to “%1”; the token does not expire.").replace("%1", connection.name)
        else:
            text = self.tr("Signed in to “%1”; the new token expires at %2.").replace("%1", connection.name)
            text = text.replace("%2", texts.moment(status.expires))
        self.feedback.success(text)

    def _failed(self, connection_id: str, error: ExplainedError) -> None:
        connection = self._service.connection(connection_id)
        if connection is not None:
            title = self.tr("“%1” could not sign in").replace("%1", connection.name)
            self.feedback.failure(title, texts.error_text(error))

    def _sign_in_requested(self, connection_id: str, error: ExplainedError) -> None:
        connection = self._service.connection(connection_id)
        if connection is not None:
            self.feedback.action(
                self.tr("“%1” needs a browser sign-in").replace("%1", connection.name),
                texts.error_text(error),
                self.tr("Sign In…"),
                lambda: self.edit_connection(connection_id),
            )

    # -- add / edit / duplicate / delete --------------------------------------------------------
    def edit_connection(self, connection_id: str) -> None:
        """Open the editor of that connection (a notice's button: sign in again there)."""
        connection = self._service.connection(connection_id)
        if connection is not None and self.editor is None:
            self.select(connection_id)
            self._open_editor(connection, duplicate=False)

    def add(self) -> None:
        self._open_editor(None, duplicate=False)

    def edit(self) -> None:
        connection = self.selected()
        if connection is not None:
            self._open_editor(connection, duplicate=False)

    def duplicate(self) -> None:
        connection = self.selected()
        if connection is not None:
            self._open_editor(connection, duplicate=True)

    def _open_editor(self, connection: Optional[Connection], *, duplicate: bool) -> None:
        # open(), not exec(): no nested event loop; the editor reports through saved().
        self.editor = ConnectionEditor(self._service, connection, duplicate=duplicate, parent=self)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.saved.connect(self._saved)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()

    def _editor_closed(self) -> None:
        self.editor = None

    def _saved(self, connection: Connection) -> None:
        self._status.forget(connection.id)  # its tokens went with the old settings
        self.model.reload()
        self.select(connection.id)
        self.feedback.success(self.tr("Saved “%1”.").replace("%1", connection.name))

    def delete(self) -> None:
        connection = self.selected()
        if connection is None:
            return
        self.confirmation = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete Connection"),
            self.tr(
                "Delete “%1”? Its stored credentials are deleted too, and layers that use it will no longer sign in."
            ).replace("%1", connection.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirmation.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirmation.buttonClicked.connect(
            lambda button: self._confirmed_delete(connection, self.confirmation.standardButton(button))
        )
        self.confirmation.open()

    def _confirmed_delete(self, connection: Connection, answer) -> None:
        self.confirmation = None
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._service.delete_connection(connection.id)
        # QGIS's Browser entries would point at a deleted auth config.
        removed = delete_browser_connections(connection.id)
        self.model.reload()
        self._status.forget(connection.id)
        if self.model.rowCount():
            self.connectionsView.selectRow(0)
        self._show_selected()
        text = self.tr("Deleted “%1”.").replace("%1", connection.name)
        if removed:
            text += " " + self.tr("Removed from QGIS's Browser: %1.").replace("%1", ", ".join(removed))
        self.feedback.success(text)
