#!/usr/bin/env bash
# Installs what the tests, the demo and the release build need, and nothing
# twice: a second run finds everything in place and returns in a second.
#   - Debian packages: a real QGIS (PyQGIS, the ArcGIS providers, qgis_process),
#     lrelease for the translations, Xvfb for the desktop tests, QGIS Server and
#     lighttpd for the server tests, protoc (the PBF descriptor's check) and GDAL's
#     ogr2ogr (the download benchmark's yardstick); requests-ntlm for QGIS desktop's own
#     Python (Windows web-tier sign-in, optional for users, exercised by the desktop tests);
#   - Node.js and npm (unless a node is there already), and in tests/esri_js Esri's own
#     JavaScript client, pinned by its package-lock.json: the emulator is checked against it;
#   - .venv: made from Debian's Python (which has PyQGIS) with
#     --system-site-packages, plus the pinned tools of requirements-dev.txt.
#     ARCGIS_TOKEN_AUTH_VENV puts it elsewhere (scripts/qgis-chroot.sh: a venv of
#     the chroot's Python, not the host's .venv in the shared checkout).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3-qgis qgis-providers qgis qttools5-dev-tools pyqt5-dev-tools xvfb xauth python3-venv git zip qgis-server lighttpd protobuf-compiler gdal-bin python3-requests-ntlm)
VENV=${ARCGIS_TOKEN_AUTH_VENV:-.venv}
STAMP="$VENV/.requirements-dev.installed"

command -v node >/dev/null && command -v npm >/dev/null || APT_PACKAGES+=(nodejs npm)
if [[ ${1:-} == --apt-packages ]]; then  # the list only (scripts/qgis-chroot.sh installs it itself)
    echo "${APT_PACKAGES[*]}"
    exit 0
fi
missing=()
for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing Debian packages: ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "setup: run as root, or install them first: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ ! -x "$VENV/bin/python" ]]; then
    echo "setup: creating $VENV from /usr/bin/python3 (it has PyQGIS)"
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if [[ ! -f "$STAMP" || requirements-dev.txt -nt "$STAMP" ]]; then
    echo "setup: installing pinned dev dependencies"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
    cp requirements-dev.txt "$STAMP"
fi

ESRI_JS=tests/esri_js
if [[ ! -f "$ESRI_JS/node_modules/.package-lock.json" || "$ESRI_JS/package-lock.json" -nt "$ESRI_JS/node_modules/.package-lock.json" ]]; then
    echo "setup: installing Esri's JavaScript client for the emulator check (npm ci)"
    (cd "$ESRI_JS" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
fi
