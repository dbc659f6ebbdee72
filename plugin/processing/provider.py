"""The plugin's Processing provider (loaded by desktop QGIS and qgis_process)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON_PATH
from .check_connection import CheckConnectionAlgorithm
from .download_features import DownloadFeaturesAlgorithm
from .get_token import GetTokenAlgorithm
from .load_layer import LoadLayerAlgorithm
from .load_web_map import LoadWebMapAlgorithm

PROVIDER_ID = "arcgistokenauth"
ALGORITHMS = (
    LoadLayerAlgorithm,
    LoadWebMapAlgorithm,
    DownloadFeaturesAlgorithm,
    CheckConnectionAlgorithm,
    GetTokenAlgorithm,
)


class ArcGISTokenAuthProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "ArcGIS Token Auth")

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API name
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
