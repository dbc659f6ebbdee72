"""Where a connection's secret (password, API key, client secret) is kept.

Two places, both encrypted at rest and never a settings or project file:
the connection's own EsriToken config in the QGIS auth DB (the default), or
the operating system's keyring through the optional ``keyring`` package.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import Optional

from ..core import LOGGER_NAME

log = logging.getLogger(LOGGER_NAME).getChild("secrets")

KEYRING_SERVICE = "QGIS ArcGIS Token Auth"


class SecretStore(str, Enum):
    AUTH_DB = "authdb"
    KEYRING = "keyring"


def keyring_unavailable_reason() -> Optional[str]:
    """None when the OS keyring can be used, else why not (shown next to the disabled choice)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return "the Python package 'keyring' is not installed in QGIS's Python"
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any backend failure means: not usable
        return f"the OS keyring cannot be opened ({type(exc).__name__})"
    if isinstance(backend, fail.Keyring):
        return "no OS keyring backend is available on this system"
    return None


def _keyring():
    reason = keyring_unavailable_reason()
    if reason is not None:
        raise KeyringUnavailableError(reason)
    import keyring

    return keyring


class KeyringUnavailableError(RuntimeError):
    pass


def read_keyring_secret(connection_id: str) -> Optional[str]:
    try:
        return _keyring().get_password(KEYRING_SERVICE, connection_id)
    except KeyringUnavailableError as exc:
        log.warning("The OS keyring is not available for connection %s: %s", connection_id, exc)
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring must not break QGIS
        log.warning(
            "Reading the secret of connection %s from the OS keyring failed (%s)", connection_id, type(exc).__name__
        )
    return None


def write_keyring_secret(connection_id: str, secret: str) -> None:
    """Raises KeyringUnavailableError, or the backend's error, when the secret could not be kept."""
    _keyring().set_password(KEYRING_SERVICE, connection_id, secret)


def delete_keyring_secret(connection_id: str) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, connection_id)
    except Exception as exc:  # noqa: BLE001 - nothing to delete, or no keyring: nothing kept there
        log.debug("No keyring secret removed for connection %s (%s)", connection_id, type(exc).__name__)
