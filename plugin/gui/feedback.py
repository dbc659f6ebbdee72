"""How a dialog tells the user what happened: its message bar, with details in the message log.

The log lines go through the plugin's logger, which QGIS shows in the Log
Messages panel under the plugin's tag. Texts here are user messages: they
name servers by origin and never hold a secret.

A message bar shows two lines of a message and cuts the rest: a message that
needs more gets a "Details…" button, which shows all of it, wrapped (and the
whole text as the message's tooltip). A message already in the bar is not
stacked a second time: the new copy replaces it.
"""

from __future__ import annotations

import html
import logging
from typing import Callable, Optional

from qgis.core import Qgis
from qgis.gui import QgsMessageBar, QgsMessageBarItem, QgsMessageViewer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..core import LOGGER_NAME
from ..core.errors import ExplainedError
from . import texts

log = logging.getLogger(LOGGER_NAME).getChild("gui")

SUCCESS_SECONDS = 6
SHOWN_LINES = 2  # what a QgsMessageBarItem shows of its text before it cuts it
# Taken from the bar's width by the item's icon, close button, "n more" count and margins.
BAR_CHROME_PX = 140


class Feedback:
    def __init__(self, bar: QgsMessageBar) -> None:
        self.bar = bar

    def success(self, text: str) -> None:
        self.push("", text, Qgis.MessageLevel.Success, SUCCESS_SECONDS)
        log.info("%s", text)

    def warning(self, title: str, text: str) -> None:
        self.push(title, text, Qgis.MessageLevel.Warning, 0)
        log.warning("%s %s", title, text)

    def failure(self, title: str, text: str, details: str = "") -> None:
        """Stays until the user closes it: a failure needs reading. ``details`` go to the log only."""
        self.push(title, text, Qgis.MessageLevel.Critical, 0)
        log.warning("%s %s", title, details or text)

    def error(self, title: str, error: BaseException) -> None:
        """A failure told by the error that caused it: an explained one in the user's words, anything
        else (a bug) by its type — the task that met it logged its traceback."""
        if isinstance(error, ExplainedError):
            self.failure(title, texts.error_text(error))
        else:
            why = QCoreApplication.translate(
                "Feedback", "An internal error stopped it ({error}); the message log has the details."
            )
            self.failure(title, why.format(error=type(error).__name__))

    def action(self, title: str, text: str, button_text: str, clicked: Callable[[], None]) -> None:
        """A warning that stays, with a button that does something about it."""
        self.push(title, text, Qgis.MessageLevel.Warning, 0, (button_text, clicked))
        log.warning("%s %s", title, text)

    def push(
        self,
        title: str,
        text: str,
        level: Qgis.MessageLevel,
        duration: int,
        action: Optional[tuple[str, Callable[[], None]]] = None,
    ) -> QgsMessageBarItem:
        """The message, once in the bar, with "Details…" when two lines cannot hold it."""
        for shown in self.bar.items():
            if (shown.level(), shown.title(), shown.text()) == (level, title, text):
                self.bar.popWidget(shown)
        item = QgsMessageBarItem(title, text, level, duration)
        item.setToolTip(f"<p>{html.escape(f'{title} {text}'.strip())}</p>")  # rich text: wrapped
        buttons = [action] if action is not None else []
        if self._cut(title, text, len(buttons)):
            details = QCoreApplication.translate("Feedback", "Details…")
            buttons.append((details, lambda: self._show_details(title, text)))
        if buttons:
            item.setWidget(self._buttons(item, buttons))
        self.bar.pushItem(item)
        return item

    def _cut(self, title: str, text: str, buttons: int) -> bool:
        """Whether the bar would cut the message (judged at the width the bar has, or its window has)."""
        width = self.bar.width() if self.bar.isVisible() else self.bar.window().width()
        room = max(width - BAR_CHROME_PX - 110 * buttons, 100)
        metrics = self.bar.fontMetrics()
        # The title is bold: a tenth wider. Word wrapping leaves a line partly empty: a tenth more.
        needed = 1.1 * metrics.horizontalAdvance(f"{title}: ") + metrics.horizontalAdvance(text)
        return needed * 1.1 > SHOWN_LINES * room

    @staticmethod
    def _buttons(item: QgsMessageBarItem, buttons: list[tuple[str, Callable[[], None]]]) -> QWidget:
        box = QWidget(item)  # owned by the item
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, clicked in buttons:
            button = QPushButton(text, box)
            button.clicked.connect(clicked)
            layout.addWidget(button)
        return box

    def _show_details(self, title: str, text: str) -> None:
        """The whole message, wrapped, in QGIS's message viewer over the bar's window."""
        viewer = QgsMessageViewer(self.bar.window())  # deletes itself when closed
        viewer.setObjectName("arcgisTokenAuthDetails")
        viewer.setWindowTitle(title or QCoreApplication.translate("Feedback", "Details"))
        viewer.setMessageAsPlainText(text)
        viewer.open()
