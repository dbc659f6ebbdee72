"""A small HTTP CONNECT proxy on loopback, logging where each tunnel went.

Enough to show that a client honours proxy settings: it tunnels HTTPS
(``CONNECT host:port``) to loopback and refuses everything else.
"""

from __future__ import annotations

import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_TUNNEL_IDLE_SECONDS = 10


class _Handler(BaseHTTPRequestHandler):
    server: ConnectProxy

    def do_CONNECT(self) -> None:
        host, _, port = self.path.rpartition(":")
        if host not in ("127.0.0.1", "localhost", "::1"):
            self.send_error(403, "loopback targets only")
            return
        self.server.record(self.path)
        try:
            upstream = socket.create_connection((host, int(port)), timeout=5)
        except OSError:
            self.send_error(502)
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self._pipe(self.connection, upstream)

    def do_GET(self) -> None:
        self.send_error(405, "CONNECT only")

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        with upstream:
            sockets = [client, upstream]
            while True:
                readable, _, broken = select.select(sockets, [], sockets, _TUNNEL_IDLE_SECONDS)
                if broken or not readable:
                    return
                for source in readable:
                    data = source.recv(65536)
                    if not data:
                        return
                    (upstream if source is client else client).sendall(data)

    def log_message(self, *_args) -> None:  # quiet
        pass


class ConnectProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.tunnels: list[str] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, name="test-connect-proxy", daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def record(self, target: str) -> None:
        with self._lock:
            self.tunnels.append(target)

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
