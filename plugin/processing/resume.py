"""An interrupted download, continued where it stopped.

Features are written in object-id order, so everything up to the highest id
in the output is there. While a download into a GeoPackage runs, a small note
beside it (``<output>.arcgis-download.json``) says what it downloads: the
layer's URL (without any query string), the where clause, the extent and the
fields. It goes when the download ends; after a cancel, a lost network or a
token refused for good it stays, and the same download into the same output
continues after the highest id written. A note of another download is not
overwritten: the algorithm says what differs (nothing is lost).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsFeature, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..integration.headless import HeadlessError

NOTE_SUFFIX = ".arcgis-download.json"


@dataclass(frozen=True)
class DownloadNote:
    """What a download into a file downloads: the same note means the same features, in the same order."""

    url: str  # redacted: no query string, so no token
    where: str
    extent: str
    fields: tuple[str, ...]

    @staticmethod
    def path_for(output: str) -> Optional[Path]:
        """The note's file for an output, or None when the output cannot be continued (not a GeoPackage)."""
        path = Path(output.split("|", 1)[0])
        return path.with_name(path.name + NOTE_SUFFIX) if path.suffix.lower() == ".gpkg" else None

    def write(self, output: str) -> None:
        note = self.path_for(output)
        if note is not None:
            note.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")

    @classmethod
    def read(cls, output: str) -> Optional[DownloadNote]:
        note = cls.path_for(output)
        if note is None or not note.exists() or not Path(output.split("|", 1)[0]).exists():
            return None
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            return cls(str(data["url"]), str(data["where"]), str(data["extent"]), tuple(data["fields"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not ours, or damaged: the output is written anew

    @classmethod
    def forget(cls, output: str) -> None:
        note = cls.path_for(output)
        if note is not None:
            note.unlink(missing_ok=True)

    def differences(self, other: DownloadNote) -> list[str]:
        return [name for name in ("url", "where", "extent", "fields") if getattr(self, name) != getattr(other, name)]


class AppendingSink:
    """An existing layer as a feature sink: its features added by its provider. The layer is kept with
    it: the provider goes when its layer goes."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        self._layer = layer
        self._provider = layer.dataProvider()
        self._fields = layer.fields()  # a GeoPackage's begin with its fid: attributes go by name

    def addFeatures(self, features, flags=None) -> bool:  # noqa: N802 - QgsFeatureSink's name
        placed = []
        for feature in features:
            copy = QgsFeature(self._fields)
            for field in feature.fields():
                copy[field.name()] = feature[field.name()]
            copy.setGeometry(feature.geometry())
            placed.append(copy)
        return bool(self._provider.addFeatures(placed)[0])

    def lastError(self) -> str:  # noqa: N802 - QgsFeatureSink's name
        return "; ".join(self._provider.errors()) or self._provider.error().summary()


def continued_layer(output: str, object_id_field: str) -> tuple[AppendingSink, int]:
    """The output of an interrupted download, opened to append to, and the highest object id in it."""
    layer = QgsVectorLayer(output, "download", "ogr")
    index = layer.fields().indexOf(object_id_field) if layer.isValid() else -1
    if index < 0:
        raise HeadlessError(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "{output} holds an interrupted download that cannot be continued (it has no {field} field): "
                "delete it, or choose another output."
            ).format(output=output, field=object_id_field)
        )
    highest = layer.dataProvider().maximumValue(index)
    return AppendingSink(layer), int(highest) if highest is not None and str(highest) not in ("", "NULL") else -1
