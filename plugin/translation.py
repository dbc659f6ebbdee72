"""The plugin's Qt translator, following QGIS's locale."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import I18N_DIR

TRANSLATION_PREFIX = "arcgis_token_auth"


def qgis_locale() -> QLocale:
    """The locale QGIS shows its own UI in (``locale/userLocale``)."""
    return QLocale(QgsApplication.locale())


class PluginTranslator:
    """Loads ``i18n/arcgis_token_auth_<locale>.qm`` when one exists."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None

    @property
    def installed(self) -> bool:
        return self._translator is not None

    def install(self) -> bool:
        translator = QTranslator()
        if not translator.load(qgis_locale(), TRANSLATION_PREFIX, "_", str(I18N_DIR)):
            return False
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        return True

    def uninstall(self) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
