"""The token engine: pure Python over ``requests``, no ``qgis`` import."""

LOGGER_NAME = "arcgis_token_auth"
