"""Who signs in, for the algorithms that sign in and nothing more: a connection, or credentials.

*Get ArcGIS token* and *Test ArcGIS connection* take the same parameters: a
plugin connection (optionally with the URL of one of the servers it covers),
or a URL with a user name and password that are no stored connection — for
a one-off job, or to try credentials before saving them.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

from qgis.core import QgsProcessingParameterString
from qgis.PyQt.QtCore import QCoreApplication

from ..core.connection import Connection
from ..core.phrases import Phrase
from ..integration import headless
from ..integration.headless import HeadlessError
from ..translation import translated
from .base import CONNECTION_HELP
from .parameters import CONNECTION, HIDDEN, PasswordParameter, connection_parameter

URL = "URL"
USERNAME = "USERNAME"
PASSWORD = "PASSWORD"  # noqa: S105 - a parameter name


def add_parameters(algorithm, url_help: Phrase) -> None:
    connection = connection_parameter(
        QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Connection"), translated(CONNECTION_HELP)
    )
    algorithm.addParameter(connection)
    url = QgsProcessingParameterString(
        URL, QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Server, service or layer URL"), optional=True
    )
    url.setHelp(translated(url_help))
    algorithm.addParameter(url)
    username = QgsProcessingParameterString(
        USERNAME,
        QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "User name (without a connection)"),
        optional=True,
    )
    username.setHelp(
        QCoreApplication.translate(
            "ArcGISTokenAuthAlgorithms",
            "Sign in with this user name and the password below instead of a connection."
        )
    )
    algorithm.addParameter(username)
    password = PasswordParameter(
        PASSWORD,
        QCoreApplication.translate("ArcGISTokenAuthAlgorithms", "Password (without a connection)"),
        optional=True,
    )
    password.setHelp(
        QCoreApplication.translate(
            "ArcGISTokenAuthAlgorithms",
            "QGIS shows and stores it as <hidden> (log, history, copied commands). Prefer a connection: "
            "its password stays encrypted in QGIS's authentication database."
        )
    )
    algorithm.addParameter(password)


class SignIn(NamedTuple):
    """A stored connection (``connection``), or ad hoc credentials (``username``, ``password``)."""

    url: str
    connection: Optional[Connection] = None
    username: str = ""
    password: str = ""


def read(algorithm, parameters, context) -> SignIn:
    reference = algorithm.parameterAsString(parameters, CONNECTION, context).strip()
    url = algorithm.parameterAsString(parameters, URL, context).strip()
    username = algorithm.parameterAsString(parameters, USERNAME, context).strip()
    password = algorithm.parameterAsString(parameters, PASSWORD, context)
    if password == HIDDEN:
        raise HeadlessError(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms",
                "The password is never kept in QGIS's Processing history or in copied commands: enter it again."
            )
        )
    if reference:
        if username or password:
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms", "Give either a connection, or a user name and password, not both."
                )
            )
        connection = headless.connection_for(url, reference) if url else headless.find_connection(reference)
        return SignIn(url or connection.url, connection)
    if username or password:
        if not (url and username and password):
            raise HeadlessError(
                QCoreApplication.translate(
                    "ArcGISTokenAuthAlgorithms",
                    "Signing in without a connection needs the URL, the user name and the password."
                )
            )
        return SignIn(url, username=username, password=password)
    if not url:
        raise HeadlessError(
            QCoreApplication.translate(
                "ArcGISTokenAuthAlgorithms", "Choose a connection, or give a URL. {connections}"
            ).format(connections=headless.describe_connections())
        )
    return SignIn(url, headless.connection_for(url))
