"""Run emulated ArcGIS servers until Ctrl-C / SIGTERM: ``python -m tests.emulator --help``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Optional

from .certs import EmulatorCA
from .server import DEFAULT_SERVICES, ONLINE, PORTAL, STANDALONE, ArcGISEmulator
from .services import parcels_service
from .webtier import CLIENT_CERTIFICATE, WEB_TIERS


def _user(text: str) -> tuple[str, str, Optional[list[str]]]:
    """``name:password[:Service/One,Service/Two]``."""
    parts = text.split(":", 2)
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise argparse.ArgumentTypeError("expected name:password[:service,service]")
    services = [s for s in parts[2].split(",") if s] if len(parts) == 3 else None
    return parts[0], parts[1], services


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on (default %(default)s)")
    parser.add_argument("--port", type=int, default=8443, help="standalone server port (default %(default)s)")
    parser.add_argument("--https", action="store_true", help="serve HTTPS (certificates from a test CA)")
    parser.add_argument("--ca-file", type=Path, help="where to write the CA certificate (PEM)")
    parser.add_argument("--ca-key-file", type=Path, help="keep the CA key here and reuse it on the next run")
    parser.add_argument("--site", default="arcgis", help="ArcGIS Server site name (default %(default)s)")
    parser.add_argument("--features", type=int, default=10_000, help="points per service (default %(default)s)")
    parser.add_argument(
        "--parcels", type=int, metavar="N", help="also serve Demo/Parcels: N polygons with 20 fields (secured)"
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds every request waits before its answer")
    parser.add_argument("--no-pbf", action="store_true", help="layers offer JSON only (no f=pbf)")
    parser.add_argument("--token-lifetime", type=float, help="token lifetime in seconds (overrides `expiration`)")
    parser.add_argument("--max-expiration", type=int, help="maximum token lifetime in minutes")
    parser.add_argument(
        "--user",
        dest="users",
        type=_user,
        action="append",
        help="name:password[:service,...] (repeatable; default alice:alice-secret with every service)",
    )
    parser.add_argument("--portal-port", type=int, help="also start an Enterprise portal on this port")
    parser.add_argument("--webadaptor", default="portal", help="portal web adaptor name (default %(default)s)")
    parser.add_argument("--federated-port", type=int, help="also start a server federated with the portal")
    parser.add_argument("--online-port", type=int, help="also start an ArcGIS Online-style org on this port")
    parser.add_argument(
        "--web-tier",
        choices=sorted(WEB_TIERS),
        help="web-tier authentication in front of every server: each --user is also a web-tier user with the "
        "same password (basic, ntlm) or gets a client certificate (client-certificate, needs --https)",
    )
    parser.add_argument(
        "--client-cert-dir", type=Path, help="where client certificates go (default: a new temporary folder)"
    )
    parser.add_argument("--client-cert-passphrase", help="encrypt the client certificates' keys and PKCS#12 files")
    return parser


def _configure(server: ArcGISEmulator, args: argparse.Namespace) -> ArcGISEmulator:
    server.settings.token_lifetime_seconds = args.token_lifetime
    server.settings.latency_seconds = args.latency
    server.settings.pbf = not args.no_pbf
    if args.max_expiration is not None:
        server.settings.max_expiration_minutes = args.max_expiration
    return server


def _describe(label: str, server: ArcGISEmulator) -> None:
    print(f"{label}:")
    if server.portal_url:
        print(f"  portal         {server.portal_url}  (sharing API {server.portal_url}/sharing/rest)")
    if server.server_url:
        print(f"  server root    {server.server_url}")
        if server.owning_portal is not None:
            print(f"  owning portal  {server.owning_portal.portal_url}")
        for service in server.services.values():
            access = "public" if service.public else "secured"
            for service_type in service.types:
                print(f"  {access:8} {server.service_url(service.name, service_type)}")
    if server.owning_portal is not None:
        print("  tokens         from the owning portal (directly, or exchanged with serverUrl)")
    else:
        print(f"  token endpoint {server.token_url}")


def _add_users(server: ArcGISEmulator, users: list[tuple[str, str, Optional[list[str]]]],
               args: argparse.Namespace) -> None:  # fmt: skip
    """Each --user, also as a web-tier user (same password) with --web-tier; a federated server's are its portal's."""
    if server.owning_portal is not None:
        return
    for name, password, services in users:
        server.add_user(name, password, services)
        if args.web_tier is not None:
            server.add_web_tier_user(name, password)


def _describe_users(users: list[tuple[str, str, Optional[list[str]]]], args: argparse.Namespace,
                    ca: Optional[EmulatorCA]) -> None:  # fmt: skip
    """The users (never their passwords), the web tier, and each user's client certificate files."""
    if args.web_tier is not None:
        print(f"web tier: {args.web_tier} (every server; its users are the --user users)")
    for name, _password, services in users:
        print(f"user {name}: {', '.join(services) if services else 'all services'}")
        if ca is not None and args.web_tier == CLIENT_CERTIFICATE:
            certificate = ca.issue_client_certificate(
                name, folder=args.client_cert_dir, passphrase=args.client_cert_passphrase
            )
            print(f"  client certificate {certificate.cert_file}")
            print(f"  private key        {certificate.key_file}")
            print(f"  PKCS#12 bundle     {certificate.pkcs12_file}")


def main(argv: Optional[list[str]] = None) -> int:
    args = _parser().parse_args(argv)
    if args.federated_port is not None and args.portal_port is None:
        _parser().error("--federated-port needs --portal-port")
    if args.web_tier == CLIENT_CERTIFICATE and not args.https:
        _parser().error("--web-tier client-certificate needs --https")
    users = args.users or [("alice", "alice-secret", None)]
    ca = EmulatorCA(args.ca_file, args.ca_key_file) if args.https else None
    services = [*DEFAULT_SERVICES, *([parcels_service(args.parcels)] if args.parcels else [])]
    common = {
        "https": args.https,
        "host": args.host,
        "features": args.features,
        "ca": ca,
        "services": services,
        "web_tier": args.web_tier,
    }
    started: list[tuple[str, ArcGISEmulator]] = []
    try:
        standalone = ArcGISEmulator.start(STANDALONE, port=args.port, site=args.site, **common)
        started.append(("Standalone ArcGIS Server", standalone))
        if args.portal_port is not None:
            portal = ArcGISEmulator.start(PORTAL, port=args.portal_port, webadaptor=args.webadaptor, **common)
            started.append(("ArcGIS Enterprise portal", portal))
            if args.federated_port is not None:
                federated = ArcGISEmulator.start(
                    STANDALONE, port=args.federated_port, site="server", owning_portal=portal, **common
                )
                started.append(("Federated ArcGIS Server (portal tokens)", federated))
        if args.online_port is not None:
            started.append(("ArcGIS Online-style org", ArcGISEmulator.start(ONLINE, port=args.online_port, **common)))
        for label, server in started:
            _configure(server, args)
            _add_users(server, users, args)
            _describe(label, server)
        if ca is not None:
            print(f"CA certificate: {ca.ca_file}")
        _describe_users(users, args, ca)
        print("Serving; press Ctrl-C to stop.", flush=True)
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
        signal.signal(signal.SIGINT, lambda _signum, _frame: stop.set())
        while not stop.wait(0.5):
            pass
    finally:
        for _label, server in reversed(started):
            server.stop()
    print("Stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
