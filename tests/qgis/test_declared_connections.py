"""Connections a QGIS Server deployment declares (a JSON file, environment variables): each mistake
named in the log with where it is, the usable connections kept, the secret read at each sign-in and
never written anywhere."""

from __future__ import annotations

import json
import logging

import pytest
from arcgis_token_auth.plugin.core.credentials import CredentialKind
from arcgis_token_auth.plugin.integration.declared import DEFAULT_ID, DeclaredConnections
from qgis.core import QgsApplication, QgsAuthMethodConfig

URL = "https://gis.example.com/arcgis"


@pytest.fixture
def messages(caplog):
    caplog.set_level(logging.INFO, logger="arcgis_token_auth")
    return lambda: [record.getMessage() for record in caplog.records]


def declared_in(tmp_path, entries) -> dict[str, str]:
    path = tmp_path / "connections.json"
    path.write_text(entries if isinstance(entries, str) else json.dumps(entries), encoding="utf-8")
    return {"ARCGIS_TOKEN_AUTH_CONNECTIONS": str(path)}


def test_nothing_declared_means_the_profile_s_connections():
    assert DeclaredConnections.from_environment({}) is None


def test_one_connection_in_variables_with_its_secret_in_a_file_read_at_each_sign_in(tmp_path):
    secret = tmp_path / "secret"
    secret.write_text("first-password\n", encoding="utf-8")
    declared = DeclaredConnections.from_environment({
        "ARCGIS_TOKEN_AUTH_URL": URL, "ARCGIS_TOKEN_AUTH_USERNAME": "publisher",
        "ARCGIS_TOKEN_AUTH_SECRET_FILE": str(secret),
    })  # fmt: skip
    (connection,) = declared.connections()
    assert (connection.id, connection.url, connection.username) == (DEFAULT_ID, URL, "publisher")
    assert connection.credential is CredentialKind.PASSWORD
    assert declared.secret(connection).reveal() == "first-password"
    secret.write_text("rotated-password", encoding="utf-8")  # a rotated secret: used from the next sign-in on
    assert declared.secret(connection).reveal() == "rotated-password"


def test_a_file_of_connections_keeps_the_good_ones_and_names_each_mistake(tmp_path, messages, monkeypatch):
    monkeypatch.setenv("CITY_KEY", "an-api-key")
    environment = declared_in(tmp_path, [
        {"id": "city001", "name": "City", "url": URL, "credential": "api_key", "secret_env": "CITY_KEY"},
        {"id": "nosecret", "url": URL, "username": "bob"},
        {"id": "twosecrets", "url": URL, "secret": "a", "secret_file": "/run/secrets/b"},
        {"id": "badurl", "url": "ftp://gis.example.com", "secret": "x"},
        {"id": "browser", "url": URL, "credential": "browser", "secret": "x"},
        {"id": "city001", "url": URL, "secret": "x"},
        "not an object",
    ])  # fmt: skip
    declared = DeclaredConnections.from_environment(environment)
    assert [c.id for c in declared.connections()] == ["city001"]
    assert declared.secret(declared.connections()[0]).reveal() == "an-api-key"
    path = environment["ARCGIS_TOKEN_AUTH_CONNECTIONS"]
    logged = "\n".join(messages())
    needs = "it needs exactly one of secret, secret_file, secret_env"
    assert f"Connection 2 of {path} is not used: {needs} (it has 0)" in logged
    assert f"Connection 3 of {path} is not used: {needs} (it has 2)" in logged
    assert f"Connection 4 of {path} is not used:" in logged
    assert f"Connection 5 of {path} is not used: a browser sign-in needs a person at a browser" in logged
    assert "Two declared connections have the id 'city001': only the first is used" in logged
    assert f"Connection 7 of {path} is not used: it is str" in logged
    assert "an-api-key" not in logged


@pytest.mark.parametrize(
    ("content", "expected"),
    [("{not json", "it is not JSON"), ('{"id": "x"}', "it holds dict, not a list of connections")],
)
def test_a_file_that_cannot_be_read_is_named_with_the_reason(tmp_path, messages, content, expected):
    declared = DeclaredConnections.from_environment(declared_in(tmp_path, content))
    assert declared is not None and declared.connections() == []  # declared, so not the profile's
    assert any(expected in message for message in messages())


def test_a_missing_file_says_so(tmp_path, messages):
    missing = tmp_path / "absent.json"
    declared = DeclaredConnections.from_environment({"ARCGIS_TOKEN_AUTH_CONNECTIONS": str(missing)})
    assert declared.connections() == []
    assert any(f"No connections read from ARCGIS_TOKEN_AUTH_CONNECTIONS={missing}" in m for m in messages())


def test_an_unreadable_secret_file_is_logged_without_its_content(tmp_path, messages):
    declared = DeclaredConnections.from_environment(
        {"ARCGIS_TOKEN_AUTH_URL": URL, "ARCGIS_TOKEN_AUTH_SECRET_FILE": str(tmp_path / "gone")}
    )
    assert declared.secret(declared.connections()[0]) is None
    assert any(f"The secret file {tmp_path / 'gone'} cannot be read" in m for m in messages())


def test_the_auth_configs_layers_name_are_added_without_secret_or_token(qgis_app, tmp_path):
    auth = QgsApplication.authManager()
    declared = DeclaredConnections.from_environment({
        "ARCGIS_TOKEN_AUTH_URL": URL, "ARCGIS_TOKEN_AUTH_ID": "srv0001", "ARCGIS_TOKEN_AUTH_SECRET": "s3cret-value",
    })  # fmt: skip
    try:
        declared.provide_auth_configs()
        assert "srv0001" in auth.configIds()
        config = QgsAuthMethodConfig()
        loaded = auth.loadAuthenticationConfig("srv0001", config, True)
        config = loaded[1] if isinstance(loaded, tuple) else config
        assert config.method() == "EsriToken" and config.uri() == URL
        assert "s3cret-value" not in json.dumps(config.configMap())
        assert config.configMap().get("token", "") == ""
        declared.provide_auth_configs()  # a second server process: nothing to add
    finally:
        auth.removeAuthenticationConfig("srv0001")
