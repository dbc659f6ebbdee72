"""pytest fixtures for the ArcGIS emulator (loaded by tests/conftest.py).

- ``emulator_ca``: the session's test CA; ``emulator_ca.ca_file`` is its PEM file.
- ``arcgis_emulator``: a factory, ``arcgis_emulator(kind="standalone", **options)`` →
  a started :class:`ArcGISEmulator` on a free port, stopped when the test ends.
  The test fails if an emulator hit an internal error.
- ``emulator_session``: a ``requests.Session`` that trusts the CA and ignores
  environment settings (REQUESTS_CA_BUNDLE would otherwise override ``verify``).
- ``arcgis_server`` / ``arcgis_enterprise`` / ``arcgis_online``: ready-made set-ups
  with the users of ``USERS``.

``request_token(session, token_url, username="alice", **params)`` asks for a token
over HTTP, bound to ``REFERER`` by default.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Callable, NamedTuple

import pytest
import requests

from .certs import EmulatorCA
from .server import ONLINE, PORTAL, STANDALONE, ArcGISEmulator

# username → (password, services allowed; None = all)
USERS: dict[str, tuple[str, Any]] = {
    "alice": ("alice-secret", None),
    "bob": ("bob-secret", ["Demo/Restricted"]),
}
REFERER = "https://qgis.test/arcgis-token-auth"  # what request_token binds tokens to by default


class Enterprise(NamedTuple):
    portal: ArcGISEmulator
    server: ArcGISEmulator  # federated with the portal (its hosting server)


def request_token(session: requests.Session, token_url: str, username: str = "alice", **params: str) -> dict[str, Any]:
    """POST generateToken for one of USERS, bound to REFERER unless `params` say otherwise."""
    form = {"username": username, "password": USERS[username][0], "client": "referer", "referer": REFERER, "f": "json"}
    form.update(params)
    return session.post(token_url, data=form, timeout=10).json()


def add_users(emulator: ArcGISEmulator) -> ArcGISEmulator:
    for username, (password, services) in USERS.items():
        emulator.add_user(username, password, services)
    return emulator


@pytest.fixture(scope="session")
def emulator_ca(tmp_path_factory: pytest.TempPathFactory) -> EmulatorCA:
    return EmulatorCA(tmp_path_factory.mktemp("emulator-ca") / "ca.pem")


@pytest.fixture
def arcgis_emulator(emulator_ca: EmulatorCA) -> Iterator[Callable[..., ArcGISEmulator]]:
    started: list[ArcGISEmulator] = []

    def start(kind: str = STANDALONE, **options: Any) -> ArcGISEmulator:
        options.setdefault("ca", emulator_ca)
        emulator = ArcGISEmulator.start(kind, **options)
        started.append(emulator)
        return emulator

    yield start
    for emulator in reversed(started):
        emulator.stop()
    errors = [error for emulator in started for error in emulator.internal_errors]
    if errors:
        pytest.fail("the ArcGIS emulator hit internal errors:\n" + "\n".join(errors))


@pytest.fixture
def emulator_session(emulator_ca: EmulatorCA) -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.trust_env = False
        session.verify = str(emulator_ca.ca_file)
        yield session


@pytest.fixture
def arcgis_server(arcgis_emulator: Callable[..., ArcGISEmulator]) -> ArcGISEmulator:
    """A standalone HTTPS server with the default services and USERS."""
    return add_users(arcgis_emulator(STANDALONE))


@pytest.fixture
def arcgis_enterprise(arcgis_emulator: Callable[..., ArcGISEmulator]) -> Enterprise:
    """A portal with USERS and a federated server (default services) on another port."""
    portal = add_users(arcgis_emulator(PORTAL))
    return Enterprise(portal, arcgis_emulator(STANDALONE, owning_portal=portal))


@pytest.fixture
def arcgis_online(arcgis_emulator: Callable[..., ArcGISEmulator]) -> ArcGISEmulator:
    """An ArcGIS Online-style org: sharing API at the root, hosted services under /<orgId>/arcgis."""
    return add_users(arcgis_emulator(ONLINE))
