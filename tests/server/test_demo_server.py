"""``make demo-server`` works: run it, shortened, and read what it printed."""

from __future__ import annotations

import re
import subprocess
import sys

from qgis.PyQt.QtGui import QImage

from tests.conftest import REPO_ROOT


def test_demo_server_serves_a_map_through_secured_layers_and_shows_each_process_renewing(tmp_path):
    completed = subprocess.run(
        [sys.executable, "scripts/demo_server.py", "--output", str(tmp_path), "--features", "500",
         "--token-lifetime", "3", "--seconds", "7"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=240, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    out = completed.stdout
    assert completed.returncode == 0, out[-3000:] + completed.stderr[-3000:]
    assert re.search(r"GetMap 200 image/png: .*server-map\.png \([1-9]\d* sampled pixels drawn\)", out)
    assert re.search(r"more GetMap answers to 2 clients over [\d.]+ token lifetimes, 0 failed", out)
    renewing = re.findall(r"server process (\d+): (\d+) token requests", out)
    assert len(renewing) == 2 and all(int(count) >= 2 for _pid, count in renewing), out[-2000:]
    image = QImage(str(tmp_path / "server-map.png"))
    assert not image.isNull() and image.width() == 800
    assert "alice-secret" not in out + completed.stderr
