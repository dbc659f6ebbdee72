"""*Download secured features*: an ArcGIS feature layer → any vector format QGIS writes (GeoPackage by default).

The server does the filtering (``where``, extent); the features come in
batches of at most ``maxRecordCount``, however many there are, each batch
with a fresh token (:mod:`.feature_service`). Progress counts features;
cancelling stops before the next batch and keeps what was written.
"""

from __future__ import annotations

from qgis.core import (
    QgsDataSourceUri,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.connection import Connection
from ..integration import headless
from ..integration.headless import HeadlessError
from ..integration.layers import FEATURE_PROVIDER
from .base import CONNECTION_HELP, ArcGISAlgorithm
from .feature_service import FeatureLayerSource
from .parameters import CONNECTION, connection_parameter

INPUT = "INPUT"
URL = "URL"
WHERE = "WHERE"
EXTENT = "EXTENT"
FIELDS = "FIELDS"
OUTPUT = "OUTPUT"
FEATURE_COUNT = "FEATURE_COUNT"


class DownloadFeaturesAlgorithm(ArcGISAlgorithm):
    NAME = "downloadfeatures"
    DISPLAY_NAME = "Download secured features"
    HELP = (
        "Copies the features of a token-secured ArcGIS feature layer into a file (GeoPackage unless you "
        "choose another format), signed in through a plugin connection.\n\n"
        "Give the layer (the output of Load secured ArcGIS layer, or an ArcGIS feature layer of the project) "
        "or its URL (…/FeatureServer/0). The server selects the features: an ArcGIS SQL where clause such as "
        "category = 'A' AND value > 10, and/or an extent. Layers larger than the server's maxRecordCount are "
        "read in batches. Empty field selection: every field; the object id field is always kept."
    )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API name
        layer = QgsProcessingParameterVectorLayer(INPUT, self.tr("Secured feature layer"), optional=True)
        layer.setHelp(self.tr("An ArcGIS feature layer (arcgisfeatureserver), e.g. from Load secured ArcGIS layer."))
        self.addParameter(layer)
        url = QgsProcessingParameterString(URL, self.tr("…or the layer's URL"), optional=True)
        url.setHelp(self.tr("…/rest/services/<name>/FeatureServer/<layer id>, instead of a layer."))
        self.addParameter(url)
        self.addParameter(connection_parameter(self.tr("Connection"), self.tr(CONNECTION_HELP)))
        where = QgsProcessingParameterString(WHERE, self.tr("Where clause (ArcGIS SQL)"), optional=True)
        where.setHelp(self.tr("Evaluated by the server. Empty: every feature."))
        self.addParameter(where)
        extent = QgsProcessingParameterExtent(EXTENT, self.tr("Only features intersecting this extent"), optional=True)
        self.addParameter(extent)
        fields = QgsProcessingParameterField(
            FIELDS, self.tr("Fields to keep"), parentLayerParameterName=INPUT, allowMultiple=True, optional=True
        )
        self.addParameter(fields)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, self.tr("Downloaded features")))
        self.addOutput(QgsProcessingOutputNumber(FEATURE_COUNT, self.tr("Number of features downloaded")))

    def process(self, parameters, context, feedback) -> dict:
        connection, url = self._layer(parameters, context)
        source = FeatureLayerSource(url, lambda target, form: headless.rest_json(connection, target, form))
        fields = source.selected_fields(self.parameter_as_strings(parameters, FIELDS, context))
        extent = self.parameterAsExtent(parameters, EXTENT, context, source.crs)
        ids = source.object_ids(self.parameterAsString(parameters, WHERE, context), extent)
        sink, destination = self.parameterAsSink(parameters, OUTPUT, context, fields, source.wkb_type, source.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        feedback.pushInfo(
            self.tr("{count} features of “{layer}” match; downloading up to {batch} at a time.").format(
                count=len(ids), layer=source.name, batch=source.batch_size
            )
        )
        written = 0
        for start in range(0, len(ids), source.batch_size):
            if feedback.isCanceled():
                break
            features = source.features(ids[start : start + source.batch_size], fields)
            if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Writing the features failed: {}").format(sink.lastError()))
            written += len(features)
            feedback.setProgress(100.0 * written / len(ids))
        if feedback.isCanceled():
            feedback.pushWarning(self.tr("Cancelled: {} features were written.").format(written))
        else:
            feedback.pushInfo(self.tr("{} features downloaded.").format(written))
        return {OUTPUT: destination, FEATURE_COUNT: written}

    def _layer(self, parameters, context) -> tuple[Connection, str]:
        """The connection and the layer URL, from a layer or a URL."""
        reference = self.parameterAsString(parameters, CONNECTION, context)
        url = self.parameterAsString(parameters, URL, context).strip()
        layer = self.parameterAsVectorLayer(parameters, INPUT, context)
        if layer is not None and url:
            raise HeadlessError("Give either a layer or a URL, not both.")
        if layer is None:
            if not url:
                raise HeadlessError("Choose a secured ArcGIS feature layer, or give its URL.")
            return headless.connection_for(url, reference), url
        if layer.providerType() != FEATURE_PROVIDER:
            raise HeadlessError(
                f"“{layer.name()}” is not an ArcGIS feature layer: this algorithm downloads from ArcGIS feature "
                "services. To copy other layers, use Save vector features to file."
            )
        source = QgsDataSourceUri(layer.source())
        url = source.param("url")
        # The layer's authcfg is its connection's id, unless it belongs to no connection of the plugin.
        if not reference.strip() and headless.service().connection(source.authConfigId()) is not None:
            reference = source.authConfigId()
        return headless.connection_for(url, reference), url
