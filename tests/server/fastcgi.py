"""QGIS Server as it is deployed: Debian's ``qgis_mapserv.fcgi`` run by lighttpd as FastCGI processes.

:class:`Lighttpd` writes a lighttpd configuration into a folder of its own (a
free port on 127.0.0.1; ``mod_fastcgi`` spawning ``max-procs`` QGIS Server
processes on a Unix socket in that folder; error log, access log and pid file
there too, and ``lighttpd.out``: lighttpd's output, which its QGIS Server
processes inherit as their stderr), runs ``lighttpd -D -f <conf>`` as a child,
waits until it answers and stops it, its QGIS Server processes included::

    with Lighttpd(tmp_path / "lighttpd", profile.environment(), processes=4) as web:
        requests.get(web.url, params={"MAP": project, "SERVICE": "WMS", ...})

The QGIS Server processes get the profile's environment: the variables the
profile sets (``QGIS_*``, ``XDG_*``, ``TMPDIR``, ``PYTHONPATH``...), ``PATH``
and ``HOME`` (a folder of the harness) written out in ``bin-environment``, the
others inherited through ``bin-copy-environment`` (named there, their values not
written to disk). The written ones go with every request too (``setenv.add-environment``):
libfcgi's ``FCGI_Accept`` makes each request's parameters the process's ``environ``, so
QGIS Server would otherwise look for ``TMPDIR`` and the like in vain during a request, and
write to ``/tmp``. Every wait is bounded; nothing is written outside the folder.
lighttpd stops its QGIS Server processes itself when it stops, with ``kill-signal``: SIGKILL
by default, as QGIS Server processes are stopped in practice (after SIGTERM, QGIS Server's own
exit reads the environment libfcgi has freed, QgsApplication::exitQgis() → QDir::tempPath() →
getenv(): it may crash, or leave temporary files in /tmp). :attr:`Lighttpd.leftover_backends`
says whether lighttpd stopped them; any left are killed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Optional

QGIS_MAPSERV = Path("/usr/lib/cgi-bin/qgis_mapserv.fcgi")  # Debian's qgis-server package
LIGHTTPD = Path("/usr/sbin/lighttpd")  # Debian's lighttpd package
PREFIX = "/ows"  # where the web server hands requests to QGIS Server
# Written as they are into the configuration: paths and switches. Anything else is inherited by name.
_WRITTEN = re.compile(r"^(QGIS_|XDG_|QT_|PYTHON|TMPDIR$|PATH$|HOME$|LANG$|LC_ALL$)")
# Never written: what may hold a secret (a file's or folder's path is no secret).
_SECRET = re.compile(r"(PASS|SECRET|TOKEN|KEY|CREDENTIAL)(?!.*_(FILE|PATH|DIR)$)", re.IGNORECASE)
_MAX_UNIX_SOCKET_PATH = 100  # sun_path holds 108 bytes; lighttpd appends "-<n>" per process


def missing() -> Optional[str]:
    """Why a deployment cannot run here (None: it can)."""
    for program, package in ((QGIS_MAPSERV, "qgis-server"), (LIGHTTPD, "lighttpd")):
        if not os.access(program, os.X_OK):
            return f"{program} is missing (Debian package {package}; scripts/setup.sh installs it)"
    return None


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _quote(value: str) -> str:
    if any(ord(char) < 32 for char in value):
        raise ValueError(f"a control character in a lighttpd configuration value: {value!r}")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _children(parent: int) -> list[int]:
    """The pids of ``parent``'s child processes (from /proc/<pid>/stat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, ValueError, IndexError):
            stat = (entry / "stat").read_text()
            # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == parent:
                found.append(int(entry.name))
    return sorted(found)


def running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


class Lighttpd:
    """lighttpd with ``processes`` QGIS Server FastCGI processes; a context manager."""

    def __init__(
        self,
        root: Path,
        environment: dict[str, str],
        *,
        processes: int = 4,
        program: Path = QGIS_MAPSERV,
        start_timeout: float = 60.0,
        stop_timeout: float = 20.0,
        kill_signal: int = signal.SIGKILL,
    ) -> None:
        self.root = Path(root)
        # HOME too: nothing of the server's may land in the user's home.
        self.environment = {**environment, "HOME": str(self.root / "home")}
        self.processes = processes
        self.program = program
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self.kill_signal = kill_signal
        self.port = 0
        self.backend_pids: list[int] = []  # the QGIS Server processes lighttpd spawned
        self.leftover_backends: list[int] = []  # those that outlived lighttpd's stop (then killed)
        self._process: Optional[subprocess.Popen] = None
        self._socket_dir: Optional[Path] = None  # a shorter folder, when root's path is too long for a socket

    # -- paths ------------------------------------------------------------------------------------------
    @property
    def config_file(self) -> Path:
        return self.root / "lighttpd.conf"

    @property
    def error_log(self) -> Path:
        return self.root / "error.log"

    @property
    def access_log(self) -> Path:
        return self.root / "access.log"

    @property
    def output(self) -> Path:
        """lighttpd's stdout and stderr, which its QGIS Server processes inherit as theirs."""
        return self.root / "lighttpd.out"

    @property
    def pid_file(self) -> Path:
        return self.root / "lighttpd.pid"

    @property
    def url(self) -> str:
        """Where QGIS Server answers (add ``?MAP=...&SERVICE=...``)."""
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    @property
    def pid(self) -> Optional[int]:
        return self._process.pid if self._process is not None else None

    def error_log_text(self) -> str:
        return self.error_log.read_text(encoding="utf-8", errors="replace") if self.error_log.exists() else ""

    def output_text(self) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace") if self.output.exists() else ""

    def backend_crashes(self) -> list[str]:
        """lighttpd's error log lines on QGIS Server processes that died (a signal, or an exit) while it ran."""
        return [
            line for line in self.error_log_text().splitlines() if "child signalled" in line or "child exited" in line
        ]

    def access_log_text(self) -> str:
        return self.access_log.read_text(encoding="utf-8", errors="replace") if self.access_log.exists() else ""

    # -- configuration ----------------------------------------------------------------------------------
    def _socket_path(self) -> Path:
        path = self.root / "fcgi.sock"
        if len(str(path)) + 4 <= _MAX_UNIX_SOCKET_PATH:
            return path
        self._socket_dir = Path(tempfile.mkdtemp(prefix="fcgi-"))  # under TMPDIR; removed by stop()
        return self._socket_dir / "fcgi.sock"

    def write_config(self) -> Path:
        """The configuration file, for a new free port."""
        for folder in ("htdocs", "uploads", "home"):
            (self.root / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
        self.port = free_port()
        written = {
            name: value for name, value in self.environment.items() if _WRITTEN.match(name) and not _SECRET.search(name)
        }
        inherited = sorted(name for name in self.environment if name not in written)
        environment = ",\n".join(
            f"        {_quote(name)} => {_quote(value)}" for name, value in sorted(written.items())
        )
        copied = ", ".join(_quote(name) for name in inherited)
        self.config_file.write_text(
            f"""# Written by tests/server/fastcgi.py: QGIS Server behind lighttpd, as FastCGI processes.
server.modules = ("mod_setenv", "mod_fastcgi", "mod_accesslog")
server.bind = "127.0.0.1"
server.port = {self.port}
server.document-root = {_quote(str(self.root / "htdocs"))}
server.upload-dirs = ({_quote(str(self.root / "uploads"))})
server.errorlog = {_quote(str(self.error_log))}
server.pid-file = {_quote(str(self.pid_file))}
accesslog.filename = {_quote(str(self.access_log))}
server.tag = "lighttpd (arcgis-token-auth tests)"
fastcgi.debug = 0
# A FastCGI process's environment is, after each accept, the request's (libfcgi's FCGI_Accept sets
# environ): without these, a QGIS Server process that reads TMPDIR during a request writes to /tmp.
setenv.add-environment = (
{environment}
)
fastcgi.server = (
  {_quote(PREFIX)} => ((
    "bin-path" => {_quote(str(self.program))},
    "socket" => {_quote(str(self._socket_path()))},
    "check-local" => "disable",
    "min-procs" => {self.processes},
    "max-procs" => {self.processes},
    "kill-signal" => {int(self.kill_signal)},
    "bin-environment" => (
{environment}
    ),
    "bin-copy-environment" => ({copied}),
  ))
)
""",
            encoding="utf-8",
        )
        return self.config_file

    # -- running ----------------------------------------------------------------------------------------
    def start(self) -> Lighttpd:
        """Start lighttpd; return once it answers HTTP and has spawned its QGIS Server processes."""
        self.root.mkdir(parents=True, exist_ok=True)
        for attempt in range(3):  # another program may take the free port before lighttpd binds it
            self.write_config()
            checked = subprocess.run(  # Debian's lighttpd, our configuration
                [str(LIGHTTPD), "-tt", "-f", str(self.config_file)],
                env=self.environment, capture_output=True, text=True, timeout=30, check=False,
            )  # fmt: skip
            if checked.returncode != 0:
                raise RuntimeError(f"lighttpd refuses its configuration:\n{checked.stdout}{checked.stderr}")
            with self.output.open("ab") as output:  # the child's; the parent's copy closes here
                self._process = subprocess.Popen(
                    [str(LIGHTTPD), "-D", "-f", str(self.config_file)],
                    env=self.environment, cwd=self.root, start_new_session=True,
                    stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
                )  # fmt: skip
            try:
                self._wait_until_answering()
            except _PortTakenError:
                self.stop()
                if attempt == 2:
                    raise
                continue
            except BaseException:
                self.stop()
                raise
            return self
        raise AssertionError("unreachable")

    def _wait_until_answering(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.start_timeout
        while True:
            code = self._process.poll()
            if code is not None:
                log = self.error_log_text() + self.output_text()
                if "Address already in use" in log:
                    raise _PortTakenError(log)
                raise RuntimeError(f"lighttpd ended ({code}) while starting:\n{log[-4000:]}")
            self.backend_pids = [pid for pid in _children(self._process.pid) if _is_program(pid, self.program)]
            if len(self.backend_pids) >= self.processes and _answers(self.port):
                return
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"lighttpd did not answer with {self.processes} QGIS Server processes in {self.start_timeout} s "
                    f"({len(self.backend_pids)} spawned):\n{self.error_log_text()[-4000:]}"
                )
            time.sleep(0.1)

    def stop(self) -> None:
        """Stop lighttpd (SIGTERM; SIGKILL to its process group after ``stop_timeout``), then make sure no
        QGIS Server process of it is left (lighttpd stops them itself: checked, and killed if not)."""
        process, self._process = self._process, None
        if process is not None:
            spawned = set(self.backend_pids) | {pid for pid in _children(process.pid) if _is_program(pid, self.program)}
            self.backend_pids = sorted(spawned)
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=self.stop_timeout)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
            self.leftover_backends = self._reap(spawned)
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None

    def _reap(self, spawned: set[int]) -> list[int]:
        """Wait (bounded) for the QGIS Server processes to end; kill those that do not. Returns the pids that
        outlived lighttpd by ``stop_timeout`` (they are killed)."""
        deadline = time.monotonic() + self.stop_timeout
        while any(running(pid) for pid in spawned) and time.monotonic() < deadline:
            time.sleep(0.1)
        leftover = sorted(pid for pid in spawned if running(pid) and _is_program(pid, self.program))
        for pid in leftover:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        return leftover

    def __enter__(self) -> Lighttpd:
        return self.start()

    def __exit__(
        self, kind: Optional[type[BaseException]], error: Optional[BaseException], trace: Optional[TracebackType]
    ) -> None:
        self.stop()


class _PortTakenError(RuntimeError):
    pass


def _is_program(pid: int, program: Path) -> bool:
    try:
        return Path(f"/proc/{pid}/exe").readlink().resolve() == program.resolve()
    except OSError:
        return False


def _answers(port: int) -> bool:
    """Whether something answers HTTP on ``port`` (any status: lighttpd is up)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
            connection.sendall(b"HEAD / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            return connection.recv(16).startswith(b"HTTP/")
    except OSError:
        return False
