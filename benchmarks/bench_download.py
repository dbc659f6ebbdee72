"""Downloading a secured ArcGIS feature layer into a GeoPackage: the plugin's algorithm vs. ogr2ogr.

Run from the repository root (``make bench`` runs it after bench_qgis.py)::

    .venv/bin/python benchmarks/bench_download.py [--points 200000] [--polygons 20000] [--latency 0.05]
        [--rss-series 20000,200000,1000000] [--rounds 3] [--quick]

Prints, measured side by side in one run against the emulator over HTTPS (every
request waiting ``--latency`` seconds, as over a real network):

* for a point layer and a polygon layer with 20 fields: the plugin's
  ``arcgistokenauth:downloadfeatures`` (JSON one page at a time, JSON with
  several pages in flight, PBF with several pages in flight) and GDAL's
  ``ogr2ogr`` reading the same layer's query URL with the same kind of token
  in an ``X-Esri-Authorization`` header: seconds, features per second, peak
  RSS, CPU seconds of the client and of the emulator, the speed-up over
  ogr2ogr, and the pages the emulator answered in each format (a "PBF" run
  the plugin fell back to JSON in shows it, and is no PBF figure). The four
  alternate, ``--rounds`` times; each row is the round of median time;
* the plugin's peak RSS (PBF, pages in flight) for point layers of growing
  size, without latency (memory does not depend on it; it saves minutes);
* the floor under any download into a GeoPackage on this machine: the same
  number of points, made in memory, written by QGIS's GeoPackage writer
  (the one the algorithm's output uses), split into the writing and the
  closing (where GDAL builds the spatial index) — what no client, however
  fast its network and decoding, can go below.

Each download runs in a fresh process, so that its peak RSS (the kernel's
``ru_maxrss`` of that process, read with ``wait4``) is its own: a headless
QGIS with the plugin for the plugin's runs (its start-up is not timed; the
RSS figures include QGIS itself, shown as "QGIS before"), ``ogr2ogr`` for
GDAL's (its whole run is timed). Every run's output GeoPackage is counted:
a run that wrote fewer features than the layer has voids the comparison and
makes the script fail.

Figures only; this is not a test: the targets are printed with PASS or FAIL,
and the exit status is non-zero only when a run broke.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.sandbox import REPO_ROOT

ALGORITHM = "arcgistokenauth:downloadfeatures"
USER, PASSWORD = "alice", "alice-secret"  # the emulator's throwaway account
GDAL_REFERER = "bench-download-ogr2ogr"  # what ogr2ogr's token is bound to, sent as its Referer
POINTS = "Demo/Points"
POLYGONS = "Demo/Parcels"  # the emulator's polygon FeatureServer with 20 fields
MAX_RECORD_COUNT = 2000
RESULT_PREFIX = "BENCH-RESULT "
RUN_TIMEOUT = 900.0  # seconds; a run that takes longer is broken

# The algorithm's FORMAT values.
FORMAT_AUTO, FORMAT_JSON, FORMAT_PBF = 0, 1, 2
SPEED_UP_TARGET = 4.0  # PBF parallel vs. ogr2ogr, on both layers
RSS_GROWTH_TARGET = 1.5  # peak RSS at the largest size vs. the smallest


@dataclass(frozen=True)
class Method:
    label: str
    format: Optional[int] = None  # None: not passed (the algorithm's default)
    pages_in_flight: Optional[int] = None  # None: not passed (the algorithm's default)

    def parameters(self) -> dict[str, int]:
        given = {"FORMAT": self.format, "PAGES_IN_FLIGHT": self.pages_in_flight}
        return {name: value for name, value in given.items() if value is not None}


JSON_SEQUENTIAL = Method("plugin JSON sequential", FORMAT_JSON, 1)
JSON_PARALLEL = Method("plugin JSON parallel", FORMAT_JSON)
PBF_PARALLEL = Method("plugin PBF parallel", FORMAT_PBF)
PLUGIN_METHODS = (JSON_SEQUENTIAL, JSON_PARALLEL, PBF_PARALLEL)
OGR2OGR = "ogr2ogr"


@dataclass
class Run:
    """One measured download (the median of ``--rounds`` when several)."""

    layer: str
    method: str
    features: int
    seconds: float = 0.0
    peak_rss_kb: int = 0
    client_cpu: float = 0.0
    server_cpu: float = 0.0
    baseline_rss_kb: int = 0  # the plugin's runs: the process's RSS just before the download
    pages: dict[str, int] = field(default_factory=dict)  # feature pages the emulator answered, by format (f=)
    error: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.error


# ---------------------------------------------------------------------------------------------- child


def child_main(spec_file: Path) -> int:
    """In a fresh process: a headless QGIS with the plugin, one timed download, a result line."""
    spec = json.loads(spec_file.read_text())
    from scripts.sandbox import expose_plugin, isolate_qgis, start_qgis

    root = isolate_qgis(Path(spec["root"]))
    expose_plugin(root)
    app = start_qgis("bench master password", Path(spec["ca_file"]), gui=False)  # noqa: F841 - lives while referenced
    from qgis.core import QgsApplication, QgsProcessingFeedback

    plugins_dir = f"{QgsApplication.pkgDataPath()}/python/plugins"
    if plugins_dir not in sys.path:
        sys.path.append(plugins_dir)
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    import arcgis_token_auth
    from arcgis_token_auth import api

    if "floor_points" in spec:
        result = write_floor(spec["floor_points"], Path(spec["output"]))
        print(RESULT_PREFIX + json.dumps(result), flush=True)
        return 0
    plugin = arcgis_token_auth.classFactory(None)
    plugin.initProcessing()
    result: dict[str, Any] = {}
    algorithm = QgsApplication.processingRegistry().algorithmById(ALGORITHM)
    missing = [name for name in spec["parameters"] if algorithm.parameterDefinition(name) is None]
    if missing:
        result["error"] = f"the algorithm has no {', '.join(missing)} parameter"
        print(RESULT_PREFIX + json.dumps(result), flush=True)
        return 1
    pages = algorithm.parameterDefinition("PAGES_IN_FLIGHT")
    if pages is not None and "PAGES_IN_FLIGHT" not in spec["parameters"]:
        result["pages_in_flight"] = pages.defaultValue()
    connection = api.add_connection(spec["server_root"], username=USER, password=PASSWORD)
    # Sign in before the clock starts, as ogr2ogr's token is obtained before it runs.
    processing.run("arcgistokenauth:gettoken", {"CONNECTION": connection.id}, feedback=QgsProcessingFeedback())
    parameters = {"URL": spec["url"], "CONNECTION": connection.id, "OUTPUT": spec["output"], **spec["parameters"]}
    result["baseline_rss_kb"] = _status_kb("VmRSS")
    cpu_before = _cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    try:
        outputs = processing.run(ALGORITHM, parameters, feedback=QgsProcessingFeedback())
    except Exception as error:  # noqa: BLE001 - reported to the parent, which fails the benchmark
        result["error"] = f"{type(error).__name__}: {error}"
        print(RESULT_PREFIX + json.dumps(result), flush=True)
        return 1
    result["seconds"] = time.perf_counter() - started
    result["client_cpu"] = _cpu_seconds(resource.RUSAGE_SELF) - cpu_before
    result["feature_count"] = int(outputs["FEATURE_COUNT"])
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    plugin.service.delete_connection(connection.id)
    plugin.unload()
    return 0


def write_floor(points: int, output: Path) -> dict[str, float]:
    """Seconds QGIS's GeoPackage writer takes for ``points`` points of the emulator's six fields, made in
    memory beforehand: {"write": addFeatures in pages of 2,000, "close": closing the file}."""
    import random

    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFeatureSink,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPoint,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QDateTime, QVariant

    fields = QgsFields()
    for name, kind in (("OBJECTID", QVariant.LongLong), ("name", QVariant.String), ("category", QVariant.String),
                       ("value", QVariant.Double), ("rank", QVariant.Int), ("created", QVariant.DateTime)):  # fmt: skip
        fields.append(QgsField(name, kind))
    place = random.Random(1)
    created = QDateTime.fromMSecsSinceEpoch(1_577_836_800_000)
    features = []
    for oid in range(1, points + 1):
        feature = QgsFeature(fields)
        feature.setAttributes([oid, f"Point {oid}", "ABCD"[oid % 4], oid % 1000 / 10, oid % 100, created])
        feature.setGeometry(QgsGeometry(QgsPoint(place.uniform(-10, 30), place.uniform(35, 60))))
        features.append(feature)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(str(output), fields, QgsWkbTypes.Point,
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext(),
                                        options)  # fmt: skip
    started = time.perf_counter()
    for start in range(0, points, MAX_RECORD_COUNT):
        writer.addFeatures(features[start : start + MAX_RECORD_COUNT], QgsFeatureSink.Flag.FastInsert)
    written = time.perf_counter()
    del writer
    return {"write": written - started, "close": time.perf_counter() - written}


def _status_kb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


# ---------------------------------------------------------------------------------------------- parent


def run_process(command: list[str], env: dict[str, str], log: Path) -> tuple[int, float, resource.struct_rusage]:
    """Run ``command`` (output to ``log``); its exit status, wall seconds and own resource usage (wait4)."""
    with log.open("wb") as output:
        started = time.perf_counter()
        process = subprocess.Popen(  # noqa: S603 - our own commands
            command, stdout=output, stderr=subprocess.STDOUT, env=env, cwd=REPO_ROOT
        )
        deadline = time.monotonic() + RUN_TIMEOUT
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                _pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait for it again
    return process.returncode, elapsed, usage


def count_features(gpkg: Path) -> int:
    """Features in the GeoPackage's (only) feature table; -1 when there is none."""
    if not gpkg.exists():
        return -1
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")]
        if len(tables) != 1:
            return -1
        return db.execute(f'SELECT COUNT(*) FROM "{tables[0]}"').fetchone()[0]  # noqa: S608 - the file's own table


def pages_served(server) -> dict[str, int]:
    """The pages of features the emulator answered (not refused) since its log was cleared, by format."""
    pages: dict[str, int] = {}
    for record in server.requests:
        params = record.params
        if record.endpoint != "query" or record.error_code is not None or record.fault:
            continue
        if params.get("returnIdsOnly", "").lower() == "true" or params.get("returnCountOnly", "").lower() == "true":
            continue
        form = params.get("f", "html").lower()
        pages[form] = pages.get(form, 0) + 1
    return pages


def tail(path: Path, lines: int = 15) -> str:
    text = path.read_text(errors="replace").splitlines() if path.exists() else []
    return "\n".join(f"    | {line}" for line in text[-lines:])


class Bench:
    def __init__(self, scratch: Path, ca, ogr2ogr: str) -> None:
        self.scratch = scratch
        self.ogr2ogr = ogr2ogr
        self.ca = ca
        self.runs = 0

    def plugin_run(self, server, service: str, layer: str, expected: int, method: Method) -> Run:
        self.runs += 1
        folder = self.scratch / f"run-{self.runs}"
        folder.mkdir()
        output = folder / "out.gpkg"
        spec = {
            "root": str(folder / "qgis"),
            "ca_file": str(self.ca.ca_file),
            "server_root": server.root_url,
            "url": server.service_url(service, "FeatureServer", 0),
            "output": str(output),
            "parameters": method.parameters(),
        }
        (folder / "spec.json").write_text(json.dumps(spec))
        # The child moves everything QGIS writes into its own folder, temporary files included.
        env = dict(os.environ, TMPDIR=str(folder / "tmp"))
        (folder / "tmp").mkdir()
        command = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder / "spec.json")]
        log = folder / "log.txt"
        server.clear_log()
        server_cpu = time.process_time()  # this process only serves the emulator while the child runs
        status, _elapsed, usage = run_process(command, env, log)
        run = Run(
            layer, method.label, expected, server_cpu=time.process_time() - server_cpu, pages=pages_served(server)
        )
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.startswith(RESULT_PREFIX)]
        result = json.loads(lines[-1][len(RESULT_PREFIX) :]) if lines else {}
        run.peak_rss_kb = usage.ru_maxrss
        run.baseline_rss_kb = result.get("baseline_rss_kb", 0)
        run.seconds = result.get("seconds", 0.0)
        run.client_cpu = result.get("client_cpu", 0.0)
        if "pages_in_flight" in result:
            run.notes.append(f"{run.method}: {result['pages_in_flight']} pages in flight (the default)")
        if status != 0 or "seconds" not in result:
            run.error = result.get("error") or f"exit status {status}\n{tail(log)}"
        else:
            written = count_features(output)
            if result["feature_count"] != expected or written != expected:
                run.error = f"{result['feature_count']} features downloaded, {written} in the file, expected {expected}"
        shutil.rmtree(folder, ignore_errors=True)
        return run

    def floor_run(self, points: int) -> dict[str, float]:
        """:func:`write_floor` in a fresh QGIS process: {"write": s, "close": s}, or {"error": ...}."""
        self.runs += 1
        folder = self.scratch / f"run-{self.runs}"
        (folder / "tmp").mkdir(parents=True)
        spec = {"root": str(folder / "qgis"), "ca_file": str(self.ca.ca_file), "output": str(folder / "floor.gpkg"),
                "floor_points": points}  # fmt: skip
        (folder / "spec.json").write_text(json.dumps(spec))
        command = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder / "spec.json")]
        log = folder / "log.txt"
        status, _elapsed, _usage = run_process(command, dict(os.environ, TMPDIR=str(folder / "tmp")), log)
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.startswith(RESULT_PREFIX)]
        result = json.loads(lines[-1][len(RESULT_PREFIX) :]) if lines and status == 0 else {"error": tail(log)}
        shutil.rmtree(folder, ignore_errors=True)
        return result

    def ogr2ogr_run(self, server, service: str, layer: str, expected: int) -> Run:
        self.runs += 1
        folder = self.scratch / f"run-{self.runs}"
        folder.mkdir()
        output = folder / "out.gpkg"
        token = server.issue_token(USER, referer=GDAL_REFERER, lifetime=3600)
        headers = folder / "headers.txt"
        headers.write_text(f"X-Esri-Authorization: Bearer {token}\nReferer: {GDAL_REFERER}\n")
        env = dict(os.environ)
        env.update(
            GDAL_HTTP_HEADER_FILE=str(headers),
            CURL_CA_BUNDLE=str(self.ca.ca_file),
            SSL_CERT_FILE=str(self.ca.ca_file),
            NO_PROXY="127.0.0.1,localhost",
        )
        # GDAL's ESRIJSON driver pages through the query itself (resultOffset, while exceededTransferLimit).
        url = (
            server.service_url(service, "FeatureServer", 0)
            + "/query?where=1%3D1&outFields=*&orderByFields=OBJECTID&f=json"
        )
        command = [self.ogr2ogr, "-f", "GPKG", "-nln", "features", str(output), f"ESRIJSON:{url}"]
        log = folder / "log.txt"
        server.clear_log()
        server_cpu = time.process_time()
        status, elapsed, usage = run_process(command, env, log)
        run = Run(layer, OGR2OGR, expected, seconds=elapsed, server_cpu=time.process_time() - server_cpu)
        run.pages = pages_served(server)
        run.peak_rss_kb = usage.ru_maxrss
        run.client_cpu = usage.ru_utime + usage.ru_stime
        written = count_features(output)
        if status != 0:
            run.error = f"ogr2ogr: exit status {status}\n{tail(log)}"
        elif written != expected:
            run.error = (
                f"ogr2ogr wrote {written} features, the layer has {expected}: the comparison is void\n{tail(log)}"
            )
        shutil.rmtree(folder, ignore_errors=True)
        return run


def median_run(runs: list[Run]) -> Run:
    """The run of median time among rounds (the first failed one, if any)."""
    for run in runs:
        if not run.ok:
            return run
    ordered = sorted(runs, key=lambda run: run.seconds)
    return ordered[(len(ordered) - 1) // 2]


# ---------------------------------------------------------------------------------------------- emulator


def start_emulator(ca, points: int, polygons: int, latency: float):
    """The emulator over HTTPS: a point FeatureServer and (unless 0) a polygon one, in PBF and JSON."""
    from tests.emulator import ArcGISEmulator, Service, Settings, parcels_service

    services = [Service(POINTS, types=("FeatureServer",), features=points, max_record_count=MAX_RECORD_COUNT)]
    if polygons:
        services.append(
            parcels_service(polygons, POLYGONS, types=("FeatureServer",), max_record_count=MAX_RECORD_COUNT)
        )
    settings = Settings(latency_seconds=latency, pbf=True)
    server = ArcGISEmulator.start("standalone", ca=ca, features=points, services=services, settings=settings)
    server.add_user(USER, PASSWORD)
    return server


# ---------------------------------------------------------------------------------------------- report


def megabytes(kb: int) -> str:
    return f"{kb / 1024:8.1f}" if kb else "       -"


def print_table(runs: list[Run]) -> None:
    header = f"  {'layer':<18} {'method':<24} {'seconds':>8} {'features/s':>11} {'peak RSS MB':>11} " \
             f"{'CPU s':>7} {'emul. CPU s':>11} {'vs ogr2ogr':>10}  pages served"  # fmt: skip
    print(header)
    reference = {run.layer: run for run in runs if run.method == OGR2OGR and run.ok}
    for run in runs:
        start = f"  {run.layer:<18} {run.method:<24}"
        if run.error:
            print(f"{start} {'FAILED':>8}  {run.error.splitlines()[0]}")
            continue
        ogr = reference.get(run.layer)
        speed_up = f"{ogr.seconds / run.seconds:9.2f}x" if ogr else "         -"
        print(
            f"{start} {run.seconds:8.2f} {run.features / run.seconds:11,.0f} {megabytes(run.peak_rss_kb):>11} "
            f"{run.client_cpu:7.2f} {run.server_cpu:11.2f} {speed_up:>10}  {describe_pages(run.pages)}"
        )
    for note in dict.fromkeys(note for run in runs for note in run.notes):
        print(f"  note: {note}")


def describe_pages(pages: dict[str, int]) -> str:
    return ", ".join(f"{count} {form}" for form, count in sorted(pages.items())) or "-"


def not_pbf(run: Run) -> str:
    """Why a "PBF" run is no PBF figure: pages the emulator answered in another format (the plugin fell back)."""
    others = {form: count for form, count in run.pages.items() if form != "pbf"}
    return f"fell back: {describe_pages(others)} pages served" if others or not run.pages else ""


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--points", type=int, default=200_000, help="points in the point layer (default %(default)s)")
    parser.add_argument("--polygons", type=int, default=20_000, help="polygons in the polygon layer (0: none)")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds every request waits (default 0.05)")
    parser.add_argument(
        "--rss-series", default="20000,200000,1000000", help="point counts for the RSS series ('': none)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="runs of each compared download; the median is shown")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run, figures not meaningful")
    args = parser.parse_args(argv)
    if args.child:
        status = child_main(args.child)
        # No interpreter teardown of QGIS: some releases crash in it, after the result was printed.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    if args.quick:
        args.points, args.polygons, args.latency, args.rss_series, args.rounds = 5000, 2500, 0.01, "2000,5000", 1
    series = [int(size) for size in args.rss_series.split(",") if size.strip()]
    ogr2ogr = shutil.which("ogr2ogr")
    if not ogr2ogr:
        print("ogr2ogr (GDAL) is not installed: apt-get install gdal-bin", file=sys.stderr)
        return 2
    version = subprocess.run([ogr2ogr, "--version"], check=True, capture_output=True, text=True)  # noqa: S603
    gdal = version.stdout.split(",")[0].strip()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-download-") as scratch:
        from tests.emulator import EmulatorCA

        ca = EmulatorCA(Path(scratch) / "ca.pem")
        bench = Bench(Path(scratch), ca, ogr2ogr)
        runs = compare(bench, args)
        print(
            f"Download of a secured layer into a GeoPackage, emulator over HTTPS, {args.latency * 1000:.0f} ms per "
            f"request, maxRecordCount {MAX_RECORD_COUNT}, {gdal}; the run of median time of {args.rounds}:"
        )
        print_table(runs)
        print_floor(bench.floor_run(args.points), args.points, runs)
        series_runs = rss_series(bench, series) if series else []
    broken = [run for run in [*runs, *series_runs] if run.error]
    print()
    print_targets(runs, series_runs)
    if args.quick:
        print("(--quick: tiny sizes, the figures and verdicts mean nothing)")
    print(f"wall time of the benchmark: {time.perf_counter() - started:.0f} s")
    for run in broken:
        print(f"\nFAILED: {run.layer}, {run.method}:\n{run.error}", file=sys.stderr)
    return 1 if broken else 0


def compare(bench: Bench, args: argparse.Namespace) -> list[Run]:
    server = start_emulator(bench.ca, args.points, args.polygons, args.latency)
    try:
        layers = [(POINTS, f"{args.points:,} points", args.points)]
        if args.polygons:
            layers.append((POLYGONS, f"{args.polygons:,} polygons", args.polygons))
        runs = []
        for service, label, count in layers:
            for_layer: dict[str, list[Run]] = {}
            for _ in range(args.rounds):  # the methods alternate: each round sees the same machine
                for_layer.setdefault(OGR2OGR, []).append(bench.ogr2ogr_run(server, service, label, count))
                for method in PLUGIN_METHODS:
                    for_layer.setdefault(method.label, []).append(
                        bench.plugin_run(server, service, label, count, method)
                    )
            runs.extend(median_run(rounds) for rounds in for_layer.values())
        if server.internal_errors:
            runs[-1].error = runs[-1].error or "emulator internal errors:\n" + "\n".join(server.internal_errors)
    finally:
        server.stop()
    return runs


def print_floor(floor: dict[str, Any], points: int, runs: list[Run]) -> None:
    """The GeoPackage writer's own time for the point layer, against ogr2ogr's whole download."""
    print()
    if "error" in floor:
        print(f"Writing {points:,} points into a GeoPackage alone: FAILED {floor['error'].splitlines()[-1:]}")
        return
    total = floor["write"] + floor["close"]
    ogr = next((run for run in runs if run.method == OGR2OGR and run.layer.endswith("points") and run.ok), None)
    share = f"; {total / ogr.seconds:.0%} of ogr2ogr's whole download, {ogr.seconds / 4:.2f} s is a 4x" if ogr else ""
    print(
        f"The floor: QGIS writing {points:,} points made in memory into a GeoPackage (no network): "
        f"{floor['write']:.2f} s writing + {floor['close']:.2f} s closing (GDAL builds the spatial index) = "
        f"{total:.2f} s{share}"
    )


def rss_series(bench: Bench, sizes: list[int]) -> list[Run]:
    print()
    print("Peak RSS of the plugin's download by layer size (point layer, no latency, one run each):")
    print(
        f"  {'points':>10} {'method':<24} {'seconds':>8} {'features/s':>11} {'peak RSS MB':>11} {'QGIS before MB':>14}"
        "  pages served"
    )
    found = []
    for size in sizes:
        server = start_emulator(bench.ca, size, 0, 0.0)
        try:
            run = bench.plugin_run(server, POINTS, f"{size:,} points", size, PBF_PARALLEL)
        finally:
            server.stop()
        found.append(run)
        if run.error:
            print(f"  {size:>10,} {run.method:<24} FAILED  {run.error.splitlines()[0]}")
        else:
            print(
                f"  {size:>10,} {run.method:<24} {run.seconds:8.2f} {size / run.seconds:11,.0f} "
                f"{megabytes(run.peak_rss_kb):>11} {megabytes(run.baseline_rss_kb):>14}  {describe_pages(run.pages)}"
            )
    good = [run for run in found if run.ok]
    if len(good) >= 2:
        smallest, largest = good[0], good[-1]
        print(
            f"  peak RSS {largest.layer} / {smallest.layer}: {largest.peak_rss_kb / smallest.peak_rss_kb:.2f}x "
            f"(without QGIS's own: {largest.peak_rss_kb - largest.baseline_rss_kb:,} kB vs "
            f"{smallest.peak_rss_kb - smallest.baseline_rss_kb:,} kB)"
        )
    return found


def print_targets(runs: list[Run], series_runs: list[Run]) -> None:
    print("Targets:")
    for layer in dict.fromkeys(run.layer for run in runs):
        ogr = next((run for run in runs if run.layer == layer and run.method == OGR2OGR), None)
        pbf = next((run for run in runs if run.layer == layer and run.method == PBF_PARALLEL.label), None)
        if ogr is None or pbf is None or not (ogr.ok and pbf.ok):
            print(f"  PBF parallel >= {SPEED_UP_TARGET:.0f}x faster than ogr2ogr, {layer}: not measured")
            continue
        if not_pbf(pbf):
            print(
                f"  PBF parallel >= {SPEED_UP_TARGET:.0f}x faster than ogr2ogr, {layer}: not measured ({not_pbf(pbf)})"
            )
            continue
        speed_up = ogr.seconds / pbf.seconds
        print(
            f"  PBF parallel >= {SPEED_UP_TARGET:.0f}x faster than ogr2ogr, {layer}: {speed_up:.2f}x  "
            f"{verdict(speed_up >= SPEED_UP_TARGET)}"
        )
    good = [run for run in series_runs if run.ok]
    if len(good) >= 2 and len(good) == len(series_runs):
        ratio = good[-1].peak_rss_kb / good[0].peak_rss_kb
        print(
            f"  peak RSS at {good[-1].layer} <= {RSS_GROWTH_TARGET}x that at {good[0].layer}: {ratio:.2f}x  "
            f"{verdict(ratio <= RSS_GROWTH_TARGET)}  ({good[-1].method}, {describe_pages(good[-1].pages)} pages)"
        )
    elif series_runs:
        print(f"  peak RSS of the largest download <= {RSS_GROWTH_TARGET}x the smallest's: not measured")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
