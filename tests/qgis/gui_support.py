"""Shared pieces of the GUI tests (tests/qgis/test_gui_*.py)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QWidget

TASK_TIMEOUT_MS = 20_000


def closed_port_url() -> str:
    """An HTTPS URL on a loopback port where nothing listens: a server that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"https://127.0.0.1:{port}/arcgis/rest/services"


def message_bar_text(bar) -> str:
    """Title and text of the message a QgsMessageBar shows."""
    item = bar.currentItem()
    return "" if item is None else f"{item.title()} {item.text()}".strip()


class StallMeter(QObject):
    """Measures how long the main thread's event loop stops turning.

    A timer asks to tick every 10 ms; the longest time between two ticks is
    the longest the main thread was busy with something else.
    """

    INTERVAL_MS = 10

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.max_gap = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.ticks += 1

    def __enter__(self) -> StallMeter:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._tick()  # the time since the last tick counts too
        self._timer.stop()


def screenshot(widget: QWidget, path: Path) -> Path:
    """Grab ``widget`` as it is drawn (offscreen) into a PNG, and check it shows something."""
    widget.repaint()
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() > 200 and image.height() > 150, "nothing was drawn"
    assert distinct_colours(image) > 30, f"{path.name} looks blank"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG"), f"could not write {path}"
    return path


def distinct_colours(image: QImage, step: int = 3) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)
