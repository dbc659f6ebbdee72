"""Saving edits of secured feature layers: no edit lost to a refused token, none applied twice.

QGIS's ``arcgisfeatureserver`` provider (3.28 and later) saves a layer's edits
with one POST each to ``<layer>/updateFeatures``, ``/deleteFeatures`` and
``/addFeatures``, and never sends one again. It reads an ArcGIS error answered
with HTTP 200 — ArcGIS's usual way, for a refused token (498) as for a user who
may not edit (403) — as success: it drops those edits from the layer's edit
buffer as if saved (checked on 3.40 and 3.44, docs/architecture.md). A token
revoked since it was issued (a server restart, an administrator) would lose an
edit without a word, and the plugin cannot make QGIS send it again.

So before QGIS sends an edit request, the request hook (on QGIS's network
thread, never the main one) calls :func:`check_edit`: the same operation with
*no* edits, with the token the request is about to carry —

* answered without a token or permission refusal: the edit goes out with that
  token (a refusal of the empty edit itself says nothing about the real one);
* the token refused (498/499): it is renewed and checked once more, and the
  edit goes out with the new token — the save succeeds;
* refused for good (403, or a renewed token refused again): the edit request
  is failed before anything is sent, so QGIS's commit fails, keeps the edits in
  its edit buffer and lists the failure in its commit errors; the plugin tells
  the user why, in ArcGIS's words (:class:`EditRefusedError`).

The check carries no edit (``features=[]``, and ``where=1=0`` for a delete:
no server reads that as "everything"), so nothing is ever applied twice. It
costs one request per edit request (three for a save with adds, changes and
deletes). A token revoked between the check and the edit still loses that
edit in QGIS: the reply hook sees ArcGIS's refusal and says so
(:class:`EditNotSavedError`).
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QUrl

from ..core import LOGGER_NAME
from ..core.errors import ArcGISAuthError, InvalidTokenError, PermissionDeniedError, TokenRequiredError
from ..core.transport import RequestAuth
from ..core.urls import origin_of, redact
from .errors import EditNotSavedError, EditRefusedError
from .rest import arcgis_error, server_message

log = logging.getLogger(LOGGER_NAME).getChild("edits")

# Edit operations of a layer: QGIS's provider saves with the first three; applyEdits is checked the same
# for whatever else POSTs edits through QGIS's network (a script, another plugin).
EDIT_OPERATIONS = ("/addFeatures", "/updateFeatures", "/deleteFeatures", "/applyEdits")
_NO_EDITS = {"f": "json", "features": "[]", "where": "1=0"}
# Where a refused edit request is sent instead: a scheme Qt does not know, so the request fails at once,
# sending nothing; QGIS's commit error then reads 'Protocol "arcgis-refused-this-edit" is unknown'.
REFUSED_EDIT_URL = QUrl("arcgis-refused-this-edit:")

EditRefused = Callable[[str, EditRefusedError], None]  # (layer URL, why): the user is told


def edited_layer(url: str) -> Optional[str]:
    """The layer URL an edit request's URL saves to, or None for any other request."""
    path = url.partition("?")[0].rstrip("/")
    operation = next((name for name in EDIT_OPERATIONS if path.endswith(name)), None)
    return None if operation is None else path[: -len(operation)]


def check_edit(engine, url: str, auth: RequestAuth, on_refused: EditRefused) -> Optional[RequestAuth]:
    """Blocking (never on the main thread): the auth an edit request to ``url`` should carry, renewed if
    its token is refused; None when ArcGIS refuses the edit (``on_refused`` was told why).

    Within one sign-in's deadline, renewal included: a server that hangs holds QGIS's save no longer.
    """
    with engine.http.deadline(engine.sign_in_seconds):
        return _checked(engine, url, auth, on_refused)


def _checked(engine, url: str, auth: RequestAuth, on_refused: EditRefused) -> Optional[RequestAuth]:
    layer = edited_layer(url) or url
    connection = engine.connection_for_url(url)
    plain_http = connection is not None and connection.allow_plain_http
    for attempt in range(2):
        try:
            reply = engine.http.post(
                auth.url or url, {**_NO_EDITS, **auth.form}, headers=dict(auth.headers), allow_plain_http=plain_http
            )
            data, status = reply.json(), reply.status
        except ArcGISAuthError as error:  # unreachable, or no ArcGIS answer (a proxy's page, a 502): it tells nothing
            log.info("The edit check at %s failed (%s); the edit goes out unchecked", redact(url), type(error).__name__)
            return auth
        refusal = arcgis_error(url, data, status)
        if not isinstance(refusal, (InvalidTokenError, TokenRequiredError, PermissionDeniedError)):
            return auth
        if attempt == 0 and not isinstance(refusal, PermissionDeniedError):
            log.info("The token for %s was refused before an edit was sent; renewing it", redact(layer))
            engine.invalidate(layer, _token_of(auth))  # the layer, not the edit URL: transports are re-checked there
            renewed = engine.auth_for_request(url, may_block=True)
            if renewed is None:
                break
            auth = renewed
            continue
        break
    why = EditRefusedError(server=origin_of(url), layer=_layer_name(layer), reason=_reason(data, status))
    log.warning("%s", why)
    on_refused(layer, why)
    return None


def refused_reply(url: str, data: dict[str, Any], status: int) -> Optional[EditNotSavedError]:
    """The error to report when an edit request's answer is a refusal, which QGIS reads as saved."""
    refusal = arcgis_error(url, data, status)
    if refusal is None:
        return None
    layer = edited_layer(url) or url
    return EditNotSavedError(server=origin_of(url), layer=_layer_name(layer), reason=_reason(data, status))


def _token_of(auth: RequestAuth) -> Optional[str]:
    """The token ``auth`` carries in a header (how QGIS's requests are signed), to renew it once per burst."""
    for name, value in auth.headers.items():
        if name.lower() in ("x-esri-authorization", "authorization") and value.lower().startswith("bearer "):
            return value[7:].strip()
    return None


def _reason(data: dict[str, Any], status: int) -> str:
    """ArcGIS's own words for a refusal (they describe the request, never the token)."""
    error = data.get("error")
    code = error.get("code", status) if isinstance(error, dict) else status
    return server_message(error, code)


def _layer_name(layer_url: str) -> str:
    """``Folder/Service/FeatureServer/0``: how the user knows the layer, without the server's address."""
    return redact(layer_url).partition("/rest/services/")[2] or redact(layer_url)
