"""The log of every request an emulated server received, for tests to read."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class RequestRecord:
    """One request as the server saw it, and how it was answered.

    `headers` has lower-case names. `tokens` maps each transport the client used
    ("x-esri", "bearer", "param") to the token value sent that way — whether or
    not this server honours that transport; `transport`/`token` are the ones the
    server actually used. `endpoint` is a short label (see README) that
    `ArcGISEmulator.count()` counts by. `edits` is what an edit request changed
    on the server: ("add" | "update" | "delete", OBJECTID) per edit applied,
    nothing for a refused or rolled-back one. `client_port` is the client's port;
    `client_pid` the local process that sent the request, found at request time
    when `Settings.record_client_process` is on (None otherwise, or when unknown).
    `web_tier_user` is who the web tier (webtier.py) authenticated the request as; `web_tier_refused`
    says the web tier answered it (401/403) and ArcGIS never saw it (`endpoint` "web-tier").
    """

    time: float
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]
    client_ip: str
    secure: bool
    client_port: int = 0
    client_pid: Optional[int] = None  # only with Settings.record_client_process (a local client, Linux)
    endpoint: str = ""
    tokens: dict[str, str] = field(default_factory=dict)
    transport: Optional[str] = None
    token: Optional[str] = None
    status: int = 0
    error_code: Optional[int] = None
    fault: Optional[str] = None
    edits: list[tuple[str, int]] = field(default_factory=list)
    web_tier_user: Optional[str] = None
    web_tier_refused: bool = False

    @property
    def params(self) -> dict[str, str]:
        """Query and form parameters together (the form wins, as on the server)."""
        return {**self.query, **self.form}

    def header(self, name: str) -> Optional[str]:
        return self.headers.get(name.lower())


class RequestLog:
    """Thread-safe, append-only list of RequestRecord."""

    def __init__(self) -> None:
        self._records: list[RequestRecord] = []
        self._lock = threading.Lock()

    def new(self, **fields) -> RequestRecord:
        record = RequestRecord(time=time.time(), **fields)
        with self._lock:
            self._records.append(record)
        return record

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
