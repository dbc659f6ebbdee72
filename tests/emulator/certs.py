"""The test certificate authority, the emulator's server certificates and its users' client certificates.

One CA per test session (or per CLI run) is enough: every emulated server gets
its own certificate from it, valid for the loopback names, and the CA's PEM file
is what clients trust (``requests``' ``verify=``, QGIS's auth DB).

For a web tier that asks for client certificates (PKI, ``Settings.web_tier =
"client-certificate"``) the same CA issues certificates to named users, as files
in the forms QGIS's PKI auth methods read (PEM certificate + key for PKI-Paths, a
PKCS#12 bundle for PKI-PKCS#12), and keeps the revocation list such a server
checks. A certificate the server must not trust comes from another ``EmulatorCA``.
"""

from __future__ import annotations

import datetime
import ssl
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

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
        self._revoked: dict[int, datetime.datetime] = {}  # serial number → when it was revoked
        self._revoked_lock = threading.Lock()
        self._client_contexts: dict[tuple[Optional[tuple[str, ...]], int], ssl.SSLContext] = {}

    def server_context(self, names: Optional[tuple[str, ...]] = None) -> ssl.SSLContext:
        """A server-side TLS context presenting a certificate for the loopback names, or for ``names``
        (e.g. ``("localhost",)`` only: a client asking for 127.0.0.1 then sees a host name mismatch)."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate = self._server_cert if names is None else self._ca.issue_cert(*names)
        certificate.configure_cert(context)
        return context

    # ------------------------------------------------------------------ client certificates (PKI)

    def issue_client_certificate(
        self,
        username: str,
        *,
        folder: Optional[Path] = None,
        passphrase: Optional[str] = None,
        expired: bool = False,
        revoked: bool = False,
    ) -> ClientCertificate:
        """A client certificate whose subject CN is `username`, written to `folder` (a new temporary one by default).

        ``passphrase`` encrypts the PEM key (PKCS#8) and the PKCS#12 bundle (without one both are
        clear). ``expired``: valid for one day, a week ago. ``revoked``: in this CA's revocation list
        from now on (also :meth:`revoke`). RSA keys: what every PKI client reads.
        """
        now = datetime.datetime.now(datetime.timezone.utc)
        validity = {"not_before": now - datetime.timedelta(days=8), "not_after": now - datetime.timedelta(days=7)}
        leaf = self._ca.issue_cert(
            f"{username}@emulator.invalid",
            common_name=username,
            organization_name="ArcGIS emulator users",
            key_type=trustme.KeyType.RSA,
            **(validity if expired else {}),
        )
        certificate = x509.load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes())
        key = serialization.load_pem_private_key(leaf.private_key_pem.bytes(), password=None)
        encryption = (
            serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
            if passphrase
            else serialization.NoEncryption()
        )
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="arcgis-emulator-client-"))
        folder.mkdir(parents=True, exist_ok=True)
        # Several certificates of one user may share a folder: the serial number's first digits tell them apart.
        stem = f"{username}-{certificate.serial_number:x}"[: len(username) + 9]
        files = ClientCertificate(
            username=username,
            cert_file=folder / f"{stem}.crt.pem",
            key_file=folder / f"{stem}.key.pem",
            pkcs12_file=folder / f"{stem}.p12",
            passphrase=passphrase,
            serial_number=certificate.serial_number,
        )
        files.cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        files.key_file.write_bytes(
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
        )
        ca_certificate = x509.load_pem_x509_certificate(self._ca.cert_pem.bytes())
        bundle = pkcs12.serialize_key_and_certificates(
            username.encode("utf-8"), key, certificate, [ca_certificate], encryption
        )
        files.pkcs12_file.write_bytes(bundle)
        for path in (files.key_file, files.pkcs12_file):
            path.chmod(0o600)
        if revoked:
            self.revoke(files)
        return files

    def revoke(self, certificate: ClientCertificate) -> None:
        """Put a certificate in the revocation list; servers check it from their next connection on."""
        with self._revoked_lock:
            self._revoked.setdefault(certificate.serial_number, datetime.datetime.now(datetime.timezone.utc))

    def crl_pem(self) -> bytes:
        """The CA's current certificate revocation list (PEM), valid for a month."""
        with self._revoked_lock:
            revoked = dict(self._revoked)
        return self._build_crl(revoked)

    def client_auth_context(self, names: Optional[tuple[str, ...]] = None) -> ssl.SSLContext:
        """A server-side TLS context (as :meth:`server_context`) that requires a client certificate of
        this CA, unexpired and not revoked: the handshake fails otherwise, as at a PKI web tier.

        One context per revocation list: a certificate revoked later is refused on new connections.
        """
        with self._revoked_lock:
            key = (names, len(self._revoked))
            context = self._client_contexts.get(key)
            if context is not None:
                return context
            revoked = dict(self._revoked)
        context = self.server_context(names)
        context.verify_mode = ssl.CERT_REQUIRED
        context.verify_flags |= ssl.VERIFY_CRL_CHECK_LEAF
        self._ca.configure_trust(context)
        crl_file = self.ca_file.parent / f"crl-{len(revoked)}.pem"  # OpenSSL reads CRLs from files only
        crl_file.write_bytes(self._build_crl(revoked))
        context.load_verify_locations(cafile=str(crl_file))
        with self._revoked_lock:
            return self._client_contexts.setdefault(key, context)

    def _build_crl(self, revoked: dict[int, datetime.datetime]) -> bytes:
        ca_certificate = x509.load_pem_x509_certificate(self._ca.cert_pem.bytes())
        ca_key = serialization.load_pem_private_key(self._ca.private_key_pem.bytes(), password=None)
        now = datetime.datetime.now(datetime.timezone.utc)
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(ca_certificate.subject)
            .last_update(now - datetime.timedelta(days=1))
            .next_update(now + datetime.timedelta(days=30))
        )
        for serial_number, when in revoked.items():
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(serial_number).revocation_date(when).build()
            )
        return builder.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class ClientCertificate:
    """A user's client certificate as files: what QGIS's PKI-Paths (cert + key) and PKI-PKCS#12 configs name.

    ``key_file`` is PKCS#8 PEM, encrypted with ``passphrase`` when there is one; ``pkcs12_file``
    holds the key, the certificate and the CA's certificate, under the same passphrase.
    """

    username: str  # the subject's common name
    cert_file: Path
    key_file: Path
    pkcs12_file: Path
    passphrase: Optional[str]
    serial_number: int


_default_ca: Optional[EmulatorCA] = None
_default_ca_lock = threading.Lock()


def default_ca() -> EmulatorCA:
    """The process-wide CA used when a server is started without one."""
    global _default_ca  # noqa: PLW0603 - one lazily made CA per process, by design
    with _default_ca_lock:
        if _default_ca is None:
            _default_ca = EmulatorCA()
        return _default_ca
