"""A damaged connection entry in QgsSettings costs that entry only.

The plugin knows its connections at start-up from an index in QgsSettings
(``arcgis_token_auth/connections/<id>/definition``, JSON). A user, a sync tool
or another version may leave an entry there that cannot be read: the plugin
still starts, with every other connection and its Processing provider, and
says once which entry it skipped and why.
"""

from __future__ import annotations

import json
import logging

import pytest
from qgis.core import QgsApplication, QgsSettings

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.qgis.integration import connect, feature_layer, load_plugin, unload_plugin

GROUP = "arcgis_token_auth/connections"
PROVIDER_ID = "arcgistokenauth"
BAD_ID = "bad0001"


def good_definition(**changes) -> str:
    """A readable definition with some fields changed (the id is the bad entry's own)."""
    definition = {"version": 1, "id": BAD_ID, "name": "Bad", "url": "https://bad.example.com/arcgis", **changes}
    return json.dumps(definition)


# The entry's definition → a part of the reason the log must give for skipping it.
BAD_ENTRIES = {
    "empty list": ("[]", "not list"),
    "null": ("null", "not NoneType"),
    "url a number": (good_definition(url=5), "url must be text"),
    "name null": (good_definition(name=None), "name must be text"),
    "not JSON": ('{"id": "bad0001", ', "Expecting"),
    "unknown credential": (good_definition(credential=["password"]), "unknown credential"),
    "lifetime text": (good_definition(lifetime_minutes="60"), "whole number of minutes"),
    "referer not Latin-1": (good_definition(referer="qgis\u2013x"), "not a printable Latin-1 character"),
    # Python's own words: "maximum recursion depth exceeded while decoding a JSON array..." up to
    # 3.13, "Stack overflow (used 160 kB) while decoding a JSON array..." from 3.14 (QGIS 3.44 on sid).
    "deep nesting": ("[" * 100_000 + "]" * 100_000, "while decoding a JSON array"),
}


class Start:
    """Writes entries next to the good connection and loads the plugin; removes all of it after."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.plugin = None

    def __call__(self, entries: dict[str, str]):
        settings = QgsSettings()
        for key, definition in entries.items():
            self.keys.append(key)
            settings.setValue(f"{GROUP}/{key}/definition", definition)
        self.plugin = load_plugin()
        return self.plugin

    def clean(self, good) -> None:
        if self.plugin is not None:
            unload_plugin(self.plugin)  # deletes the good connection
        settings = QgsSettings()
        for key in [*self.keys, good.id]:
            settings.remove(f"{GROUP}/{key}")
        if good.id in QgsApplication.authManager().configIds():
            QgsApplication.authManager().removeAuthenticationConfig(good.id)


@pytest.fixture
def good_connection(trusted_ca, arcgis_emulator):
    """A working connection saved by a first load of the plugin, which is then unloaded (as QGIS quits)."""
    server = add_users(arcgis_emulator(STANDALONE, features=7))
    first = load_plugin()
    try:
        connection = connect(server)
    finally:
        first.unload()
    return server, connection


@pytest.fixture
def start(good_connection):
    starter = Start()
    yield starter
    starter.clean(good_connection[1])


def skipped_warnings(caplog, key: str) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING and f"Skipped the stored connection {key} " in record.getMessage()
    ]


@pytest.mark.parametrize(("definition", "why"), BAD_ENTRIES.values(), ids=BAD_ENTRIES.keys())
def test_a_bad_entry_is_skipped_once_and_the_rest_loads(good_connection, start, caplog, definition, why):
    server, good = good_connection
    with caplog.at_level(logging.DEBUG, logger="arcgis_token_auth"):
        plugin = start({BAD_ID: definition})
        assert plugin.service.connections() == [good]
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None
        assert plugin.service.store.connections() == [good], "asked again: the same answer"
        assert feature_layer(server).featureCount() == 7, "the good connection signs in"
    (warning,) = skipped_warnings(caplog, BAD_ID)  # once, however often the index is read
    assert why.lower() in warning.lower() and f"{GROUP}/{BAD_ID}/definition" in warning
    assert USERS["alice"][0] not in caplog.text


def test_a_copied_entry_does_not_take_the_id_of_the_original(good_connection, start, caplog):
    """Two entries with one id (an entry copied by hand): the one under its own key loads, the copies
    are skipped; the engine never sees the id twice."""
    server, good = good_connection
    copied = QgsSettings().value(f"{GROUP}/{good.id}/definition")
    with caplog.at_level(logging.WARNING, logger="arcgis_token_auth"):
        plugin = start({"copy0001": copied, "copy0002": copied})
        assert plugin.service.connections() == [good]
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None
        assert feature_layer(server).featureCount() == 7
    for key in ("copy0001", "copy0002"):
        (warning,) = skipped_warnings(caplog, key)
        assert f"names the id {good.id!r}, not its own" in warning


def test_every_bad_entry_at_once(good_connection, start, caplog):
    server, good = good_connection
    entries = {f"bad{number:04d}": definition for number, (definition, _) in enumerate(BAD_ENTRIES.values())}
    with caplog.at_level(logging.WARNING, logger="arcgis_token_auth"):
        plugin = start(entries)
        assert plugin.service.connections() == [good]
        assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is not None
        assert feature_layer(server).featureCount() == 7
    assert all(len(skipped_warnings(caplog, key)) == 1 for key in entries)
