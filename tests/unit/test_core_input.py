"""What the user types, or a settings entry holds, is checked where it enters: a Connection.

Whatever ``Connection.from_dict`` is given, it returns a connection or raises
ValueError, never another exception (a damaged settings entry must not stop
the plugin). A referer it accepts can be sent as an HTTP header by ``requests``
and by the request hook (both encode Latin-1), so nothing the user typed can
raise out of the engine later.
"""

from __future__ import annotations

import json

import pytest
from arcgis_token_auth.plugin.core.connection import Connection, InvalidFieldError
from arcgis_token_auth.plugin.core.credentials import Secret
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from requests.models import PreparedRequest

from tests.emulator.pytest_fixtures import USERS
from tests.unit.engine_harness import password_connection

URL = "https://gis.example.com/arcgis/rest/services"
GOOD = {"version": 1, "id": "c1", "name": "City", "url": URL}
EN_DASH = "\u2013"


@pytest.mark.parametrize(
    "data",
    [
        [],
        None,
        5,
        "text",
        {**GOOD, "url": 5},
        {**GOOD, "url": None},
        {**GOOD, "name": None},
        {**GOOD, "id": None},
        {**GOOD, "id": 7},
        {k: v for k, v in GOOD.items() if k != "id"},
        {k: v for k, v in GOOD.items() if k != "url"},
        {**GOOD, "credential": ["password"]},
        {**GOOD, "binding": {"referer": 1}},
        {**GOOD, "transport": None},
        {**GOOD, "username": 42},
        {**GOOD, "referer": None},
        {**GOOD, "lifetime_minutes": "60"},
        {**GOOD, "lifetime_minutes": 1.5},
        {**GOOD, "lifetime_minutes": True},
        {**GOOD, "allow_plain_http": "no"},
        {**GOOD, "api_key_expires": "soon"},
        {**GOOD, "api_key_expires": float("inf")},
        {**GOOD, "version": "1"},
        {**GOOD, "version": True},
        {**GOOD, "referer": f"qgis{EN_DASH}x"},
        {**GOOD, "referer": "a\r\nX-Evil: 1"},
        {**GOOD, "username": "alice\n"},
    ],
    ids=repr,
)
def test_from_dict_refuses_every_malformed_shape_with_a_value_error(data) -> None:
    with pytest.raises(ValueError) as raised:
        Connection.from_dict(data)
    assert str(raised.value)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
FIELDS = st.sampled_from(
    ["id", "name", "url", "credential", "username", "binding", "referer", "lifetime_minutes", "transport",
     "allow_plain_http", "api_key_expires", "version"]
)  # fmt: skip


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(JSON, st.dictionaries(FIELDS, JSON).map(lambda changes: {**GOOD, **changes})))
def test_from_dict_raises_nothing_but_value_error(data) -> None:
    try:
        connection = Connection.from_dict(data)
    except ValueError:
        return
    assert Connection.from_dict(json.loads(json.dumps(connection.to_dict()))) == connection


@settings(max_examples=300)
@given(st.text(min_size=1, max_size=30))
def test_an_accepted_referer_can_be_sent_as_a_header(referer: str) -> None:
    try:
        connection = Connection("c1", "n", URL, referer=referer)
    except InvalidFieldError as error:
        assert error.field == "referer"
        return
    request = PreparedRequest()
    request.prepare(method="GET", url=URL, headers={"Referer": connection.referer})  # requests' own header check
    assert connection.referer.encode("latin-1")  # as http.client and the request hook encode it
    assert "\r" not in connection.referer and "\n" not in connection.referer


@pytest.mark.parametrize(
    ("referer", "character"), [(f"qgis{EN_DASH}x", EN_DASH), ("qgis\u2603", "\u2603"), ("a\rb", "\r"), ("a\tb", "\t")]
)
def test_a_referer_a_header_cannot_carry_is_refused_naming_the_character(referer: str, character: str) -> None:
    with pytest.raises(InvalidFieldError) as raised:
        Connection("c1", "n", URL, referer=referer)
    assert raised.value.field == "referer" and raised.value.character == character
    assert "cannot be sent as an HTTP header" in str(raised.value)


def test_a_referer_with_spaces_at_its_ends_is_refused() -> None:
    for referer in (" qgis", "qgis "):
        with pytest.raises(InvalidFieldError, match="start or end with a space"):
            Connection("c1", "n", URL, referer=referer)


def test_only_a_referer_that_is_sent_is_checked() -> None:
    connection = Connection("c1", "n", URL, binding="requestip", referer=f"qgis{EN_DASH}x")
    assert connection.bound_referer is None


def test_latin1_referers_and_unicode_user_names_are_fine() -> None:
    connection = Connection("c1", "n", URL, username="jürgen.müller@例え.jp", referer="qgis-café/1.0 (test)")
    assert Connection.from_dict(connection.to_dict()) == connection


@pytest.mark.parametrize("username", ["alice\n", "al\x00ice", "bob\u200b"])
def test_a_user_name_with_a_control_or_invisible_character_is_refused(username: str) -> None:
    with pytest.raises(InvalidFieldError) as raised:
        Connection("c1", "n", URL, username=username)
    assert raised.value.field == "username" and raised.value.character in username


def test_the_engine_signs_in_with_a_latin1_referer_and_never_raises(harness, arcgis_server) -> None:
    """The referer the issue found raising is refused at the door; one the rule accepts signs in."""
    h = harness()
    with pytest.raises(ValueError, match="HTTP header"):
        password_connection(arcgis_server.services_url, referer=f"qgis{EN_DASH}x")
    result = h.engine.test_connection(
        password_connection(arcgis_server.services_url, referer="qgis-café"), Secret(USERS["alice"][0])
    )
    assert result.ok, result.error
    assert result.token.referer == "qgis-café"
