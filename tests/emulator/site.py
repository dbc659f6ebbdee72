"""The ArcGIS Server side: ``<site>/rest/info``, ``<site>/tokens/``, ``<site>/admin/generateToken``
and ``<site>/rest/services/...``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from . import editing, imageservice, ogc, pbf, vectortiles
from . import services as svc
from .auth import authenticate, generate_token
from .settings import TOKEN_URL_REST
from .wire import PNG_TYPE, ApiError, Reply, Request, html_reply, not_found, respond

if TYPE_CHECKING:
    from .data import PointDataset
    from .server import ArcGISEmulator
    from .services import Service

OUTPUT_PREFIX = "/rest/directories/arcgisoutput/"
Route = tuple[str, Callable[[], Reply]]
Operation = tuple[str, Callable[["Service"], Reply]]


def resolve(emulator: ArcGISEmulator, req: Request, rest: str) -> Route:
    """(endpoint label, handler) for `rest`, the path after the site root (e.g. ``/rest/info``)."""
    rest = rest.rstrip("/")
    if rest == "/rest/services" or rest.startswith("/rest/services/"):
        if not emulator.settings.catalog and not any(f"/{kind}" in rest for kind in svc.SERVICE_TYPES):
            return "catalog", not_found  # no services directory on this server
        return _resolve_services(emulator, req, [part for part in rest[len("/rest/services") :].split("/") if part])
    if rest.lower().startswith("/services/"):  # the SOAP and OGC handler: WMS
        return ogc.resolve_services(emulator, req, [part for part in rest[len("/services") :].split("/") if part])
    if rest.startswith(OUTPUT_PREFIX):
        return "output", lambda: _output(emulator, rest)
    routes: dict[str, Route] = {}
    if emulator.settings.rest_info:
        routes["/rest/info"] = ("rest/info", lambda: respond(req, emulator.rest_info(), "Server info"))
    if emulator.has_token_endpoint:
        # Where generateToken lives: <root>/tokens/ (ArcGIS), or <root>/rest/ on some other servers.
        rest_style = emulator.settings.token_services_url_style == TOKEN_URL_REST
        where = "/rest/generateToken" if rest_style else "/tokens/generateToken"
        routes[where] = ("generateToken", lambda: _generate_token(emulator, req))
        routes["/admin/generateToken"] = ("admin/generateToken", lambda: _admin_generate_token(emulator, req))
        # The old token page: a client that does not append generateToken gets HTML.
        routes["/tokens"] = ("tokens", lambda: html_reply("Generate Token", "<h2>Generate Token</h2><form></form>"))
    return routes.get(rest, ("not-found", not_found))


def _output(emulator: ArcGISEmulator, rest: str) -> Reply:
    image = emulator.published_image(rest)
    return not_found() if image is None else Reply(body=image, content_type=PNG_TYPE)


def _generate_token(emulator: ArcGISEmulator, req: Request) -> Reply:
    token, record = generate_token(emulator, req)
    return respond(req, {"token": token, "expires": record.expires_ms, "ssl": record.ssl}, "Token")


def _admin_generate_token(emulator: ArcGISEmulator, req: Request) -> Reply:
    """The admin API answers in its own shapes: `expires` as a string, errors as status/messages."""
    try:
        token, record = generate_token(emulator, req)
    except ApiError as error:
        reply = respond(req, {"status": "error", "messages": [error.message, *error.details], "code": error.code})
        reply.error_code = error.code
        return reply
    return respond(req, {"token": token, "expires": str(record.expires_ms)}, "Token")


def _resolve_services(emulator: ArcGISEmulator, req: Request, parts: list[str]) -> Route:
    type_index = next((i for i, part in enumerate(parts) if part in svc.SERVICE_TYPES), None)
    if type_index is None:
        folder = "/".join(parts)
        return "catalog", lambda: respond(req, _catalog(emulator, req, folder), "Folder")
    name, service_type, tail = "/".join(parts[:type_index]), parts[type_index], tuple(parts[type_index + 1 :])
    title = f"{name} ({service_type})"
    version = emulator.version

    def json_resource(
        endpoint: str, build: Callable[[Service, PointDataset], Any], layer_id: int = svc.LAYER_ID
    ) -> Operation:
        """A resource of one layer: `build` gets that layer (:meth:`Service.layer`) and its data."""

        def read(s: Service) -> Reply:
            layer = s.layer(layer_id)
            ds = emulator.dataset_for(layer)
            with ds.lock:  # an edit is seen whole or not at all
                data = build(layer, ds)
            return respond(req, data, title)

        return endpoint, read

    def service_resource(endpoint: str, build: Callable[[Service, list[PointDataset]], Any]) -> Operation:
        """A resource of the whole service: `build` gets every layer's data, by layer id."""

        def read(s: Service) -> Reply:
            datasets = [emulator.dataset_for(s.layer(layer_id)) for layer_id in s.layer_ids]
            with datasets[0].lock:  # only layer 0 takes edits
                data = build(s, datasets)
            return respond(req, data, title)

        return endpoint, read

    settings = emulator.settings

    def layer_operations(layer_id: int) -> dict[tuple[str, ...], Operation]:
        def describe(layer: Service, ds: PointDataset) -> dict[str, Any]:
            return svc.layer_json(layer, ds, service_type, version, settings, layer_id=layer_id)

        return {
            (str(layer_id),): json_resource("layer", describe, layer_id),
            (str(layer_id), "query"): ("query", lambda s: _query(emulator, req, s.layer(layer_id), title)),
        }

    operations: dict[tuple[str, ...], Operation] = {
        (): service_resource("service", lambda s, sets: svc.service_json(s, sets, service_type, version, settings)),
        ("layers",): service_resource(
            "layers", lambda s, sets: svc.layers_json(s, sets, service_type, version, settings)
        ),
    }
    # A layer the service lacks stays an unknown resource.
    published = emulator.services.get(name)
    for layer_id in published.layer_ids if published is not None else (svc.LAYER_ID,):
        operations.update(layer_operations(layer_id))
    if service_type == svc.FEATURE_SERVER:
        for edit in editing.OPERATIONS:
            operations[(str(svc.LAYER_ID), edit)] = (edit, lambda s, edit=edit: _edit(emulator, req, s, edit))
    if service_type == svc.MAP_SERVER:
        operations[("export",)] = ("export", lambda s: _export(emulator, req, s))
        operations[("identify",)] = json_resource("identify", lambda s, ds: svc.identify(s, ds, req.params))
        operations[("legend",)] = json_resource("legend", lambda s, _ds: svc.legend(s))
    if service_type == svc.VECTOR_TILE_SERVER:
        endpoint, operation = vectortiles.operation(emulator, req, tail)
    elif service_type == svc.IMAGE_SERVER:
        endpoint, operation = imageservice.operation(emulator, req, tail)
    elif service_type == svc.MAP_SERVER and tail[:1] in (("tile",), ("WMTS",)):  # the tile cache: ogc.py
        endpoint, operation = ogc.operation(emulator, req, tail)
    else:
        endpoint, operation = operations.get(tail, ("service", None))

    def answer() -> Reply:
        service = _secured_service(emulator, req, name, service_type)
        if operation is None:
            raise ApiError(400, "Invalid URL", [f"Unknown resource of {title}: {'/'.join(tail)[:80]}"])
        return operation(service)

    return endpoint, answer


def _secured_service(emulator: ArcGISEmulator, req: Request, name: str, service_type: str) -> Service:
    service = emulator.services.get(name)
    if service is None or service_type not in service.types:
        raise ApiError(404, f"Service {name}/{service_type} not found")
    authenticate(emulator, req, service)
    return service


def _query(emulator: ArcGISEmulator, req: Request, service: Service, title: str) -> Reply:
    """A layer's query: ``f=json``/``pjson``/HTML, or ``f=pbf`` (protocol buffers, :mod:`.pbf`)."""
    ds = emulator.dataset_for(service)
    if req.param("f").strip().lower() != "pbf":
        with ds.lock:
            answer = svc.query(service, ds, req.params)
        return respond(req, answer, title)
    settings = emulator.settings
    if not settings.pbf or settings.pbf_refused:
        raise ApiError(*pbf.FORMAT_INVALID)
    with ds.lock:  # an edit is seen whole or not at all
        body = pbf.encode_query(ds, svc.select_query(service, ds, req.params), req.params)
    return Reply(body=body, content_type=pbf.CONTENT_TYPE)


def _export(emulator: ArcGISEmulator, req: Request, service: Service) -> Reply:
    if req.param("f") not in ("image", "json", "pjson"):
        raise ApiError(400, "Invalid or missing input parameters.", ["f must be image or json."])
    ds = emulator.dataset_for(service)
    with ds.lock:
        description, image = svc.export(service, ds, req.params, lambda png: emulator.publish_image(service, png))
    return Reply(body=image, content_type=PNG_TYPE) if description is None else respond(req, description)


def _edit(emulator: ArcGISEmulator, req: Request, service: Service, operation: str) -> Reply:
    principal = authenticate(emulator, req, service)  # None: anonymous, on a public service
    answer, req.record.edits = editing.edit(
        operation, req.method, req.params, emulator.dataset_for(service),
        editable=service.editable, may_edit=principal is None or principal.can_edit,
    )  # fmt: skip
    return respond(req, answer)


def _catalog(emulator: ArcGISEmulator, req: Request, folder: str) -> dict[str, Any]:
    """Anonymous users see public services only; a token shows every service it may use."""
    principal = authenticate(emulator, req)
    every = list(emulator.services.values())
    if folder and folder not in {s.folder for s in every}:
        raise ApiError(404, "Folder not found")
    visible = [s for s in every if s.public or (principal is not None and principal.allows(s.name))]
    return {
        "currentVersion": emulator.version,
        "folders": [] if folder else sorted({s.folder for s in visible if s.folder}),
        "services": [{"name": s.name, "type": t} for s in visible if s.folder == folder for t in s.types],
    }
