"""Parameters the algorithms share: the connection, and a password QGIS never writes out.

**The connection** is an auth config parameter: every connection *is* an
EsriToken auth config whose id is the connection's id. So QGIS's own widget
lists the connections by name in the dialog and the modeler, models keep the
stable id, and ``qgis_process`` takes either the id or the name
(:func:`..integration.headless.find_connection`).

**A password** given as a parameter would otherwise reach every place QGIS
writes a run down: the "Input parameters" lines of the dialog's log, the
Processing history (``processing.log`` on QGIS 3.22, ``user-history.db`` from
3.24 on), "Copy as Python command / qgis_process command / JSON", and a
model's child-algorithm log. All of these ask the parameter definition to
turn the value into text, so :class:`PasswordParameter` answers with a
placeholder. The algorithm itself reads the value from the parameters map,
which QGIS passes on untouched.
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

CONNECTION = "CONNECTION"

# What QGIS writes instead of a password. Rerunning a history entry passes it back
# in: the algorithm then asks for the password instead of signing in with this text.
HIDDEN = "<hidden>"


def connection_parameter(description: str, help_text: str) -> QgsProcessingParameterAuthConfig:
    parameter = QgsProcessingParameterAuthConfig(CONNECTION, description, optional=True)
    parameter.setHelp(help_text)
    return parameter


class PasswordParameter(QgsProcessingParameterString):
    """A string parameter whose value is shown and stored as :data:`HIDDEN`, never as itself."""

    def clone(self) -> PasswordParameter:
        # QGIS copies definitions (e.g. for the modeler); the copy must keep hiding.
        copy = PasswordParameter(self.name(), self.description())
        copy.setFlags(self.flags())  # optional or not, advanced or not
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy

    @staticmethod
    def _given(value) -> bool:
        return isinstance(value, str) and bool(value)

    # -- every way QGIS turns a value into text (3.22: the first one only) ---------------
    def valueAsPythonString(self, value, context) -> str:  # noqa: N802 - QGIS API name
        return repr(HIDDEN) if self._given(value) else super().valueAsPythonString(value, context)

    def valueAsString(self, value, context):  # noqa: N802 - QGIS API name (3.24+)
        return (HIDDEN, True) if self._given(value) else super().valueAsString(value, context)

    def valueAsJsonObject(self, value, context):  # noqa: N802 - QGIS API name (3.24+)
        return HIDDEN if self._given(value) else super().valueAsJsonObject(value, context)

    def valueAsPythonComment(self, value, context) -> str:  # noqa: N802 - QGIS API name (3.24+)
        return "" if self._given(value) else super().valueAsPythonComment(value, context)
