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
from qgis.PyQt.QtCore import QCoreApplication

from ..core.connection import Connection
from ..core.phrases import QT_TRANSLATE_NOOP
from ..integration import headless
from ..integration.headless import HeadlessError
from ..translation import translated
from .base import CONNECTION_HELP, ArcGISAlgorithm
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
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ArcGISTokenAuthAlgorithms", "Download secured features")
    HELP = QT_TRANSLATE_NOOP(
        "ArcGISTokenAuthAlgorithms",
        "Copies the features of a token-secured ArcGIS feature layer into a file (GeoPackage unless you "
        "choose another format), signed in through a plugin connection.\n\n"
        "Give the layer (the output of Load secured ArcGIS layer, or an ArcGIS feature layer of the project) "
        "or its URL (…/FeatureServer/0). The server selects the features: an ArcGIS SQL where clause such as "
        "category = 'A' AND value > 10, and/or an extent. Layers larger than the server's maxRecordCount are "
        "read in batches. Empty field selection: every field; the object id field is always kept."
    )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API name
        layer = QgsProcessingParameterVectorLayer(
            INPUT, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Secured feature layer"), optional=True
        )
        layer.setHelp(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "An ArcGIS feature layer (arcgisfeatureserver), e.g. from Load secured ArcGIS layer."
            )
        )
        self.addParameter(layer)
        url = QgsProcessingParameterString(
            URL, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "…or the layer's URL"), optional=True
        )
        url.setHelp(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "…/rest/services/<name>/FeatureServer/<layer id>, instead of a layer."
            )
        )
        self.addParameter(url)
        connection = connection_parameter(
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Connection"), translated(CONNECTION_HELP)
        )
        self.addParameter(connection)
        where = QgsProcessingParameterString(
            WHERE, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Where clause (ArcGIS SQL)"), optional=True
        )
        where.setHelp(
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Evaluated by the server. Empty: every feature.")
        )
        self.addParameter(where)
        extent = QgsProcessingParameterExtent(
            EXTENT,
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Only features intersecting this extent"),
            optional=True,
        )
        self.addParameter(extent)
        fields = QgsProcessingParameterField(
            FIELDS,
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Fields to keep"),
            parentLayerParameterName=INPUT,
            allowMultiple=True,
            optional=True,
        )
        self.addParameter(fields)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                OUTPUT, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Downloaded features")
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                FEATURE_COUNT, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Number of features downloaded")
            )
        )

    def process(self, parameters, context, feedback) -> dict:
        from .feature_service import FeatureLayerSource  # when the algorithm first runs, not as QGIS starts

        connection, url = self._layer(parameters, context)
        source = FeatureLayerSource(url, lambda target, form: headless.rest_json(connection, target, form))
        fields = source.selected_fields(self.parameter_as_strings(parameters, FIELDS, context))
        extent = self.parameterAsExtent(parameters, EXTENT, context, source.crs)
        ids = source.object_ids(self.parameterAsString(parameters, WHERE, context), extent)
        sink, destination = self.parameterAsSink(parameters, OUTPUT, context, fields, source.wkb_type, source.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        feedback.pushInfo(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "{count} features of “{layer}” match; downloading up to {batch} at a time."
            ).format(count=len(ids), layer=source.name, batch=source.batch_size)
        )
        written = 0
        for start in range(0, len(ids), source.batch_size):
            if feedback.isCanceled():
                break
            features = source.features(ids[start : start + source.batch_size], fields)
            if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    QCoreApplication.translate(
                        "ArcGISTokenAuthAlgorithms", "Writing the features failed: {reason}"
                    ).format(reason=sink.lastError())
                )
            written += len(features)
            feedback.setProgress(100.0 * written / len(ids))
        if feedback.isCanceled():
            feedback.pushWarning(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "Cancelled: {count} features were written."
                ).format(count=written)
            )
        else:
            feedback.pushInfo(
                QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "{count} features downloaded.").format(
                    count=written
                )
            )
        return {OUTPUT: destination, FEATURE_COUNT: written}

    def _layer(self, parameters, context) -> tuple[Connection, str]:
        """The connection and the layer URL, from a layer or a URL."""
        from ..integration.layers import FEATURE_PROVIDER  # when the algorithm first runs, not as QGIS starts

        reference = self.parameterAsString(parameters, CONNECTION, context)
        url = self.parameterAsString(parameters, URL, context).strip()
        layer = self.parameterAsVectorLayer(parameters, INPUT, context)
        if layer is not None and url:
            raise HeadlessError(
                QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Give either a layer or a URL, not both.")
            )
        if layer is None:
            if not url:
                raise HeadlessError(
                    QCoreApplication.translate(
                        "ArcGISTokenAuthAlgorithms", "Choose a secured ArcGIS feature layer, or give its URL."
                    )
                )
            return headless.connection_for(url, reference), url
        if layer.providerType() != FEATURE_PROVIDER:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "“{layer}” is not an ArcGIS feature layer: this algorithm downloads from ArcGIS feature "
                    "services. To copy other layers, use Save vector features to file."
                ).format(layer=layer.name())
            )
        source = QgsDataSourceUri(layer.source())
        url = source.param("url")
        # The layer's authcfg is its connection's id, unless it belongs to no connection of the plugin.
        if not reference.strip() and headless.service().connection(source.authConfigId()) is not None:
            reference = source.authConfigId()
        return headless.connection_for(url, reference), url
