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

from ..core.urls import origin_of, redact
from ..integration import headless
from ..integration.headless import HeadlessError
from ..integration.layers import make_layer
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
                f"{clean} is not an ArcGIS service URL: give a …/FeatureServer/<layer> or …/MapServer URL."
            )
        index = kinds[-1]
        rest = parts[index + 1 :]
        if len(rest) > 1 or (rest and not rest[0].isdigit()):
            raise HeadlessError(f"{clean} is not a service or layer URL: it should end in …/{parts[index]}[/<id>].")
        service = origin_of(clean) + "/".join(parts[: index + 1])
        return cls(service, unquote(parts[index]).lower(), int(rest[0]) if rest else None, unquote(parts[index - 1]))


class LoadLayerAlgorithm(ArcGISAlgorithm):
    NAME = "loadlayer"
    DISPLAY_NAME = "Load secured ArcGIS layer"
    HELP = (
        "Makes a QGIS layer of a token-secured ArcGIS service, signed in through a plugin connection.\n\n"
        "URL: a feature layer (…/FeatureServer/0) gives a vector layer; a map service (…/MapServer) gives "
        "the image of its first layer, and …/MapServer/2 the image of layer 2. A …/FeatureServer URL without a "
        "layer id works when the service has a single layer.\n\n"
        "The layer keeps only the connection's id (authcfg), never a token or password; the plugin keeps "
        "its token fresh. In a model, feed the output to Download secured features."
    )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API name
        url = QgsProcessingParameterString(URL, self.tr("Service or layer URL"))
        url.setHelp(self.tr("…/rest/services/<name>/FeatureServer/<layer id> or …/rest/services/<name>/MapServer"))
        self.addParameter(url)
        self.addParameter(connection_parameter(self.tr("Connection"), self.tr(CONNECTION_HELP)))
        name = QgsProcessingParameterString(NAME, self.tr("Layer name"), optional=True)
        name.setHelp(self.tr("Empty: the service's name."))
        self.addParameter(name)
        self.addOutput(QgsProcessingOutputMapLayer(OUTPUT, self.tr("Secured layer")))

    def process(self, parameters, context, feedback) -> dict:
        target = ServiceUrl.parse(self.parameterAsString(parameters, URL, context))
        reference = self.parameterAsString(parameters, CONNECTION, context)
        connection = headless.connection_for(target.service, reference)
        headless.require_secret(connection, for_layers=True)
        feedback.pushInfo(self.tr("Signing in with the connection “{}”…").format(connection.name))
        headless.token(connection, target.service)
        if target.kind == FEATURE_SERVER and target.layer is None:
            target = target._replace(layer=self._only_layer(connection, target))
        name = self.parameterAsString(parameters, NAME, context).strip() or target.name
        layer = make_layer(target.layer_url, connection, as_map=target.kind == MAP_SERVER, name=name)
        if not layer.isValid():
            # Not layer.error(): it has crashed QGIS 3.22 for invalid arcgisfeatureserver layers.
            raise HeadlessError(
                f"QGIS could not open {target.layer_url} through the connection “{connection.name}”, which signed in; "
                "the message log has QGIS's details."
            )
        context.temporaryLayerStore().addMapLayer(layer)
        details = QgsProcessingContext.LayerDetails(name, context.project(), OUTPUT)
        context.addLayerToLoadOnCompletion(layer.id(), details)
        feedback.pushInfo(self.tr("Loaded {} through the connection “{}”.").format(target.layer_url, connection.name))
        return {OUTPUT: layer.id()}

    @staticmethod
    def _only_layer(connection, target: ServiceUrl) -> int:
        service = headless.rest_json(connection, target.service, {})
        layers = [item for item in service.get("layers") or [] if isinstance(item, dict) and "id" in item]
        if len(layers) == 1:
            return int(layers[0]["id"])
        listed = ", ".join(f"{item['id']} ({item.get('name', '')})" for item in layers) or "none"
        raise HeadlessError(f"The service has several layers or none ({listed}): add the layer id to the URL.")
