"""One browser sign-in: the system browser, a loopback listener, the code exchange (RFC 8252).

:class:`BrowserSignIn` opens the system browser (``QDesktopServices.openUrl``)
on the portal's sign-in page and listens for the redirect that brings the
authorization code back:

* on ``127.0.0.1`` only, on a port the system picks, and only while this sign-in
  runs: the listener is closed before the outcome is announced, so it never
  outlives the sign-in;
* a request must come to the loopback address itself (``Host``: no DNS
  rebinding) and carry this sign-in's ``state``; the first such request wins;
* the code is exchanged (with the PKCE verifier) on the listener's thread, and
  the browser is answered with what happened — "Signed in as …, you can close
  this tab" or why not;
* it ends by itself after ``timeout`` seconds (a user who closed the tab), or
  when :meth:`BrowserSignIn.cancel` is called.

Threads: finding the portal, listening and the exchange run on one worker
thread; only opening the browser and announcing the outcome happen on the main
thread, through queued signals. Nothing here blocks the main thread. The
authorization code, the verifier and the tokens are never logged; the page
the browser gets back holds none of them.
"""

from __future__ import annotations

import html
import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Optional, Union
from urllib.parse import parse_qsl, urlsplit

from qgis.PyQt.QtCore import QCoreApplication, QObject, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.credentials import CredentialKind, Secret
from ..core.discovery import ServerInfo
from ..core.errors import (
    ArcGISAuthError,
    BrowserSignInCancelledError,
    BrowserSignInError,
    BrowserSignInTimeoutError,
    BrowserUnavailableError,
    UnsupportedCredentialError,
)
from ..core.http import HttpClient
from ..core.oauth import (
    DEFAULT_SIGN_IN_MINUTES,
    LOOPBACK_HOST,
    SIGN_IN_TIMEOUT,
    Authorization,
    BrowserGrant,
    exchange_code,
)
from ..core.oauth import loopback_redirect_uri as redirect_uri_for
from ..translation import error_text

log = logging.getLogger(LOGGER_NAME).getChild("browser_signin")

POLL_INTERVAL = 0.05  # how soon the listener notices a cancel or the timeout
REQUEST_TIMEOUT = 10.0  # a browser connection that sends nothing (a speculative pre-connect) is dropped
Opener = Callable[[QUrl], bool]  # QDesktopServices.openUrl's signature
Outcome = Union[BrowserGrant, ArcGISAuthError]
Page = tuple[int, str, str]  # HTTP status, title, message


class BrowserSignIn(QObject):
    """A browser sign-in for ``connection`` (credential kind ``browser``): create, connect, :meth:`start`.

    Exactly one of ``succeeded(username)`` or ``failed(error)`` is emitted, on the
    main thread, once the listener is closed; ``error`` is an
    :class:`~..core.errors.ArcGISAuthError` whose ``str()`` is the user's message.
    Afterwards :attr:`username` and :attr:`secret` (the sign-in, to store as the
    connection's secret) or :attr:`error` hold the outcome.
    """

    succeeded = pyqtSignal(str)
    failed = pyqtSignal(object)
    _open_browser = pyqtSignal(str)  # the authorize URL: to the main thread
    _ended = pyqtSignal(object)  # Outcome: to the main thread

    def __init__(
        self,
        connection: Connection,
        http: HttpClient,
        discover: Callable[[str], ServerInfo],
        *,
        opener: Optional[Opener] = None,
        timeout: float = SIGN_IN_TIMEOUT,
        port: int = 0,
        expiration_minutes: Optional[int] = DEFAULT_SIGN_IN_MINUTES,
        on_finished: Optional[Callable[[BrowserSignIn], None]] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        """``opener`` replaces the system browser (tests); ``port`` 0 lets the system pick a free one
        (give one only when the app's registration names an exact port); ``expiration_minutes`` is
        the refresh token's lifetime asked for (organisations may allow less); ``on_finished`` is
        called on the main thread before either signal (the token service stores the sign-in)."""
        super().__init__(parent)
        if connection.credential is not CredentialKind.BROWSER or not connection.client_id:
            raise ValueError("a browser sign-in needs a connection of kind 'browser' with the app's client ID")
        self.connection = connection
        self.username = ""
        self.secret: Optional[Secret] = None
        self.error: Optional[ArcGISAuthError] = None
        self.done = False
        self.redirect_uri = ""  # known once the listener listens
        self._on_finished = on_finished
        self._http = http
        self._discover = discover
        self._opener: Opener = opener or QDesktopServices.openUrl
        self._timeout = timeout
        self._port = port
        self._expiration = expiration_minutes
        self._cancelled = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._listener: Optional[_Listener] = None
        self._open_browser.connect(self._open)
        self._ended.connect(self._end)

    # -- what the caller does ------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("a BrowserSignIn runs once; make a new one to sign in again")
        self._thread = threading.Thread(target=self._run, name="arcgis-token-auth-browser-sign-in", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """End the sign-in now (the user clicked Cancel, or the plugin unloads); ``failed`` follows."""
        self._cancelled.set()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float) -> bool:
        """Block until the listener is closed (unload); True if it is. The signals still need the event loop."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.is_running()

    # -- the worker thread ---------------------------------------------------------------
    def _run(self) -> None:
        outcome: Outcome
        try:
            outcome = self._sign_in()
        except ArcGISAuthError as error:
            outcome = error
        except Exception:  # a bug: the user still gets an answer, the log gets the traceback
            log.exception("The browser sign-in of “%s” failed", self.connection.name)
            outcome = BrowserSignInError(self.connection.root.origin, detail="internal error")
        try:
            self._ended.emit(outcome)
        except RuntimeError:  # the plugin was unloaded meanwhile: nobody is left to tell
            log.debug("“%s”: the browser sign-in ended after the plugin", self.connection.name)

    def _sign_in(self) -> Outcome:
        info = self._discover(self.connection.url)
        if info.portal is None:  # a standalone server has no OAuth2 sign-in
            raise UnsupportedCredentialError(info.root.origin, detail="browser sign-in needs a portal")
        if self._cancelled.is_set():  # while the portal was looked up: no browser opens
            raise BrowserSignInCancelledError(info.portal.origin, detail="cancelled in QGIS")
        try:
            listener = _Listener(self._port, self)
        except OSError as exc:
            detail = f"cannot listen on {LOOPBACK_HOST}:{self._port} ({exc.strerror})"
            raise BrowserSignInError(info.portal.origin, detail=detail) from None
        with listener:
            self._listener = listener
            try:
                self.redirect_uri = redirect_uri_for(listener.port)
                authorization = Authorization.new(info.portal, self.connection.client_id, self.redirect_uri,
                                                  expiration_minutes=self._expiration)  # fmt: skip
                listener.expect(authorization)
                log.info("“%s”: signing in through the browser at %s", self.connection.name, info.portal.origin)
                self._open_browser.emit(authorization.url)
                return listener.serve(time.monotonic() + self._timeout, self._cancelled)
            finally:
                self._listener = None

    def exchange(self, authorization: Authorization, code: Secret) -> BrowserGrant:
        """The listener's call, on its thread: the code → the tokens."""
        return exchange_code(self._http, authorization, code, now=time.time(),
                             allow_plain_http=self.connection.allow_plain_http)  # fmt: skip

    # -- the main thread -----------------------------------------------------------------
    def _open(self, url: str) -> None:
        try:
            opened = self._opener(QUrl.fromEncoded(url.encode("ascii")))
        except Exception:  # a failing opener is a browser that did not open
            log.exception("Opening the browser failed")
            opened = False
        if not opened:
            listener = self._listener
            if listener is not None:
                listener.finish(BrowserUnavailableError(self.connection.root.origin))

    def _end(self, outcome: Outcome) -> None:
        self.done = True
        if isinstance(outcome, ArcGISAuthError):
            self.error = outcome
            level = logging.INFO if isinstance(outcome, BrowserSignInCancelledError) else logging.WARNING
            log.log(level, "“%s”: %s [%s: %s]", self.connection.name, outcome, type(outcome).__name__, outcome.detail)
        else:
            assert outcome.session is not None  # noqa: S101 - exchange_code() guarantees a refresh token
            self.username = outcome.username
            self.secret = outcome.session.to_secret()
            log.info("“%s”: signed in through the browser as %s", self.connection.name, self.username or "?")
        if self._on_finished is not None:
            self._on_finished(self)
        if self.error is not None:
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(self.username)


class _Listener:
    """The loopback HTTP listener of one sign-in: takes the first redirect that carries its state."""

    def __init__(self, port: int, sign_in: BrowserSignIn) -> None:
        self._sign_in = sign_in
        self._server = _Server((LOOPBACK_HOST, port), _Handler)
        self._server.listener = self
        self._server.timeout = POLL_INTERVAL
        self.port: int = self._server.server_address[1]
        self.authorization: Optional[Authorization] = None
        self._lock = threading.Lock()
        self._claimed = False  # a request with the right state is being answered
        self._outcome: Optional[Outcome] = None

    def __enter__(self) -> _Listener:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.server_close()

    def expect(self, authorization: Authorization) -> None:
        self.authorization = authorization

    def serve(self, deadline: float, cancelled: threading.Event) -> Outcome:
        """Answer requests until the sign-in has an outcome, the deadline passes or it is cancelled."""
        origin = self._sign_in.connection.root.origin
        while True:
            with self._lock:
                if self._outcome is not None:
                    return self._outcome
                # A code being exchanged is let finish: the user did sign in.
                if not self._claimed and cancelled.is_set():
                    self._outcome = BrowserSignInCancelledError(origin, detail="cancelled in QGIS")
                elif not self._claimed and time.monotonic() >= deadline:
                    self._outcome = BrowserSignInTimeoutError(origin, detail="no redirect arrived")
            self._server.handle_request()

    def claim(self) -> bool:
        """Whether this request may complete the sign-in (it has the state, and none came before)."""
        with self._lock:
            if self._claimed or self._outcome is not None:
                return False
            self._claimed = True
            return True

    def finish(self, outcome: Outcome) -> bool:
        """Set the outcome unless there is one already (the first one counts); True if set."""
        with self._lock:
            if self._outcome is not None:
                return False
            self._outcome = outcome
            return True

    def answer(self, query: dict[str, str]) -> tuple[Page, Optional[Outcome]]:
        """The page for a request to the listener, and the sign-in's outcome if this request decides it.

        The caller sets that outcome (:meth:`finish`) once the page is sent, so the
        browser has its answer before the listener closes.
        """
        authorization = self.authorization
        if authorization is None or not ({"code", "error", "state"} & set(query)):
            nothing = QCoreApplication.translate("BrowserSignIn", "This address only receives the answer of a sign-in.")
            return (400, QCoreApplication.translate("BrowserSignIn", "Nothing to do here"), nothing), None
        failed = QCoreApplication.translate("BrowserSignIn", "Sign-in failed")
        try:
            code = authorization.code_from(query)
        except ArcGISAuthError as error:
            # An answer QGIS did not ask for (wrong state) or a refusal ends the sign-in,
            # unless a good answer is being handled already.
            with self._lock:
                decided = self._claimed or self._outcome is not None
            return (400, failed, error_text(error)), None if decided else error
        if not self.claim():
            ended = QCoreApplication.translate("BrowserSignIn", "This sign-in has already ended. Return to QGIS.")
            return (409, QCoreApplication.translate("BrowserSignIn", "Sign-in already handled"), ended), None
        try:
            grant = self._sign_in.exchange(authorization, code)
        except ArcGISAuthError as error:
            return (400, failed, error_text(error)), error
        except Exception:  # a bug: the sign-in must still end
            log.exception("Exchanging the authorization code failed")
            error = BrowserSignInError(authorization.portal.origin, detail="internal error")
            return (500, failed, error_text(error)), error
        text = QCoreApplication.translate(
            "BrowserSignIn", "Signed in as {name}. You can close this tab and return to QGIS."
        ).format(name=grant.username or self._sign_in.connection.name)
        return (200, QCoreApplication.translate("BrowserSignIn", "Signed in"), text), grant


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a stalled browser connection never holds the plugin up
    block_on_close = False
    listener: _Listener

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Silent: a browser closing its connection early is no error (and tracebacks could hold the URL)."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = REQUEST_TIMEOUT
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers after the answer
    server_version = "ArcGIS-Token-Auth"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Silent: the request line holds the authorization code."""

    def do_GET(self) -> None:
        listener = self.server.listener
        url = urlsplit(self.path)
        if self.headers.get("Host", "") != f"{LOOPBACK_HOST}:{listener.port}":
            self._page(
                421,
                QCoreApplication.translate("BrowserSignIn", "Wrong address"),
                QCoreApplication.translate("BrowserSignIn", "Open this page at the address the sign-in redirected to."),
            )
        elif url.path != "/":
            self._page(
                404,
                QCoreApplication.translate("BrowserSignIn", "Not found"),
                QCoreApplication.translate("BrowserSignIn", "This address only receives the answer of a sign-in."),
            )
        else:
            page, outcome = listener.answer(dict(parse_qsl(url.query, keep_blank_values=True)))
            try:
                self._page(*page)
            finally:  # even when the browser went away: the sign-in must end
                if outcome is not None:
                    listener.finish(outcome)

    def _page(self, status: int, title: str, message: str) -> None:
        title, message = html.escape(title), html.escape(message)
        body = (
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
            "<style>body{font-family:sans-serif;margin:3em auto;max-width:40em;line-height:1.5}</style>"
            f"</head><body><h1>{title}</h1><p>{message}</p><p><small>ArcGIS Token Auth · QGIS</small></p>"
            "</body></html>"
        )
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        # The page's URL holds the code: keep it out of caches and of any Referer.
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()
