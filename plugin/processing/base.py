"""What the plugin's algorithms share: identity, help, and turning failures into Processing errors.

The algorithms run in QGIS desktop (on a worker thread), in batch mode and in
models, and under ``qgis_process`` (on the main thread, without a window and
with nobody to answer a prompt). They reach the running plugin through
:mod:`..integration.headless`, which never prompts headless and blocks only
where blocking is allowed. A failure the user can fix arrives as a
``HeadlessError`` (or an engine error) whose message says what to do; it
leaves the algorithm as a ``QgsProcessingException`` with that message, which
``qgis_process`` prints before it exits with status 1.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..compat import SKIP_GENERIC_MODEL_LOGGING, parameter_as_strings
from ..core.errors import ExplainedError
from ..core.phrases import QT_TRANSLATE_NOOP, Phrase
from ..paths import ICON_PATH
from ..translation import error_text, translated

# Every text of Processing (names, parameters, help, messages, errors) is translated in one context,
# "ArcGISTokenAuthAlgorithms", written out at each text, because pylupdate5 files a text under the
# context written at the call, or for self.tr() under the class the call is in — which a tr() shared
# by all algorithms cannot know. A text kept in a constant is marked with QT_TRANSLATE_NOOP: the
# Phrase carries its context to translated() where it is shown.
CONNECTION_HELP = QT_TRANSLATE_NOOP(
    "ArcGISTokenAuthAlgorithms",
    "The plugin connection to sign in with. In qgis_process give its name or its id; models keep the id, "
    "which stays the same when the connection is renamed. Empty: the connection that covers the URL."
)


def iso_utc(timestamp: Optional[float]) -> str:
    """``2025-01-31T12:00:00Z`` (what scripts parse best); empty for None, a token that does not expire."""
    if timestamp is None:
        return ""
    return datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class ArcGISAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``NAME``, ``DISPLAY_NAME`` and ``HELP`` (marked phrases) and implement
    :meth:`process`."""

    NAME = ""
    DISPLAY_NAME: Phrase
    HELP: Phrase

    def createInstance(self) -> ArcGISAlgorithm:  # noqa: N802 - QGIS API name
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API name
        return translated(self.DISPLAY_NAME)

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API name
        return translated(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def processAlgorithm(self, parameters, context, feedback) -> dict:  # noqa: N802 - QGIS API name
        try:
            return self.process(parameters, context, feedback)
        except ExplainedError as exc:
            # The message is the user's (no secret in it); the traceback would only be noise.
            raise QgsProcessingException(error_text(exc)) from None

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def parameter_as_strings(self, parameters, name: str, context) -> list[str]:
        return parameter_as_strings(self, parameters, name, context)


def quiet_in_models(flags):
    """``flags`` for an algorithm whose *result* is a secret: a model that runs it logs neither its
    inputs nor its results (QGIS's generic child logging).

    Not hidden from the toolbox, although QGIS desktop's algorithm dialog
    prints results and, from QGIS 3.24 on, keeps them in the Processing
    history: qgis_process (3.22 to 3.40 at least) takes *either* hiding flag
    for "deprecated", leaves the algorithm out of ``qgis_process list`` and
    warns on every run.
    """
    return flags | SKIP_GENERIC_MODEL_LOGGING
