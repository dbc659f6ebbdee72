"""QGIS's network settings, in the form the token engine's ``requests`` session takes.

``requests`` knows nothing of QGIS: without this, token requests would ignore
the proxy configured in QGIS's Options and the CA certificates users add to
QGIS's authentication database (a corporate CA, a test CA).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyQuery

_PROXY_SCHEMES = {
    QNetworkProxy.ProxyType.HttpProxy: "http",
    QNetworkProxy.ProxyType.HttpCachingProxy: "http",
    QNetworkProxy.ProxyType.Socks5Proxy: "socks5h",
}


def _proxy_url(proxy: QNetworkProxy) -> str | None:
    scheme = _PROXY_SCHEMES.get(proxy.type())
    if scheme is None or not proxy.hostName():
        return None
    url = QUrl()
    url.setScheme(scheme)
    url.setHost(proxy.hostName())
    url.setPort(proxy.port())
    if proxy.user():
        url.setUserName(proxy.user())
        url.setPassword(proxy.password())
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def proxies_for(url: str) -> dict[str, str]:
    """The ``requests`` proxies QGIS would use for ``url`` (empty: connect directly).

    Asks QGIS's own proxy factory, so that the "no proxy for" list and
    per-URL factories of QGIS's Options apply exactly as for QGIS's requests.
    """
    manager = QgsNetworkAccessManager.instance()
    query = QNetworkProxyQuery(QUrl(url))
    factory = manager.proxyFactory()
    candidates = factory.queryProxy(query) if factory is not None else [manager.proxy()]
    for proxy in candidates:
        if proxy.type() == QNetworkProxy.ProxyType.NoProxy:
            return {}
        proxy_url = _proxy_url(proxy)
        if proxy_url:
            return {"http": proxy_url, "https": proxy_url}
    return {}


def trusted_ca_pem() -> bytes:
    """Every CA QGIS trusts (system and auth DB), as PEM; QGIS keeps this cache current itself (its
    Certificate Manager rebuilds it)."""
    return bytes(QgsApplication.authManager().trustedCaCertsPemText())


def write_ca_bundle(path: Path, pem: bytes) -> Path:
    """Write ``pem`` (:func:`trusted_ca_pem`) to ``path``, atomically.

    CA certificates are public: the file holds nothing secret.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # A name of this process and thread: QGIS Server's processes share the profile, and start together.
    temporary = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
    temporary.write_bytes(pem)
    temporary.replace(path)  # readers never see a half-written bundle
    return path
