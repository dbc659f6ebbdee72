"""Loads the Qt Designer forms of ``ui/``: the one place that knows where they are."""

from __future__ import annotations

from qgis.PyQt import uic

from ..paths import UI_DIR


def form_class(name: str) -> type:
    """The generated form class of ``ui/<name>.ui``, to mix into a dialog and fill with ``setupUi(self)``.

    Connections are made in Python, not in Designer (a test rejects ``<connections>``).
    """
    form, _base = uic.loadUiType(str(UI_DIR / f"{name}.ui"))
    return form
