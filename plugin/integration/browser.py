"""A connection's servers as entries of QGIS's own *ArcGIS REST Servers* (Browser panel).

The entry holds the server's catalog URL, the connection's ``authcfg`` and
its referer: QGIS's browser items and the layers loaded from them then carry
the connection's EsriToken config, which the plugin keeps fresh. Where QGIS
keeps these entries differs between releases: see :mod:`..compat`.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from .. import compat
from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.urls import redact

log = logging.getLogger(LOGGER_NAME).getChild("browser")


def entry_name(connection: Connection, server_root: str, servers: int) -> str:
    """The entry's name: the connection's, plus the server's address when it covers several.

    QGIS keeps each entry under a settings group of that name, so a slash
    would split it in two (QGIS's own connection dialog refuses them).
    """
    name = connection.name
    if servers > 1:
        parts = urlsplit(server_root)
        name = f"{name} ({parts.netloc}{parts.path})"
    return re.sub(r"[/\\]+", " ", name).strip()


def create_browser_connections(connection: Connection, server_roots: list[str]) -> list[str]:
    """Write one entry per server root (…/arcgis); returns the entry names, in order.

    An entry of that name that uses another auth config is somebody else's
    (made by hand in QGIS): it is kept, and ours gets a numbered name.
    """
    taken = set(compat.arcgis_rest_connection_names())
    names = []
    for root in server_roots:
        base = entry_name(connection, root, len(server_roots))
        name, number = base, 1
        while name in taken and compat.arcgis_rest_connection_authcfg(name) != connection.id:
            number += 1
            name = f"{base} {number}"
        compat.write_arcgis_rest_connection(name, f"{root}/rest/services", connection.id, connection.bound_referer)
        log.info("QGIS browser connection “%s” → %s", name, redact(root))
        taken.add(name)
        names.append(name)
    return names


def browser_connections_of(connection_id: str) -> list[str]:
    """The entries that use the connection's auth config."""
    return [
        name
        for name in compat.arcgis_rest_connection_names()
        if compat.arcgis_rest_connection_authcfg(name) == connection_id
    ]


def delete_browser_connections(connection_id: str) -> list[str]:
    """Remove the entries that use the connection (its auth config is about to go)."""
    names = browser_connections_of(connection_id)
    for name in names:
        compat.delete_arcgis_rest_connection(name)
    return names
