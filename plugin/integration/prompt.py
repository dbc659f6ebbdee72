"""Asking the user for a connection's secret through QGIS's own credentials prompt.

``QgsCredentials`` is QGIS's prompt: a dialog in QGIS desktop, and a
non-interactive "no" in a bare QgsApplication or qgis_process — so the same
call never hangs headless. It is only ever shown from the main thread, never
from inside a sign-in: a sign-in thread waiting for the user could hold up a
provider thread that QGIS's main thread is waiting for (QGIS's blocking
requests wait on a condition, not an event loop). After a refused password
it asks again with the reason, as ArcGIS Pro does, but at most
:data:`MAX_PROMPTS` times in a row and never again after the user cancels,
until the user acts (Renew now, or edits the connection).
"""

from __future__ import annotations

import logging
import textwrap
import threading
from typing import Optional

from qgis.core import QgsCredentials
from qgis.PyQt.QtCore import QCoreApplication

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.credentials import CredentialKind, Secret
from ..core.errors import ExplainedError
from ..translation import error_text

log = logging.getLogger(LOGGER_NAME).getChild("prompt")

MAX_PROMPTS = 3
# QGIS's credentials dialog shows the message in a label that does not wrap: the plugin breaks its
# lines itself, or one long reason makes the dialog as wide as the screen.
LINE_CHARACTERS = 72


class CredentialPrompt:
    """Per-connection prompt state; ``interactive`` is False headless (qgis_process, scripts).

    Sign-in threads :meth:`reserve` a prompt; the main thread shows it with
    :meth:`ask`. At most one prompt per connection is pending at a time.
    """

    def __init__(self, *, interactive: bool) -> None:
        self.interactive = interactive
        self._lock = threading.Lock()
        self._pending: set[str] = set()
        self._prompts: dict[str, int] = {}  # connection id → prompts since the user last acted
        self._gave_up: set[str] = set()

    def reset(self, connection_id: str) -> None:
        """The user acted (Renew now, edited the connection): prompting may start afresh."""
        with self._lock:
            self._prompts.pop(connection_id, None)
            self._gave_up.discard(connection_id)

    def reserve(self, connection_id: str) -> bool:
        """True when a prompt for the connection may be shown (and none is pending yet)."""
        with self._lock:
            allowed = (
                self.interactive
                and connection_id not in self._gave_up
                and connection_id not in self._pending
                and self._prompts.get(connection_id, 0) < MAX_PROMPTS
            )
            if allowed:
                self._pending.add(connection_id)
            return allowed

    def ask(self, connection: Connection, reason: Optional[ExplainedError]) -> Optional[tuple[str, Secret]]:
        """Main thread: ask for (username, secret); None when cancelled."""
        message = self._message(connection, reason)
        answer = self._get(connection.id, self._realm(connection), connection.username, message)
        if answer is None:
            log.info("Sign-in to “%s” cancelled by the user", connection.name)
            return None
        return (answer[0] or connection.username), answer[1]

    def ask_passphrase(self, config_id: str, config_name: str, reason: str) -> Optional[Secret]:
        """Main thread: the passphrase of a client certificate's key (:func:`passphrase_key` reserves it);
        None when cancelled."""
        what = QCoreApplication.translate("CredentialPrompt", "Enter the key's passphrase (in the password field).")
        answer = self._get(passphrase_key(config_id), config_name, config_id, _wrapped(f"{reason}\n\n{what}"))
        return answer[1] if answer is not None else None

    def _get(self, key: str, realm: str, username: str, message: str) -> Optional[tuple[str, Secret]]:
        with self._lock:
            self._pending.discard(key)
            self._prompts[key] = self._prompts.get(key, 0) + 1
        credentials = QgsCredentials.instance()
        # lock(): one credentials dialog at a time across QGIS, as QGIS's own callers do.
        credentials.lock()
        try:
            ok, typed_username, secret = credentials.get(realm, username, "", message)
        finally:
            credentials.unlock()
        if not ok or not secret:
            with self._lock:
                self._gave_up.add(key)
            return None
        return typed_username, Secret(secret)

    @staticmethod
    def _realm(connection: Connection) -> str:
        return f"{connection.name} — {connection.root.origin}"

    @staticmethod
    def _message(connection: Connection, reason: Optional[ExplainedError]) -> str:
        what = {
            CredentialKind.PASSWORD: QCoreApplication.translate(
                "CredentialPrompt", "Enter your ArcGIS user name and password."
            ),
            CredentialKind.API_KEY: QCoreApplication.translate(
                "CredentialPrompt", "Enter the API key (in the password field)."
            ),
            CredentialKind.APP: QCoreApplication.translate(
                "CredentialPrompt", "Enter the app's client ID (user name) and client secret (password)."
            ),
        }.get(connection.credential, QCoreApplication.translate("CredentialPrompt", "Enter the credentials."))
        return _wrapped(f"{error_text(reason)}\n\n{what}" if reason is not None else what)


def passphrase_key(config_id: str) -> str:
    """The prompt bookkeeping's key for a certificate's passphrase (connection ids hold no "#")."""
    return f"{config_id}#passphrase"


def _wrapped(text: str) -> str:
    """Each paragraph broken into lines of at most LINE_CHARACTERS (a URL longer than that stays whole)."""
    return "\n".join(
        textwrap.fill(line, LINE_CHARACTERS, break_long_words=False, break_on_hyphens=False) if line else ""
        for line in text.split("\n")
    )
