"""*Test ArcGIS connection*: what the server is, and whether signing in works — or exactly why not.

The same test as the connections dialog's Test button: discovery, a sign-in
with a fresh token (not the one in use), and the check of which transport the
server reads. A failed test fails the algorithm with the specific message,
so that a script or a scheduled job sees it in its exit status.
"""

from __future__ import annotations

from qgis.core import QgsProcessingOutputString
from qgis.PyQt.QtCore import QCoreApplication

from ..core.phrases import QT_TRANSLATE_NOOP
from ..integration import headless
from . import sign_in
from .base import ArcGISAlgorithm, iso_utc

SUMMARY = "SUMMARY"
SERVER = "SERVER"
KIND = "KIND"
VERSION = "VERSION"
TOKEN_ENDPOINT = "TOKEN_ENDPOINT"  # noqa: S105 - an output name
PORTAL = "PORTAL"
TRANSPORT = "TRANSPORT"
POST_TRANSPORT = "POST_TRANSPORT"
EXPIRES = "EXPIRES"


class CheckConnectionAlgorithm(ArcGISAlgorithm):
    NAME = "testconnection"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ArcGISTokenAuthAlgorithms", "Test ArcGIS connection")
    HELP = QT_TRANSLATE_NOOP(
        "ArcGISTokenAuthAlgorithms",
        "Signs in the way the plugin does and reports the server's kind (standalone ArcGIS Server, "
        "federated server, ArcGIS Enterprise portal or ArcGIS Online), its version, the token endpoint, "
        "how layers and Processing send tokens (a header, the POST body or the query parameter) and when a "
        "new token expires. When signing in fails, the algorithm fails with the reason: wrong password, "
        "unreachable server, untrusted certificate, locked authentication database...\n\n"
        "Test a connection, or a URL with a user name and password before saving them as a connection. "
        "No token is shown."
    )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API name
        sign_in.add_parameters(
            self,
            QT_TRANSLATE_NOOP(
                "ArcGISTokenAuthAlgorithms",
                "Without a connection: the server, portal or service to test (with the user name and password), "
                "or a URL whose connection is tested."
            ),
        )
        descriptions = {
            SUMMARY: QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Summary"),
            SERVER: QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Server or portal"),
            KIND: QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Kind (standalone, federated, portal, online)"
            ),
            VERSION: QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Version"),
            TOKEN_ENDPOINT: QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Token endpoint"),
            PORTAL: QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Portal that issues the tokens (empty: the server itself)"
            ),
            TRANSPORT: QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Token transport of layers (x-esri, bearer, authorization, param)"
            ),
            POST_TRANSPORT: QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "Token transport of Processing's requests (x-esri, bearer, authorization, body, param)"
            ),
            EXPIRES: QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "A new token expires (UTC, ISO 8601; empty: never)"
            ),
        }
        for name, description in descriptions.items():
            self.addOutput(QgsProcessingOutputString(name, description))

    def process(self, parameters, context, feedback) -> dict:
        who = sign_in.read(self, parameters, context)
        if who.connection is not None:
            result = headless.check_connection(who.connection)
        else:
            result = headless.check_credentials(who.url, who.username, who.password)
        if result.error is not None:
            raise result.error
        server, token = result.server, result.token
        assert server is not None and token is not None  # noqa: S101 - ok implies both
        portal = server.portal.url if server.portal is not None and server.portal != server.root else ""
        if token.expires:
            summary = QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Signed in to {server} ({kind}); the token is valid until {expires}."
            )
        else:
            summary = QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Signed in to {server} ({kind}); the token does not expire."
            )
        kind = " ".join(filter(None, (server.kind.value, server.version)))  # "federated 11.3"
        summary = summary.format(server=server.root.origin, kind=kind, expires=iso_utc(token.expires))
        outputs = {
            SUMMARY: summary,
            SERVER: server.root.url,
            KIND: server.kind.value,
            VERSION: server.version or "",
            TOKEN_ENDPOINT: server.token_endpoint,
            PORTAL: portal,
            TRANSPORT: result.transport.value if result.transport is not None else "",
            POST_TRANSPORT: result.post_transport.value if result.post_transport is not None else "",
            EXPIRES: iso_utc(token.expires),
        }
        feedback.pushInfo(summary)
        for name in (KIND, VERSION, TOKEN_ENDPOINT, PORTAL, TRANSPORT, POST_TRANSPORT, EXPIRES):
            line = QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "{output}: {value}")
            feedback.pushInfo(line.format(output=self.outputDefinition(name).description(), value=outputs[name] or "-"))
        return outputs
