"""The plugin's entries in QGIS's Web menu and Web toolbar."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMessageBox

from ..compat import QAction
from ..paths import ICON_PATH, PLUGIN_DIR, PLUGIN_NAME


def tr(text: str) -> str:
    return QCoreApplication.translate("PluginActions", text)


def _plugin_about() -> str:
    import configparser

    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return f"{metadata['general']['about']}\n\n{tr('Version')} {metadata['general']['version']}"


def create_actions(parent, iface) -> list[QAction]:
    """Build the menu/toolbar actions; the plugin class owns and removes them."""
    about = QAction(QIcon(str(ICON_PATH)), tr("About ArcGIS Token Auth…"), parent)
    about.setObjectName("arcgisTokenAuthAbout")
    about.setProperty("onToolbar", False)
    about.triggered.connect(lambda: QMessageBox.about(iface.mainWindow(), tr(PLUGIN_NAME), _plugin_about()))
    return [about]
