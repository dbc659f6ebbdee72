"""ArcGIS Token Auth: QGIS loads this file and calls classFactory().

Nothing is imported here at module level, so that QGIS starts fast and that
``plugin.core`` stays usable from scripts and tests without QGIS.
"""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    """Return the plugin instance; ``iface`` is None under qgis_process."""
    from .plugin.plugin import ArcGISTokenAuthPlugin

    return ArcGISTokenAuthPlugin(iface)
