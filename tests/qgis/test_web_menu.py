"""The plugin's entries live in QGIS's own Web menu, whatever the order plugins start in.

In the real QGIS desktop (under Xvfb), with MetaSearch (which ships with QGIS
and also uses the Web menu) enabled: the plugin enabled in the profile before
QGIS starts (QGIS loads the profile's plugins before its own ones), and the
plugin enabled from the Plugin Manager while QGIS runs. Each time the menu bar
has exactly one Web menu, QGIS's own, holding MetaSearch's entry and the
plugin's; after the plugin unloads, the Web menu is still there with
MetaSearch's entry. Without any other plugin in the Web menu, the plugin's
entries still show, and an empty Web menu leaves the menu bar with it, as QGIS
does for plugins that use ``addPluginToWebMenu()``.
"""

from __future__ import annotations

import pytest

from tests.conftest import PLUGIN_PACKAGE, REPO_ROOT
from tests.qgis.desktop import DesktopProfile

WEB_MENU_CHECK = """
import qgis.utils
from qgis.PyQt.QtCore import QCoreApplication, QEvent

NAME = {package!r}
ORDER = {order!r}

def text(action):
    return action.text().replace("&", "")

def tree(menu):
    return [[text(action), tree(action.menu()) if action.menu() else None]
            for action in menu.actions() if not action.isSeparator()]

def snapshot():
    iface = qgis.utils.iface
    bar = iface.mainWindow().menuBar()
    menus = [action for action in bar.actions() if action.menu() is not None]
    web = [action for action in menus if text(action) == "Web" or action.menu() is iface.webMenu()]
    return {{
        "active": sorted(qgis.utils.active_plugins),
        "bar": [text(action) for action in menus],
        "web_menus": len(web),
        "web_is_qgis_own": [action.menu() is iface.webMenu() for action in web],
        "web_visible": [action.isVisible() for action in web],
        "web": tree(iface.webMenu()),
    }}

def unload():
    unloaded = qgis.utils.unloadPlugin(NAME)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # let deleteLater() run
    return unloaded

def check():
    result = {{"at_start": snapshot()}}
    if ORDER == "plugin_manager":  # what the Plugin Manager's check box does
        result["loaded"] = qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
    result["during"] = snapshot()
    result["unloaded"] = unload()
    result["after"] = snapshot()
    # Enabled again from the Plugin Manager (and unloaded again): still one Web menu.
    result["reloaded"] = qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
    result["again"] = snapshot()
    result["unloaded_again"] = unload()
    result["after_again"] = snapshot()
    return result
"""

PLUGIN_ENTRY = ["ArcGIS Token Auth", [["Add Secured ArcGIS Layers…", None], ["Connections…", None]]]


def _run(tmp_path, order: str, metasearch: bool) -> dict:
    profile = DesktopProfile(tmp_path)
    (profile.plugins_dir / PLUGIN_PACKAGE).symlink_to(REPO_ROOT, target_is_directory=True)
    profile.set_plugins_at_start(**{PLUGIN_PACKAGE: order == "at_start", "MetaSearch": metasearch})
    return profile.run(WEB_MENU_CHECK.format(package=PLUGIN_PACKAGE, order=order))


def _assert_one_web_menu(state: dict, entries: list[str]) -> None:
    assert state["web_menus"] == 1, f"Web menus in the menu bar: {state['web_menus']} ({state['bar']})"
    assert state["web_is_qgis_own"] == [True], "the Web menu in the menu bar is not QGIS's own"
    assert state["web_visible"] == [True]
    assert [text for text, _children in state["web"]] == entries, state["web"]
    assert state["bar"].index("Web") < state["bar"].index("Help"), state["bar"]


@pytest.mark.parametrize("order", ["at_start", "plugin_manager"])
def test_one_web_menu_with_metasearch_and_the_plugin_in_every_start_order(tmp_path, order):
    result = _run(tmp_path, order, metasearch=True)
    assert "MetaSearch" in result["at_start"]["active"]
    assert (PLUGIN_PACKAGE in result["at_start"]["active"]) == (order == "at_start")
    if order == "plugin_manager":
        assert result["loaded"]
        _assert_one_web_menu(result["at_start"], ["MetaSearch"])
    assert result["unloaded"] and result["reloaded"] and result["unloaded_again"]

    for during in (result["during"], result["again"]):
        _assert_one_web_menu(during, ["ArcGIS Token Auth", "MetaSearch"])
        assert PLUGIN_ENTRY in during["web"]
        metasearch_entry = next(children for text, children in during["web"] if text == "MetaSearch")
        assert "MetaSearch" in [text for text, _children in metasearch_entry]
    for after in (result["after"], result["after_again"]):
        assert PLUGIN_PACKAGE not in after["active"]
        _assert_one_web_menu(after, ["MetaSearch"])


def test_the_plugin_alone_in_the_web_menu(tmp_path):
    result = _run(tmp_path, "at_start", metasearch=False)
    assert "MetaSearch" not in result["at_start"]["active"]
    for during in (result["during"], result["again"]):
        _assert_one_web_menu(during, ["ArcGIS Token Auth"])
        assert during["web"] == [PLUGIN_ENTRY]
    for after in (result["after"], result["after_again"]):
        # An empty Web menu is not in the menu bar (QGIS's removePluginWebMenu() does the same).
        assert after["web_menus"] == 0, after["bar"]
        assert after["web"] == []
