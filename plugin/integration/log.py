"""Forwards the plugin's ``logging`` records to QGIS's message log.

The core logs through the standard ``logging`` module under
:data:`~..core.LOGGER_NAME`; this bridge shows those lines in the Log
Messages panel under the plugin's tag. Core code never logs a secret; the
bridge does not need to know about secrets.
"""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt

from ..core import LOGGER_NAME

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
)


def qgis_level(levelno: int):
    for threshold, level in _LEVELS:
        if levelno >= threshold:
            return level
    return Qgis.MessageLevel.Info


class _MessageLogHandler(logging.Handler):
    def __init__(self, tag: str) -> None:
        super().__init__(logging.DEBUG)
        self.tag = tag
        self.setFormatter(logging.Formatter("%(message)s"))
        # qgis_process tears QGIS down without unloading the plugin: a renewal thread that logs after
        # that would reach a deleted message log (a segfault). From then on, records are dropped.
        self.log_gone = False
        QgsApplication.messageLog().destroyed.connect(self._forget_log, Qt.ConnectionType.DirectConnection)

    def _forget_log(self, *_args) -> None:
        self.log_gone = True

    def emit(self, record: logging.LogRecord) -> None:
        if self.log_gone:
            return
        try:
            # QgsMessageLog is thread-safe: records come from worker threads too.
            QgsMessageLog.logMessage(self.format(record), self.tag, qgis_level(record.levelno), notifyUser=False)
        except Exception:  # noqa: BLE001 - logging must never raise into callers
            self.handleError(record)


class MessageLogBridge:
    """Adds a handler to the plugin's logger, and removes it again."""

    def __init__(self, tag: str, level: int = logging.INFO) -> None:
        self._handler = _MessageLogHandler(tag)
        self._level = level
        self._logger = logging.getLogger(LOGGER_NAME)
        self._previous_level = self._logger.level

    def install(self) -> None:
        self._logger.addHandler(self._handler)
        self._logger.setLevel(self._level)

    def uninstall(self) -> None:
        self._logger.removeHandler(self._handler)
        self._logger.setLevel(self._previous_level)
