"""The QGIS Server plugin: the same token service as in QGIS desktop, without any GUI.

QGIS Server loads the plugin in each of its processes (``metadata.txt``:
``server=True``) and calls ``serverClassFactory(serverIface)``, once, before
the first request. Each process then keeps its own tokens: it signs in on the
first request that needs a token, and again when a request finds the token
stale or the server refuses it (498) — on the request's own thread, before the
request leaves (see :class:`~.integration.injector.NetworkInjector`).

Nothing runs between requests: no renewal thread, no timer. A FastCGI process
waits for its next request inside libfcgi, which frees the last request's
environment while the C ``environ`` still points to it; a thread calling
``getenv()`` then (Qt, OpenSSL and the resolver do) crashed QGIS Server.

Connections come from the server's QGIS profile and auth DB (unlocked with
``QGIS_AUTH_PASSWORD_FILE``), or are declared by the deployment
(:mod:`.integration.declared`). Only QGIS core, server and QtCore/QtNetwork are
imported: a server may have no GUI libraries at all.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from .core import LOGGER_NAME
from .integration.declared import DeclaredConnections
from .integration.log import MessageLogBridge
from .integration.service import TokenService
from .paths import PLUGIN_NAME, plugin_cache_dir

log = logging.getLogger(LOGGER_NAME).getChild("server")


class ArcGISTokenAuthServerPlugin:
    """What ``serverClassFactory`` returns; it lives as long as the server process."""

    def __init__(self, server_iface) -> None:
        self.server_iface = server_iface
        self._log_bridge = MessageLogBridge(PLUGIN_NAME)
        self._log_bridge.install()
        declared = DeclaredConnections.from_environment()
        self.service = TokenService(
            interactive=False, cache_dir=_writable_cache_dir(), store=declared, on_server=True
        )
        self.service.start()
        connections = self.service.connections()
        if declared is not None:
            declared.provide_auth_configs()
        elif connections and self.service.store.locked():
            log.warning(
                "QGIS's authentication database is locked: the connections' secrets cannot be read, and QGIS "
                "refuses the requests of layers that name their authcfg. Set QGIS_AUTH_PASSWORD_FILE to a file "
                "holding its master password (readable by the server's user only)."
            )
        log.info(
            "QGIS Server process %d signs requests for %d connection(s)%s: %s",
            os.getpid(),
            len(connections),
            " declared by the deployment" if declared is not None else " of its QGIS profile",
            ", ".join(f"{c.id} ({c.root.origin})" for c in connections) or "none",
        )

    def stop(self) -> None:
        """Stop signing and renewing (QGIS Server itself never unloads a plugin; tests do)."""
        self.service.stop()
        self._log_bridge.uninstall()


def _writable_cache_dir() -> Path:
    """The profile's plugin folder (for the CA bundle), or a private temporary one when the server's
    user may not write to its profile (a read-only container image)."""
    preferred = plugin_cache_dir()
    try:
        preferred.mkdir(parents=True, exist_ok=True)
        if os.access(preferred, os.W_OK):
            return preferred
    except OSError:
        pass
    fallback = Path(tempfile.gettempdir()) / f"arcgis-token-auth-{os.getuid()}"
    fallback.mkdir(mode=0o700, exist_ok=True)
    return fallback
