"""*Load secured ArcGIS layer*: a service or layer URL → a QGIS layer that signs in through a connection.

The layer is QGIS's own ArcGIS REST layer carrying the connection's
``authcfg`` (no secret in its source), so a project saved with it opens again
wherever the plugin has that connection. The algorithm signs in before it
makes the layer: a refused password fails here, with its reason, instead of
becoming an invalid layer that says nothing.
"""

from __future__ import annotations

from typing import NamedTuple, Optional
from urllib.parse import unquote, urlsplit

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingOutputMapLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.phrases import QT_TRANSLATE_NOOP
from ..core.urls import origin_of, redact
from ..integration import headless
from ..integration.headless import HeadlessError
from ..translation import translated
from .base import CONNECTION_HELP, ArcGISAlgorithm
from .parameters import CONNECTION, connection_parameter

URL = "URL"
NAME = "NAME"
OUTPUT = "OUTPUT"

FEATURE_SERVER = "featureserver"
MAP_SERVER = "mapserver"


class ServiceUrl(NamedTuple):
    """A pasted ArcGIS REST URL, understood: the service's URL, its type, the layer id if one was given."""

    service: str  # …/<name>/FeatureServer or …/<name>/MapServer, no query
    kind: str  # FEATURE_SERVER or MAP_SERVER
    layer: Optional[int]
    name: str  # the service's name, for the QGIS layer

    @property
    def layer_url(self) -> str:
        return self.service if self.layer is None else f"{self.service}/{self.layer}"

    @classmethod
    def parse(cls, url: str) -> ServiceUrl:
        clean = redact(url).rstrip("/")  # no query (a pasted ?token= must not reach the layer), no userinfo
        parts = urlsplit(clean).path.split("/")
        kinds = [index for index, part in enumerate(parts) if unquote(part).lower() in (FEATURE_SERVER, MAP_SERVER)]
        if not kinds:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "{url} is not an ArcGIS service URL: give a …/FeatureServer/<layer> or …/MapServer URL."
                ).format(url=clean)
            )
        index = kinds[-1]
        rest = parts[index + 1 :]
        if len(rest) > 1 or (rest and not rest[0].isdigit()):
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "{url} is not a service or layer URL: it should end in …/{kind}[/<id>]."
                ).format(url=clean, kind=parts[index])
            )
        service = origin_of(clean) + "/".join(parts[: index + 1])
        return cls(service, unquote(parts[index]).lower(), int(rest[0]) if rest else None, unquote(parts[index - 1]))


class LoadLayerAlgorithm(ArcGISAlgorithm):
    NAME = "loadlayer"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ArcGISTokenAuthAlgorithms", "Load secured ArcGIS layer")
    HELP = QT_TRANSLATE_NOOP(
        "ArcGISTokenAuthAlgorithms",
        "Makes a QGIS layer of a token-secured ArcGIS service, signed in through a plugin connection.\n\n"
        "URL: a feature layer (…/FeatureServer/0) gives a vector layer; a map service (…/MapServer) gives "
        "the image of its first layer, and …/MapServer/2 the image of layer 2. A …/FeatureServer URL without a "
        "layer id works when the service has a single layer.\n\n"
        "The layer keeps only the connection's id (authcfg), never a token or password; the plugin keeps "
        "its token fresh. In a model, feed the output to Download secured features."
    )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API name
        url = QgsProcessingParameterString(
            URL, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Service or layer URL")
        )
        url.setHelp(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "…/rest/services/<name>/FeatureServer/<layer id> or …/rest/services/<name>/MapServer"
            )
        )
        self.addParameter(url)
        connection = connection_parameter(
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Connection"), translated(CONNECTION_HELP)
        )
        self.addParameter(connection)
        name = QgsProcessingParameterString(
            NAME, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Layer name"), optional=True
        )
        name.setHelp(QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Empty: the service's name."))
        self.addParameter(name)
        self.addOutput(
            QgsProcessingOutputMapLayer(
                OUTPUT, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Secured layer")
            )
        )

    def process(self, parameters, context, feedback) -> dict:
        from ..integration.layers import make_layer  # when the algorithm first runs, not as QGIS starts

        target = ServiceUrl.parse(self.parameterAsString(parameters, URL, context))
        reference = self.parameterAsString(parameters, CONNECTION, context)
        connection = headless.connection_for(target.service, reference)
        headless.require_secret(connection, for_layers=True)
        feedback.pushInfo(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Signing in with the connection “{connection}”…"
            ).format(connection=connection.name)
        )
        headless.token(connection, target.service)
        if target.kind == FEATURE_SERVER and target.layer is None:
            target = target._replace(layer=self._only_layer(connection, target))
        name = self.parameterAsString(parameters, NAME, context).strip() or target.name
        layer = make_layer(target.layer_url, connection, as_map=target.kind == MAP_SERVER, name=name)
        if not layer.isValid():
            # Not layer.error(): it has crashed QGIS 3.22 for invalid arcgisfeatureserver layers.
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "QGIS could not open {url} through the connection “{connection}”, which signed in; "
                    "the message log has QGIS's details."
                ).format(url=target.layer_url, connection=connection.name)
            )
        context.temporaryLayerStore().addMapLayer(layer)
        details = QgsProcessingContext.LayerDetails(name, context.project(), OUTPUT)
        context.addLayerToLoadOnCompletion(layer.id(), details)
        feedback.pushInfo(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Loaded {url} through the connection “{connection}”."
            ).format(url=target.layer_url, connection=connection.name)
        )
        return {OUTPUT: layer.id()}

    @staticmethod
    def _only_layer(connection, target: ServiceUrl) -> int:
        service = headless.rest_json(connection, target.service, {})
        layers = [item for item in service.get("layers") or [] if isinstance(item, dict) and "id" in item]
        if len(layers) == 1:
            return int(layers[0]["id"])
        listed = ", ".join(f"{item['id']} ({item.get('name', '')})" for item in layers)
        raise HeadlessError(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "The service has several layers or none ({layers}): add the layer id to the URL."
            ).format(layers=listed or QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "none"))
        )
