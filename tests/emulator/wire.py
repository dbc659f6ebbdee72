"""Requests and replies as the emulator's endpoints see them."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any, Optional

from .requestlog import RequestRecord

JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
PNG_TYPE = "image/png"

# The error messages of the protocol doc, reused by every endpoint.
INVALID_TOKEN = (498, "Invalid token.")
TOKEN_REQUIRED = (499, "Token Required")
SSL_REQUIRED = (403, "SSL Required")
NO_PERMISSION = (403, "You do not have permissions to access this resource or perform this operation.")
UNABLE_TO_GENERATE = "Unable to generate token."
INVALID_CREDENTIALS = "Invalid username or password."


class ApiError(Exception):
    """An ArcGIS JSON error: ``{"error": {"code", "message", "details"}}`` (+ `extra` keys)."""

    def __init__(self, code: int, message: str, details: Optional[list[str]] = None, **extra: Any) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.details = details or []
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, **self.extra, "message": self.message, "details": self.details}}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]  # lower-case names
    client_ip: str
    secure: bool
    record: RequestRecord

    @property
    def params(self) -> dict[str, str]:
        return {**self.query, **self.form}

    def param(self, name: str, default: str = "") -> str:
        return self.form.get(name, self.query.get(name, default))


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = JSON_TYPE
    headers: list[tuple[str, str]] = field(default_factory=list)
    error_code: Optional[int] = None
    drop: bool = False  # close the connection without answering
    truncate: bool = False  # announce the whole body, send half of it, close


def json_reply(obj: Any, pretty: bool = False) -> Reply:
    text = json.dumps(obj, indent=2) if pretty else json.dumps(obj, separators=(",", ":"))
    return Reply(body=text.encode("utf-8"))


def error_reply(error: ApiError, real_status_codes: bool) -> Reply:
    reply = json_reply(error.body())
    reply.error_code = error.code
    if real_status_codes and 400 <= error.code <= 599:
        reply.status = error.code
    return reply


def html_reply(title: str, body_html: str, status: int = 200) -> Reply:
    page = f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>{body_html}</body></html>"
    return Reply(status=status, body=page.encode("utf-8"), content_type=HTML_TYPE)


def not_found() -> Reply:
    return html_reply("Not Found", "<h1>404 Not Found</h1>", status=404)


def directory_page(title: str, obj: Any) -> Reply:
    """What a REST resource answers without f=json: the HTML services directory."""
    return html_reply(title, f"<h2>{html.escape(title)}</h2><pre>{html.escape(json.dumps(obj, indent=2))}</pre>")


def respond(req: Request, obj: Any, title: str = "ArcGIS REST") -> Reply:
    """A resource in the format asked by `f`: json, pjson, or (default) the HTML directory page."""
    f = req.param("f").strip().lower()
    if f == "json":
        return json_reply(obj)
    if f == "pjson":
        return json_reply(obj, pretty=True)
    if f in ("", "html"):
        return directory_page(title, obj)
    raise ApiError(400, "Invalid or missing input parameters.", [f"Unsupported format '{f[:20]}'."])
