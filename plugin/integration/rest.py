"""One authorised ArcGIS REST request: a connection's token on it, the answer decoded, a refused token renewed once.

The catalog, Processing and the API read ArcGIS REST resources through
:func:`request_json`, blocking (run it off the main thread). It

* signs the request with *that connection's* token (never another connection
  to the same server's), the way checked for this server and request kind:
  a header, the POST form, or — for a server that reads it nowhere else —
  the query string;
* decodes the answer once: ArcGIS data, or the specific reason there is none
  (a web page, a 404, a server failure, an ArcGIS error body or status);
* after a 498 drops that token, signs in again and sends the request once
  more; a second refusal says what was tried.

It raises :class:`ArcGISAuthError` subclasses only; their messages carry no
token and no query string.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from ..core.connection import Connection
from ..core.errors import (
    ArcGISAuthError,
    InvalidTokenError,
    RequestRefusedError,
    TokenStillRefusedError,
    UnexpectedResponseError,
    service_error,
)
from ..core.feature_rows import FeatureRows
from ..core.transport import RequestAuth
from ..core.urls import origin_of

UNSIGNED = RequestAuth({})


def request_json(
    engine, connection: Connection, url: str, form: Optional[dict[str, str]] = None, *, answer_format: str = "json"
) -> Union[dict[str, Any], FeatureRows]:
    """GET ``url?f=json`` (``form`` None) or POST ``form`` + ``f=json`` to ``url`` with the connection's
    token; the answer's JSON object. ``engine`` is the service's TokenEngine. A URL outside the servers
    the connection signs in to (a public service a portal item points at) is asked for without a token.

    ``answer_format="pbf"`` (a query, POSTed): the answer in protocol buffers, read into rows
    (:class:`..core.feature_rows.FeatureRows`, what a download turns into features); a server that refuses
    it answers an ArcGIS error, raised as any."""
    method = "GET" if form is None else "POST"
    target = f"{url}?f=json" if form is None else url
    if not engine.owns(connection.id, target):
        engine.auth_for_connection(connection.id, connection.root.url)  # a portal learns its servers at sign-in
    # Not a server of this connection (a portal item's public service elsewhere): asked for without a
    # token, which goes to the connection's own servers only.
    signed = engine.owns(connection.id, target)
    for attempt in range(2):
        auth, token = engine.auth_for_connection(connection.id, target, method=method) if signed else (UNSIGNED, None)
        headers = dict(auth.headers)
        plain_http = connection.allow_plain_http
        if form is None:
            reply = engine.http.get(
                auth.url or target, headers=headers, carries_secret=token is not None, allow_plain_http=plain_http
            )
        else:
            body = {**form, "f": answer_format, **auth.form}
            reply = engine.http.post(auth.url or target, body, headers=headers, allow_plain_http=plain_http)
        if reply.protobuf and answer_format == "pbf":
            return _read_protobuf(url, reply.protobuf)
        error = arcgis_error(url, reply.json(), reply.status)
        if error is None:
            return reply.json()
        if isinstance(error, InvalidTokenError) and token is not None:
            if attempt == 0:
                engine.invalidate(url, token.token.reveal(), connection_id=connection.id)
                continue
            error = TokenStillRefusedError(origin_of(url), transport=_transport_name(auth))
        raise error
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def _read_protobuf(url: str, body: bytes) -> FeatureRows:
    from ..core import pbf  # with the first download in protocol buffers, not as QGIS starts

    try:
        return pbf.read_page(body)
    except pbf.PbfError as error:
        detail = f"{len(body)} bytes of protocol buffers: {error}"
        raise UnexpectedResponseError(origin_of(url), detail=detail) from None


def arcgis_error(url: str, data: dict[str, Any], status: int) -> Optional[ArcGISAuthError]:
    """The error an ArcGIS answer carries — an ``error`` object (HTTP 200, ArcGIS's usual way) or a
    real 4xx status — as the error to report; None for data."""
    error = data.get("error")
    code = error.get("code") if isinstance(error, dict) else (status if status >= 400 else None)
    if code is None:
        return None
    refused = service_error(origin_of(url), code) if isinstance(code, int) else None
    return refused or RequestRefusedError(origin_of(url), reason=server_message(error, code), detail=f"code {code}")


def _transport_name(auth: RequestAuth) -> str:
    """How a request carried its token, in words (for a message: names only, never the value)."""
    if auth.form:
        return "a field of the POST body"
    if auth.url is not None:
        return "the token query parameter"
    header = next((name for name in auth.headers if name != "Referer"), "a header")
    return f"the {header} header"


def server_message(error: object, code: object) -> str:
    """An ArcGIS error body as a sentence. Its texts describe the request (a bad field, a bad where
    clause); they cannot echo the token, which travelled in a header, the form or the URL's query."""
    if not isinstance(error, dict):
        return f"code {code}"
    parts = [str(error.get("message") or "").strip()]
    details = error.get("details")
    if isinstance(details, list):
        parts.extend(str(detail).strip() for detail in details)
    text = " ".join(part for part in parts if part)[:500]
    return f"{text or 'an error'} (code {code})"
