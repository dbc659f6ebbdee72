"""Make the README's screenshots, docs/images/*.png, from the GUI's screenshot tests.

tests/qgis/test_gui_screenshots.py stages each dialog against the bundled ArcGIS
emulator, draws it offscreen and checks the picture is not blank; with
ARCGIS_TOKEN_AUTH_SCREENSHOTS set it copies the PNGs there too. This script
runs those tests with docs/images/ as that folder.

Usage: .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
IMAGES_DIR = REPO_ROOT / "docs" / "images"


def main() -> int:
    environment = dict(os.environ, ARCGIS_TOKEN_AUTH_SCREENSHOTS=str(IMAGES_DIR), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pytest", "-q", "tests/qgis/test_gui_screenshots.py"]
    status = subprocess.run(command, cwd=REPO_ROOT, env=environment, check=False).returncode
    if status == 0:
        print("\n".join(str(path.relative_to(REPO_ROOT)) for path in sorted(IMAGES_DIR.glob("*.png"))))
    return status


if __name__ == "__main__":
    sys.exit(main())
