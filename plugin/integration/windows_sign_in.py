"""Windows (NTLM) web-tier sign-in on QGIS's own requests.

NTLM signs in a TCP connection with a three-message handshake, so it cannot
travel on a request the way Basic's header or a client certificate does. Qt's
HTTP layer runs the handshake itself when a server answers ``401`` with
``WWW-Authenticate: NTLM``, and first asks for a user name and password
through its network manager's ``authenticationRequired`` signal. QGIS answers
that signal on every thread's network manager by passing the question to the
main thread's authentication handler. QGIS desktop's handler asks
``QgsCredentials`` for "<realm> at <host>", and that prompts the user unless
its cache holds an answer. Headless QGIS (qgis_process, QGIS Server, scripts)
has a handler that answers nothing. Python cannot replace the handler: QGIS
3.22 to 3.44 expose neither ``QgsNetworkAuthenticationHandler`` nor
``setAuthHandler`` to it.

So, for requests under a Windows web tier's server roots only, the answer is
given in two places:

* **Headless.** A slot on each thread's network manager, connected directly
  after QGIS's own, fills the authenticator QGIS's handler left empty.
* **Desktop.** Just before QGIS's handler runs for such a request
  (``requestRequiresAuth`` comes first, on the main thread), the credentials
  are put into QgsCredentials's cache under the key the handler reads. They
  are taken out again as soon as it has answered (``requestAuthDetailsAdded``),
  so no other request to that host finds them there.

Only NTLM and Negotiate challenges are answered, never Basic or Digest, whose
answer is the password itself: Qt records a realm for Basic and Digest
challenges (``options()["realm"]``, empty or not) but none for NTLM. A second
challenge on the same request means the password was refused. It is left to
QGIS: headless, the request fails; on the desktop, QGIS asks the user, as it
does for any server.

Only over HTTPS. Once given, the password is Qt's: each thread's network
manager caches it for the server's scheme, host and port, and answers that
origin's later challenges from the cache without asking — a Basic challenge
without a realm included (the emulator shows it). Over HTTPS only the server
itself can ask that. Over plain HTTP anyone on the network could, so there
QGIS's requests are left to QGIS (the plugin's own requests sign in with
requests-ntlm, which answers NTLM only).
"""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
import uuid
from typing import Optional

from qgis.core import QgsCredentials, QgsNetworkAccessManager, QgsNetworkRequestParameters
from qgis.PyQt.QtCore import QObject, Qt, QUrl
from qgis.PyQt.QtNetwork import QAuthenticator, QNetworkReply

from ..core import LOGGER_NAME
from ..core.credentials import WebTier
from ..core.webtier import WebTierAuth

log = logging.getLogger(LOGGER_NAME).getChild("windows_sign_in")

_WATCHED = "arcgisTokenAuthWindowsSignIn"  # a network manager's dynamic property: which install watches it
_PENDING_LIMIT = 512  # requests whose challenge may still come; older ones are forgotten


def _encoded(url: QUrl) -> str:
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def _qt_gets_the_password(url: QUrl, tier: Optional[WebTierAuth]) -> bool:
    """Whether Qt gets the Windows password for a request to ``url`` (see the module doc: HTTPS only)."""
    return (
        tier is not None and tier.kind is WebTier.WINDOWS and tier.password is not None and url.scheme() == "https"
    )


class WindowsSignIn(QObject):
    """Answers Qt's NTLM challenges on QGIS's requests to the servers of Windows web tiers (see the module
    doc). Made on the main thread; ``watch`` is called by the request hook, on any thread."""

    def __init__(self, engine) -> None:
        super().__init__()
        self._engine = engine
        self._install = uuid.uuid4().hex  # marks the network managers this instance is connected to
        self._main_manager = QgsNetworkAccessManager.instance()
        self._lock = threading.Lock()
        self._main_connected = False
        self._active = True
        # Main thread only: request id → (host, sign-in), then → (QgsCredentials key, sign-in) once seeded.
        self._pending: collections.OrderedDict[int, tuple[str, WebTierAuth]] = collections.OrderedDict()
        self._seeded: dict[int, tuple[str, WebTierAuth]] = {}

    def watch(self) -> None:
        """Called on the thread that creates a request for a Windows web tier's server, before it leaves."""
        if not self._active:
            return
        manager = QgsNetworkAccessManager.instance()  # this thread's
        if manager.property(_WATCHED) != self._install:
            # A property, not a set of ids: a finished thread's manager is deleted and its address reused.
            manager.setProperty(_WATCHED, self._install)
            manager.authenticationRequired.connect(self._answer, Qt.ConnectionType.DirectConnection)
        with self._lock:
            if self._main_connected:
                return
            self._main_connected = True
        # The desktop path follows every request from now on: connected only once a Windows web tier is used.
        main = self._main_manager
        main.requestAboutToBeCreated[QgsNetworkRequestParameters].connect(self._on_request_created)
        main.requestRequiresAuth.connect(self._on_requires_auth)
        main.requestAuthDetailsAdded.connect(self._on_auth_details_added)

    def close(self) -> None:
        """Stop answering (the plugin unloads). Worker threads' connections end with this object."""
        self._active = False
        with self._lock:
            connected, self._main_connected = self._main_connected, False
        if connected:
            main = self._main_manager
            with contextlib.suppress(TypeError, RuntimeError):
                main.requestAboutToBeCreated[QgsNetworkRequestParameters].disconnect(self._on_request_created)
                main.requestRequiresAuth.disconnect(self._on_requires_auth)
                main.requestAuthDetailsAdded.disconnect(self._on_auth_details_added)
        for key in {key for key, _tier in self._seeded.values()}:
            self._take_back(key)
        self._seeded.clear()

    # -- headless: the authenticator itself, on the request's thread ------------------------------------
    def _answer(self, reply: QNetworkReply, authenticator: QAuthenticator) -> None:
        try:
            if not self._active or "realm" in authenticator.options():
                return  # unloaded, or a Basic or Digest challenge: the Windows password never goes as those
            if authenticator.user():
                return  # answered already: by QGIS desktop's handler, or refused on an earlier challenge
            url = reply.url()
            tier = self._engine.http.known_web_tier(_encoded(url))
            if _qt_gets_the_password(url, tier):
                authenticator.setUser(tier.username)
                authenticator.setPassword(tier.password.reveal())
        except BaseException as exc:  # noqa: BLE001 - a slot raising aborts QGIS
            self._note_failure(exc)

    # -- desktop: QgsCredentials's cache, on the main thread, around QGIS's handler ---------------------
    def _on_request_created(self, parameters: QgsNetworkRequestParameters) -> None:
        try:
            url = parameters.request().url()
            tier = self._engine.http.known_web_tier(_encoded(url))
            if _qt_gets_the_password(url, tier):
                self._pending[parameters.requestId()] = (url.host(), tier)
                while len(self._pending) > _PENDING_LIMIT:
                    self._pending.popitem(last=False)
        except BaseException as exc:  # noqa: BLE001 - a slot raising aborts QGIS
            self._note_failure(exc)

    def _on_requires_auth(self, request_id: int, realm: str) -> None:
        try:
            pending = self._pending.pop(request_id, None)  # popped: a second challenge is not answered again
            if pending is None or realm or not self._active:
                return  # not ours, or a realm: Basic or Digest (see _answer)
            host, tier = pending
            key = f"{realm} at {host}"  # the key QGIS desktop's handler reads
            QgsCredentials.instance().put(key, tier.username, tier.password.reveal())
            self._seeded[request_id] = (key, tier)
        except BaseException as exc:  # noqa: BLE001 - a slot raising aborts QGIS
            self._note_failure(exc)

    def _on_auth_details_added(self, request_id: int, _realm: str, user: str, password: str) -> None:
        try:
            seeded = self._seeded.pop(request_id, None)
            if seeded is None:
                return
            key, tier = seeded
            if any(other == key for other, _tier in self._seeded.values()):
                return  # render threads challenged together: the next of them reads the same answer
            # The answer is in the cache still when the handler answered with it (QGIS desktop's puts it back
            # after reading it) or left the authenticator empty (headless: it never reads the cache).
            if (user, password) in ((tier.username, tier.password.reveal()), ("", "")):
                self._take_back(key)
        except BaseException as exc:  # noqa: BLE001 - a slot raising aborts QGIS
            self._note_failure(exc)

    @staticmethod
    def _take_back(key: str) -> None:
        """Remove a seeded answer from QgsCredentials's cache: reading an entry takes it out."""
        credentials = QgsCredentials.instance()
        try:
            credentials.get(key, "", "", "", False)  # requestCredentials=False: never prompts (QGIS 3.40 has it)
        except TypeError:  # QGIS 3.22 has no requestCredentials; the entry is there, so it does not prompt
            credentials.get(key, "", "", "")

    def _note_failure(self, exc: BaseException) -> None:
        with contextlib.suppress(BaseException):  # even logging must not escape
            log.error("Internal error answering a Windows sign-in (%s); QGIS's request was left to QGIS",
                      type(exc).__name__)  # fmt: skip
