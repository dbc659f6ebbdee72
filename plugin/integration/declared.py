"""Connections declared by a deployment: a JSON file, or environment variables.

A QGIS Server in a container has no desktop to set up a connection in. Its
connections can instead be declared where container platforms keep
configuration, with the secret where they keep secrets:

* ``ARCGIS_TOKEN_AUTH_CONNECTIONS`` names a JSON file: a list of connections,
  each with the fields of a saved connection (``id``, ``name``, ``url``,
  ``credential``, ``username``, and the optional ones such as ``referer``) and
  its secret in exactly one of ``secret_file`` (a file holding it, as Docker and
  Kubernetes mount secrets), ``secret_env`` (the name of an environment variable
  holding it) or ``secret``;
* one connection in variables: ``ARCGIS_TOKEN_AUTH_URL``, ``ARCGIS_TOKEN_AUTH_ID``
  (the ``authcfg`` id the project's layers name), ``ARCGIS_TOKEN_AUTH_CREDENTIAL``
  (``password``, ``api_key`` or ``app``), ``ARCGIS_TOKEN_AUTH_USERNAME``,
  ``ARCGIS_TOKEN_AUTH_NAME`` and ``ARCGIS_TOKEN_AUTH_SECRET_FILE`` or
  ``ARCGIS_TOKEN_AUTH_SECRET``.

The secret is read when a sign-in needs it, so a rotated secret file is used
from the next sign-in on, and it is never written anywhere: not to the auth
DB, not to a log. A layer that names an ``authcfg`` needs that config in
QGIS's auth DB (QGIS refuses to send its requests otherwise): when the auth DB
is unlocked (``QGIS_AUTH_PASSWORD_FILE``) the missing ones are created, with
no secret and no token in them; otherwise the log says which layers cannot
load. A browser sign-in needs a person at a browser: it cannot be declared.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig

from ..core import LOGGER_NAME
from ..core.connection import Connection
from ..core.credentials import CredentialKind, Secret
from .store import AUTH_METHOD, TOKEN_KEY, ConnectionHealth

log = logging.getLogger(LOGGER_NAME).getChild("declared")

FILE_VARIABLE = "ARCGIS_TOKEN_AUTH_CONNECTIONS"
VARIABLE_PREFIX = "ARCGIS_TOKEN_AUTH_"
DEFAULT_ID = "arcgis0"  # the id of the connection declared in variables when ARCGIS_TOKEN_AUTH_ID is unset
_SECRET_KEYS = ("secret", "secret_file", "secret_env")


class DeclarationError(ValueError):
    """A declared connection that cannot be used; the message says which and why (never the secret)."""


@dataclass(frozen=True)
class SecretSource:
    """Where a declared connection's secret is read from, each time a sign-in needs it."""

    value: Optional[str] = None
    file: Optional[Path] = None
    variable: Optional[str] = None

    def read(self) -> Optional[Secret]:
        if self.file is not None:
            try:
                text = self.file.read_text(encoding="utf-8").strip()
            except OSError as error:
                log.error("The secret file %s cannot be read (%s)", self.file, error.strerror or type(error).__name__)
                return None
        elif self.variable is not None:
            text = os.environ.get(self.variable, "").strip()
        else:
            text = self.value or ""
        return Secret(text) if text else None


class DeclaredConnections:
    """The connections of a deployment, read-only: what :class:`~.service.TokenService` reads of a store."""

    def __init__(self, declared: list[tuple[Connection, SecretSource]]) -> None:
        self._declared = {connection.id: (connection, source) for connection, source in declared}

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Optional[DeclaredConnections]:
        """The connections ``environ`` declares, or None when it declares none. One that cannot be used
        is logged (what is wrong with it, and where) and left out; the others are kept."""
        declared: list[tuple[Connection, SecretSource]] = []
        path = environ.get(FILE_VARIABLE, "").strip()
        if path:
            declared += _from_file(Path(path))
        if environ.get(VARIABLE_PREFIX + "URL", "").strip():
            try:
                declared.append(_from_variables(environ))
            except DeclarationError as error:
                log.error("The connection declared in %s* variables is not used: %s", VARIABLE_PREFIX, error)
        if not path and not declared:
            return None
        unique: dict[str, tuple[Connection, SecretSource]] = {}
        for connection, source in declared:
            if connection.id in unique:
                log.error("Two declared connections have the id %r: only the first is used", connection.id)
                continue
            unique[connection.id] = (connection, source)
        return cls(list(unique.values()))

    # -- what the token service reads ------------------------------------------------
    def connections(self) -> list[Connection]:
        return [connection for connection, _source in self._declared.values()]

    def connection(self, connection_id: str) -> Optional[Connection]:
        found = self._declared.get(connection_id)
        return found[0] if found is not None else None

    def secret(self, connection: Connection) -> Optional[Secret]:
        found = self._declared.get(connection.id)
        return found[1].read() if found is not None else None

    @staticmethod
    def needs_unlock(_connection_id: str) -> bool:
        return False  # the secret is not in the auth DB

    @staticmethod
    def health(_connection_id: str) -> ConnectionHealth:
        return ConnectionHealth.OK

    # -- the auth configs that project layers name -------------------------------------
    def provide_auth_configs(self) -> None:
        """Create, in QGIS's auth DB, the EsriToken config (no secret, no token) of each declared
        connection that has none, so that layers naming its id load; when the auth DB is locked, log
        which layers cannot load and how to unlock it."""
        auth = QgsApplication.authManager()
        missing = [c for c in self.connections() if c.id not in auth.configIds()]
        if not missing:
            return
        if not auth.masterPasswordIsSet():
            log.warning(
                "Layers naming authcfg=%s cannot load: QGIS's authentication database is locked, so QGIS "
                "refuses their requests. Set QGIS_AUTH_PASSWORD_FILE to a file holding its master password "
                "(the plugin then adds configs without any secret), or publish those layers without authcfg: "
                "the plugin signs every request under a declared connection's URL.",
                ", ".join(c.id for c in missing),
            )
            return
        for connection in missing:
            config = QgsAuthMethodConfig(AUTH_METHOD)
            config.setId(connection.id)
            config.setName(connection.name)
            config.setUri(connection.url)
            config.setConfig(TOKEN_KEY, "")  # the plugin signs the requests; QGIS's config holds nothing
            stored = auth.storeAuthenticationConfig(config, True)
            written = stored[0] if isinstance(stored, tuple) else stored
            if not written and connection.id not in auth.configIds():  # another server process may have won
                log.warning("The auth config %s could not be added to QGIS's authentication database", connection.id)


def _from_file(path: Path) -> list[tuple[Connection, SecretSource]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        log.error("No connections read from %s=%s: %s", FILE_VARIABLE, path, error.strerror or type(error).__name__)
        return []
    except ValueError as error:
        log.error("No connections read from %s: it is not JSON (%s)", path, error)
        return []
    if not isinstance(data, list):
        log.error("No connections read from %s: it holds %s, not a list of connections", path, type(data).__name__)
        return []
    declared = []
    for index, entry in enumerate(data):
        try:
            declared.append(_declared(entry))
        except DeclarationError as error:
            log.error("Connection %d of %s is not used: %s", index + 1, path, error)
    return declared


def _from_variables(environ: Mapping[str, str]) -> tuple[Connection, SecretSource]:
    def value(name: str) -> str:
        return environ.get(VARIABLE_PREFIX + name, "").strip()

    entry = {
        "id": value("ID") or DEFAULT_ID,
        "url": value("URL"),
        "name": value("NAME") or value("URL"),
        "credential": value("CREDENTIAL") or CredentialKind.PASSWORD.value,
        "username": value("USERNAME"),
    }
    if value("SECRET_FILE"):
        entry["secret_file"] = value("SECRET_FILE")
    if VARIABLE_PREFIX + "SECRET" in environ:
        entry["secret_env"] = VARIABLE_PREFIX + "SECRET"
    return _declared(entry)


def _declared(entry: object) -> tuple[Connection, SecretSource]:
    if not isinstance(entry, dict):
        raise DeclarationError(f"it is {type(entry).__name__}, not an object with the connection's fields")
    sources = [key for key in _SECRET_KEYS if entry.get(key)]
    if len(sources) != 1:
        raise DeclarationError(f"it needs exactly one of {', '.join(_SECRET_KEYS)} (it has {len(sources)})")
    definition = {key: value for key, value in entry.items() if key not in _SECRET_KEYS}
    definition.setdefault("name", definition.get("url", ""))
    try:
        connection = Connection.from_dict(definition)
    except ValueError as error:
        raise DeclarationError(str(error)) from None
    if not connection.id:
        raise DeclarationError("it has no id (the authcfg id its layers name)")
    if connection.credential is CredentialKind.BROWSER:
        raise DeclarationError("a browser sign-in needs a person at a browser; declare an app or API key instead")
    key = sources[0]
    text = str(entry[key])
    source = {
        "secret": SecretSource(value=text),
        "secret_file": SecretSource(file=Path(text)),
        "secret_env": SecretSource(variable=text),
    }[key]
    return connection, source
