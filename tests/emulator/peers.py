"""Which local process holds the other end of a TCP connection (Linux ``/proc``).

A server sees its peer as an address, ``(ip, port)``. On the same machine that
address is the local end of one socket in ``/proc/net/tcp`` (or ``tcp6``), whose
line names the socket's inode; the process holding it has a file descriptor
linking to ``socket:[inode]`` under ``/proc/<pid>/fd``. Both are read while the
connection is open (a closed socket leaves both tables).

The emulator looks its clients up only with ``Settings.record_client_process``:
reading ``/proc/net/tcp`` costs a file read per request, and the fd scan, the
expensive part, runs once per client socket (cached by port and inode). Off
Linux, or for a peer on another machine, the answer is ``None``.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import threading
from pathlib import Path
from typing import Optional

PROC = Path("/proc")
Address = tuple  # (host, port[, flowinfo, scope_id]) as socket.getpeername() gives it


def _proc_hex(host: str, port: int, *, ipv6_table: bool) -> Optional[str]:
    """``host:port`` as ``/proc/net/tcp[6]`` writes it: the address as 32-bit words in the host's byte
    order, in hex, and the port in hex. None when the table cannot hold the address."""
    address = ipaddress.ip_address(host.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None and not ipv6_table:
        address = address.ipv4_mapped
    if ipv6_table and isinstance(address, ipaddress.IPv4Address):
        address = ipaddress.IPv6Address(b"\0" * 10 + b"\xff\xff" + address.packed)  # ::ffff:a.b.c.d
    if ipv6_table != isinstance(address, ipaddress.IPv6Address):
        return None
    packed = address.packed
    words = struct.unpack(f"={len(packed) // 4}I", packed)  # the kernel prints each word as a native int
    return "".join(f"{word:08X}" for word in words) + f":{port:04X}"


def socket_inode(local: Address, remote: Address, *, proc: Path = PROC) -> Optional[int]:
    """The inode of the TCP socket whose own address is ``local`` and whose peer is ``remote``."""
    for table, ipv6 in (("tcp", False), ("tcp6", True)):
        want_local = _proc_hex(local[0], local[1], ipv6_table=ipv6)
        want_remote = _proc_hex(remote[0], remote[1], ipv6_table=ipv6)
        if want_local is None or want_remote is None:
            continue
        try:
            with (proc / "net" / table).open(encoding="ascii") as lines:
                next(lines, None)  # the header
                for line in lines:
                    fields = line.split()
                    if len(fields) > 9 and fields[1] == want_local and fields[2] == want_remote:
                        return int(fields[9]) or None  # 0: a socket in TIME_WAIT, owned by nobody
        except OSError:
            continue  # no such table: not Linux, or no IPv6
    return None


def socket_owner(inode: int, *, proc: Path = PROC) -> Optional[int]:
    """The lowest pid of the processes with a file descriptor on socket ``inode`` (None: none found,
    or none this user may see)."""
    target = f"socket:[{inode}]"
    try:
        pids = sorted(int(entry.name) for entry in proc.iterdir() if entry.name.isdigit())
    except OSError:
        return None
    for pid in pids:
        fd_dir = proc / str(pid) / "fd"
        try:
            descriptors = list(fd_dir.iterdir())
        except OSError:  # gone, or another user's
            continue
        for fd in descriptors:
            try:
                if str(fd.readlink()) == target:
                    return pid
            except OSError:
                continue
    return None


class PeerProcesses:
    """Finds the local process behind a connection's peer, once per client socket."""

    MAX_CACHED = 4096

    def __init__(self, *, proc: Path = PROC) -> None:
        self._proc = proc
        self._cache: dict[tuple[int, int], int] = {}  # (peer port, socket inode) -> pid
        self._lock = threading.Lock()

    def pid_of(self, connection: socket.socket) -> Optional[int]:
        """The pid of the local process at the other end of ``connection`` (an accepted socket)."""
        try:
            here, peer = connection.getsockname(), connection.getpeername()
        except OSError:
            return None
        return self.pid_for(here, peer)

    def pid_for(self, here: Address, peer: Address) -> Optional[int]:
        """The pid holding the socket whose address is ``peer`` and whose peer is ``here``."""
        inode = socket_inode(peer, here, proc=self._proc)
        if inode is None:
            return None
        key = (peer[1], inode)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        pid = socket_owner(inode, proc=self._proc)
        if pid is not None:
            with self._lock:
                if len(self._cache) >= self.MAX_CACHED:
                    self._cache.clear()
                self._cache[key] = pid
        return pid
