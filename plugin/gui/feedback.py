"""How a dialog tells the user what happened: its message bar, with details in the message log.

The log lines go through the plugin's logger, which QGIS shows in the Log
Messages panel under the plugin's tag. Texts here are user messages: they
name servers by origin and never hold a secret.
"""

from __future__ import annotations

import logging
from typing import Callable

from qgis.core import Qgis
from qgis.gui import QgsMessageBar, QgsMessageBarItem
from qgis.PyQt.QtWidgets import QPushButton

from ..core import LOGGER_NAME

log = logging.getLogger(LOGGER_NAME).getChild("gui")

SUCCESS_SECONDS = 6


class Feedback:
    def __init__(self, bar: QgsMessageBar) -> None:
        self.bar = bar

    def success(self, text: str) -> None:
        self.bar.pushMessage(text, Qgis.MessageLevel.Success, SUCCESS_SECONDS)
        log.info("%s", text)

    def warning(self, title: str, text: str) -> None:
        self.bar.pushMessage(title, text, Qgis.MessageLevel.Warning, 0)
        log.warning("%s %s", title, text)

    def failure(self, title: str, text: str, details: str = "") -> None:
        """Stays until the user closes it: a failure needs reading. ``details`` go to the log only."""
        self.bar.pushMessage(title, text, Qgis.MessageLevel.Critical, 0)
        log.warning("%s %s", title, details or text)

    def action(self, title: str, text: str, button_text: str, clicked: Callable[[], None]) -> None:
        """A warning that stays, with a button that does something about it."""
        item = QgsMessageBarItem(title, text, Qgis.MessageLevel.Warning, 0)
        button = QPushButton(button_text, item)  # owned by the item
        button.clicked.connect(clicked)
        item.setWidget(button)
        self.bar.pushItem(item)
        log.warning("%s %s", title, text)
