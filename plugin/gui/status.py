"""Each connection's token state, as the dialogs and the main window's message bar show it.

One :class:`TokenStatus` lives as long as the plugin's GUI. What it says comes
from the token service (the engine's token of *that* connection, the last
error reported for it); it only adds that the user asked for a sign-in that
has not reported yet. Renewing and signing out go through it for that reason.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum
from typing import Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.errors import ExplainedError
from . import texts


class State(Enum):
    NOT_SIGNED_IN = "not_signed_in"
    SIGNING_IN = "signing_in"
    SIGNED_IN = "signed_in"
    FAILED = "failed"


@dataclass(frozen=True)
class Status:
    state: State
    expires: Optional[float] = None  # epoch seconds; None while signed in: the token does not expire
    error: Optional[ExplainedError] = None  # why signing in failed, or a warning about a working token

    @property
    def message(self) -> str:
        """The error in the user's language, or ""."""
        return texts.error_text(self.error) if self.error is not None else ""


class TokenStatus(QObject):
    """``changed(connection_id)`` whenever a connection's status may read differently;
    ``signed_in(connection_id)`` when a sign-in the user asked for succeeded;
    ``failed(connection_id, error)`` once per failure (the :class:`ExplainedError`)."""

    changed = pyqtSignal(str)
    signed_in = pyqtSignal(str)
    failed = pyqtSignal(str, object)

    def __init__(self, service, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._service = service
        self._signing_in: set[str] = set()  # the user asked, and nothing has been reported yet
        service.token_changed.connect(self._on_token_changed)
        service.error_reported.connect(self._on_error)

    def status(self, connection_id: str) -> Status:
        error = self._service.last_error(connection_id)
        if connection_id in self._signing_in:
            return Status(State.SIGNING_IN, error=error)
        signed_in, expires = self._token(connection_id)
        if signed_in and (expires is None or expires > time.time()):
            return Status(State.SIGNED_IN, expires, error)
        if error is not None:
            return Status(State.FAILED, error=error)
        return Status(State.NOT_SIGNED_IN)

    def _token(self, connection_id: str) -> tuple[bool, Optional[float]]:
        """Whether the connection holds a token of its own, and when it expires (the engine's answer:
        never another connection's to the same server)."""
        if self._service.connection(connection_id) is None:
            return False, None
        token = self._service.engine.status(connection_id).token
        return token is not None, token.expires if token is not None else None

    def describe(self, status: Status) -> str:
        """One line for lists: "Signed in, token expires in 54 min"."""
        if status.state is State.SIGNED_IN:
            if status.expires is None:
                return self.tr("Signed in, the token does not expire")
            return self.tr("Signed in, token expires in {time_left}").format(time_left=texts.time_left(status.expires))
        return {
            State.SIGNING_IN: self.tr("Signing in…"),
            State.FAILED: self.tr("Sign-in failed"),
            State.NOT_SIGNED_IN: self.tr("Not signed in"),
        }[status.state]

    # -- what the user asks for -------------------------------------------------
    def renew(self, connection_id: str) -> None:
        """Renew (or first get) the connection's token in the background."""
        self._signing_in.add(connection_id)
        self._service.renew_now(connection_id)
        self.changed.emit(connection_id)

    def sign_out(self, connection_id: str, *, forget_secret: bool) -> None:
        self._service.sign_out(connection_id, forget_secret=forget_secret)
        self.forget(connection_id)

    def forget(self, connection_id: str) -> None:
        """The connection was signed out, edited or deleted: no sign-in of it is awaited."""
        self._signing_in.discard(connection_id)
        self.changed.emit(connection_id)

    # -- the token service's signals (queued to the main thread) -----------------------
    def _on_token_changed(self, connection_id: str, _server_root: str, _expires: float) -> None:
        asked = connection_id in self._signing_in
        self._signing_in.discard(connection_id)
        self.changed.emit(connection_id)
        if asked:
            self.signed_in.emit(connection_id)

    def _on_error(self, connection_id: str, _server_root: str, error: ExplainedError) -> None:
        self._signing_in.discard(connection_id)
        self.changed.emit(connection_id)
        self.failed.emit(connection_id, error)
