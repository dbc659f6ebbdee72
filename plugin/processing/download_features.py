"""*Download secured features*: an ArcGIS feature layer → any vector format QGIS writes (GeoPackage by default).

The server does the filtering (``where``, extent); the features come in
pages of at most ``maxRecordCount``, however many there are
(:mod:`.feature_service`), several pages in flight at once
(:mod:`..core.pages`), in protocol buffers where the layer offers them
(:mod:`..core.pbf`; JSON otherwise, and from the first page a server refuses
in PBF). All pages share one token, renewed once for all of them. Pages are
written in object-id order as they arrive: memory does not grow with the
layer, and a download into a GeoPackage that was cancelled or failed
continues where it stopped when run again (:mod:`.resume`). Progress counts
features and shows features per second; cancelling stops within a page and
keeps what was written.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Optional

from qgis.core import (
    QgsDataSourceUri,
    QgsFeatureSink,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import ADVANCED_PARAMETER
from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.errors import ArcGISAuthError, RequestRefusedError, UnexpectedResponseError
from ..core.phrases import QT_TRANSLATE_NOOP, Phrase
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
FORMAT = "FORMAT"
PAGES_IN_FLIGHT = "PAGES_IN_FLIGHT"

log = logging.getLogger(LOGGER_NAME).getChild("download")
RESUME_HINT = QT_TRANSLATE_NOOP(
    "ArcGISTokenAuthAlgorithms", "Run the download again with the same output to continue where it stopped."
)

AUTOMATIC, JSON, PBF = range(3)  # FORMAT's options
DEFAULT_PAGES_IN_FLIGHT = 6  # hides a 50 ms round trip behind the writing (benchmarks/bench_download.py)
MAX_PAGES_IN_FLIGHT = 16
PROGRESS_EVERY = 1.0  # seconds between progress texts


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
        answer_format = QgsProcessingParameterEnum(
            FORMAT,
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Format of the server's answers"),
            options=[
                QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Automatic: PBF where the layer offers it"),
                "JSON",
                "PBF",
            ],
            defaultValue=AUTOMATIC,
        )
        answer_format.setHelp(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "PBF (protocol buffers, ArcGIS Server 10.7 and later, ArcGIS Online) answers are under half "
                "the size of JSON's; coordinates come quantised by the server. A server that refuses PBF gets JSON."
            )
        )
        pages = QgsProcessingParameterNumber(
            PAGES_IN_FLIGHT,
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Pages requested at once"),
            type=QgsProcessingParameterNumber.Type.Integer,
            defaultValue=DEFAULT_PAGES_IN_FLIGHT,
            minValue=1,
            maxValue=MAX_PAGES_IN_FLIGHT,
        )
        pages.setHelp(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "At most this many pages of features on their way at once (1: one after the other). Fewer are "
                "asked for while the server answers errors or slows down."
            )
        )
        for advanced in (answer_format, pages):
            advanced.setFlags(advanced.flags() | ADVANCED_PARAMETER)
            self.addParameter(advanced)
        self.addOutput(
            QgsProcessingOutputNumber(
                FEATURE_COUNT, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Number of features downloaded")
            )
        )

    def process(self, parameters, context, feedback) -> dict:
        # When the algorithm first runs, not as QGIS starts:
        from ..core.pages import PageFailedError, fetch_in_order
        from ..integration.tasks import wait_for_future
        from .feature_service import FeatureLayerSource
        from .resume import DownloadNote

        connection, url = self._layer(parameters, context)

        def call(target: str, form: dict, answer_format: str) -> dict:
            return headless.rest_json(connection, target, form, answer_format=answer_format)

        source = FeatureLayerSource(url, call)
        field_names = self.parameter_as_strings(parameters, FIELDS, context)
        fields = source.selected_fields(field_names)
        where = self.parameterAsString(parameters, WHERE, context)
        extent = self.parameterAsExtent(parameters, EXTENT, context, source.crs)
        ids = source.object_ids(where, extent)
        asked_format = self.parameterAsEnum(parameters, FORMAT, context)
        answers = _AnswerFormat(self._answer_format(asked_format, source, feedback))

        note = DownloadNote(source.url, where.strip(), extent.toString() if not extent.isNull() else "",
                            tuple(field.name() for field in fields))  # fmt: skip
        sink, destination, highest = self._output(parameters, context, source, fields, note)
        done = sum(1 for oid in ids if oid <= highest) if highest >= 0 else 0
        if done:
            feedback.pushInfo(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "Continuing the interrupted download into {output}: {done} of {count} features are there."
                ).format(output=destination, done=done, count=len(ids))
            )
        pending = [oid for oid in ids if oid > highest] if highest >= 0 else ids
        pages = [pending[start : start + source.batch_size] for start in range(0, len(pending), source.batch_size)]
        in_flight = self.parameterAsInt(parameters, PAGES_IN_FLIGHT, context) or DEFAULT_PAGES_IN_FLIGHT
        feedback.pushInfo(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "{count} features of “{layer}” match; downloading up to {batch} at a time, {pages} pages at once, "
                "in {format}."
            ).format(
                count=len(ids),
                layer=source.name,
                batch=source.batch_size,
                pages=in_flight,
                format=answers.current.upper(),
            )
        )
        progress = _Progress(feedback, done, len(ids))
        try:
            for features in fetch_in_order(
                pages,
                lambda page: answers.fetch(source, page, fields),
                limit=in_flight,
                cancelled=feedback.isCanceled,
                retryable=_worth_another_try,
                wait=wait_for_future,
            ):
                if not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(
                        QCoreApplication.translate(
                            "ArcGISTokenAuthAlgorithms", "Writing the features failed: {reason}"
                        ).format(reason=_sink_error(sink))
                    )
                progress.add(len(features))
        except PageFailedError as failed:
            if isinstance(failed.error, ArcGISAuthError):
                raise failed.error.with_hint(self._resume_hint(destination)) from None
            raise
        finally:
            # The output closed now, what was written committed, also when an error ends the download: the
            # error's traceback keeps this frame, and with it the sink, as long as anyone keeps the error.
            del sink
        written = progress.written - done
        if feedback.isCanceled():
            hint = self._resume_hint(destination)
            feedback.pushWarning(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "Cancelled: {count} features were written. {resume}"
                ).format(count=written, resume=translated(hint) if hint else "")
            )
        else:
            DownloadNote.forget(destination)
            feedback.pushInfo(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "{count} features downloaded ({rate} features per second)."
                ).format(count=written, rate=progress.rate())
            )
        return {OUTPUT: destination, FEATURE_COUNT: progress.written}

    def _output(self, parameters, context, source, fields, note) -> tuple[object, str, int]:
        """Where the features go: (sink, destination, the highest object id there already, -1 for none).
        The output of the same download interrupted is continued (:mod:`.resume`)."""
        from .resume import DownloadNote, continued_layer

        output = self.parameterAsOutputLayer(parameters, OUTPUT, context)
        interrupted = DownloadNote.read(output)
        if interrupted is not None and interrupted != note:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "{output} holds an interrupted download of something else (its {what} differ): choose "
                    "another output, or delete it to start over."
                ).format(output=output, what=", ".join(interrupted.differences(note)))
            )
        if interrupted is not None:
            sink, highest = continued_layer(output, source.object_id_field)
            self._load_on_completion(parameters, context, output, source.name)
            return sink, output, highest
        sink, destination = self.parameterAsSink(parameters, OUTPUT, context, fields, source.wkb_type, source.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        note.write(destination)
        return sink, destination, -1

    @staticmethod
    def _answer_format(asked: int, source, feedback) -> str:
        """"pbf" or "json": what was asked, and what the layer and this QGIS can do."""
        from ..core import pbf

        if asked == JSON:
            return "json"
        why_not = pbf.unavailable_reason()
        if why_not is None and (source.offers_pbf or asked == PBF):
            return "pbf"
        if asked == PBF:
            feedback.pushWarning(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "PBF cannot be read here ({reason}): downloading in JSON."
                ).format(reason=why_not)
            )
        return "json"

    @staticmethod
    def _resume_hint(destination: str) -> Optional[Phrase]:
        """What to do after an interrupted download, for an output that can be continued."""
        from .resume import DownloadNote

        return RESUME_HINT if DownloadNote.path_for(destination) is not None else None

    @staticmethod
    def _load_on_completion(parameters, context, destination: str, name: str) -> None:
        """What parameterAsSink() does for a new output: open it in the project when the user asked for that."""
        definition = parameters.get(OUTPUT)
        if isinstance(definition, QgsProcessingOutputLayerDefinition) and definition.loadIntoProject:
            details = QgsProcessingContext.LayerDetails(
                definition.destinationName or name, definition.destinationProject or context.project(), OUTPUT
            )
            context.addLayerToLoadOnCompletion(destination, details)

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


class _AnswerFormat:
    """The format pages are asked for: PBF until the server refuses it, then JSON for every page."""

    def __init__(self, answer_format: str) -> None:
        self.current = answer_format
        self._lock = threading.Lock()

    def fetch(self, source, page, fields) -> list:
        answer_format = self.current
        if answer_format == "json":
            return source.page(page, fields, "json")
        try:
            return source.page(page, fields, "pbf")
        except (RequestRefusedError, UnexpectedResponseError) as refused:
            with self._lock:
                if self.current == "pbf":
                    self.current = "json"
                    log.warning("The server refused PBF (%s): the download goes on in JSON", refused)
            return source.page(page, fields, "json")


class _Progress:
    """Features written, as a percentage and as features per second."""

    def __init__(self, feedback, done: int, total: int) -> None:
        self._feedback = feedback
        self.written = done
        self._total = max(total, 1)
        self._started = time.monotonic()
        self._new = 0
        self._shown = 0.0

    def add(self, count: int) -> None:
        self.written += count
        self._new += count
        self._feedback.setProgress(100.0 * self.written / self._total)
        now = time.monotonic()
        if now - self._shown >= PROGRESS_EVERY:
            self._shown = now
            self._feedback.setProgressText(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "{written} of {total} features, {rate} features per second"
                ).format(written=self.written, total=self._total, rate=self.rate())
            )

    def rate(self) -> int:
        return round(self._new / max(time.monotonic() - self._started, 1e-3))


def _worth_another_try(error: BaseException) -> bool:
    """A page that failed for a reason that may pass (a network hiccup, a busy server), not a refusal."""
    return isinstance(error, ArcGISAuthError) and error.retryable


def _sink_error(sink) -> str:
    last_error = getattr(sink, "lastError", None)
    return last_error() if callable(last_error) else ""
