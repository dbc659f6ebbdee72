"""A token goes only to the server root it belongs to, redirects included, in real QGIS.

QGIS applies a layer's ``authcfg`` again to wherever a redirect points (any
origin, even plain HTTP), and Qt, when it follows a redirect itself (Qt 6's
default policy; Qt 5 when asked), copies every header along. The servers
here redirect QGIS's requests to a recorder — another emulator, which logs
every token it is sent, read or not — and the recorder must see none.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import add_users
from tests.qgis.integration import POINTS, connect, feature_layer, settle

TOKEN_HEADERS = ("x-esri-authorization", "authorization")


def tokens_seen(recorder) -> list:
    """Every token-like thing a recorder was sent: a token in any transport, or an auth header."""
    return [
        (record.path, record.tokens or {name: record.header(name) for name in TOKEN_HEADERS if record.header(name)})
        for record in recorder.requests
        if record.tokens or any(record.header(name) for name in TOKEN_HEADERS)
    ]


@pytest.mark.parametrize("scheme", ["https", "http"])
def test_a_layer_redirected_elsewhere_takes_no_token_along(plugin, arcgis_emulator, scheme):
    server = add_users(arcgis_emulator(STANDALONE, features=30))
    recorder = arcgis_emulator(STANDALONE, features=30, also_http=True)
    connect(server)
    assert feature_layer(server).isValid()  # signed in; the connection's token is live
    settle(0.5)  # whatever the plugin queues for the main thread after a sign-in has run
    target = recorder.origin if scheme == "https" else recorder.http_origin
    server.add_fault("redirect", "/FeatureServer/0", location=target, status=302)

    redirected = feature_layer(server)

    assert recorder.requests, "QGIS followed the redirect (else this test proves nothing)"
    assert not redirected.isValid()  # the recorder wants a token for its own layer, and got none
    assert tokens_seen(recorder) == []


def test_qt_following_a_redirect_itself_takes_no_token_along(plugin, arcgis_emulator):
    """What QGIS 4 (Qt 6) does by default: NoLessSafeRedirectPolicy follows to any HTTPS origin."""
    server = add_users(arcgis_emulator(STANDALONE, features=30))
    recorder = arcgis_emulator(STANDALONE, features=30)
    connect(server)
    url = server.service_url(POINTS, "FeatureServer", 0) + "?f=json"
    server.add_fault("redirect", "/FeatureServer/0", location=recorder.origin, status=307)
    request = QNetworkRequest(QUrl(url))
    request.setAttribute(
        QNetworkRequest.Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy
    )
    QgsBlockingNetworkRequest().get(request, True)

    assert recorder.requests, "the redirect was followed (by Qt or by QGIS)"
    assert tokens_seen(recorder) == []
    signed = [record for record in server.requests if record.endpoint == "layer"]
    assert signed and all(record.tokens for record in signed), "the request to the server itself was signed"
