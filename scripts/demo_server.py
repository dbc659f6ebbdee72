"""QGIS Server with secured ArcGIS layers, end to end (``make demo-server``).

1. starts the bundled ArcGIS emulator over HTTPS (tokens that live 10 s, so
   that renewals show), recording which process sent each request;
2. sets up a QGIS Server profile as an administrator does in QGIS desktop: a
   connection (its password in the encrypted auth DB, unlocked on the server by
   QGIS_AUTH_PASSWORD_FILE) and a project with a secured feature layer and a
   secured map layer;
3. runs Debian's ``qgis_mapserv.fcgi`` as FastCGI processes behind lighttpd;
4. fetches a WMS GetMap PNG through both secured layers, then keeps serving
   maps across several token lifetimes, printing each process's token lifecycle
   from QGIS Server's log and the emulator's count of token requests per process;
5. stops everything it started.

Usage: python scripts/demo_server.py [--output demo-output] [--processes 2] [--token-lifetime 10] [--seconds 25]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.emulator import STANDALONE, ArcGISEmulator, EmulatorCA
from tests.server.fastcgi import Lighttpd, missing
from tests.server.host import ServerProfile

USER, PASSWORD = "alice", "alice-secret"  # the emulator's demo account
POINTS = "Demo/Points"
TOKEN_LINE = re.compile(  # time, process, message: QGIS Server's log lines of the plugin's sign-ins
    r"^(\d\d:\d\d:\d\d) \w+ ArcGIS Token Auth\[(\d+)\]: (.*(?:token for .* obtained|refused the token).*)$",
    re.MULTILINE,
)


def stamp() -> str:
    return datetime.now().strftime("%H:%M:%S")


def get_map(web: Lighttpd, project: str) -> requests.Response:
    params = {
        "MAP": project, "SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": "drawing,features",
        "STYLES": "", "CRS": "EPSG:4326", "BBOX": "33,-12,62,32", "WIDTH": "800", "HEIGHT": "527",
        "FORMAT": "image/png", "TRANSPARENT": "true",
    }  # fmt: skip
    return requests.get(web.url, params=params, timeout=60)


def drawn_pixels(png: bytes) -> int:
    from qgis.PyQt.QtGui import QImage

    image = QImage.fromData(png, "PNG")
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    return sum(1 for colour in samples if colour.alpha())


def run(args: argparse.Namespace, work: Path) -> int:
    ca = EmulatorCA(work / "ca.pem")
    emulator = ArcGISEmulator.start(STANDALONE, ca=ca, features=args.features)
    emulator.add_user(USER, PASSWORD)
    try:
        print(f"{stamp()}  ArcGIS emulator at {emulator.root_url}")
        profile = ServerProfile(work / "qgis-server")
        made = profile.provision(
            ca_file=ca.ca_file,
            connections=[{"url": emulator.root_url, "username": USER, "password": PASSWORD, "name": "Demo server"}],
            layers=[
                {"kind": "feature", "url": emulator.service_url(POINTS, "FeatureServer", 0), "name": "features"},
                {"kind": "map", "url": emulator.service_url(POINTS, "MapServer"), "name": "drawing"},
            ],
        )
        print(f"{stamp()}  server profile {profile.config} (connection {made['connections'][0]}, "
              f"password in its encrypted auth DB); project {made['project']}")  # fmt: skip
        emulator.revoke_all_tokens()
        emulator.clear_log()
        emulator.settings.token_lifetime_seconds = args.token_lifetime
        emulator.settings.record_client_process = True
        with Lighttpd(work / "lighttpd", profile.environment(), processes=args.processes) as web:
            print(f"{stamp()}  lighttpd at {web.url}: {args.processes} qgis_mapserv.fcgi processes")
            answer = get_map(web, made["project"])
            png = args.output / "server-map.png"
            png.parent.mkdir(parents=True, exist_ok=True)
            png.write_bytes(answer.content)
            drawn = drawn_pixels(answer.content) if answer.headers.get("Content-Type") == "image/png" else 0
            print(f"{stamp()}  GetMap {answer.status_code} {answer.headers.get('Content-Type')}: {png} "
                  f"({drawn} sampled pixels drawn)")  # fmt: skip
            deadline = time.monotonic() + args.seconds

            def client() -> tuple[int, int]:
                served = failed = 0
                while time.monotonic() < deadline:
                    answer = get_map(web, made["project"])
                    served += 1
                    failed += answer.status_code != 200 or answer.headers.get("Content-Type") != "image/png"
                    time.sleep(0.1)
                return served, failed

            shown = 0
            with ThreadPoolExecutor(args.processes) as clients:  # as many web clients as server processes
                running = [clients.submit(client) for _ in range(args.processes)]
                while not all(future.done() for future in running):
                    lines = TOKEN_LINE.findall(profile.log_text())
                    for when, pid, line in lines[shown:]:
                        print(f"  {when}  server process {pid} | {line}")
                    shown = len(lines)
                    time.sleep(0.25)
                served, failed = (sum(counts) for counts in zip(*(future.result() for future in running)))
            for when, pid, line in TOKEN_LINE.findall(profile.log_text())[shown:]:
                print(f"  {when}  server process {pid} | {line}")
        sign_ins: dict[int, int] = {}
        for record in emulator.requests:
            if record.endpoint == "generateToken":
                sign_ins[record.client_pid] = sign_ins.get(record.client_pid, 0) + 1
        lifetimes = (args.seconds + 5) / args.token_lifetime
        print(f"{stamp()}  {served} more GetMap answers to {args.processes} clients over {lifetimes:.1f} token "
              f"lifetimes, {failed} failed")  # fmt: skip
        for pid, count in sorted(sign_ins.items(), key=lambda item: str(item[0])):
            print(f"  server process {pid}: {count} token requests, {count / lifetimes:.2f} per token lifetime "
                  f"(tokens this short renew half-way; 60-minute tokens renew 6 minutes before they expire)")
        return 0 if drawn and not failed else 1
    finally:
        emulator.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("demo-output"))
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--features", type=int, default=2000)
    parser.add_argument("--token-lifetime", type=float, default=10.0)
    parser.add_argument("--seconds", type=float, default=25.0, help="how long to keep serving maps")
    args = parser.parse_args()
    absent = missing()
    if absent:
        print(f"demo-server: {absent}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="arcgis-token-auth-demo-server-") as work:
        return run(args, Path(work))


if __name__ == "__main__":
    sys.exit(main())
