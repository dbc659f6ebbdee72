"""The plugin's own failures outside the token engine (whose are :mod:`..core.errors`): one family,
each a sentence that says what to do."""

from __future__ import annotations


class PluginError(RuntimeError):
    """Base of the integration's errors; ``str()`` is the message for the user."""


class PluginNotLoadedError(PluginError):
    def __init__(self) -> None:
        super().__init__("The ArcGIS Token Auth plugin is not loaded: enable it in the Plugin Manager.")


class NoConnectionError(PluginError, LookupError):
    def __init__(self, url: str) -> None:
        super().__init__(f"No ArcGIS Token Auth connection covers {url}: add one with api.add_connection().")
