"""Web-tier sign-in: what the web server in front of ArcGIS asks for before ArcGIS sees a request.

Enterprise sites put IIS (ArcGIS Web Adaptor) or a reverse proxy in front of
their portal and servers and let it authenticate users: with a client
certificate in the TLS handshake (PKI, smart cards), with Windows credentials
(NTLM, Negotiate) or HTTP Basic. ArcGIS then issues tokens to whoever the web
tier let through (``generateToken`` without a password), and every request —
the token's included — must pass the web tier again. So a connection with a
web tier carries two things on each request to its servers: the web tier's
credentials (a certificate, or ``Authorization``) and the ArcGIS token, which
then travels in ``X-Esri-Authorization`` because ``Authorization`` is taken.

:class:`WebTierAuth` is that material, held in memory while the connection
is used (a web tier asks on every request; nothing of it is written
anywhere). The HTTP client (:mod:`.http`) applies it to the requests under the
connection's server roots only, redirects included; the QGIS layer applies it
to QGIS's own requests the same way.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import os
import ssl
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from .credentials import Secret, WebTier


@dataclass(frozen=True)
class ClientCertificate:
    """A client certificate with its private key, as PEM: the certificate first, then its chain."""

    certificate_pem: bytes
    key_pem: Secret  # unencrypted: QGIS's auth database has decrypted it (and knows its passphrase)

    def load_into(self, context: ssl.SSLContext) -> None:
        """Present this certificate in ``context``'s handshakes. Python's ``ssl`` reads key files only: the
        key is written to a private temporary file (0600, in a 0700 folder) for the moment of loading."""
        with tempfile.TemporaryDirectory(prefix="arcgis-token-auth-") as folder:
            certificate, key = Path(folder, "certificate.pem"), Path(folder, "key.pem")
            for path, data in ((certificate, self.certificate_pem), (key, self.key_pem.reveal().encode("ascii"))):
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "wb") as file:
                    file.write(data)
            try:
                context.load_cert_chain(certificate, key)
            finally:
                with contextlib.suppress(OSError):
                    key.unlink()


@dataclass(frozen=True, eq=False)
class WebTierAuth:
    """One connection's web-tier credentials (compared by identity: a session is kept per certificate)."""

    kind: WebTier
    username: str = ""
    password: Optional[Secret] = None
    certificate: Optional[ClientCertificate] = None

    @property
    def binds_connections(self) -> bool:
        """Whether the sign-in belongs to the TCP connection (TLS client certificate, NTLM), not the request."""
        return self.certificate is not None or self.kind is WebTier.WINDOWS

    def requests_auth(self) -> Any:
        """The ``requests`` auth object that answers the web tier's 401, or None (a certificate needs none)."""
        if self.kind is WebTier.BASIC and self.password is not None:
            return _basic_auth_class()(self)
        if self.kind is WebTier.WINDOWS and self.password is not None:
            from requests_ntlm import HttpNtlmAuth  # optional: ntlm_unavailable_reason() says so first

            return HttpNtlmAuth(self.username, self.password.reveal())
        return None

    def basic_header(self) -> Optional[str]:
        """``Authorization``'s value for a Basic web tier (QGIS's requests carry it); None otherwise."""
        if self.kind is not WebTier.BASIC or self.password is None:
            return None
        pair = f"{self.username}:{self.password.reveal()}"
        try:
            encoded = pair.encode("latin-1")  # what servers expect by default
        except UnicodeEncodeError:
            encoded = pair.encode("utf-8")  # RFC 7617's charset="UTF-8"
        return "Basic " + base64.b64encode(encoded).decode("ascii")

    def __repr__(self) -> str:  # never the password or the key
        return f"WebTierAuth({self.kind.value}, {self.username!r})"


def ntlm_unavailable_reason() -> Optional[str]:
    """Why Windows (NTLM) web-tier sign-in cannot work here; None when it can."""
    try:
        import requests_ntlm  # noqa: F401 - optional, like keyring
    except ImportError:
        return "the Python package requests-ntlm is not installed (pip install requests-ntlm)"
    return None


@functools.lru_cache(maxsize=1)
def _basic_auth_class() -> type:
    """``requests``' Basic auth from a :class:`WebTierAuth` (a class made when first needed: ``requests`` is
    imported then, not as QGIS starts)."""
    from requests.auth import AuthBase

    class SecretBasicAuth(AuthBase):
        def __init__(self, auth: WebTierAuth) -> None:
            self._auth = auth

        def __call__(self, request: Any) -> Any:
            request.headers["Authorization"] = self._auth.basic_header()
            return request

    return SecretBasicAuth


class WebTierSource:
    """Where a connection's :class:`WebTierAuth` comes from: ``resolve`` is called when a request first
    needs it (the QGIS layer may read the auth database then), and its answer kept while the connection
    stays as it is. ``covers(url)``: whether a URL is one of the connection's servers (a connection being
    tested before it is saved is in no routing table)."""

    def __init__(self, resolve: Callable[[], WebTierAuth], covers: Callable[[str], bool] = lambda _url: True) -> None:
        self._resolve = resolve
        self.covers = covers
        self._lock = threading.Lock()
        self._auth: Optional[WebTierAuth] = None

    def peek(self) -> Optional[WebTierAuth]:
        """The sign-in if it was resolved already; never waits (QGIS's main thread asks)."""
        return self._auth

    def auth(self) -> WebTierAuth:
        with self._lock:  # one resolution, whoever asks first; a failure is not kept (the next asks again)
            if self._auth is None:
                self._auth = self._resolve()
            return self._auth
