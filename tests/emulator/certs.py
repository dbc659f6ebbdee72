"""The test certificate authority and the emulator's server certificates.

One CA per test session (or per CLI run) is enough: every emulated server gets
its own certificate from it, valid for the loopback names, and the CA's PEM file
is what clients trust (``requests``' ``verify=``, QGIS's auth DB).
"""

from __future__ import annotations

import ssl
import tempfile
import threading
from pathlib import Path
from typing import Optional

import trustme

# Every name a client on this machine may use to reach an emulator.
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


class EmulatorCA:
    """A trustme CA whose certificate is written to ``ca_file``.

    ``key_file`` is optional: the CLI keeps the CA's private key there so that a
    CA trusted once in QGIS stays valid across demo runs.
    """

    def __init__(self, ca_file: Optional[Path] = None, key_file: Optional[Path] = None) -> None:
        if key_file is not None and ca_file is not None and key_file.exists() and ca_file.exists():
            self._ca = trustme.CA.from_pem(ca_file.read_bytes(), key_file.read_bytes())
        else:
            self._ca = trustme.CA(organization_name="ArcGIS emulator test CA")
        if ca_file is None:
            ca_file = Path(tempfile.mkdtemp(prefix="arcgis-emulator-ca-")) / "ca.pem"
        ca_file.parent.mkdir(parents=True, exist_ok=True)
        self._ca.cert_pem.write_to_path(str(ca_file))
        if key_file is not None:
            key_file.parent.mkdir(parents=True, exist_ok=True)
            self._ca.private_key_pem.write_to_path(str(key_file))
            key_file.chmod(0o600)
        self.ca_file = ca_file
        self._server_cert = self._ca.issue_cert(*LOOPBACK_NAMES)

    def server_context(self, names: Optional[tuple[str, ...]] = None) -> ssl.SSLContext:
        """A server-side TLS context presenting a certificate for the loopback names, or for ``names``
        (e.g. ``("localhost",)`` only: a client asking for 127.0.0.1 then sees a host name mismatch)."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate = self._server_cert if names is None else self._ca.issue_cert(*names)
        certificate.configure_cert(context)
        return context


_default_ca: Optional[EmulatorCA] = None
_default_ca_lock = threading.Lock()


def default_ca() -> EmulatorCA:
    """The process-wide CA used when a server is started without one."""
    global _default_ca  # noqa: PLW0603 - one lazily made CA per process, by design
    with _default_ca_lock:
        if _default_ca is None:
            _default_ca = EmulatorCA()
        return _default_ca
