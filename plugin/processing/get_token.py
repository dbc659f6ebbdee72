"""*Get ArcGIS token*: a token for scripts, jobs and models, from a connection or from credentials.

The token is the result, so the algorithm keeps it out of everything else:
it never goes to the feedback (the log), and models do not log it as a
child's result (:func:`.base.quiet_in_models`). What QGIS itself does with
results — dialogs print them, QGIS 3.24+ keeps a dialog's in its history —
the help text tells the user.
"""

from __future__ import annotations

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterNumber
from qgis.PyQt.QtCore import QCoreApplication

from ..core.connection import DEFAULT_LIFETIME_MINUTES
from ..core.phrases import QT_TRANSLATE_NOOP
from ..core.urls import origin_of
from ..integration import headless
from . import sign_in
from .base import ArcGISAlgorithm, iso_utc, quiet_in_models

TOKEN = "TOKEN"  # noqa: S105 - an output name
EXPIRES = "EXPIRES"
SERVER = "SERVER"
REFERER = "REFERER"
LIFETIME = "LIFETIME"


class GetTokenAlgorithm(ArcGISAlgorithm):
    NAME = "gettoken"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ArcGISTokenAuthAlgorithms", "Get ArcGIS token")
    HELP = QT_TRANSLATE_NOOP(
        "ArcGISTokenAuthAlgorithms",
        "Signs in and returns a token, for scripts and jobs that call ArcGIS REST services themselves.\n\n"
        "With a connection, the token is the one the plugin sends for that server: the same as layers get, "
        "renewed while QGIS runs. With a URL, a user name and a password, it signs in once with those "
        "(the token lives for the chosen number of minutes).\n\n"
        "The TOKEN output is a secret: anyone holding it acts as you until EXPIRES (UTC; empty: never). "
        "Send it in the X-Esri-Authorization header, not in URLs, with the Referer given by REFERER if that "
        "is not empty.\n\n"
        "The algorithm never writes the token to its log, but QGIS shows results: the algorithm dialog prints "
        "them and, from QGIS 3.24 on, keeps them in the Processing history; processing.run prints them to the "
        "feedback it is given (pass QgsProcessingFeedback(False) to keep them out of the message log). "
        "Where the token must not be kept, run the algorithm from Python or qgis_process."
    )

    def flags(self):
        return quiet_in_models(super().flags())

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API name
        sign_in.add_parameters(
            self,
            QT_TRANSLATE_NOOP(
                "ArcGISTokenAuthAlgorithms",
                "With a connection: the server, service or layer the token is for, when it is not the connection's "
                "own server (a server federated with its portal). Without one: where to sign in."
            ),
        )
        lifetime = QgsProcessingParameterNumber(
            LIFETIME,
            QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Token lifetime in minutes (without a connection)"),
            defaultValue=DEFAULT_LIFETIME_MINUTES,
            minValue=1,
        )
        lifetime.setHelp(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "Servers may cap it. A connection's tokens live as long as the connection says."
            )
        )
        self.addParameter(lifetime)
        descriptions = {
            TOKEN: QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Token (secret: treat it like a password)"),
            EXPIRES: QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Expires (UTC, ISO 8601; empty: never)"),
            SERVER: QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Server the token is for"),
            REFERER: QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Referer to send with the token (empty: none)"
            ),
        }
        for name, description in descriptions.items():
            self.addOutput(QgsProcessingOutputString(name, description))

    def process(self, parameters, context, feedback) -> dict:
        who = sign_in.read(self, parameters, context)
        if who.connection is not None:
            server, info = headless.token(who.connection, who.url)
        else:
            lifetime = self.parameterAsInt(parameters, LIFETIME, context)
            result = headless.check_credentials(who.url, who.username, who.password, lifetime_minutes=lifetime)
            if result.error is not None:
                raise result.error
            assert result.token is not None and result.server is not None  # noqa: S101 - ok implies both
            info, server = result.token, result.server.root.url
        expires = iso_utc(info.expires)
        if expires:
            signed_in = QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Signed in to {server}; the token expires {expires}."
            )
        else:
            signed_in = QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Signed in to {server}; the token does not expire."
            )
        feedback.pushInfo(signed_in.format(server=origin_of(server), expires=expires))
        return {TOKEN: info.token.reveal(), EXPIRES: expires, SERVER: server, REFERER: info.referer or ""}
