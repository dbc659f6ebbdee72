"""Qt 6 readiness: the plugin's code, as written, runs on QGIS 4 (Qt 6, PyQt6).

No QGIS here. Every Qt name the plugin's code takes from ``qgis.PyQt`` — each
import, and each attribute chain rooted at an imported name, such as
``QNetworkRequest.Attribute.CacheLoadControlAttribute`` — is resolved against
the real PyQt6 (pinned in requirements-dev.txt; on QGIS 4, ``qgis.PyQt.QtX`` is
``PyQt6.QtX``). PyQt6 has no unscoped enum members (``Qt.UserRole``) and none
of the classes Qt 6 dropped or moved, so resolving the chain is the check.

The Designer forms (ui/*.ui) are built the way QGIS 4 will build them: PyQt6's
uic, then ``setupUi()``, where a form's enum values are looked up.

PyQt6 is imported in a child process: the other tests load Qt 5 (PyQGIS) into
this one, and two Qt major versions do not belong in one process.

Not resolvable statically: attributes reached through instances
(``reply.finished``), whose type the code does not spell out. Qt 5 names that
can hide there (``exec_``, ``print_``) are rejected by name, with the rest of
Qt 5's removed API.

Differences between releases live in plugin/compat.py only. There, a Qt 5
fallback sits in the ``except ImportError`` branch and is exempt; the ``try``
branch is the Qt 6 one and is resolved like any other code.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

PLUGIN_DIR = REPO_ROOT / "plugin"
COMPAT = PLUGIN_DIR / "compat.py"
QT_PACKAGE = "qgis.PyQt"

# Qt 5 API that Qt 6 removed or renamed, with what to use instead. Checked by
# name wherever it appears, so also on instances (``dialog.exec_()``).
QT5_ONLY = {
    "exec_": "exec()",
    "print_": "print()",
    "QRegExp": "QRegularExpression",
    "QRegExpValidator": "QRegularExpressionValidator",
    "QDesktopWidget": "QGuiApplication.screens() / QScreen",
    "QTextCodec": "Python's str.encode() / bytes.decode()",
    "QGLWidget": "QOpenGLWidget",
    "QGLFormat": "QSurfaceFormat",
    "QMatrix": "QTransform",
    "QSound": "QSoundEffect",
    "QStringRef": "str",
    "QWebView": "QTextBrowser (QtWebKit is gone)",
    "QtWebKit": "QtWebEngine",
    "QtWebKitWidgets": "QtWebEngineWidgets",
    "QtXmlPatterns": "Python's xml modules",
    "QtScript": "Python",
}
# Classes Qt 6 moved from QtWidgets to QtGui: import them from plugin/compat.py.
MOVED_TO_QTGUI = {
    "QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoGroup", "QUndoStack", "QFileSystemModel",
}  # fmt: skip
# Names whose comparisons make version branches: they belong in plugin/compat.py.
VERSION_NAMES = {"QGIS_VERSION", "QGIS_VERSION_INT", "QT_VERSION", "QT_VERSION_STR", "PYQT_VERSION", "PYQT_VERSION_STR"}


@dataclass(frozen=True)
class QtUse:
    """One Qt name the code relies on: ``module`` (e.g. QtCore) and the attribute chain in it."""

    where: str
    module: str
    chain: tuple[str, ...]

    @property
    def text(self) -> str:
        return ".".join((self.module, *self.chain))


def plugin_sources() -> list[Path]:
    files = sorted(path for path in PLUGIN_DIR.rglob("*.py") if "__pycache__" not in path.parts)
    return [REPO_ROOT / "__init__.py", *files]


def _is_import_fallback(handler: ast.ExceptHandler) -> bool:
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(name, ast.Name) and name.id in {"ImportError", "ModuleNotFoundError"} for name in names)


def _fallback_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside ``except ImportError`` branches (the older release's way)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and _is_import_fallback(node):
            inside.update(id(child) for statement in node.body for child in ast.walk(statement))
    return inside


def _qt_module(dotted: str) -> str | None:
    """``qgis.PyQt.QtCore`` → ``QtCore``; None when not a qgis.PyQt module."""
    if dotted.startswith(QT_PACKAGE + "."):
        return dotted[len(QT_PACKAGE) + 1 :]
    return None


def qt_bindings(tree: ast.AST, compat: dict[str, QtUse] | None = None) -> dict[str, QtUse]:
    """Names bound to Qt things by the imports of ``tree`` (outside import fallbacks).

    ``compat`` are plugin/compat.py's own bindings: names imported from it are
    the Qt things it picked.
    """
    fallback = _fallback_nodes(tree)
    bindings: dict[str, QtUse] = {}
    for node in ast.walk(tree):
        if id(node) in fallback:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                module = _qt_module(alias.name)
                if module is not None and alias.asname:
                    bindings[alias.asname] = QtUse("", module, ())
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            module = _qt_module(source)
            for alias in node.names:
                bound = alias.asname or alias.name
                if module is not None:
                    bindings[bound] = QtUse("", module, (alias.name,))
                elif source == QT_PACKAGE:
                    bindings[bound] = QtUse("", alias.name, ())
                elif node.level and source.rpartition(".")[2] == "compat" and alias.name in (compat or {}):
                    bindings[bound] = compat[alias.name]
    return bindings


def _attribute_chain(node: ast.Attribute) -> tuple[str | None, tuple[str, ...]]:
    """``a.b.c`` → ("a", ("b", "c")); root None when the chain starts at a call or subscript."""
    chain: list[str] = []
    current: ast.expr = node
    while isinstance(current, ast.Attribute):
        chain.insert(0, current.attr)
        current = current.value
    return (current.id if isinstance(current, ast.Name) else None), tuple(chain)


def qt_uses(source: str, filename: str, compat: dict[str, QtUse] | None = None) -> list[QtUse]:
    """Every import from qgis.PyQt and every attribute chain rooted at a Qt name, in ``source``."""
    tree = ast.parse(source, filename=filename)
    fallback = _fallback_nodes(tree)
    bindings = qt_bindings(tree, compat)
    uses: list[QtUse] = []
    # The chains nested in a longer chain are part of it: only the longest counts.
    inner = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    for node in ast.walk(tree):
        if id(node) in fallback:
            continue
        where = f"{filename}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            module = _qt_module(node.module or "")
            for alias in node.names:
                if module is not None:
                    uses.append(QtUse(where, module, (alias.name,)))
                elif node.module == QT_PACKAGE:
                    uses.append(QtUse(where, alias.name, ()))
        elif isinstance(node, ast.Import):
            uses.extend(
                QtUse(where, module, ())
                for module in (_qt_module(alias.name) for alias in node.names)
                if module is not None
            )
        elif isinstance(node, ast.Attribute) and id(node) not in inner:
            root, chain = _attribute_chain(node)
            if root in bindings:
                bound = bindings[root]
                uses.append(QtUse(where, bound.module, bound.chain + chain))
            elif root == "qgis" and chain[:1] == ("PyQt",) and len(chain) > 1:
                uses.append(QtUse(where, chain[1], chain[2:]))
    return uses


def qt5_only_uses(source: str, filename: str) -> list[str]:
    """Qt 5 API by name, outside import fallbacks, with what to use on Qt 6."""
    tree = ast.parse(source, filename=filename)
    fallback = _fallback_nodes(tree)
    problems = []
    for node in ast.walk(tree):
        if id(node) in fallback:
            continue
        names: list[str] = []
        if isinstance(node, ast.Name):
            names = [node.id]
        elif isinstance(node, ast.Attribute):
            names = [node.attr]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [part for alias in node.names for part in alias.name.split(".")]
            names += (node.module or "").split(".") if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.ImportFrom) and node.module == f"{QT_PACKAGE}.QtWidgets":
                problems.extend(
                    f"{filename}:{node.lineno}: {alias.name} is in QtGui on Qt 6: import it from plugin/compat.py"
                    for alias in node.names
                    if alias.name in MOVED_TO_QTGUI
                )
        problems.extend(
            f"{filename}:{node.lineno}: {name} is Qt 5 only; on Qt 6 use {QT5_ONLY[name]}"
            for name in names
            if name in QT5_ONLY
        )
    return problems


def _imported_modules(statements: list[ast.stmt]) -> set[str]:
    modules: set[str] = set()
    for statement in statements:
        for node in ast.walk(statement):
            if isinstance(node, ast.ImportFrom):
                modules.add(node.module or "")
            elif isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
    return modules


def version_branches(source: str, filename: str) -> list[str]:
    """Release checks (version constants, fallback imports of qgis): allowed in plugin/compat.py only."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        if name in VERSION_NAMES:
            found.append(f"{filename}:{node.lineno}: {name}")
        elif isinstance(node, ast.Try) and any(_is_import_fallback(handler) for handler in node.handlers):
            modules = sorted(_imported_modules(node.body))
            if any(module.split(".")[0] == "qgis" for module in modules):
                found.append(f"{filename}:{node.lineno}: try/except ImportError around {', '.join(modules)}")
    return found


# Child process: resolve each (module, chain) on PyQt6, report the first missing part.
_RESOLVER = """
import importlib, json, sys
answers = []
for module, chain in json.load(sys.stdin):
    try:
        found = importlib.import_module("PyQt6." + module)
    except ImportError as exc:
        answers.append(f"no module PyQt6.{module} ({exc})")
        continue
    answer = None
    for depth, name in enumerate(chain):
        try:
            found = getattr(found, name)
        except AttributeError:
            answer = "PyQt6." + ".".join([module, *chain[:depth]]) + f" has no {name!r}"
            break
    answers.append(answer)
json.dump(answers, sys.stdout)
"""

# Child process: build each Designer form with PyQt6's uic, as QGIS 4 will
# (setupUi() is where the form's enums and properties are looked up). QGIS's
# own widgets stand in as the Qt classes they extend: the check is about Qt.
_FORM_BUILDER = """
import json, sys, types
import xml.etree.ElementTree as ET
from PyQt6 import QtWidgets, uic

app = QtWidgets.QApplication([])
answers = []


def qgis_property(self, name):
    # A QGIS widget's own property (QgsCollapsibleGroupBox's collapsed, say) on its Qt stand-in: the
    # check is about Qt: Qt's own widgets still fail on any name Qt 6 lacks.
    if name.startswith("set") and name[3:4].isupper():
        return lambda *args: None
    raise AttributeError(name)


for path in json.load(sys.stdin):
    for custom in ET.parse(path).getroot().iter("customwidget"):
        name, extends = custom.findtext("class"), custom.findtext("extends")
        stand_in = type(name, (getattr(QtWidgets, extends),), {"__getattr__": qgis_property})
        for module in {custom.findtext("header").removesuffix(".h"), "qgis.gui"}:
            sys.modules.setdefault(module, types.ModuleType(module))
            setattr(sys.modules[module], name, stand_in)
    try:
        form, base = uic.loadUiType(path)
        form().setupUi(base())
        answers.append(None)
    except Exception as exc:
        answers.append(f"{type(exc).__name__}: {exc}")
json.dump(answers, sys.stdout)
"""


def _in_pyqt6_child(script: str, requests: list) -> list:
    """Run ``script`` (a child process that imports PyQt6) on ``requests``; its answers."""
    completed = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(requests),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if completed.returncode != 0:
        hint = "PyQt6 is pinned in requirements-dev.txt: run scripts/setup.sh"
        pytest.fail(f"the PyQt6 child process failed ({hint}):\n{completed.stderr[-2000:]}")
    return json.loads(completed.stdout)


def resolve_on_pyqt6(uses: list[QtUse]) -> list[str]:
    """One line per use that PyQt6 cannot resolve."""
    answers = _in_pyqt6_child(_RESOLVER, [[use.module, list(use.chain)] for use in uses])
    return [f"{use.where}: {use.text}: {answer}" for use, answer in zip(uses, answers) if answer]


def build_forms_on_pyqt6(paths: list[Path]) -> list[str]:
    """One line per Designer form that PyQt6's uic cannot build."""
    answers = _in_pyqt6_child(_FORM_BUILDER, [str(path) for path in paths])
    return [f"{_relative(path)}: {answer}" for path, answer in zip(paths, answers) if answer]


def compat_bindings() -> dict[str, QtUse]:
    return qt_bindings(ast.parse(COMPAT.read_text(encoding="utf-8"), filename=str(COMPAT)))


def _relative(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


# -- the plugin's code ----------------------------------------------------------
def test_every_qt_name_the_plugin_uses_exists_in_pyqt6():
    compat = compat_bindings()
    uses = [
        use for path in plugin_sources() for use in qt_uses(path.read_text(encoding="utf-8"), _relative(path), compat)
    ]
    # The scanner must see the plugin's Qt code, or the check proves nothing.
    assert any(use.module == "QtNetwork" and use.chain[:2] == ("QNetworkRequest", "Attribute") for use in uses)
    problems = resolve_on_pyqt6(uses)
    assert not problems, "Not on Qt 6 (PyQt6):\n" + "\n".join(problems)


def test_the_plugin_uses_no_qt5_only_api():
    problems = [
        problem
        for path in plugin_sources()
        for problem in qt5_only_uses(path.read_text(encoding="utf-8"), _relative(path))
    ]
    assert not problems, "\n".join(problems)


def test_release_differences_live_in_compat_only():
    problems = [
        problem
        for path in plugin_sources()
        if path != COMPAT
        for problem in version_branches(path.read_text(encoding="utf-8"), _relative(path))
    ]
    assert not problems, "release checks outside plugin/compat.py:\n" + "\n".join(problems)


def test_every_designer_form_builds_with_pyqt6():
    forms = sorted((REPO_ROOT / "ui").glob("*.ui"))
    problems = build_forms_on_pyqt6(forms)
    assert not problems, "Not on Qt 6 (PyQt6 uic):\n" + "\n".join(problems)


def test_compat_picks_the_qt6_location_first():
    assert compat_bindings()["QAction"] == QtUse("", "QtGui", ("QAction",))


# -- the check itself, on samples -------------------------------------------------
def _problems(source: str) -> list[str]:
    source = textwrap.dedent(source)
    return resolve_on_pyqt6(qt_uses(source, "sample.py")) + qt5_only_uses(source, "sample.py")


def test_check_rejects_an_unscoped_enum():
    problems = _problems("""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtNetwork import QNetworkRequest

        role = Qt.UserRole
        attribute = QNetworkRequest.CacheLoadControlAttribute
    """)
    assert problems == [
        "sample.py:5: QtCore.Qt.UserRole: PyQt6.QtCore.Qt has no 'UserRole'",
        "sample.py:6: QtNetwork.QNetworkRequest.CacheLoadControlAttribute: "
        "PyQt6.QtNetwork.QNetworkRequest has no 'CacheLoadControlAttribute'",
    ]


def test_check_accepts_scoped_enums_and_module_imports():
    assert not _problems("""
        from qgis.PyQt import QtCore
        from qgis.PyQt.QtCore import Qt, QUrl
        from qgis.PyQt.QtNetwork import QNetworkRequest as Request

        role = Qt.ItemDataRole.UserRole
        same = QtCore.Qt.ItemDataRole.UserRole
        attribute = Request.Attribute.CacheLoadControlAttribute
        text = QUrl("https://example.com").toString(QUrl.ComponentFormattingOption.FullyEncoded)
    """)


def test_check_rejects_qt5_only_api():
    problems = _problems("""
        from qgis.PyQt.QtCore import QRegExp
        from qgis.PyQt.QtWidgets import QAction, QDesktopWidget

        def ask(dialog):
            return dialog.exec_()
    """)
    assert "sample.py:2: QtCore.QRegExp: PyQt6.QtCore has no 'QRegExp'" in problems
    assert "sample.py:3: QtWidgets.QAction: PyQt6.QtWidgets has no 'QAction'" in problems
    assert "sample.py:3: QAction is in QtGui on Qt 6: import it from plugin/compat.py" in problems
    assert "sample.py:3: QDesktopWidget is Qt 5 only; on Qt 6 use QGuiApplication.screens() / QScreen" in problems
    assert "sample.py:6: exec_ is Qt 5 only; on Qt 6 use exec()" in problems


def test_form_check_rejects_an_unknown_enum(tmp_path):
    form = tmp_path / "sample.ui"
    form.write_text(
        textwrap.dedent("""\
            <?xml version="1.0" encoding="UTF-8"?>
            <ui version="4.0">
             <class>Sample</class>
             <widget class="QDialog" name="Sample">
              <layout class="QVBoxLayout" name="layout">
               <item>
                <widget class="QgsFilterLineEdit" name="filter"/>
               </item>
               <item>
                <widget class="QDialogButtonBox" name="buttons">
                 <property name="standardButtons">
                  <set>QDialogButtonBox::Close|QDialogButtonBox::Shut</set>
                 </property>
                </widget>
               </item>
              </layout>
             </widget>
             <customwidgets>
              <customwidget>
               <class>QgsFilterLineEdit</class>
               <extends>QLineEdit</extends>
               <header>qgsfilterlineedit.h</header>
              </customwidget>
             </customwidgets>
            </ui>
        """),
        encoding="utf-8",
    )
    (problem,) = build_forms_on_pyqt6([form])
    assert problem.endswith("AttributeError: type object 'QDialogButtonBox' has no attribute 'Shut'")


def test_check_exempts_only_import_fallbacks():
    source = """
        try:
            from qgis.PyQt.QtGui import QAction
        except ImportError:
            from qgis.PyQt.QtWidgets import QAction
    """
    assert not _problems(source)
    assert version_branches(textwrap.dedent(source), "sample.py") == [
        "sample.py:2: try/except ImportError around qgis.PyQt.QtGui"
    ]
    assert version_branches("from qgis.core import Qgis\nnew = Qgis.QGIS_VERSION_INT >= 33400\n", "s.py") == [
        "s.py:2: QGIS_VERSION_INT"
    ]
