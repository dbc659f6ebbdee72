"""*Load ArcGIS Web Map*: a Web Map item of a portal or ArcGIS Online → its layers, as a group of layers.

The layers are made on the algorithm's thread (QGIS's providers read each
service as its layer is made) and placed on the main thread, in
``postProcessAlgorithm``: in the current project, or — for ``qgis_process`` and
batch work — in a project file of their own. Secured layers carry the
connection's ``authcfg`` only, so the project opens wherever the plugin has
that connection.
"""

from __future__ import annotations

import re
from typing import Optional

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.phrases import QT_TRANSLATE_NOOP
from ..integration import headless
from ..integration.headless import HeadlessError
from ..translation import translated
from .base import ArcGISAlgorithm
from .parameters import CONNECTION, connection_parameter

ITEM = "ITEM"
OUTPUT = "OUTPUT"
LAYERS = "LAYERS"
LEFT_OUT = "LEFT_OUT"

# An item id, alone or in an item page's address (…/home/item.html?id=<id>, …/content/items/<id>).
_ITEM_ID = re.compile(r"(?<![0-9a-fA-F])([0-9a-fA-F]{32})(?![0-9a-fA-F])")

PORTAL_CONNECTION_HELP = QT_TRANSLATE_NOOP(
    "ArcGISTokenAuthAlgorithms",
    "The plugin connection to the portal or ArcGIS Online organisation that holds the web map. In "
    "qgis_process give its name or its id."
)


def item_id_of(text: str) -> Optional[str]:
    """The item id in ``text`` (an id, or an item page's URL), lower case; None when there is none."""
    found = _ITEM_ID.findall(text.strip())
    return found[-1].lower() if len(set(found)) == 1 else None


class LoadWebMapAlgorithm(ArcGISAlgorithm):
    NAME = "loadwebmap"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ArcGISTokenAuthAlgorithms", "Load ArcGIS Web Map")
    HELP = QT_TRANSLATE_NOOP(
        "ArcGISTokenAuthAlgorithms",
        "Opens a Web Map of an ArcGIS Enterprise portal or ArcGIS Online as a group of QGIS layers: its "
        "layers in its order and groups, with their titles, visibility, opacity, scale ranges and "
        "definition expressions, and its basemap.\n\n"
        "Web Map item: the item's id, or the address of its item page (…/home/item.html?id=…).\n\n"
        "Project file: empty adds the group to the current project; a .qgz or .qgs path saves a project "
        "holding only the web map (what qgis_process needs).\n\n"
        "Layers that QGIS cannot show as the web map does are listed in the log and in the "
        "“Not represented” output. Secured layers keep only the connection's id (authcfg)."
    )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(
            connection_parameter(
                QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Connection"),
                translated(PORTAL_CONNECTION_HELP),
            )
        )
        item = QgsProcessingParameterString(
            ITEM, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Web Map item")
        )
        item.setHelp(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "The item id (32 characters), or its item page's address."
            )
        )
        self.addParameter(item)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                OUTPUT,
                QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Project file"),
                QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "QGIS projects (*.qgz *.qgs)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(
            QgsProcessingOutputMultipleLayers(
                LAYERS, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Web map layers")
            )
        )
        self.addOutput(
            QgsProcessingOutputString(
                LEFT_OUT, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Not represented")
            )
        )

    def process(self, parameters, context, feedback) -> dict:
        from ..integration.portal_content import Portal  # when the algorithm first runs, not as QGIS starts
        from ..integration.tasks import run_as_task
        from ..integration.web_maps import make_web_map

        text = self.parameterAsString(parameters, ITEM, context)
        item_id = item_id_of(text)
        if item_id is None:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "“{item}” is not a Web Map item: give its id (32 characters) or its item page's address."
                ).format(item=text.strip()[:200])
            )
        reference = self.parameterAsString(parameters, CONNECTION, context)
        if not reference.strip():
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "Choose the connection to the portal that holds the web map. {connections}"
                ).format(connections=headless.describe_connections())
            )
        connection = headless.find_connection(reference)
        headless.require_secret(connection, for_layers=True)
        engine = headless.service().engine
        item, plan = run_as_task(
            "Reading a web map", lambda _task: Portal(engine, connection, feedback).web_map(item_id)
        )
        feedback.pushInfo(
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Opening the web map “{title}”…").format(
                title=item.title
            )
        )
        self._made = run_as_task("Opening a web map", lambda _task: make_web_map(plan, engine, connection, feedback))
        self._project_file = self.parameterAsFileOutput(parameters, OUTPUT, context)
        return {}

    def postProcessAlgorithm(self, context, feedback) -> dict:  # noqa: N802 - QGIS API name (main thread)
        from ..integration.web_maps import add_to_project

        made = self._made
        if self._project_file:
            project = QgsProject()
            add_to_project(made, project, new_project=True)
            if not project.write(self._project_file):
                raise QgsProcessingException(
                    QCoreApplication.translate(
                        "ArcGISTokenAuthAlgorithms", "QGIS could not write the project {path}: {error}"
                    ).format(path=self._project_file, error=project.error())
                )
        else:
            add_to_project(made, context.project() or QgsProject.instance())
        left_out = made.left_out_lines()
        for line in left_out:
            feedback.reportError(line, fatalError=False)
        feedback.pushInfo(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Opened the web map “{title}”: {count} layers."
            ).format(title=made.title, count=len(made.layers))
        )
        return {
            OUTPUT: self._project_file,
            LAYERS: [layer.id() for layer in made.layers],
            LEFT_OUT: "\n".join(left_out),
        }
