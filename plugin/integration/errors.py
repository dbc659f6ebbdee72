"""The plugin's own failures outside the token engine (whose are :mod:`..core.errors`): one family,
each a sentence that says what to do, written as a template like the engine's so that the GUI shows
it translated (see :mod:`..core.phrases`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.errors import ExplainedError
from ..core.phrases import QT_TRANSLATE_NOOP, Phrase


class PluginError(ExplainedError, RuntimeError):
    """Base of the integration's errors; ``str()`` is the English message for the user."""

    template = Phrase("ArcGISAuthError", "{message}")  # a message composed (and translated) where raised

    def __init__(self, message: str = "", **context: object) -> None:
        super().__init__(**({"message": message} if message else {}), **context)


class PluginNotLoadedError(PluginError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "The ArcGIS Token Auth plugin is not loaded: enable it in the Plugin Manager."
    )


class NoConnectionError(PluginError, LookupError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "No ArcGIS Token Auth connection covers {url}: add one with api.add_connection()."
    )

    def __init__(self, url: str, failures: Sequence[ExplainedError] = ()) -> None:
        super().__init__(url=url)
        self.failures = list(failures)  # why connections that might have covered it could not sign in


class ArcGISLayerError(PluginError):
    """QGIS could not load a layer the API was asked to add (``url`` redacted)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "QGIS could not load {url}. Check the URL, and the connection's state in the ArcGIS Token Auth "
        "connections dialog; details are in the log under “ArcGIS Token Auth”."
    )


class StoreError(PluginError):
    """QGIS's auth DB refused a change."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "QGIS's authentication database did not accept the connection. Unlock it with the master password "
        "(Settings → Options → Authentication) and try again."
    )


class CredentialsNotKeptError(PluginError):
    """What the user typed into QGIS's credentials prompt could not be stored (``reason``: why)."""

    template = QT_TRANSLATE_NOOP("ArcGISAuthError", "{connection_name}: the credentials were not kept: {reason}")


class SecretNeededError(PluginError):
    """Saving needs the secret: the connection is new, or its secret moves to the other store."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The connection “{connection_name}” needs its secret to be saved: a new connection, or one whose "
        "secret moves between QGIS's authentication database and the OS keyring, has none stored there yet."
    )


class CredentialsNeededError(PluginError):
    """The connection's secret is gone; the ``hint`` says why (its auth config edited or deleted in QGIS)."""

    template = QT_TRANSLATE_NOOP("ArcGISAuthError", "The connection “{connection_name}” needs its credentials again.")


class EditRefusedError(PluginError):
    """ArcGIS refused a layer's edits before they were sent (:mod:`.edits`): QGIS keeps them unsaved."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} refused to save the edits to {layer}: {reason}. Nothing was sent: the edits are still in "
        "QGIS, unsaved, and QGIS reports the save as failed."
    )


class EditNotSavedError(PluginError):
    """ArcGIS refused an edit request QGIS sent, and QGIS takes such an answer for success (:mod:`.edits`)."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "{server} refused edits to {layer}: {reason}. QGIS may show them as saved, but they were not: "
        "reload the layer to see what the server holds, and make them again."
    )


# --- The OS keyring ----------------------------------------------------------------------------------
# Each says why the keyring cannot keep (or read) a secret; the GUI puts it after "The OS keyring
# cannot be used:".


class KeyringUnavailableError(PluginError):
    template = QT_TRANSLATE_NOOP("ArcGISAuthError", "the OS keyring cannot be opened ({kind})")


class KeyringNotInstalledError(KeyringUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "the Python package 'keyring' is not installed in QGIS's Python"
    )


class NoKeyringBackendError(KeyringUnavailableError):
    template = QT_TRANSLATE_NOOP("ArcGISAuthError", "no OS keyring backend is available on this system")


class KeyringUnencryptedError(KeyringUnavailableError):
    template = QT_TRANSLATE_NOOP("ArcGISAuthError", "the keyring backend {backend} stores secrets unencrypted")


class KeyringNotKnownEncryptedError(KeyringUnavailableError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "the keyring backend {backend} is not known to encrypt the secrets it stores"
    )


class NoPortalError(PluginError):
    """Portal content asked of a connection to a standalone ArcGIS Server."""

    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "“{connection}” signs in to a standalone ArcGIS Server, which has no items, groups or web maps: "
        "they are in an ArcGIS Enterprise portal or ArcGIS Online. Add a connection to the portal."
    )


class NotAWebMapError(PluginError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError", "The item “{title}” is a {item_type}, not a Web Map: add its layers instead."
    )


class NotALayerItemError(PluginError):
    template = QT_TRANSLATE_NOOP(
        "ArcGISAuthError",
        "The item “{title}” is a {item_type}: only Feature, Map, Vector Tile and Image Service items add "
        "layers, and a Web Map opens as a group of layers."
    )
