"""An ImageServer: ``…/rest/services/<name>/ImageServer`` and its ``exportImage``.

What QGIS's ``arcgismapserver`` provider reads of an image service (it recognises one by the
``serviceDataType`` of its JSON, and then asks ``exportImage`` instead of ``export``): the
service JSON — an RGB image of 8-bit pixels over the service's data extent — and
``exportImage?bbox&bboxSR&imageSR&size&format&transparent&f=image|json`` (``f=json``: the
image's ``href`` under ``rest/directories/arcgisoutput/``, as ``export`` does). The picture is
the service's points, drawn as ``export`` draws them. Secured like every REST resource.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Optional

from . import services as svc
from .geometry import WGS84, spatial_reference_json
from .wire import PNG_TYPE, ApiError, Reply, Request, respond

if TYPE_CHECKING:
    from .server import ArcGISEmulator
    from .services import Service

PIXEL_SIZE = 0.01  # degrees


def operation(emulator: ArcGISEmulator, req: Request, tail: tuple[str, ...]) -> tuple[str, Optional[Callable]]:
    """(endpoint label, the answer for an authorised ``Service``) of a path under ``ImageServer``."""
    if not tail:
        return "service", lambda service: respond(req, service_json(emulator, service), service.name)
    if tail == ("exportImage",):
        return "exportImage", lambda service: _export_image(emulator, req, service)
    return "service", None


def service_json(emulator: ArcGISEmulator, service: Service) -> dict[str, Any]:
    extent = emulator.dataset_for(service).extent.json(WGS84)
    return {
        "currentVersion": emulator.version,
        "serviceDescription": f"{service.name} (ArcGIS emulator)",
        "name": service.name.rpartition("/")[2],
        "description": "",
        "extent": extent,
        "initialExtent": extent,
        "fullExtent": extent,
        "spatialReference": spatial_reference_json(WGS84),
        "pixelSizeX": PIXEL_SIZE,
        "pixelSizeY": PIXEL_SIZE,
        "bandCount": 3,
        "pixelType": "U8",
        "serviceDataType": "esriImageServiceDataTypeRGB",
        "capabilities": "Image,Metadata",
        "copyrightText": "ArcGIS emulator",
        "maxImageHeight": svc.MAX_IMAGE_SIZE,
        "maxImageWidth": svc.MAX_IMAGE_SIZE,
    }


def _export_image(emulator: ArcGISEmulator, req: Request, service: Service) -> Reply:
    if req.param("f", "image") not in ("image", "json", "pjson"):
        raise ApiError(400, "Invalid or missing input parameters.", ["f must be image or json."])
    params = {**req.params, "layers": f"show:{svc.LAYER_ID}"}  # an image service draws its one raster
    params.setdefault("f", "image")
    ds = emulator.dataset_for(service)
    with ds.lock:
        description, image = svc.export(service, ds, params, lambda png: emulator.publish_image(service, png))
    return Reply(body=image, content_type=PNG_TYPE) if description is None else respond(req, description)
