#!/usr/bin/env bash
# The test run: lint, then the whole pytest suite in a real QGIS, isolated
# from the user's home folder and the system's temporary folder, then a check
# that neither was touched.
# Extra arguments go to pytest (e.g. scripts/test.sh tests/unit -k cache).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
VENV=${ARCGIS_TOKEN_AUTH_VENV:-.venv}  # as in scripts/setup.sh

system_tmp=${TMPDIR:-/tmp}
session_dir=$(mktemp -d -t arcgis-token-auth-tests.XXXXXX)
trap 'rm -rf "$session_dir"' EXIT
export ARCGIS_TOKEN_AUTH_TEST_DIR="$session_dir"
export QT_QPA_PLATFORM=offscreen
# QGIS (QGIS3-*, crssync-*), Qt (qt_temp*), pytest and the emulator's CAs write their
# temporary files here, gone with the session folder.
mkdir -p "$session_dir/tmp"
export TMPDIR="$session_dir/tmp"

echo "== ruff"
"$VENV/bin/ruff" check .

home_marker="$session_dir/home-marker"
touch "$home_marker"
sleep 1  # mtime granularity: anything written from now on is newer

echo "== pytest"
status=0
"$VENV/bin/python" -m pytest "$@" || status=$?

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

echo "== temporary folder check"
# What QGIS, Qt, Python's tempfile, pytest and these tests name their temporary files, left in the
# system's temporary folder (by name: other programs on the machine may use the folder meanwhile).
left=$(find "$system_tmp" -mindepth 1 -maxdepth 1 -regextype posix-extended \
    -newer "$home_marker" ! -path "$session_dir" \( \
    -name 'QGIS3*' -o -name 'crssync-*' -o -name 'qt_temp*' -o -name 'oauth2-cache*' -o -name 'pytest-of-*' \
    -o -name 'atatest-*' -o -name 'arcgis-token-auth-*' -o -name '*emulator*' -o -name 'bench-*' \
    -o -regex '.*/tmp[a-z0-9_]{8}' \) 2>/dev/null || true)
if [[ -n "$left" ]]; then
    echo "FAILED: the test run left in $system_tmp:" >&2
    echo "$left" >&2
    status=1
else
    echo "nothing was left in $system_tmp"
fi
exit "$status"
