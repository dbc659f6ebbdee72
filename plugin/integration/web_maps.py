"""A Web Map item as QGIS layers: a layer group in the current project, or a new project.

:func:`make_web_map` makes the layers of a :class:`~..core.webmap.WebMapPlan`
(blocking: QGIS's providers read each service as its layer is made, so it runs
in a QgsTask or through :func:`.tasks.run_off_main_thread`) with the web map's
titles, opacity, scale ranges and definition expressions; :func:`add_to_project`
then puts them in the Layers panel on the main thread, in the web map's order
and groups, each checked or not as the web map shows it.

A layer on a server the connection signs in to carries the connection's
``authcfg`` (all a project keeps); any other (a public service elsewhere, an
OpenStreetMap basemap) carries none, so no token can go there. What cannot be
shown is listed in :attr:`MadeWebMap.left_out`, never dropped silently.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.phrases import QT_TRANSLATE_NOOP, Phrase
from ..core.urls import redact
from ..core.webmap import LayerKind, WebMapLayer, WebMapPlan
from ..translation import translated
from .layers import Drawing, make_layer, make_vector_tile_layer, make_xyz_layer

log = logging.getLogger(LOGGER_NAME).getChild("web_maps")

NOT_OPENED = QT_TRANSLATE_NOOP("ArcGISWebMap", "QGIS could not open it")
NO_FILTER = QT_TRANSLATE_NOOP("ArcGISWebMap", "shown unfiltered: QGIS could not apply its definition expression")
WEB_MERCATOR_IDS = (102100, 102113, 3857)


@dataclass
class MadeNode:
    """A layer (``layer``) or a group (``children``, top first) for the Layers panel."""

    title: str
    visible: bool = True
    layer: Optional[QgsMapLayer] = None
    children: list[MadeNode] = field(default_factory=list)


@dataclass
class MadeWebMap:
    title: str
    nodes: list[MadeNode]  # top first, as the Layers panel lists them
    left_out: list[tuple[str, Phrase]]  # (layer title, why): what the project does not show as the web map does
    crs: str = ""  # the web map's, "EPSG:3857" say; "" when it names none QGIS knows

    def left_out_lines(self) -> list[str]:
        """``left_out`` in the user's language: "layer: why" for each."""
        line = QCoreApplication.translate("ArcGISWebMap", "{layer}: {reason}")
        return [line.format(layer=title, reason=translated(reason)) for title, reason in self.left_out]

    @property
    def layers(self) -> list[QgsMapLayer]:
        found: list[QgsMapLayer] = []
        pending = list(self.nodes)
        while pending:
            node = pending.pop(0)
            if node.layer is not None:
                found.append(node.layer)
            pending[:0] = node.children
        return found


def make_web_map(plan: WebMapPlan, engine, connection: Connection, feedback: QgsFeedback) -> MadeWebMap:
    """The layers of ``plan``, made on this (worker) thread and handed to the main thread."""
    made = MadeWebMap(plan.title, [], [(item.title, item.reason) for item in plan.unsupported])
    total = max(_count(plan.operational) + _count(plan.basemap) + _count(plan.reference), 1)
    maker = _Maker(engine, connection, feedback, made, total)
    made.nodes.extend(maker.nodes(plan.reference, opacity=1.0))
    made.nodes.extend(maker.nodes(plan.operational, opacity=1.0))
    basemap = maker.nodes(plan.basemap, opacity=1.0)
    if basemap:
        title = plan.basemap_title or QCoreApplication.translate("ArcGISWebMap", "Basemap")
        made.nodes.append(MadeNode(title, children=basemap))
    if plan.wkid is not None:
        wkid = 3857 if plan.wkid in WEB_MERCATOR_IDS else plan.wkid
        if QgsCoordinateReferenceSystem(f"EPSG:{wkid}").isValid():
            made.crs = f"EPSG:{wkid}"
    return made


def _count(layers: tuple[WebMapLayer, ...]) -> int:
    """How many QGIS layers ``layers`` become."""
    return sum(_count(layer.children) if layer.kind is LayerKind.GROUP else max(len(layer.sublayers), 1)
               for layer in layers)  # fmt: skip


class _Maker:
    def __init__(self, engine, connection: Connection, feedback: QgsFeedback, made: MadeWebMap, total: int) -> None:
        self._engine = engine
        self._connection = connection
        self._feedback = feedback
        self._made = made
        self._total = total
        self._done = 0
        self._main_thread = QCoreApplication.instance().thread()

    def nodes(self, layers: tuple[WebMapLayer, ...], *, opacity: float) -> list[MadeNode]:
        """``layers`` (bottom first, as a web map lists them) as nodes, top first."""
        nodes = []
        for layer in reversed(layers):
            if self._feedback.isCanceled():
                break
            if layer.kind is LayerKind.GROUP:
                # A QGIS group has no opacity of its own: its layers take it on.
                children = self.nodes(layer.children, opacity=opacity * layer.opacity)
                nodes.append(MadeNode(layer.title, layer.visible, children=children))
                continue
            if layer.kind is LayerKind.MAP and len(layer.sublayers) > 1:
                # QGIS's map provider draws one sublayer per layer: one each, the service's top one first.
                parts = [replace(layer, title=f"{layer.title} — {sublayer}", sublayers=(sublayer,), visible=True)
                         for sublayer in sorted(layer.sublayers, reverse=True)]  # fmt: skip
                children = self.nodes(tuple(parts), opacity=opacity)  # each part keeps the layer's opacity
                nodes.append(MadeNode(layer.title, layer.visible, children=children))
                continue
            made = self._make(layer, opacity * layer.opacity)
            if made is not None:
                nodes.append(MadeNode(layer.title, layer.visible, made))
            self._done += 1
            self._feedback.setProgress(100.0 * self._done / self._total)
        return nodes

    def _make(self, layer: WebMapLayer, opacity: float) -> Optional[QgsMapLayer]:
        # The connection's token goes only to its own servers; anything else is asked for without one.
        signer = self._connection if self._engine.owns(self._connection.id, layer.url) else None
        made = _layer_of(layer, signer)
        if not made.isValid():
            log.warning("QGIS could not open %s (%s) of the web map", redact(layer.url), layer.kind.value)
            self._made.left_out.append((layer.title, NOT_OPENED))
            return None
        made.setOpacity(opacity)
        if layer.min_scale or layer.max_scale:
            # Both count as ArcGIS does: the minimum scale is the most zoomed-out one, 0 is no limit.
            made.setScaleBasedVisibility(True)
            made.setMinimumScale(layer.min_scale)
            made.setMaximumScale(layer.max_scale)
        if layer.definition_expression:
            filtered = isinstance(made, QgsVectorLayer) and made.setSubsetString(layer.definition_expression)
            if not filtered:
                self._made.left_out.append((layer.title, NO_FILTER))
        made.moveToThread(self._main_thread)  # made here; the project lives on the main thread
        return made


def _layer_of(layer: WebMapLayer, signer: Optional[Connection]) -> QgsMapLayer:
    kind, url, title = layer.kind, layer.url, layer.title
    if kind is LayerKind.FEATURE:
        return make_layer(url, signer, as_map=False, name=title)
    if kind is LayerKind.MAP:
        return make_layer(
            url, signer, as_map=True, name=title, sublayer=layer.sublayers[0] if layer.sublayers else None
        )
    if kind is LayerKind.TILED:
        return make_layer(url, signer, as_map=True, name=title, drawing=Drawing.WMTS)
    if kind is LayerKind.IMAGE:
        return make_layer(url, signer, as_map=True, name=title)
    if kind is LayerKind.VECTOR_TILES:
        return make_vector_tile_layer(url, signer, name=title)
    return make_xyz_layer(url, title, signer)  # LayerKind.WEB_TILES


def add_to_project(made: MadeWebMap, project: QgsProject, *, new_project: bool = False) -> QgsLayerTreeGroup:
    """Put the made layers in ``project`` (main thread): a group named after the web map at the top of the
    Layers panel — in a cleared project, in the web map's coordinate system, with ``new_project``."""
    if new_project:
        project.clear()
        project.setTitle(made.title)
        if made.crs:
            project.setCrs(QgsCoordinateReferenceSystem(made.crs))
    group = project.layerTreeRoot().insertGroup(0, made.title)
    _add_nodes(project, group, made.nodes)
    return group


def _add_nodes(project: QgsProject, group: QgsLayerTreeGroup, nodes: list[MadeNode]) -> None:
    for node in nodes:
        if node.layer is not None:
            project.addMapLayer(node.layer, False)  # placed in the group below, not at the root
            tree_node = group.addLayer(node.layer)
        else:
            tree_node = group.addGroup(node.title)
            _add_nodes(project, tree_node, node.children)
        tree_node.setItemVisibilityChecked(node.visible)
