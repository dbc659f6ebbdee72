"""A real deployment: Debian's QGIS Server (``qgis_mapserv.fcgi``) as several FastCGI processes behind
Debian's lighttpd, with the plugin loaded by QGIS Server itself, hit by concurrent web clients.

The profile is set up as an administrator does (:class:`~tests.server.host.ServerProfile`): the
connection (alice) in the server profile's auth DB, a project with a secured feature layer and a
secured map layer of the ArcGIS emulator. The emulator's tokens live ``--server-token-lifetime``
seconds; the clients send WMS GetMap and WFS GetFeature requests for ``--server-lifetimes`` token
lifetimes, then none for one more. The emulator's request log names the process behind every request
(``Settings.record_client_process``): each QGIS Server process's token requests are counted and
compared with what the plugin's renewal policy (``plugin/core/cache.py``) makes of that lifetime,
and an idle process must send none (see :func:`assert_idle_processes_do_nothing`).
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import requests
from qgis.PyQt.QtGui import QImage

from tests.emulator import STANDALONE
from tests.emulator.pytest_fixtures import USERS, add_users
from tests.server.fastcgi import Lighttpd, missing, running
from tests.server.host import ServerProfile

POINTS = "Demo/Points"  # one of the emulator's default services
FEATURES = 40
PROCESSES = 4  # FastCGI processes lighttpd spawns
CLIENTS = 6  # concurrent web clients
REQUEST_TIMEOUT = 90.0  # seconds; the first request of a process loads the project
SIZE = 256  # GetMap width and height
IDLE_GRACE = 0.5  # seconds after the last answer before a QGIS Server process counts as idle


@dataclass
class Answered:
    kind: str  # "GetMap" | "GetFeature"
    started: float  # time.time()
    seconds: float
    status: int = 0
    content_type: str = ""
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: Optional[str] = None  # the client's exception, if any


def painted_on_grid(body: bytes, step: int = 8) -> Optional[int]:
    """Non-transparent pixels on a grid of every ``step``-th pixel of a PNG (None: not a PNG)."""
    image = QImage.fromData(body, "PNG")
    if image.isNull():
        return None
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if image.pixelColor(x, y).alpha()
    )


def failure_of(answer: Answered) -> Optional[str]:
    """What is wrong with one answer (None: nothing)."""
    where = f"{answer.kind} at +{answer.seconds:.1f} s"
    if answer.error is not None or answer.status != 200:
        return f"{where}: {answer.error or f'HTTP {answer.status}'} {answer.body[:200]!r}"
    if answer.kind == "GetMap":
        painted = painted_on_grid(answer.body) if answer.content_type.split(";")[0].strip() == "image/png" else None
        problem = "not a PNG" if painted is None else "a blank image" if painted == 0 else None
    else:
        problem = None if "json" in answer.content_type else "not JSON"
        if problem is None:
            try:
                count = len(json.loads(answer.body)["features"])
            except (ValueError, KeyError, TypeError) as error:
                count, problem = None, f"not GeoJSON ({error})"
            if count is not None and count != FEATURES:
                problem = f"{count} features instead of {FEATURES}"
    return None if problem is None else f"{where}: {problem} ({answer.content_type}) {answer.body[:120]!r}"


def renewal_interval(lifetime: float) -> float:
    """Seconds from a sign-in to the plugin's next one for tokens of ``lifetime`` seconds."""
    from arcgis_token_auth.plugin.core.cache import RenewalPolicy
    from arcgis_token_auth.plugin.core.credentials import Secret
    from arcgis_token_auth.plugin.core.tokens import TokenInfo, TokenSource

    token = TokenInfo(Secret("-"), obtained=0.0, expires=lifetime, ssl=True, referer=None, source=TokenSource.SERVER)
    return RenewalPolicy().renew_at(token) - token.obtained


def run_clients(web: Lighttpd, project: str, seconds: float) -> list[Answered]:
    """CLIENTS threads sending GetMap and WFS GetFeature in turn for ``seconds``; every answer."""
    get_map = {
        "MAP": project, "SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetMap", "LAYERS": "features,drawing",
        "STYLES": "", "CRS": "EPSG:4326", "BBOX": "-90,-180,90,180", "WIDTH": str(SIZE), "HEIGHT": str(SIZE),
        "FORMAT": "image/png", "TRANSPARENT": "true",
    }  # fmt: skip
    get_feature = {
        "MAP": project, "SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature", "TYPENAME": "features",
        "OUTPUTFORMAT": "GeoJSON",
    }  # fmt: skip
    answers: list[Answered] = []
    lock = threading.Lock()
    began = time.time()
    deadline = time.monotonic() + seconds

    def client(number: int) -> None:
        with requests.Session() as session:
            session.trust_env = False  # no proxy from the environment
            turn = number
            while time.monotonic() < deadline:
                kind, params = ("GetMap", get_map) if turn % 2 == 0 else ("GetFeature", get_feature)
                turn += 1
                answer = Answered(kind, time.time(), 0.0)
                try:
                    reply = session.get(web.url, params=params, timeout=REQUEST_TIMEOUT)
                    answer.status, answer.body = reply.status_code, reply.content
                    answer.content_type = reply.headers.get("Content-Type", "")
                    answer.headers = dict(reply.headers)
                except requests.RequestException as error:
                    answer.error = f"{type(error).__name__}: {error}"
                answer.seconds = time.time() - began
                with lock:
                    answers.append(answer)

    threads = [threading.Thread(target=client, args=(n,), name=f"web-client-{n}") for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + REQUEST_TIMEOUT + 30)
    assert not any(thread.is_alive() for thread in threads), "a web client hung"
    return answers


def test_a_real_deployment_qgis_server_fastcgi_processes_behind_lighttpd_sign_in_about_once_per_token_lifetime(
    arcgis_emulator, emulator_ca, tmp_path, pytestconfig
):
    """Issue: "A real deployment test: Debian's qgis-server (qgis_mapserv.fcgi) run as several FastCGI
    processes behind a real web server from Debian (lighttpd), hit by concurrent clients for several token
    lifetimes: 0 failed answers, and the emulator's request log shows each process signing in about once
    per token lifetime (print the number of token requests per process per lifetime)." """
    assert missing() is None, missing()  # scripts/setup.sh installs qgis-server and lighttpd
    lifetime = pytestconfig.getoption("--server-token-lifetime")
    lifetimes = pytestconfig.getoption("--server-lifetimes")
    server = add_users(arcgis_emulator(STANDALONE, features=FEATURES))
    # PYTHONFAULTHANDLER: a QGIS Server process that crashes writes its Python threads' stacks to its stderr.
    profile = ServerProfile(tmp_path / "qgis-server", extra_environment={"PYTHONFAULTHANDLER": "1"})
    made = profile.provision(
        ca_file=emulator_ca.ca_file,
        connections=[{"url": server.root_url, "username": "alice", "password": USERS["alice"][0], "name": "City GIS"}],
        layers=[
            {"kind": "feature", "url": server.service_url(POINTS, "FeatureServer", 0), "name": "features"},
            {"kind": "map", "url": server.service_url(POINTS, "MapServer"), "name": "drawing"},
        ],
    )
    server.revoke_all_tokens()  # provisioning signed in: the QGIS Server processes start without a token
    server.clear_log()
    server.settings.token_lifetime_seconds = lifetime
    server.settings.record_client_process = True

    started = time.monotonic()
    with Lighttpd(tmp_path / "lighttpd", profile.environment(), processes=PROCESSES) as web:
        backends = list(web.backend_pids)
        answers = run_clients(web, made["project"], lifetime * lifetimes)
        ended = time.time()  # every answer is in
        time.sleep(lifetime)  # no request for a token lifetime: the processes wait in FCGI_Accept
        idle = (ended + IDLE_GRACE, time.time())
        everything = server.requests
    records = [record for record in everything if record.time <= ended]
    idling = [record for record in everything if idle[0] < record.time <= idle[1]]
    print(f"\nlighttpd and its {PROCESSES} QGIS Server processes ran {time.monotonic() - started:.1f} s")
    assert web.leftover_backends == [], "QGIS Server processes outlived lighttpd"
    assert not any(running(pid) for pid in web.backend_pids), "QGIS Server processes outlived the test"

    assert_no_failed_answers(answers, lifetime, tmp_path / "failed-answers.txt", web)
    log = profile.log_text()
    for pid in backends:  # each process loaded the plugin itself, as a QGIS Server plugin
        assert f"QGIS Server process {pid} signs requests" in log
    began = min(answer.started for answer in answers)
    issued = set(server.issued_tokens())
    assert_each_process_signs_in_as_the_renewal_policy_says(
        records, issued, backends=web.backend_pids, lifetime=lifetime, lifetimes=lifetimes, window=(began, ended)
    )
    assert_idle_processes_do_nothing(idling, idle)
    assert_no_token_leaked(issued, answers, {
        "the QGIS Server log": log,
        "lighttpd's error log": web.error_log_text(),
        "lighttpd's access log": web.access_log_text(),
        "the QGIS Server processes' stderr": web.output_text(),
    })  # fmt: skip


def assert_no_failed_answers(answers: list[Answered], lifetime: float, report: Path, web: Lighttpd) -> None:
    failed = [(answer, failure) for answer in answers if (failure := failure_of(answer)) is not None]
    failures = [failure for _, failure in failed]
    kinds = Counter(answer.kind for answer in answers)
    window = max(answer.seconds for answer in answers)
    print(f"{len(answers)} answers ({kinds['GetMap']} WMS GetMap, {kinds['GetFeature']} WFS GetFeature) "
          f"from {PROCESSES} qgis_mapserv.fcgi processes behind lighttpd to {CLIENTS} concurrent clients "
          f"in {window:.1f} s ({window / lifetime:.1f} token lifetimes of {lifetime:g} s): "
          f"{len(failures)} failed")  # fmt: skip
    crashes = web.backend_crashes()
    assert not crashes, (
        f"{len(crashes)} QGIS Server processes died while serving ({len(failures)} failed answers):\n"
        + "\n".join(crashes)
        + "\nThe first crash's Python stacks (faulthandler):\n"
        + first_crash_stacks(web.output_text())
    )
    if failed:  # every failed answer in full, headers included, for the diagnosis
        report.write_text(
            "\n\n".join(
                f"{failure}\n{answer.headers}\n{answer.body[:8000].decode(errors='replace')}"
                for answer, failure in failed
            )
        )
    assert not failures, f"{len(failures)} failed answers (all in {report}), the first ones:\n" + "\n".join(
        failures[:10]
    )
    assert kinds["GetMap"] >= CLIENTS and kinds["GetFeature"] >= CLIENTS


def assert_idle_processes_do_nothing(records: list, idle: tuple[float, float]) -> None:
    """Between two requests a FastCGI QGIS Server process waits in libfcgi's ``FCGI_Accept``, which frees
    the last request's environment while ``environ`` still points to it (until the next request's): any
    thread of the process that calls ``getenv()`` then (QgsSettings, Qt, OpenSSL, the resolver...) reads
    freed memory, and the process may crash (SIGSEGV in getenv, seen here with a renewal running then:
    QgsSettings() in the plugin's renewal thread). So the plugin may work only while a request runs."""
    print(f"{len(records)} requests to the ArcGIS server from the QGIS Server processes "
          f"while they had no request, in {idle[1] - idle[0]:.1f} s")  # fmt: skip
    assert not records, (
        f"{len(records)} requests from idle QGIS Server processes (a FastCGI process must do nothing between "
        "requests: FCGI_Accept frees the environment a getenv() then reads): "
        + ", ".join(f"{r.endpoint} from {r.client_pid} at +{r.time - idle[0] + IDLE_GRACE:.1f} s" for r in records)
    )


def first_crash_stacks(output: str) -> str:
    """The first faulthandler report in the QGIS Server processes' stderr (their lines only)."""
    start = output.find("Fatal Python error")
    if start < 0:
        return "(none)"
    lines = output[start:].splitlines()
    end = next((n for n, line in enumerate(lines) if line.startswith("Extension modules")), 80)
    return "\n".join(lines[: end + 1])


def assert_each_process_signs_in_as_the_renewal_policy_says(
    records: list,
    issued: set[str],
    *,
    backends: list[int],
    lifetime: float,
    lifetimes: int,
    window: tuple[float, float],
) -> None:
    """From the emulator's request log: every request came from one of lighttpd's QGIS Server processes,
    each of them served and signed in, and as often as the plugin's renewal policy says: the first
    sign-in, then one each renewal interval (at half the lifetime for tokens this short). At least once
    per lifetime (or requests would meet expired tokens); at most one more than the policy's count."""
    assert all(record.client_pid is not None for record in records), "a request from an unknown process"
    senders = {record.client_pid for record in records}
    assert senders <= set(backends), f"requests from {senders - set(backends)}, not from lighttpd's {backends}"
    assert len(senders) == PROCESSES, f"only {len(senders)} of the {PROCESSES} processes sent requests"
    # (The plugin's transport check sends a made-up token on purpose: 498 for that one is its answer.)
    refused = [record for record in records if record.error_code == 498 and record.token in issued]
    assert not refused, f"{len(refused)} requests carried an expired token"
    sign_ins: dict[int, list[float]] = {pid: [] for pid in sorted(senders)}
    for record in records:
        if record.endpoint == "generateToken":
            assert record.status == 200 and record.error_code is None, f"a refused sign-in: {record}"
            sign_ins[record.client_pid].append(record.time)
    began, ended = window
    interval = renewal_interval(lifetime)
    print(f"renewal policy for {lifetime:g} s tokens: a sign-in every {interval:g} s, "
          f"{lifetime / interval:.2f} per token lifetime, after the first")  # fmt: skip
    wrong = []
    for pid, times in sign_ins.items():
        count = len(times)
        print(f"process {pid}: {count} token requests over {lifetimes} lifetimes = {count / lifetimes:.2f} per lifetime"
              + (f" (the first at +{times[0] - began:.1f} s; the policy says {policy_count(times[0], ended, interval)})"
                 if times else ""))  # fmt: skip
        if not times:
            wrong.append(f"process {pid} served without signing in")
            continue
        expected = policy_count(times[0], ended, interval)
        at_least = 1 + math.floor((ended - times[0]) / lifetime)
        if not at_least <= count <= expected + 1:
            wrong.append(f"process {pid}: {count} token requests; between {at_least} and {expected + 1} expected")
    assert not wrong, "\n".join(wrong)


def policy_count(first: float, ended: float, interval: float) -> int:
    """Token requests of a process from its first sign-in at ``first`` to ``ended`` by the renewal policy."""
    return 1 + math.floor((ended - first) / interval)


def assert_no_token_leaked(tokens: set[str], answers: list[Answered], logs: dict[str, str]) -> None:
    assert tokens
    for token in tokens:
        assert not any(token.encode() in answer.body for answer in answers), "a token in an answer"
        assert not any(token in str(answer.headers) for answer in answers), "a token in an answer's headers"
        for name, text in logs.items():
            assert token not in text, f"a token in {name}"
    for name, text in logs.items():
        assert USERS["alice"][0] not in text, f"alice's password in {name}"
