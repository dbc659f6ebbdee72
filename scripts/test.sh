#!/usr/bin/env bash
# The test run: lint, then the whole pytest suite in a real QGIS, isolated
# from the user's home folder, then a check that the home folder is untouched.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/unit -k cache).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
VENV=${ARCGIS_TOKEN_AUTH_VENV:-.venv}  # as in scripts/setup.sh

session_dir=$(mktemp -d -t arcgis-token-auth-tests.XXXXXX)
trap 'rm -rf "$session_dir"' EXIT
export ARCGIS_TOKEN_AUTH_TEST_DIR="$session_dir"
export QT_QPA_PLATFORM=offscreen

echo "== ruff"
"$VENV/bin/ruff" check .

# Which QGIS runs the suite, printed next to pytest's summary (asked before the
# home-folder marker: this import runs outside the tests' isolation).
versions=$("$VENV/bin/python" -c 'import platform; from qgis.core import Qgis; from qgis.PyQt.QtCore import QT_VERSION_STR
print(f"QGIS {Qgis.QGIS_VERSION}, Qt {QT_VERSION_STR}, Python {platform.python_version()}")' 2>/dev/null || echo "QGIS: not importable")

home_marker="$session_dir/home-marker"
touch "$home_marker"
sleep 1  # mtime granularity: anything written from now on is newer

echo "== pytest"
status=0
"$VENV/bin/python" -m pytest "$@" || status=$?
echo "== ran on $versions"

echo "== home folder check"
# Files the test run created or changed under $HOME (the pip cache belongs to
# setup, which ran before the marker).
changed=$(find "$HOME" -xdev -newer "$home_marker" \( -type f -o -type l \) 2>/dev/null | grep -v -e '/\.bash_history$' || true)
if [[ -n "$changed" ]]; then
    echo "FAILED: the test run wrote under $HOME:" >&2
    echo "$changed" >&2
    status=1
else
    echo "nothing under $HOME was created or changed"
fi
exit "$status"
