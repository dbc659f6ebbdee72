"""Rendering layers offscreen and looking at the pixels."""

from __future__ import annotations

import time

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsMapLayer, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage


def render(
    layer: QgsMapLayer,
    job_class,
    extent: QgsRectangle,
    size: int = 256,
    errors: list | None = None,
    *,
    with_events: bool = False,
) -> QImage:
    """The layer drawn over ``extent``; the job's errors (layer id, message) go to ``errors`` when given,
    so a test that finds a blank image can say what QGIS reported.

    ``with_events``: wait with the main thread's events flowing, as QGIS desktop's map canvas does, instead
    of blocking it. A render whose requests meet a server's authentication challenge (a Windows web tier)
    needs that: QGIS answers every challenge on its main thread, and a render thread waits for the answer."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))  # transparent: the markers are the only paint
    job = job_class(settings)
    job.start()
    if with_events:
        deadline = time.monotonic() + 60
        while job.isActive() and time.monotonic() < deadline:
            QgsApplication.processEvents()
            time.sleep(0.005)
        assert not job.isActive(), "the render did not finish in 60 s"
    job.waitForFinished()
    if errors is not None:
        errors.extend((error.layerID, error.message) for error in job.errors())
    return job.renderedImage()


def painted_pixels(image: QImage) -> int:
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha())
