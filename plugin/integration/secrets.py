"""Where a connection's secret (password, API key, client secret) is kept.

Two places, both encrypted at rest and never a settings or project file:
the connection's own EsriToken config in the QGIS auth DB (the default), or
the operating system's keyring through the optional ``keyring`` package.

``keyring`` picks a backend by itself, and some keep secrets in a plain file
(``keyrings.alt``'s ``PlaintextKeyring``, base64 at most). A secret is kept in
the keyring only when its backend is one known to encrypt at rest (the allow
list below, judged by class, a subclass as its base); a backend known to store
in plain text, or nothing, is refused first; anything else is refused as not
known to encrypt. A chainer is judged by every backend it would use. Secrets
already in a refused but working backend can still be read (so that the user
can move them) and deleted.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import Optional

from ..core import LOGGER_NAME
from .errors import (
    KeyringNotInstalledError,
    KeyringNotKnownEncryptedError,
    KeyringUnavailableError,
    KeyringUnencryptedError,
    NoKeyringBackendError,
)

log = logging.getLogger(LOGGER_NAME).getChild("secrets")

KEYRING_SERVICE = "QGIS ArcGIS Token Auth"


class SecretStore(str, Enum):
    AUTH_DB = "authdb"
    KEYRING = "keyring"


# Backends that keep secrets encrypted at rest, by the module and name of their class.
ENCRYPTING_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KeePassXC… (Secret Service API)
        "keyring.backends.libsecret.Keyring",  # the same, through libsecret
        "keyring.backends.kwallet.DBusKeyring",  # KWallet (DBusKeyringKWallet4 is a subclass)
        "keyring.backends.macOS.Keyring",  # the macOS Keychain
        "keyring.backends.Windows.WinVaultKeyring",  # the Windows Credential Manager
        "keyrings.alt.file.EncryptedKeyring",  # AES, keyed by the keyring's own password
        "keyrings.alt.Windows.EncryptedKeyring",  # Windows DPAPI
        "keyrings.alt.Windows.RegistryKeyring",  # Windows DPAPI
        "keyrings.alt.Gnome.Keyring",  # GNOME Keyring, through gi
        "keyrings.cryptfile.cryptfile.CryptFileKeyring",  # AES, keyed by the keyring's own password
    }
)
# Backends known to keep secrets readable in a file (judged before the allow list).
PLAINTEXT_BACKENDS = frozenset({"keyrings.alt.file.PlaintextKeyring", "keyrings.alt.pyfs.PlaintextKeyring"})
# Backends that keep nothing: no keyring at all.
EMPTY_BACKENDS = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
CHAINER = "keyring.backends.chainer.ChainerBackend"

_warned_unencrypted: set[str] = set()  # connection ids whose unencrypted keyring secret was reported


def _class_names(backend: object) -> set[str]:
    return {f"{cls.__module__}.{cls.__qualname__}" for cls in type(backend).__mro__}


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return cls.__name__ if cls.__name__ != "Keyring" else f"{cls.__module__}.{cls.__name__}"


def insecure_backend_reason(backend: object) -> Optional[KeyringUnavailableError]:
    """None when ``backend`` keeps secrets encrypted at rest, else why it may not keep one."""
    names = _class_names(backend)
    if CHAINER in names:
        chained = list(getattr(backend, "backends", None) or [])
        if not chained:
            return NoKeyringBackendError()
        return next(filter(None, map(insecure_backend_reason, chained)), None)
    if names & EMPTY_BACKENDS:
        return NoKeyringBackendError()
    if names & PLAINTEXT_BACKENDS:
        return KeyringUnencryptedError(backend=_backend_name(backend))
    if names & ENCRYPTING_BACKENDS:
        return None
    return KeyringNotKnownEncryptedError(backend=_backend_name(backend))


def _backend() -> tuple[object, Optional[KeyringUnavailableError]]:
    """(the keyring's backend, None), or (None, why there is no keyring to open at all)."""
    try:
        import keyring
    except ImportError:
        return None, KeyringNotInstalledError()
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any backend failure means: not usable
        return None, KeyringUnavailableError(kind=type(exc).__name__)
    if _class_names(backend) & EMPTY_BACKENDS:
        return None, NoKeyringBackendError()
    return backend, None


def keyring_unavailable_reason() -> Optional[KeyringUnavailableError]:
    """None when the OS keyring may keep a secret, else why not (shown next to the disabled choice).

    It may when the ``keyring`` package is installed and its backend encrypts at rest."""
    backend, reason = _backend()
    return reason if reason is not None else insecure_backend_reason(backend)


def keyring_unreadable_reason() -> Optional[KeyringUnavailableError]:
    """None when secrets already in the OS keyring can be read, even from a backend that may not keep
    new ones (so that the user can move them out of it), else why not."""
    return _backend()[1]


def _keyring(*, keeping: bool = False):
    """The ``keyring`` module; KeyringUnavailableError when it cannot be read or, ``keeping``, may
    not keep a secret."""
    reason = keyring_unavailable_reason() if keeping else keyring_unreadable_reason()
    if reason is not None:
        raise reason
    import keyring

    return keyring


def read_keyring_secret(connection_id: str) -> Optional[str]:
    try:
        keyring = _keyring()
        insecure = insecure_backend_reason(keyring.get_keyring())
        if insecure is not None and connection_id not in _warned_unencrypted:
            _warned_unencrypted.add(connection_id)
            log.warning(
                "The secret of connection %s is in the OS keyring, which should not keep it: %s. Edit the "
                "connection and keep its secret in QGIS's authentication database.",
                connection_id,
                insecure,
            )
        return keyring.get_password(KEYRING_SERVICE, connection_id)
    except KeyringUnavailableError as exc:
        log.warning("The OS keyring is not available for connection %s: %s", connection_id, exc)
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring must not break QGIS
        log.warning(
            "Reading the secret of connection %s from the OS keyring failed (%s)", connection_id, type(exc).__name__
        )
    return None


def write_keyring_secret(connection_id: str, secret: str) -> None:
    """Raises KeyringUnavailableError (nothing written), or the backend's error, when the secret could
    not be kept: a backend that does not encrypt at rest is refused."""
    _keyring(keeping=True).set_password(KEYRING_SERVICE, connection_id, secret)


def delete_keyring_secret(connection_id: str) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, connection_id)
    except Exception as exc:  # noqa: BLE001 - nothing to delete, or no keyring: nothing kept there
        log.debug("No keyring secret removed for connection %s (%s)", connection_id, type(exc).__name__)
