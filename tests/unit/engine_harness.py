"""The token engine's test harness: an engine wired to the emulator's CA, its events recorded,
and a check at teardown that no secret that crossed the wire reached a log line, an event or an
exception message. ``harness`` is a fixture (tests/unit/conftest.py)."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Optional

import pytest
import requests
from arcgis_token_auth.plugin.core import LOGGER_NAME, errors
from arcgis_token_auth.plugin.core.connection import Connection
from arcgis_token_auth.plugin.core.credentials import Secret
from arcgis_token_auth.plugin.core.engine import TokenEngine
from arcgis_token_auth.plugin.core.http import HttpClient
from arcgis_token_auth.plugin.core.tokens import TokenInfo
from arcgis_token_auth.plugin.core.transport import RequestAuth

from tests.emulator import ArcGISEmulator
from tests.emulator.pytest_fixtures import Enterprise

SECRETS = {"alice": "alice-secret", "bob": "bob-secret", "app": "app-client-secret"}
Events = list[tuple[str, Any, Any, Any]]


class FakeClock:
    """Real time plus an offset the test moves forward (the emulator keeps the real time)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


class Harness:
    """An engine wired to the emulator's CA, with its observers' events recorded."""

    def __init__(self, ca_file: str, secrets: dict[str, str], **options: Any) -> None:
        self.clock = FakeClock()
        self.events: Events = []
        self.secrets = secrets
        self.provided: list[str] = []
        self.engine = TokenEngine(
            self._secret,
            http=options.pop("http", None) or HttpClient(proxies={}, ca_bundle=ca_file, timeout=(2.0, 5.0)),
            clock=self.clock,
            on_token_changed=lambda c, root, info: self.events.append(("token", c.id, root, info)),
            on_error=lambda c, root, error: self.events.append(("error", c.id, root, error)),
            scheduler_max_sleep=0.01,
            **options,
        )

    def _secret(self, connection: Connection) -> Optional[Secret]:
        self.provided.append(connection.id)
        value = self.secrets.get(connection.username or connection.id)
        return None if value is None else Secret(value)

    def errors(self) -> list[errors.ArcGISAuthError]:
        return [event[3] for event in self.events if event[0] == "error"]

    def tokens(self) -> list[TokenInfo]:
        return [event[3] for event in self.events if event[0] == "token"]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, "timed out"
            time.sleep(0.01)


def harness(emulator_ca, caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest):
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    made: list[Harness] = []

    def make(secrets: Optional[dict[str, str]] = None, **options: Any) -> Harness:
        made.append(Harness(str(emulator_ca.ca_file), SECRETS if secrets is None else secrets, **options))
        return made[-1]

    yield make
    for each in made:
        each.engine.shutdown()
    emulators = [value for value in request.node.funcargs.values() if isinstance(value, (ArcGISEmulator, Enterprise))]
    assert_no_secret_logged(caplog, emulators, made)


def assert_no_secret_logged(caplog: pytest.LogCaptureFixture, emulators: list, harnesses: list[Harness]) -> None:
    servers = [server for item in emulators for server in (item if isinstance(item, Enterprise) else [item])]
    secrets = {value for each in harnesses for value in each.secrets.values()}
    for server in servers:
        for record in server.requests:
            secrets.update(record.tokens.values())
            secrets.update(value for key, value in record.form.items() if key in {"password", "token", "client_secret"})
    secrets.update(info.token.reveal() for each in harnesses for info in each.tokens())
    # At teardown caplog.text holds this phase only: read every phase's records.
    records = [record for phase in ("setup", "call", "teardown") for record in caplog.get_records(phase)]
    logged = "\n".join(caplog.handler.format(record) for record in records)
    text = logged + "".join(repr(event) + str(event[3]) for each in harnesses for event in each.events)
    leaked = [secret for secret in secrets if secret and secret in text]
    assert not leaked, "a secret reached the log, an event or an exception message"


def call(url: str, auth: RequestAuth, ca_file: Any, method: str = "GET") -> dict[str, Any]:
    """Send a request the way QGIS would after the preprocessor applied ``auth``."""
    target = auth.url or url
    response = requests.request(method, target, headers=dict(auth.headers), verify=str(ca_file), timeout=5)
    return response.json()


def password_connection(url: str, **options: Any) -> Connection:
    options.setdefault("username", "alice")
    return Connection(options.pop("id", "c1"), options.pop("name", "Test"), url, **options)
