"""A pure-Python scheduler that runs jobs at clock times, on a few daemon worker threads.

The engine schedules each token's renewal ahead of its expiry (and retries after
failures); readers then never find an expired token. One scheduler thread
sleeps until the next due time and hands due keys to ``workers`` threads, so a
slow server delays only its own renewal.

The clock is injectable. Sleeps last at most ``max_sleep`` real seconds, so a
changed clock — a test's fake one, or a laptop waking from suspend — is noticed
soon after.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
import queue
import threading
from collections.abc import Hashable
from typing import Callable, Generic, Optional, TypeVar

from . import LOGGER_NAME

LOG = logging.getLogger(LOGGER_NAME).getChild("renewal")

K = TypeVar("K", bound=Hashable)


class RenewalScheduler(Generic[K]):
    """Calls ``run(key)`` on a worker thread once the clock reaches the key's due time.

    A key has at most one due time (scheduling again replaces it) and is never
    run on two workers at once. ``run`` must not raise; if it does, the error is
    logged and the worker goes on.
    """

    def __init__(
        self,
        run: Callable[[K], None],
        clock: Callable[[], float],
        *,
        workers: int = 4,
        max_sleep: float = 30.0,
        name: str = "arcgis-token-renewal",
    ) -> None:
        self._run = run
        self._clock = clock
        self._max_sleep = max_sleep
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._heap: list[tuple[float, int, K]] = []
        self._due: dict[K, float] = {}  # the current due time of each key; older heap items are stale
        self._queued: set[K] = set()  # handed to the workers, not finished yet
        self._order = itertools.count()
        self._jobs: queue.Queue[Optional[K]] = queue.Queue()  # None: stop
        self._stopping = False
        self._threads = [threading.Thread(target=self._schedule_loop, name=name, daemon=True)]
        self._threads += [
            threading.Thread(target=self._work_loop, name=f"{name}-{index}", daemon=True) for index in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def schedule(self, key: K, due: float) -> None:
        """Run ``key`` at clock time ``due`` (``-inf``: now; ``inf``: never) instead of any earlier plan."""
        with self._lock:
            if self._stopping:
                return
            if math.isinf(due) and due > 0:
                self._due.pop(key, None)
                return
            if self._due.get(key, math.inf) == due:
                return  # planned already: many readers ask "renew now" for the same stale token
            self._due[key] = due
            heapq.heappush(self._heap, (due, next(self._order), key))
            self._wake.notify()

    def cancel(self, key: K) -> None:
        self.schedule(key, math.inf)

    def due(self, key: K) -> Optional[float]:
        """When ``key`` is planned to run (None: not planned)."""
        with self._lock:
            return self._due.get(key)

    def shutdown(self, timeout: float = 2.0) -> None:
        """Stop the threads; a renewal in the middle of a request is left to finish (daemon threads)."""
        with self._lock:
            self._stopping = True
            self._due.clear()
            self._wake.notify()
        for _ in self._threads[1:]:
            self._jobs.put(None)
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(timeout)

    @property
    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def _schedule_loop(self) -> None:
        with self._lock:
            while not self._stopping:
                now = self._clock()
                while self._heap and self._heap[0][0] <= now:
                    due, _, key = heapq.heappop(self._heap)
                    if self._due.get(key) == due and key not in self._queued:
                        del self._due[key]
                        self._queued.add(key)
                        self._jobs.put(key)
                sleep = self._max_sleep if not self._heap else min(self._heap[0][0] - now, self._max_sleep)
                self._wake.wait(max(sleep, 0.001))

    def _work_loop(self) -> None:
        while True:
            key = self._jobs.get()
            if key is None:
                return
            try:
                self._run(key)
            except Exception:
                LOG.exception("token renewal failed unexpectedly")
            finally:
                with self._lock:
                    self._queued.discard(key)
                    due = self._due.get(key)
                    if due is not None:  # planned again while it ran: the loop skipped it then
                        heapq.heappush(self._heap, (due, next(self._order), key))
                    self._wake.notify()


class OnRequestOnly(Generic[K]):
    """The scheduler of a process where nothing may run between requests: no thread, no plan; tokens
    are renewed by the request that finds them stale, on its own thread.

    A QGIS Server FastCGI process waits for its next request inside libfcgi, which frees the last
    request's environment while the C ``environ`` still points to it: a thread that calls ``getenv()``
    then (Qt, OpenSSL, the resolver do) reads freed memory and crashes the process.
    """

    def schedule(self, key: K, due: float) -> None:
        pass

    def cancel(self, key: K) -> None:
        pass

    def due(self, key: K) -> Optional[float]:
        return None

    def shutdown(self, timeout: float = 2.0) -> None:
        pass

    @property
    def running(self) -> bool:
        return False
