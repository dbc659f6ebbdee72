"""Asking the user for a connection's secret through QGIS's own credentials prompt.

``QgsCredentials`` is QGIS's thread-safe prompt: a dialog in QGIS desktop
(asked from a worker thread, it waits for the main thread's answer), and a
non-interactive "no" in a bare QgsApplication or qgis_process — so the same
call never hangs headless. After a refused password it asks again with the
reason, as ArcGIS Pro does, but at most :data:`MAX_PROMPTS` times in a row
and never again after the user cancels, until the user acts (Renew now, or
edits the connection).
"""

from __future__ import annotations

import logging
import threading
from typing import Optional

from qgis.core import QgsCredentials
from qgis.PyQt.QtCore import QCoreApplication

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.credentials import CredentialKind, Secret

log = logging.getLogger(LOGGER_NAME).getChild("prompt")

MAX_PROMPTS = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("CredentialPrompt", text)


class CredentialPrompt:
    """Per-connection prompt state; ``interactive`` is False headless (qgis_process, scripts)."""

    def __init__(self, *, interactive: bool) -> None:
        self.interactive = interactive
        self._lock = threading.Lock()
        self._refused: dict[str, str] = {}  # connection id → why the last secret failed
        self._prompts: dict[str, int] = {}  # connection id → prompts since the user last acted
        self._gave_up: set[str] = set()

    def secret_refused(self, connection_id: str, reason: str) -> None:
        with self._lock:
            self._refused[connection_id] = reason

    def reset(self, connection_id: str) -> None:
        """The user acted (Renew now, edited the connection): prompting may start afresh."""
        with self._lock:
            self._refused.pop(connection_id, None)
            self._prompts.pop(connection_id, None)
            self._gave_up.discard(connection_id)

    def must_ask(self, connection_id: str) -> bool:
        """True when the stored secret is known to be refused and the user may be asked."""
        with self._lock:
            return connection_id in self._refused and self._may_ask(connection_id)

    def _may_ask(self, connection_id: str) -> bool:
        return (
            self.interactive
            and connection_id not in self._gave_up
            and self._prompts.get(connection_id, 0) < MAX_PROMPTS
        )

    def ask(self, connection: Connection) -> Optional[tuple[str, Secret]]:
        """Ask for (username, secret); None when not interactive, cancelled or asked too often."""
        with self._lock:
            if not self._may_ask(connection.id):
                return None
            self._prompts[connection.id] = self._prompts.get(connection.id, 0) + 1
            reason = self._refused.get(connection.id)
        message = self._message(connection, reason)
        credentials = QgsCredentials.instance()
        # lock(): one prompt at a time, even when several workers need a secret at once.
        credentials.lock()
        try:
            ok, username, secret = credentials.get(self._realm(connection), connection.username, "", message)
        finally:
            credentials.unlock()
        if not ok or not secret:
            with self._lock:
                self._gave_up.add(connection.id)
            log.info("Sign-in to “%s” cancelled by the user", connection.name)
            return None
        with self._lock:
            self._refused.pop(connection.id, None)
        return (username or connection.username), Secret(secret)

    @staticmethod
    def _realm(connection: Connection) -> str:
        return f"{connection.name} — {connection.root.origin}"

    @staticmethod
    def _message(connection: Connection, reason: Optional[str]) -> str:
        what = {
            CredentialKind.PASSWORD: tr("Enter your ArcGIS user name and password."),
            CredentialKind.API_KEY: tr("Enter the API key (in the password field)."),
            CredentialKind.APP: tr("Enter the app's client ID (user name) and client secret (password)."),
        }.get(connection.credential, tr("Enter the credentials."))
        return f"{reason}\n\n{what}" if reason else what
