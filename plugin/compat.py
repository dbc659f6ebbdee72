"""Differences between the QGIS / Qt releases the plugin runs on, in one place."""

from __future__ import annotations

try:  # Qt 6 (QGIS 4) moved QAction to QtGui.
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt 5 (QGIS 3)
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction"]
