"""The token engine: pure Python over ``requests``, no ``qgis`` import.

Start with :class:`.engine.TokenEngine`; README.md in this folder is the contract
the QGIS layer relies on. Modules import nothing from here but ``LOGGER_NAME``,
so importing the package stays cheap.
"""

LOGGER_NAME = "arcgis_token_auth"
