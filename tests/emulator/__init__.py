"""A local emulator of ArcGIS Server, ArcGIS Enterprise portal and ArcGIS Online token behaviour.

See README.md in this folder for the API. In short::

    from tests.emulator import ArcGISEmulator, Service
    srv = ArcGISEmulator.start("standalone", https=True, features=10_000)
    srv.add_user("alice", "secret")
    ...
    srv.stop()
"""

from .certs import EmulatorCA
from .data import POINT, POLYGON
from .requestlog import RequestRecord
from .server import DEFAULT_SERVICES, ONLINE, PORTAL, STANDALONE, ArcGISEmulator
from .services import FEATURE_SERVER, IMAGE_SERVER, MAP_SERVER, VECTOR_TILE_SERVER, Service, parcels_service
from .settings import ALL_TRANSPORTS, ARCGIS_TRANSPORTS, BEARER, BODY, PARAM, RAW_AUTHORIZATION, X_ESRI, Fault, Settings

__all__ = [
    "ALL_TRANSPORTS",
    "ARCGIS_TRANSPORTS",
    "BEARER",
    "BODY",
    "DEFAULT_SERVICES",
    "FEATURE_SERVER",
    "IMAGE_SERVER",
    "MAP_SERVER",
    "ONLINE",
    "PARAM",
    "POINT",
    "POLYGON",
    "PORTAL",
    "RAW_AUTHORIZATION",
    "STANDALONE",
    "VECTOR_TILE_SERVER",
    "X_ESRI",
    "ArcGISEmulator",
    "EmulatorCA",
    "Fault",
    "RequestRecord",
    "Service",
    "Settings",
    "parcels_service",
]
