"""Checks on the shape of the code base: metadata, imports, UI files."""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

PLUGIN_DIR = REPO_ROOT / "plugin"

# Fields plugins.qgis.org reads from metadata.txt; anything else is a typo.
KNOWN_METADATA_FIELDS = {
    "name", "qgisminimumversion", "qgismaximumversion", "description", "about", "version", "author",
    "email", "changelog", "experimental", "deprecated", "tags", "homepage", "repository", "tracker",
    "icon", "category", "hasprocessingprovider", "server", "plugin_dependencies", "supportsqt6",
}  # fmt: skip
REQUIRED_METADATA_FIELDS = {"name", "qgisminimumversion", "description", "about", "version", "author", "email"}
BOOLEAN_METADATA_FIELDS = {"experimental", "deprecated", "server", "supportsqt6"}


def python_files(*roots: Path) -> list[Path]:
    return sorted(path for root in roots for path in root.rglob("*.py") if "__pycache__" not in path.parts)


def repository_python_files() -> list[Path]:
    tops = [REPO_ROOT / name for name in ("plugin", "tests", "scripts", "benchmarks") if (REPO_ROOT / name).exists()]
    return [REPO_ROOT / "__init__.py", *python_files(*tops)]


def imported_modules(path: Path) -> list[tuple[str, int]]:
    """Absolute module names imported by ``path`` (relative imports resolved against plugin/)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = path.relative_to(REPO_ROOT).with_suffix("").parts[:-1]
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                names.append((".".join((*base, node.module or "")).rstrip("."), node.lineno))
            else:
                names.append((node.module or "", node.lineno))
    return names


def test_metadata_is_complete_and_valid():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(REPO_ROOT / "metadata.txt", encoding="utf-8")
    general = dict(parser["general"])
    assert set(general) <= KNOWN_METADATA_FIELDS, set(general) - KNOWN_METADATA_FIELDS
    assert set(general) >= REQUIRED_METADATA_FIELDS
    assert general["name"] == "ArcGIS Token Auth"
    assert general["qgisminimumversion"] == "3.22"
    assert general["qgismaximumversion"] == "4.99"
    assert general["hasprocessingprovider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", general["version"])
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", general["email"])
    assert (REPO_ROOT / general["icon"]).is_file()
    for field in BOOLEAN_METADATA_FIELDS & set(general):
        assert general[field] in {"True", "False"}, field
    assert all(tag == tag.strip().lower() and tag for tag in general["tags"].split(","))


@pytest.mark.parametrize("path", repository_python_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_qt_is_imported_only_through_qgis_pyqt(path):
    direct = [(name, line) for name, line in imported_modules(path) if name.split(".")[0] in {"PyQt5", "PyQt6"}]
    assert not direct, f"{path}: import Qt through qgis.PyQt, not {direct}"


@pytest.mark.parametrize("path", python_files(PLUGIN_DIR / "core"), ids=lambda p: p.name)
def test_core_imports_no_qgis_and_no_other_plugin_layer(path):
    for name, line in imported_modules(path):
        assert name.split(".")[0] != "qgis", f"{path}:{line} imports {name}"
        assert not name.startswith("plugin.") or name.startswith("plugin.core"), f"{path}:{line} imports {name}"


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [("integration", ("plugin.gui", "plugin.processing")), ("processing", ("plugin.gui",))],
)
def test_imports_run_one_way(layer, forbidden):
    for path in python_files(PLUGIN_DIR / layer):
        for name, line in imported_modules(path):
            assert not name.startswith(forbidden), f"{path}:{line} imports {name}"


def test_plugin_code_uses_relative_imports():
    # An installed plugin's folder name differs from the checkout's: absolute imports break.
    for path in python_files(PLUGIN_DIR):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            assert not [n for n in names if n.split(".")[0] in {"plugin", "arcgis_token_auth"}], f"{path}:{node.lineno}"


def test_ui_files_have_no_hidden_wiring():
    for path in sorted((REPO_ROOT / "ui").glob("*.ui")):
        text = path.read_text(encoding="utf-8")
        assert "<connections>" not in text, f"{path}: connect signals in Python, not in Designer"
        headers = re.findall(r"<header>([^<]+)</header>", text)
        assert all(header.startswith(("qgs", "qgis.")) for header in headers), path
