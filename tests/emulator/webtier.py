"""Web-tier authentication: what IIS (or another web server) in front of an ArcGIS Web Adaptor asks for
before ArcGIS sees a request (``Settings.web_tier``).

- ``"basic"``: every request needs ``Authorization: Basic`` credentials of a web-tier user, else
  ``401`` with ``WWW-Authenticate: Basic realm="…"`` and IIS's HTML page.
- ``"ntlm"``: Integrated Windows Authentication — ``401`` offering ``Negotiate`` and ``NTLM``, then a
  real NTLM handshake (Type 1 → ``401`` with the Type 2 challenge → Type 3) checked by pyspnego's
  acceptor. NTLM authenticates the connection, not the request: once a connection has signed in, its
  next requests pass without any header (IIS's default), so the state lives per connection
  (:class:`Connection`, one per TCP connection).
- ``"client-certificate"``: PKI. The TLS handshake itself asks for a certificate of the server's CA
  (certs.py; no certificate, an expired, revoked or foreign one: the handshake fails); the web-tier user
  is the certificate's subject CN, or what ``Settings.certificate_users`` maps it to.

With Basic and NTLM the ``Authorization`` header belongs to the web tier: ArcGIS reads no token from
it (``X-Esri-Authorization``, ``token=`` still work). A request the web tier authenticated names its
user in ``RequestRecord.web_tier_user``; one it refused has ``web_tier_refused`` and never reaches
ArcGIS (endpoint ``"web-tier"``).
"""

from __future__ import annotations

import base64
import binascii
import os
import socket
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from .wire import HTML_TYPE, Reply, Request

if TYPE_CHECKING:
    from .server import ArcGISEmulator

BASIC = "basic"
NTLM = "ntlm"
CLIENT_CERTIFICATE = "client-certificate"
WEB_TIERS = frozenset({BASIC, NTLM, CLIENT_CERTIFICATE})
HTTP_WEB_TIERS = frozenset({BASIC, NTLM})  # the ones that take the Authorization header for themselves

REFUSED_ENDPOINT = "web-tier"  # RequestRecord.endpoint of a request the web tier refused
_NTLM_SIGNATURE = b"NTLMSSP\x00"
_SPNEGO_INIT = 0x60  # an SPNEGO NegTokenInit (the first Negotiate token) starts with [APPLICATION 0]


@dataclass
class WebTierUser:
    """Who the web tier lets through: with `password` by Basic and NTLM, with `certificate` by PKI."""

    username: str
    password: Optional[str] = None
    certificate: bool = True


class Connection:
    """What the web tier knows about one client connection.

    NTLM signs in a connection, not a request: the pending handshake (between the Type 2 challenge and
    the Type 3 answer) and the user it ended with belong to this connection only. The client
    certificate is the TLS session's, read once.
    """

    def __init__(self, peer_certificate: Optional[dict[str, Any]]) -> None:
        self.peer_certificate = peer_certificate
        self.ntlm_context: Any = None  # a pyspnego acceptor waiting for the Type 3 message
        self.ntlm_scheme = ""  # "NTLM" or "Negotiate": answers use the client's scheme
        self.ntlm_user: Optional[str] = None  # the web-tier user this connection signed in as


def check_ntlm_available() -> None:
    """Raise a clear error when the NTLM web tier cannot run (pyspnego is an optional test dependency)."""
    try:
        import spnego  # noqa: F401 - optional: only an NTLM web tier needs it
    except ImportError as exc:
        raise RuntimeError(
            "the NTLM web tier needs pyspnego (pip install pyspnego; it is in requirements-dev.txt)"
        ) from exc


def certificate_common_name(peer_certificate: Optional[dict[str, Any]]) -> Optional[str]:
    """The subject CN of a certificate as ``ssl.SSLSocket.getpeercert()`` describes it."""
    for rdn in (peer_certificate or {}).get("subject", ()):
        for name, value in rdn:
            if name == "commonName":
                return value
    return None


def admit(
    emulator: ArcGISEmulator, req: Request, connection: Connection
) -> tuple[Optional[Reply], list[tuple[str, str]]]:
    """The web tier's decision on one request: (its refusal, or None to pass it to ArcGIS; headers for the reply).

    On a pass, ``req.record.web_tier_user`` names the user. Without a web tier every request passes.
    """
    mode = emulator.settings.web_tier
    if mode is None:
        return None, []
    directory = emulator.web_tier_directory()
    headers: list[tuple[str, str]] = []
    if mode == BASIC:
        user = _basic_user(directory, req.headers.get("authorization", ""))
        challenge = ("WWW-Authenticate", f'Basic realm="{emulator.settings.web_tier_realm}"')
        refusal = None if user else _unauthorized([challenge])
    elif mode == NTLM:
        user, refusal, headers = _ntlm(emulator, directory, req, connection)
    elif mode == CLIENT_CERTIFICATE:
        user, refusal = _certificate_user(emulator, directory, connection)
    else:
        raise ValueError(f"unknown web tier {mode!r}; one of {sorted(WEB_TIERS)}")
    if refusal is not None:
        req.record.web_tier_refused = True
        req.record.endpoint = REFUSED_ENDPOINT
        return refusal, []
    req.record.web_tier_user = user
    return None, headers


def _unauthorized(challenges: list[tuple[str, str]]) -> Reply:
    """IIS's 401 page: HTML, whatever the client asked for, with the challenges to answer."""
    return _iis_page(401, "401 - Unauthorized: Access is denied due to invalid credentials.", challenges)


def _forbidden(reason: str) -> Reply:
    return _iis_page(403, f"403 - Forbidden: {reason}", [])


def _iis_page(status: int, heading: str, headers: list[tuple[str, str]]) -> Reply:
    page = (
        '<!DOCTYPE html><html><head><title>Access is denied</title></head><body><div id="header"><h1>Server Error'
        f"</h1></div><div id=\"content\"><h2>{heading}</h2><h3>You do not have permission to view this directory "
        "or page using the credentials that you supplied.</h3></div></body></html>"
    )
    return Reply(status=status, body=page.encode("utf-8"), content_type=HTML_TYPE, headers=headers)


# ---------------------------------------------------------------------- Basic


def _basic_user(directory: dict[str, WebTierUser], authorization: str) -> Optional[str]:
    scheme, _, encoded = authorization.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, separator, password = decoded.partition(":")
    user = _find(directory, username)
    if not separator or user is None or user.password is None or password != user.password:
        return None
    return user.username


def _find(directory: dict[str, WebTierUser], username: str) -> Optional[WebTierUser]:
    """A web-tier user by name, case-insensitively (as Windows and most directories compare names)."""
    return next((user for name, user in directory.items() if name.lower() == username.lower()), None)


# ---------------------------------------------------------------------- client certificates


def _certificate_user(
    emulator: ArcGISEmulator, directory: dict[str, WebTierUser], connection: Connection
) -> tuple[Optional[str], Optional[Reply]]:
    """The user a verified client certificate stands for. The handshake already refused bad certificates;
    a connection without one is one made before the web tier was switched on."""
    common_name = certificate_common_name(connection.peer_certificate)
    if common_name is None:
        return None, _forbidden("Client certificate required.")
    mapped = emulator.settings.certificate_users.get(common_name, common_name)
    user = _find(directory, mapped)
    if user is None or not user.certificate:
        return None, _forbidden("The client certificate is not mapped to a user of this site.")
    return user.username, None


# ---------------------------------------------------------------------- NTLM (pyspnego's acceptor)

# pyspnego's NTLM acceptor reads the users' passwords from the file named by NTLM_USER_FILE, a
# process-wide setting. Each handshake step writes the server's own users there under this lock, so
# that servers with different users (or passwords) never see each other's.
_ntlm_lock = threading.Lock()
_ntlm_user_file: Optional[Path] = None


def _ntlm(
    emulator: ArcGISEmulator, directory: dict[str, WebTierUser], req: Request, connection: Connection
) -> tuple[Optional[str], Optional[Reply], list[tuple[str, str]]]:
    """(user, refusal, headers for the answer) for one request on an NTLM web tier."""
    challenges = [("WWW-Authenticate", "Negotiate"), ("WWW-Authenticate", "NTLM")]
    scheme, token = _ntlm_token(req.headers.get("authorization", ""))
    if token is None:
        if connection.ntlm_user is not None:  # an authenticated connection: its requests need no header
            return connection.ntlm_user, None, []
        return None, _unauthorized(challenges), []
    try:
        complete, answer = _ntlm_handshake(emulator, directory, connection, scheme, token)
    except Exception:  # noqa: BLE001 - any malformed or wrong answer is a failed sign-in, as on IIS
        connection.ntlm_context = None
        return None, _unauthorized(challenges), []
    answer_headers = [("WWW-Authenticate", f"{scheme} {base64.b64encode(answer).decode('ascii')}")] if answer else []
    if not complete:  # the Type 2 challenge (or an SPNEGO step): the client answers on this connection
        return None, _unauthorized(answer_headers), []
    if connection.ntlm_user is None:  # a right password of a name that is no (longer a) web-tier user
        return None, _unauthorized(challenges), []
    return connection.ntlm_user, None, answer_headers  # Negotiate may end with a last token on the answer


def _ntlm_token(authorization: str) -> tuple[str, Optional[bytes]]:
    """("NTLM" | "Negotiate", the decoded token) from an Authorization header; (…, None) without one."""
    scheme, _, encoded = authorization.strip().partition(" ")
    if scheme.lower() not in ("ntlm", "negotiate") or not encoded.strip():
        return "", None
    try:
        token = base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        return "", None
    return ("Negotiate" if scheme.lower() == "negotiate" else "NTLM"), token


def _ntlm_handshake(
    emulator: ArcGISEmulator, directory: dict[str, WebTierUser], connection: Connection, scheme: str, token: bytes
) -> tuple[bool, Optional[bytes]]:
    """Feed one token to the connection's acceptor (a new one for a first token); (complete, token to send).

    A complete handshake signs the connection in (`connection.ntlm_user`, None if the name is unknown).
    """
    starts_handshake = token.startswith(_NTLM_SIGNATURE + b"\x01") or token[:1] == bytes([_SPNEGO_INIT])
    protocol = ""
    if starts_handshake or connection.ntlm_context is None or connection.ntlm_scheme != scheme:
        connection.ntlm_user = None
        connection.ntlm_scheme = scheme
        raw_ntlm = token.startswith(_NTLM_SIGNATURE)  # Windows sends raw NTLM under Negotiate without Kerberos
        protocol = "ntlm" if raw_ntlm or scheme == "NTLM" else "negotiate"
    context, answer = _ntlm_step(emulator, directory, connection.ntlm_context, protocol, token)
    if not context.complete:
        connection.ntlm_context = context
        return False, answer
    connection.ntlm_context = None
    user = _find(directory, (context.client_principal or "").rpartition("\\")[2])
    connection.ntlm_user = None if user is None else user.username
    return True, answer


def _ntlm_step(
    emulator: ArcGISEmulator, directory: dict[str, WebTierUser], context: Any, protocol: str, token: bytes
) -> tuple[Any, Optional[bytes]]:
    """One acceptor step (`protocol`: start a new context with it; "": go on with `context`)."""
    global _ntlm_user_file  # noqa: PLW0603 - one credential file per process, as pyspnego reads one
    check_ntlm_available()
    import spnego

    # "alice" and "DOMAIN\alice" sign in, and so does "HOST\alice": the challenge names this host as
    # its target, as a workgroup IIS does, and clients such as Qt take a user's domain from there.
    domains = ("", emulator.settings.web_tier_domain, socket.gethostname().upper())
    lines = [
        f"{prefix}:{user.username}:{user.password}"
        for user in directory.values()
        if user.password is not None
        for prefix in domains
    ]
    with _ntlm_lock:
        if _ntlm_user_file is None:
            _ntlm_user_file = Path(tempfile.mkdtemp(prefix="arcgis-emulator-ntlm-")) / "users"
            os.environ["NTLM_USER_FILE"] = str(_ntlm_user_file)
        _ntlm_user_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if protocol:
            context = spnego.server(protocol=protocol)
        answer = context.step(token)
    return context, answer
