"""Where the plugin's files are, wherever the plugin folder is installed."""

from pathlib import Path

PLUGIN_NAME = "ArcGIS Token Auth"
PLUGIN_DIR = Path(__file__).resolve().parent.parent
ICON_PATH = PLUGIN_DIR / "resources" / "icon.svg"
I18N_DIR = PLUGIN_DIR / "i18n"
UI_DIR = PLUGIN_DIR / "ui"


def plugin_cache_dir() -> Path:
    """The plugin's folder in the active QGIS profile (public data only: the CA bundle)."""
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "arcgis_token_auth"
