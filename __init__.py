"""ArcGIS Token Auth: QGIS loads this file and calls classFactory(), QGIS Server serverClassFactory().

Nothing is imported here at module level, so that QGIS starts fast and that
``plugin.core`` stays usable from scripts and tests without QGIS.
"""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    """Return the plugin instance; ``iface`` is None under qgis_process."""
    from .plugin.plugin import ArcGISTokenAuthPlugin

    return ArcGISTokenAuthPlugin(iface)


def serverClassFactory(serverIface):  # noqa: N802, N803 - the names QGIS Server uses
    """Return the QGIS Server plugin instance (``metadata.txt``: ``server=True``)."""
    from .plugin.server import ArcGISTokenAuthServerPlugin

    return ArcGISTokenAuthServerPlugin(serverIface)


def __getattr__(name):
    # "from arcgis_token_auth import api" for scripts and the PyQGIS console,
    # imported only when asked for.
    if name == "api":
        from .plugin.integration import api

        return api
    raise AttributeError(name)
