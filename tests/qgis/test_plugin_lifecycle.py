"""Loading, starting and unloading the plugin leaves nothing behind.

In QGIS desktop (real iface, real menus) for the checkout and for the
release zip, and the way qgis_process does it (``classFactory(None)`` and
``initProcessing()`` only).
"""

from __future__ import annotations

import logging
import zipfile
from collections import Counter

import pytest
from qgis.core import QgsApplication

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT
from tests.qgis.desktop import DesktopProfile

PROVIDER_ID = "arcgistokenauth"

LIFECYCLE_CHECK = f"""
import logging
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject

NAME = {PLUGIN_PACKAGE!r}

def menu_tree(menu):
    return [
        [action.text(), action.objectName(), menu_tree(action.menu()) if action.menu() else None]
        for action in menu.actions()
    ]

def snapshot():
    iface = qgis.utils.iface
    return {{
        "web_menu": menu_tree(iface.webMenu()),
        "web_toolbar": [action.objectName() or action.text() for action in iface.webToolBar().actions()],
        "providers": sorted(p.id() for p in QgsApplication.processingRegistry().providers()),
        "log_handlers": len(logging.getLogger("arcgis_token_auth").handlers),
        "main_window_children": sorted(
            type(child).__name__ + ":" + child.objectName() for child in iface.mainWindow().findChildren(QObject)
        ),
    }}

def check():
    before = snapshot()
    loaded = qgis.utils.loadPlugin(NAME)
    started = qgis.utils.startPlugin(NAME)
    module_file = qgis.utils.plugins[NAME].__class__.__module__
    during = snapshot()
    unloaded = qgis.utils.unloadPlugin(NAME)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # let deleteLater() run
    after = snapshot()
    return {{"loaded": loaded, "started": started, "unloaded": unloaded, "module": module_file,
             "before": before, "during": during, "after": after,
             "installed_at": qgis.utils.plugin_paths}}
"""


def _flatten_object_names(tree) -> list[str]:
    names = []
    for _text, object_name, children in tree:
        names.append(object_name)
        if children:
            names.extend(_flatten_object_names(children))
    return names


def _assert_clean_lifecycle(result: dict) -> None:
    assert result["loaded"] and result["started"] and result["unloaded"], result
    during, before, after = result["during"], result["before"], result["after"]
    assert PROVIDER_ID in during["providers"]
    assert PROVIDER_ID not in before["providers"]
    assert "arcgisTokenAuthConnections" in _flatten_object_names(during["web_menu"])
    assert during["log_handlers"] == before["log_handlers"] + 1
    left_over = Counter(after.pop("main_window_children")) - Counter(before.pop("main_window_children"))
    assert not left_over, f"unload() left these in the main window: {dict(left_over)}"
    assert after == before, "unload() left something registered"


@pytest.fixture
def desktop_profile(tmp_path) -> DesktopProfile:
    return DesktopProfile(tmp_path)


def test_checkout_loads_and_unloads_cleanly_in_qgis_desktop(desktop_profile):
    (desktop_profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    _assert_clean_lifecycle(desktop_profile.run(LIFECYCLE_CHECK))


def test_release_zip_installs_and_loads_in_qgis_desktop(desktop_profile, tmp_path):
    from scripts.package import build_zip

    archive = build_zip(tmp_path / "release.zip")
    with zipfile.ZipFile(archive) as release:
        names = release.namelist()
        assert {name.split("/", 1)[0] for name in names} == {PLUGIN_PACKAGE}, "one top folder"
        assert f"{PLUGIN_PACKAGE}/metadata.txt" in names
        assert not [name for name in names if name.startswith(f"{PLUGIN_PACKAGE}/tests/")]
        assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
        release.extractall(desktop_profile.plugins_dir)

    result = desktop_profile.run(LIFECYCLE_CHECK)
    _assert_clean_lifecycle(result)
    assert result["module"] == f"{PLUGIN_PACKAGE}.plugin.plugin"


def test_qgis_process_style_load_without_iface(qgis_processing):
    import arcgis_token_auth

    registry = QgsApplication.processingRegistry()
    handlers_before = list(logging.getLogger("arcgis_token_auth").handlers)
    plugin = arcgis_token_auth.classFactory(None)
    plugin.initProcessing()
    try:
        assert registry.providerById(PROVIDER_ID) is not None
    finally:
        plugin.unload()
    assert registry.providerById(PROVIDER_ID) is None
    assert logging.getLogger("arcgis_token_auth").handlers == handlers_before
