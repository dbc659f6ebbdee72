"""The network hooks: tokens onto QGIS's requests, and 498/499 replies noticed.

QGIS calls the request preprocessor for every request it creates, on the
thread that creates it (a provider's worker thread, a render thread, the main
thread for async requests), after the auth config has set its own header.
Two rules shape every line here:

* An exception escaping a Python preprocessor crashes QGIS. Each hook's whole
  body is guarded; the guard logs the failure type, never the request.
* The main thread must never wait on the network: there the engine answers
  from its cache only (``may_block=False``) and renews in the background.
  QGIS Server is the exception (``main_thread_may_wait``): it renders on its
  main thread, has no user to keep responsive, and runs no event loop between
  requests, so a request that finds the token stale renews it before it leaves.

Only URLs a connection owns are touched. For them the hook also stops QGIS's
network cache from answering (it keys responses by URL alone, so it would
serve one token's answer — or a 498 — to a request carrying another), and
stops Qt from following a redirect with the token on board: Qt copies every
header to wherever the redirect points. QGIS follows redirects with a new
request, which comes through this hook again and is signed only if its URL
is under a connection's root.

An edit request (a layer's addFeatures, updateFeatures, deleteFeatures) is
checked before it leaves, and its answer read: QGIS takes an ArcGIS refusal
of an edit for success (see :mod:`.edits`).
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
import threading
from typing import Callable, Optional

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QObject, Qt, QThread, QUrl, QUrlQuery
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest, QSsl, QSslCertificate, QSslKey

from ..compat import follow_no_redirect_in_qt
from ..core import LOGGER_NAME
from ..core.credentials import WebTier
from ..core.urls import redact
from .edits import REFUSED_EDIT_URL, check_edit, edited_layer, refused_reply
from .errors import PluginError
from .windows_sign_in import WindowsSignIn

log = logging.getLogger(LOGGER_NAME).getChild("injector")

# An ArcGIS error body, as far as the first bytes tell: HTTP 200 with
# {"error":{"code":498,...}} is the usual way servers refuse a token.
_TOKEN_ERROR_BODY = re.compile(rb'^\s*\{\s*"error"\s*:\s*\{[^{}]*?"code"\s*:\s*"?(498|499)\b')
_TOKEN_ERROR_STATUS = {498, 499}
_PEEK_BYTES = 256
_ERROR_BODY = re.compile(rb'^\s*\{\s*"error"\s*:')
_EDIT_PEEK_BYTES = 16384  # far more than an ArcGIS error body


def _on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _request_url(request: QNetworkRequest) -> str:
    return request.url().toString(QUrl.ComponentFormattingOption.FullyEncoded)


def _has_dot_segments(url: QUrl) -> bool:
    return any(segment in (".", "..") for segment in url.path(QUrl.ComponentFormattingOption.FullyEncoded).split("/"))


def _token_sent(request: QNetworkRequest) -> Optional[str]:
    """The token a request carried (header or ``token=``), so a burst of refusals renews once."""
    for header in (b"X-Esri-Authorization", b"Authorization"):
        value = bytes(request.rawHeader(header)).decode("latin-1").strip()
        if value[:7].lower() == "bearer ":
            return value[7:].strip()
    query = QUrlQuery(request.url())
    if query.hasQueryItem("token"):
        return query.queryItemValue("token", QUrl.ComponentFormattingOption.FullyDecoded)
    return None


class NetworkInjector:
    """Registers the request and reply preprocessors once, and removes them once.

    ``engine`` is the core TokenEngine: ``connection_for_url(url)``,
    ``auth_for_request(url, may_block=...)``, ``unsigned_url(url)``, ``invalidate(url)`` and ``http``.
    ``on_edit_refused(layer_url, error)`` hears, on QGIS's network thread, of
    edits ArcGIS refused (:mod:`.edits`). ``main_thread_may_wait``: QGIS Server's
    main thread signs in itself when it finds no fresh token (see the module doc).
    """

    def __init__(
        self,
        engine,
        on_edit_refused: Optional[Callable[[str, PluginError], None]] = None,
        *,
        main_thread_may_wait: bool = False,
    ) -> None:
        self._engine = engine
        self._on_edit_refused = on_edit_refused or (lambda _layer, _error: None)
        self._main_thread_may_wait = main_thread_may_wait
        self._reply_checker: Optional[_ReplyChecker] = None
        self._request_hook_id: Optional[str] = None
        self._reply_hook_id: Optional[str] = None
        self._web_tier = _WebTierSigner()
        self._windows_sign_in: Optional[WindowsSignIn] = None
        self.failures = 0  # guarded exceptions; tests read it

    @property
    def installed(self) -> bool:
        return self._request_hook_id is not None

    def install(self) -> None:
        if self.installed:
            return
        manager = QgsNetworkAccessManager.instance()
        self._reply_checker = _ReplyChecker(self)  # on the main thread: see _ReplyChecker
        self._windows_sign_in = WindowsSignIn(self._engine)  # on the main thread too
        self._request_hook_id = manager.setRequestPreprocessor(self._on_request)
        self._reply_hook_id = manager.setReplyPreprocessor(self._on_reply)

    def uninstall(self) -> None:
        manager = QgsNetworkAccessManager.instance()
        if self._request_hook_id is not None:
            manager.removeRequestPreprocessor(self._request_hook_id)
            self._request_hook_id = None
        if self._reply_hook_id is not None:
            manager.removeReplyPreprocessor(self._reply_hook_id)
            self._reply_hook_id = None
        if self._windows_sign_in is not None:
            self._windows_sign_in.close()
            self._windows_sign_in = None

    # -- requests --------------------------------------------------------------
    def _on_request(self, request: QNetworkRequest) -> None:
        try:
            self.apply(request)
        except BaseException as exc:  # noqa: BLE001 - anything escaping here crashes QGIS
            self._note_failure("request", exc)

    def apply(self, request: QNetworkRequest) -> bool:
        """Put the token on ``request`` if a connection owns its URL; True if it did."""
        url = request.url()
        if _has_dot_segments(url):
            # QGIS 3.22 resolves an ArcGIS vector tile style's relative sprite URL by appending it
            # (``…/resources/styles/../sprites/sprite.json``). The engine matches no URL with dot
            # segments, so the request is matched, and then sent, with them resolved, as Qt's HTTP
            # layer would send it anyway: the token goes where the request really goes.
            url = url.adjusted(QUrl.UrlFormattingOption.NormalizePathSegments)
        encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        may_block = self._main_thread_may_wait or not _on_main_thread()
        auth = self._engine.auth_for_request(encoded, may_block=may_block)
        if auth is None:
            unsigned = self._engine.unsigned_url(encoded)
            if unsigned is not None:
                # One of our tokens, in a URL no connection covers (a capabilities document's): not sent there.
                request.setUrl(QUrl.fromEncoded(unsigned.encode("ascii")))
            return False
        if may_block and edited_layer(encoded) is not None:
            # Checked before it leaves (:mod:`.edits`), where this thread may wait: QGIS desktop saves
            # edits from its network thread, and its main thread must not wait for a check.
            auth = check_edit(self._engine, encoded, auth, self._on_edit_refused)
        if auth is None:
            request.setUrl(REFUSED_EDIT_URL)  # fails at once: nothing is sent, QGIS keeps the edits
            return True
        if url != request.url():
            request.setUrl(url)
        for name, value in auth.headers.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        tier = self._engine.http.known_web_tier(encoded)
        if tier is not None:
            self._web_tier.apply(request, tier)
            windows_sign_in = self._windows_sign_in
            if tier.kind is WebTier.WINDOWS and windows_sign_in is not None:
                windows_sign_in.watch()  # Qt asks for NTLM credentials when the server challenges
        if auth.url is not None:
            request.setUrl(QUrl.fromEncoded(auth.url.encode("ascii")))
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
        )
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        follow_no_redirect_in_qt(request)
        return True

    # -- replies ---------------------------------------------------------------
    def _on_reply(self, request: QNetworkRequest, reply: QNetworkReply) -> None:
        try:
            url = _request_url(request)
            if self._engine.connection_for_url(url) is None:
                return  # not ours: leave the reply alone
            token = _token_sent(request)
            # Direct: the check runs on the reply's thread, before the reader takes the body.
            check = functools.partial(self._reply_checker.check, url, token, reply)
            try:
                reply.finished.connect(check, Qt.ConnectionType.DirectConnection)
            except RuntimeError:
                # Under parallel load sip now and then reports the reply's wrapper deleted
                # already; there is nothing to watch then (a later refused reply renews).
                return
        except BaseException as exc:  # noqa: BLE001 - anything escaping here crashes QGIS
            self._note_failure("reply", exc)

    def _check_reply(self, url: str, token: Optional[str], reply: QNetworkReply) -> None:
        try:
            if sip.isdeleted(reply):
                # Under load the wrapper handed to the reply hook is now and then already
                # invalid when the reply finishes; that one check is skipped (a later
                # refused reply still triggers the renewal).
                return
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            # peek() leaves the body for the provider that reads it next.
            refused = status in _TOKEN_ERROR_STATUS or bool(_TOKEN_ERROR_BODY.match(bytes(reply.peek(_PEEK_BYTES))))
            layer = edited_layer(url)
            if layer is not None and status == 200:  # QGIS itself reports an edit refused with an HTTP error
                self._check_edit_reply(url, layer, bytes(reply.peek(_EDIT_PEEK_BYTES)))
            if refused:
                log.info("The server refused the token for %s; renewing it", redact(url))
                # Edit operations take POST only: the token's transport is checked again at their layer.
                self._engine.invalidate(layer or url, token)
        except BaseException as exc:  # noqa: BLE001 - a slot raising aborts QGIS (PyQt5 ≥ 5.5)
            self._note_failure("reply check", exc)

    def _check_edit_reply(self, url: str, layer: str, body: bytes) -> None:
        """An edit request's answer is a refusal (a token revoked after its check): QGIS calls the edits
        saved, so the user is told they were not. Edit results are QGIS's to read."""
        if not _ERROR_BODY.match(body):
            return
        try:
            data = json.loads(body)
        except ValueError:
            return
        error = refused_reply(url, data, 200) if isinstance(data, dict) else None
        if error is not None:
            log.warning("%s", error)
            self._on_edit_refused(layer, error)

    def _note_failure(self, where: str, exc: BaseException) -> None:
        self.failures += 1
        with contextlib.suppress(BaseException):  # even logging must not escape
            # Only the type: a message could quote a URL with a token in it.
            log.error("Internal error in the %s hook (%s); the request was left unchanged", where, type(exc).__name__)


class _WebTierSigner:
    """A connection's web-tier sign-in on QGIS's requests to its servers (the token is on them already,
    in X-Esri-Authorization): Basic's ``Authorization``, or the client certificate in the request's TLS
    configuration — Qt's certificate and key made once per sign-in, then shared by every request.

    Windows (NTLM) authenticates connections, not requests: Qt answers the server's challenge, with
    the credentials :mod:`.windows_sign_in` gives it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ssl: dict[object, tuple[list[QSslCertificate], QSslKey]] = {}

    def apply(self, request: QNetworkRequest, tier) -> None:
        header = tier.basic_header()
        if header is not None:
            request.setRawHeader(b"Authorization", header.encode("latin-1"))
        if tier.certificate is None:
            return
        chain, key = self._material(tier)
        configuration = request.sslConfiguration()
        configuration.setLocalCertificateChain(chain)
        configuration.setPrivateKey(key)
        request.setSslConfiguration(configuration)

    def _material(self, tier) -> tuple[list[QSslCertificate], QSslKey]:
        with self._lock:
            found = self._ssl.get(tier)
            if found is None:
                chain = QSslCertificate.fromData(QByteArray(tier.certificate.certificate_pem), QSsl.EncodingFormat.Pem)
                pem = QByteArray(tier.certificate.key_pem.reveal().encode("ascii"))
                key = next(
                    (key for algorithm in (QSsl.KeyAlgorithm.Rsa, QSsl.KeyAlgorithm.Ec, QSsl.KeyAlgorithm.Dsa)
                     if not (key := QSslKey(pem, algorithm, QSsl.EncodingFormat.Pem)).isNull()),
                    QSslKey(),
                )  # fmt: skip
                found = self._ssl[tier] = (chain, key)
                if len(self._ssl) > 32:  # connections changed many times: keep the newest
                    self._ssl.pop(next(iter(self._ssl)))
            return found


class _ReplyChecker(QObject):
    """The receiver of the replies' ``finished`` signals; it lives on the main thread.

    PyQt makes a slot proxy for each connection, in the receiver's thread, and
    cleans it up there with a queued call when the reply is destroyed. Made for
    a plain function, the proxy stays on the thread that made the request: a
    worker of QGIS's thread pool, whose event loop is gone by then, so stale
    proxies pile up in PyQt's bookkeeping and crash QGIS (seen as SIGSEGV or
    SIGABRT under load). Bound to this object, they are cleaned up on the main
    thread.
    """

    def __init__(self, injector: NetworkInjector) -> None:
        super().__init__()
        self._injector = injector

    def check(self, url: str, token: Optional[str], reply: QNetworkReply) -> None:
        self._injector._check_reply(url, token, reply)
