"""The plugin's Qt translator, following QGIS's locale, and the one place an error becomes the
user's words.

The core and the integration write English marked for translation (see
:mod:`.core.phrases`); :func:`error_text` translates an error's template, hint
and the words in its fields, and shows moments in QGIS's locale.
"""

from __future__ import annotations

import re

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QLocale, QTranslator

from .core.errors import ExplainedError
from .core.phrases import Moment, Phrase
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


# -- errors ------------------------------------------------------------------------------------
def translated(phrase: Phrase) -> str:
    return QCoreApplication.translate(phrase.context, phrase)


def error_text(error: ExplainedError) -> str:
    """The error's message in the user's language: template, fields and hint."""
    values = {name: _shown(value) for name, value in error.fields.items()}
    try:
        text = translated(error.template).format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost or garbled a field: the English message is better than none.
        text = error.template.format(**values)
    return f"{text} {translated(error.hint)}" if error.hint else text


def _shown(value: object) -> str:
    if isinstance(value, Phrase):
        return translated(value)
    if isinstance(value, Moment):
        return moment(value)
    if isinstance(value, ExplainedError):
        return error_text(value)
    return str(value)


# -- time --------------------------------------------------------------------------------------
def date_locale() -> QLocale:
    """The locale QGIS shows dates in.

    QGIS makes its "Locale (numbers, date and currency formats)" setting, when
    one is set, Qt's default locale at start-up. Without it Qt's default is
    the system's, which may speak another language than QGIS (``--lang``, or
    only the user interface's language overridden): then the language QGIS
    speaks decides, so that a French QGIS says "déc." even on an English system.
    """
    default = QLocale()
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool) and settings.value("locale/globalLocale", "", type=str):
        return default
    spoken = qgis_locale()
    return default if default.language() == spoken.language() else spoken


def _date_format(locale: QLocale) -> str:
    """The locale's long date without the weekday and with the month abbreviated, then the short time:
    "d MMM yyyy HH:mm" in French ("5 déc. 2026 14:05"), "MMM d, yyyy h:mm AP" in American English.
    The month's name keeps 5/12 and 12/5 apart."""
    date = locale.dateFormat(QLocale.FormatType.LongFormat).replace("MMMM", "MMM")
    date = re.sub(r"^dddd[\s,.،]*|[\s,،]*dddd$", "", date).strip() or locale.dateFormat(QLocale.FormatType.ShortFormat)
    return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def moment(epoch_seconds: float) -> str:
    """A point in time (a token's expiry) in QGIS's locale and the computer's time zone."""
    locale = date_locale()
    return locale.toString(QDateTime.fromSecsSinceEpoch(int(epoch_seconds)), _date_format(locale))
