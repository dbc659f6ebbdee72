"""The README's main job (``make demo``) works: run it, shortened, and read what it printed."""

from __future__ import annotations

import subprocess
import sys

from qgis.PyQt.QtGui import QImage

from tests.conftest import REPO_ROOT


def test_demo_loads_secured_layers_renews_and_renders(tmp_path):
    completed = subprocess.run(
        [sys.executable, "scripts/demo.py", "--output", str(tmp_path), "--features", "800", "--token-lifetime", "3"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=180, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    out = completed.stdout
    assert "feature layer: 800 features; map layer valid: True" in out
    assert "token acquired" in out and "token renewed" in out
    assert "emulator stopped" in out
    image = QImage(str(tmp_path / "map.png"))
    assert not image.isNull() and image.width() == 800
    assert "alice-secret" not in out + completed.stderr
