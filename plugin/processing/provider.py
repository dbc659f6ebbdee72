"""The plugin's Processing provider (loaded by desktop QGIS and qgis_process)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON_PATH

PROVIDER_ID = "arcgistokenauth"


class ArcGISTokenAuthProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("ArcGISTokenAuthProvider", "ArcGIS Token Auth")

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API name
        # The algorithms arrive with the Processing work; the provider is
        # registered already so that qgis_process finds the plugin.
        pass
