"""The connections manager: the list, add / edit / duplicate / delete, and each token's status."""

from __future__ import annotations

import html
from typing import Optional

from qgis.PyQt.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer
from qgis.PyQt.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from qgis.PyQt.QtWidgets import QDialog, QHeaderView, QLabel, QMessageBox, QWidget

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
# A word-wrapped label tells its layout it needs one line, so the token panel squeezed a long message
# to a line or two, cut mid-line: it shows at most this many, ends a longer one with "…", and keeps all
# of it in its tooltip (the message bar's "Details…" has it too).
MESSAGE_LINES = 3


def elided_lines(text: str, font: QFont, width: int, lines: int) -> str:
    """``text`` as a word-wrapping label ``width`` pixels wide would show it in at most ``lines`` lines:
    the last one cut with "…" when it needs more."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # the same length: offsets stay valid
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as QLabel's word wrap breaks lines
    layout.setTextOption(option)
    starts = []
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
        line = layout.createLine()
    layout.endLayout()
    if len(starts) <= lines:
        return text
    last = starts[lines - 1]
    tail = QFontMetrics(font).elidedText(text[last:].replace("\n", " "), Qt.TextElideMode.ElideRight, width)
    return text[:last] + tail


def _hold_lines(label: QLabel) -> None:
    """What a word-wrapped label shows at its width becomes its minimum height: the layout then takes
    the room from the list, and the dialog cannot be made too short for it (otherwise the token panel
    is squeezed, its lines drawn over each other)."""
    label.setMinimumHeight(label.heightForWidth(label.width()) if label.text() else 0)


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
        self._message = ""  # the whole of what messageLabel shows at most MESSAGE_LINES of
        for label in (self.introLabel, self.messageLabel):  # wrapped: a new width, a new height
            label.installEventFilter(self)
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
            for label in (self.stateLabel, self.expiryLabel, self.serversLabel):
                label.clear()
            self._show_message("")
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
        self._show_message(status.message)
        self.renewButton.setText(self.tr("Renew Now") if status.state is State.SIGNED_IN else self.tr("Sign In Now"))
        self.renewButton.setEnabled(status.state is not State.SIGNING_IN)

    def _show_message(self, text: str) -> None:
        self._message = text
        self.messageLabel.setToolTip(f"<p>{html.escape(text)}</p>" if text else "")  # rich text: wrapped
        self.messageLabel.setVisible(bool(text))
        self._fit_message()

    def _fit_message(self) -> None:
        label = self.messageLabel
        label.setText(elided_lines(self._message, label.font(), label.contentsRect().width(), MESSAGE_LINES))
        _hold_lines(label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            if watched is self.messageLabel:
                self._fit_message()
            elif watched is self.introLabel:
                _hold_lines(self.introLabel)
        return super().eventFilter(watched, event)

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
            text = self.tr("Signed out of “{connection}” and forgot its stored secret: the next sign-in asks for it.")
        else:
            text = self.tr("Signed out of “{connection}”. Its layers sign in again when they next need a token.")
        self.feedback.success(text.format(connection=connection.name))

    def _signed_in(self, connection_id: str) -> None:
        connection = self._service.connection(connection_id)
        status = self._status.status(connection_id)
        if connection is None or status.state is not State.SIGNED_IN:
            return
        if status.expires is None:
            text = self.tr("Signed in to “{connection}”; the token does not expire.").format(connection=connection.name)
        else:
            text = self.tr("Signed in to “{connection}”; the new token expires at {expires}.").format(
                connection=connection.name, expires=texts.moment(status.expires)
            )
        self.feedback.success(text)

    def _failed(self, connection_id: str, error: ExplainedError) -> None:
        connection = self._service.connection(connection_id)
        if connection is not None:
            title = self.tr("“{connection}” could not sign in").format(connection=connection.name)
            self.feedback.failure(title, texts.error_text(error))

    def _sign_in_requested(self, connection_id: str, error: ExplainedError) -> None:
        connection = self._service.connection(connection_id)
        if connection is not None:
            self.feedback.action(
                self.tr("“{connection}” needs a browser sign-in").format(connection=connection.name),
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
        self.feedback.success(self.tr("Saved “{connection}”.").format(connection=connection.name))

    def delete(self) -> None:
        connection = self.selected()
        if connection is None:
            return
        self.confirmation = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete Connection"),
            self.tr(
                "Delete “{connection}”? Its stored credentials are deleted too, and layers that use it will no "
                "longer sign in."
            ).format(connection=connection.name),
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
        text = self.tr("Deleted “{connection}”.").format(connection=connection.name)
        if removed:
            text += " " + self.tr("Removed from QGIS's Browser: {servers}.").format(servers=", ".join(removed))
        self.feedback.success(text)
