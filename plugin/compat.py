"""Differences between the QGIS / Qt releases the plugin runs on, in one place."""

from __future__ import annotations

try:  # Qt 6 (QGIS 4) moved QAction to QtGui.
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt 5 (QGIS 3)
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction"]


def set_uri_referer(uri, referer: str) -> None:
    """Ask the ArcGIS providers to send ``Referer: <referer>``, on every QGIS release.

    QGIS 3.22 reads the ``referer`` key and ignores ``http-header:`` keys; from
    3.24 on it reads ``http-header:referer`` and ignores ``referer``. Both keys
    are set, so a project saved on one release loads on the other.
    """
    uri.setParam("referer", referer)
    uri.setParam("http-header:referer", referer)
