"""Differences between the QGIS / Qt releases the plugin runs on, in one place."""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingAlgorithm, QgsProcessingParameterDefinition, QgsSettings, QgsWkbTypes

try:  # Qt 6 (QGIS 4) moved QAction to QtGui.
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt 5 (QGIS 3)
    from qgis.PyQt.QtWidgets import QAction

__all__ = ["QAction"]


def follow_no_redirect_in_qt(request) -> None:
    """Make Qt itself follow no redirect of ``request`` (it would copy every header along).

    Qt 6 (QGIS 4) follows redirects by default (``NoLessSafeRedirectPolicy``, to any
    origin); Qt 5 does when a caller set ``FollowRedirectsAttribute``, which Qt 6
    removed. QGIS follows redirects itself with a new request, which runs the
    request hook again for the new URL.
    """
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request.setAttribute(
        QNetworkRequest.Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.ManualRedirectPolicy
    )
    follow = getattr(QNetworkRequest.Attribute, "FollowRedirectsAttribute", None)  # Qt 5 only
    if follow is not None:
        request.setAttribute(follow, False)


def can_edit_arcgis_feature_layers() -> bool:
    """Whether QGIS's ``arcgisfeatureserver`` provider saves edits to ArcGIS feature layers: from
    QGIS 3.28 on; before, it only reads them, whatever the service allows."""
    return Qgis.QGIS_VERSION_INT >= 32800


def set_uri_referer(uri, referer: str) -> None:
    """Ask the ArcGIS providers to send ``Referer: <referer>``, on every QGIS release.

    QGIS 3.22 reads the ``referer`` key and ignores ``http-header:`` keys; from
    3.24 on it reads ``http-header:referer`` and ignores ``referer``. Both keys
    are set, so a project saved on one release loads on the other.
    """
    uri.setParam("referer", referer)
    uri.setParam("http-header:referer", referer)


# -- QGIS's own "ArcGIS REST Servers" connections (Browser panel, Data Source Manager) --
#
# QGIS 3.22 to 3.28 keep them as plain settings keys, split over two groups;
# QGIS 3.30 moved them into its settings tree (and migrates the old keys once,
# at start-up). Each function below works on both.
try:  # QGIS ≥ 3.30
    from qgis.core import QgsSettingsTree
except ImportError:  # QGIS 3.22 to 3.28
    QgsSettingsTree = None

_LEGACY_GROUP = "qgis/connections-arcgisfeatureserver"
_LEGACY_CREDENTIALS_GROUP = "qgis/ARCGISFEATURESERVER"


def _arcgis_connections_node():
    return QgsSettingsTree.node("connections").childNode("arcgisfeatureserver")


def arcgis_rest_connection_names() -> list[str]:
    if QgsSettingsTree is None:
        settings = QgsSettings()
        settings.beginGroup(_LEGACY_GROUP)
        try:
            return settings.childGroups()
        finally:
            settings.endGroup()
    return _arcgis_connections_node().items()


def arcgis_rest_connection_authcfg(name: str) -> str:
    """The ``authcfg`` of QGIS's ArcGIS REST connection ``name`` ("" when none)."""
    if QgsSettingsTree is None:
        return QgsSettings().value(f"{_LEGACY_CREDENTIALS_GROUP}/{name}/authcfg", "") or ""
    return _arcgis_connections_node().childSetting("authcfg").valueAsVariant([name]) or ""


def write_arcgis_rest_connection(name: str, url: str, authcfg: str, referer: str | None) -> None:
    """Create or replace QGIS's ArcGIS REST connection ``name``."""
    if QgsSettingsTree is None:
        settings = QgsSettings()
        settings.setValue(f"{_LEGACY_GROUP}/{name}/url", url)
        settings.setValue(f"{_LEGACY_GROUP}/{name}/referer", referer or "")
        settings.setValue(f"{_LEGACY_CREDENTIALS_GROUP}/{name}/authcfg", authcfg)
        return
    node = _arcgis_connections_node()
    node.childSetting("url").setVariantValue(url, [name])
    node.childSetting("authcfg").setVariantValue(authcfg, [name])
    node.childSetting("http-header").setVariantValue({"referer": referer} if referer else {}, [name])


def delete_arcgis_rest_connection(name: str) -> None:
    if QgsSettingsTree is None:
        settings = QgsSettings()
        settings.remove(f"{_LEGACY_GROUP}/{name}")
        settings.remove(f"{_LEGACY_CREDENTIALS_GROUP}/{name}")
        return
    _arcgis_connections_node().deleteItem(name)


# -- Processing and geometry enums: QGIS 4 keeps only the Qgis.* forms ---------------------
# Qgis.WkbType from 3.30 on.
NO_GEOMETRY = Qgis.WkbType.NoGeometry if hasattr(Qgis, "WkbType") else QgsWkbTypes.Type.NoGeometry
# A Processing parameter shown under "Advanced Parameters" (Qgis.ProcessingParameterFlag from QGIS 3.36).
ADVANCED_PARAMETER = (
    Qgis.ProcessingParameterFlag.Advanced
    if hasattr(Qgis, "ProcessingParameterFlag")
    else QgsProcessingParameterDefinition.FlagAdvanced
)

if hasattr(Qgis, "ProcessingAlgorithmFlag"):  # QGIS ≥ 3.36
    SKIP_GENERIC_MODEL_LOGGING = Qgis.ProcessingAlgorithmFlag.SkipGenericModelLogging
else:
    SKIP_GENERIC_MODEL_LOGGING = QgsProcessingAlgorithm.Flag.FlagSkipGenericModelLogging


def parameter_as_strings(algorithm, parameters, name: str, context) -> list[str]:
    """A field-list parameter's value: ``parameterAsStrings`` from 3.32 (``parameterAsFields`` warns there)."""
    read = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
    return list(read(parameters, name, context))
