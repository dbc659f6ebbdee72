"""The QGIS plugin class: wires the parts together and takes them apart again.

QGIS desktop calls ``initGui()`` (and ``initProcessing()`` for plugins with
``hasProcessingProvider=yes``); ``qgis_process`` builds the plugin with
``iface=None`` and calls only ``initProcessing()``. Everything the plugin
registers is registered in :meth:`_start_services` or the GUI/Processing
methods, and ``unload()`` removes exactly that.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QMenu

from .integration.log import MessageLogBridge
from .integration.service import TokenService
from .paths import ICON_PATH, PLUGIN_NAME, plugin_cache_dir
from .translation import PluginTranslator


class ArcGISTokenAuthPlugin:
    """Entry object returned by ``classFactory``."""

    def __init__(self, iface) -> None:
        # Only keep iface: QGIS may build the plugin long before initGui().
        self.iface = iface
        self._translator: PluginTranslator | None = None
        self._log_bridge: MessageLogBridge | None = None
        self.service: TokenService | None = None
        self._provider = None
        self._menu: QMenu | None = None
        self._toolbar_actions: list = []

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("ArcGISTokenAuthPlugin", text)

    # -- shared by desktop and qgis_process ---------------------------------
    def _start_services(self) -> None:
        if self._translator is None:
            self._translator = PluginTranslator()
            self._translator.install()
        if self._log_bridge is None:
            self._log_bridge = MessageLogBridge(PLUGIN_NAME)
            self._log_bridge.install()
        if self.service is None:
            self.service = TokenService(interactive=self.iface is not None, cache_dir=plugin_cache_dir())
            self.service.start()

    def _stop_services(self) -> None:
        if self.service is not None:
            self.service.stop()
            self.service = None
        if self._log_bridge is not None:
            self._log_bridge.uninstall()
            self._log_bridge = None
        if self._translator is not None:
            self._translator.uninstall()
            self._translator = None

    # -- QGIS entry points ----------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 - QGIS API name
        self._start_services()
        if self._provider is None:
            from .processing.provider import ArcGISTokenAuthProvider

            self._provider = ArcGISTokenAuthProvider()
            QgsApplication.processingRegistry().addProvider(self._provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self._start_services()
        self.initProcessing()
        from .gui.actions import create_actions

        # Our own submenu rather than addPluginToWebMenu(): QGIS leaves the
        # submenu it creates behind after removePluginWebMenu(), one more on
        # every plugin reload. So the plugin also does what that call does for
        # QGIS's Web menu itself: see _add_to_web_menu().
        self._menu = QMenu(self.tr(PLUGIN_NAME), self.iface.webMenu())
        self._menu.setObjectName("arcgisTokenAuthMenu")
        self._menu.setIcon(self.icon())
        for action in create_actions(self._menu, self.iface):
            self._menu.addAction(action)
            if action.property("onToolbar"):
                self.iface.addWebToolBarIcon(action)
                self._toolbar_actions.append(action)
        self._add_to_web_menu(self._menu)

    def unload(self) -> None:
        for action in self._toolbar_actions:
            self.iface.removeWebToolBarIcon(action)
        self._toolbar_actions.clear()
        if self._menu is not None:
            self.iface.webMenu().removeAction(self._menu.menuAction())
            self._menu.deleteLater()  # and the actions it parents
            self._menu = None
            self._hide_web_menu_if_empty()
        if self._provider is not None:
            QgsApplication.processingRegistry().removeProvider(self._provider)
            self._provider = None
        self._stop_services()

    # -- QGIS's Web menu, as addPluginToWebMenu() / removePluginWebMenu() keep it --
    def _add_to_web_menu(self, submenu: QMenu) -> None:
        """Add ``submenu`` to QGIS's Web menu, among the plugins' submenus in name order, and
        make sure the Web menu is in the menu bar.

        QGIS keeps its Web menu out of the menu bar until a plugin calls
        ``addPluginToWebMenu()``, and puts it there (before *Help*) only when that
        call leaves it with exactly one entry. A submenu added directly neither
        shows the Web menu nor lets a later ``addPluginToWebMenu()`` (MetaSearch's,
        when QGIS loads the profile's plugins first) show it: no Web menu at all.
        """
        web = self.iface.webMenu()
        title = submenu.title().replace("&", "").casefold()
        before = next((a for a in web.actions() if a.text().replace("&", "").casefold() > title), None)
        web.insertMenu(before, submenu)
        bar = self.iface.mainWindow().menuBar()
        if web.menuAction() not in bar.actions():
            help_menu = self.iface.helpMenu().menuAction()
            bar.insertMenu(help_menu if help_menu in bar.actions() else None, web)

    def _hide_web_menu_if_empty(self) -> None:
        """An empty Web menu leaves the menu bar, as ``removePluginWebMenu()`` does it."""
        web = self.iface.webMenu()
        if not web.actions():
            self.iface.mainWindow().menuBar().removeAction(web.menuAction())

    @staticmethod
    def icon() -> QIcon:
        return QIcon(str(ICON_PATH))
