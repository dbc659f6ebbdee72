"""``benchmarks/bench_download.py`` runs end to end (``--quick``: tiny layers) and prints its tables.

No figure is checked: the benchmark prints figures, it is not a timed test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from tests.conftest import REPO_ROOT

METHODS = ("ogr2ogr", "plugin JSON sequential", "plugin JSON parallel", "plugin PBF parallel")


def test_the_download_benchmark_runs_and_prints_its_tables():
    # scripts/setup.sh installs GDAL's ogr2ogr (gdal-bin): missing, the benchmark's yardstick is missing.
    assert shutil.which("ogr2ogr"), "ogr2ogr is missing: scripts/setup.sh installs it (Debian's gdal-bin)"
    completed = subprocess.run(
        [sys.executable, "benchmarks/bench_download.py", "--quick"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=600, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout[-4000:] + completed.stderr[-4000:]
    out = completed.stdout
    for layer in ("5,000 points", "2,500 polygons"):
        for method in METHODS:
            # layer, method, then seconds, features/s, peak RSS MB: every run measured, none failed or skipped
            row = rf"^  {re.escape(layer)} +{re.escape(method)} +[\d.]+ +[\d,]+ +[\d.]+ "
            assert re.search(row, out, re.MULTILINE), f"no row for {layer}, {method}:\n{out}"
    for points in ("2,000", "5,000"):
        assert re.search(rf"^ +{points} plugin PBF parallel +[\d.]+ ", out, re.MULTILINE), out
    assert "FAILED" not in out
    assert re.search(r"PBF parallel >= 4x faster than ogr2ogr, 5,000 points: [\d.]+x  (PASS|FAIL)", out), out
    assert re.search(r"PBF parallel >= 4x faster than ogr2ogr, 2,500 polygons: [\d.]+x  (PASS|FAIL)", out), out
    assert re.search(r"peak RSS at 5,000 points <= 1.5x that at 2,000 points: [\d.]+x  (PASS|FAIL)", out), out
