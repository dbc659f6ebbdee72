"""Build the release zip that QGIS's Plugin Manager installs ("Install from ZIP").

One top folder, ``arcgis_token_auth/``, holding only what the plugin needs at
run time: no tests, no emulator, no benchmarks, no dev tooling. Translations
are compiled with ``lrelease`` first so that the ``.qm`` files ship.

Usage: python scripts/package.py [--output dist/arcgis_token_auth-<version>.zip]
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_NAME = "arcgis_token_auth"
RUNTIME_FILES = ("metadata.txt", "__init__.py", "LICENSE", "README.md")
RUNTIME_DIRS = ("plugin", "ui", "resources", "i18n")
SKIPPED_SUFFIXES = (".pyc", ".ts")
SKIPPED_DIRS = ("__pycache__",)


def plugin_version() -> str:
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(REPO_ROOT / "metadata.txt", encoding="utf-8")
    return metadata["general"]["version"]


def compile_translations() -> list[Path]:
    sources = sorted((REPO_ROOT / "i18n").glob("*.ts"))
    if not sources:
        return []
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    subprocess.run([lrelease, "-silent", *map(str, sources)], check=True)
    return [source.with_suffix(".qm") for source in sources]


def runtime_files() -> list[Path]:
    files = [REPO_ROOT / name for name in RUNTIME_FILES]
    for directory in RUNTIME_DIRS:
        for path in sorted((REPO_ROOT / directory).rglob("*")):
            if (
                path.is_file()
                and not path.name.startswith(".")
                and path.suffix not in SKIPPED_SUFFIXES
                and not set(path.parts) & set(SKIPPED_DIRS)
            ):
                files.append(path)
    return files


def build_zip(output: Path) -> Path:
    compile_translations()
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in runtime_files():
            archive.write(path, f"{PACKAGE_NAME}/{path.relative_to(REPO_ROOT).as_posix()}")
    return output


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=REPO_ROOT / "dist" / f"{PACKAGE_NAME}-{plugin_version()}.zip")
    args = parser.parse_args(argv)
    print(build_zip(args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
