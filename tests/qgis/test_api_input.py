"""The Python API refuses input it cannot use with a ValueError that says why, and stores nothing."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsSettings

from tests.emulator.pytest_fixtures import USERS

GROUP = "arcgis_token_auth/connections"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"referer": "qgis\u2013x"}, r"the referer 'qgis\u2013x' cannot be sent as an HTTP header: '\u2013' is not"),
        ({"referer": "qgis\r\nX-Injected: 1"}, "cannot be sent as an HTTP header"),
        ({"referer": " qgis"}, "must not start or end with a space"),
        ({"username": "alice\n"}, "the user name .* holds a control or invisible character"),
        ({"lifetime_minutes": "60"}, "whole number of minutes"),
        ({"binding": "cookie"}, "unknown binding 'cookie'"),
    ],
)
def test_input_the_api_cannot_use_is_refused_with_a_clear_value_error(plugin, arcgis_server, options, message):
    from arcgis_token_auth import api

    options = {"username": "alice", **options}
    configs_before = set(QgsApplication.authManager().configIds())
    with pytest.raises(ValueError, match=message) as raised:
        api.add_connection(arcgis_server.services_url, password=USERS["alice"][0], **options)
    assert USERS["alice"][0] not in str(raised.value)
    assert api.connections() == []
    assert set(QgsApplication.authManager().configIds()) == configs_before
    settings = QgsSettings()
    settings.beginGroup(GROUP)
    assert settings.childGroups() == []
    settings.endGroup()
    assert arcgis_server.requests == []
