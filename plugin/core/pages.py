"""Pages of a download fetched several at a time, handed on in their own order.

A layer's features come in pages (object ids, ``maxRecordCount`` at a time).
On a real network most of a page's time is the round trip, so
:func:`fetch_in_order` keeps several pages in flight on worker threads, and
still yields each page's result in page order: the output is written in
object-id order, which is what lets an interrupted download resume after the
highest id written.

Memory stays flat: at most ``limit`` pages are fetched ahead of the one the
caller consumes. The number of pages in flight adapts, as TCP's window does:
halved when a page fails (then fetched again, ``attempts`` times in all) or
when a page takes much longer than the pages before it (a server under
strain), and grown by one again after a run of pages that went well. A
cancel stops within the page being waited for; nothing new starts.
"""

from __future__ import annotations

import concurrent.futures
import logging
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Callable, Generic, Optional, TypeVar

from . import LOGGER_NAME

log = logging.getLogger(LOGGER_NAME).getChild("pages")

P = TypeVar("P")  # what a page is asked by (its object ids)
R = TypeVar("R")  # what a page's fetch returns

SLOW_FACTOR = 4.0  # a page this many times slower than the fastest so far counts as strain...
SLOW_MARGIN = 0.5  # ...and at least this many seconds slower (milliseconds of jitter are no strain)
# How one page's future is waited for: ``future.result()`` by default; QGIS's main thread passes a
# waiter that keeps its events flowing (integration/tasks.py).
Waiter = Callable[["concurrent.futures.Future"], object]


@dataclass
class PageWindow:
    """How many pages may be in flight: between 1 and ``limit``, adapting (see the module doc)."""

    limit: int
    size: int = 0
    _fastest: float = float("inf")
    _good_run: int = 0

    def __post_init__(self) -> None:
        self.limit = max(1, self.limit)
        self.size = self.size or self.limit

    def went_well(self, seconds: float) -> None:
        if seconds > max(SLOW_FACTOR * self._fastest, self._fastest + SLOW_MARGIN) and self.size > 1:
            self.shrink(f"a page took {seconds:.1f} s, the fastest {self._fastest:.1f} s")
            return
        self._fastest = min(self._fastest, seconds)
        self._good_run += 1
        if self._good_run >= self.size and self.size < self.limit:
            self.size += 1
            self._good_run = 0

    def shrink(self, why: str) -> None:
        self._good_run = 0
        if self.size > 1:
            self.size = max(1, self.size // 2)
            log.info("Fewer pages at once (%d): %s", self.size, why)


class PageFailedError(Exception):
    """A page failed ``attempts`` times; ``error`` is its last error."""

    def __init__(self, index: int, error: BaseException) -> None:
        super().__init__(f"page {index + 1} failed")
        self.index = index
        self.error = error


class _Flight(Generic[R]):
    """One page on its way: its future's result is (the page's result, the seconds its fetch took)."""

    def __init__(self, future: concurrent.futures.Future, attempt: int) -> None:
        self.future = future
        self.attempt = attempt


def _timed(fetch: Callable[[P], R], page: P, clock: Callable[[], float]) -> tuple[R, float]:
    started = clock()
    return fetch(page), clock() - started


def fetch_in_order(
    pages: Sequence[P],
    fetch: Callable[[P], R],
    *,
    limit: int,
    cancelled: Callable[[], bool] = lambda: False,
    retryable: Callable[[BaseException], bool] = lambda _error: True,
    attempts: int = 3,
    wait: Optional[Waiter] = None,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[R]:
    """``fetch(page)`` for every page, up to ``limit`` at once on worker threads; the results in page
    order. A failing page is fetched again (``attempts`` in all, when ``retryable(error)``), then
    raises :class:`PageFailedError`. Stops early, without error, when ``cancelled()``."""
    window = PageWindow(limit)
    wait = wait or (lambda future: future.result())
    flights: deque[_Flight[R]] = deque()  # in page order: flights[0] is the next page to hand on
    submitted = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=window.limit, thread_name_prefix="arcgis-page") as pool:
        try:
            while True:
                while not cancelled() and submitted < len(pages) and len(flights) < window.size:
                    flights.append(_Flight(pool.submit(_timed, fetch, pages[submitted], clock), 1))
                    submitted += 1
                if not flights or cancelled():
                    return
                flight = flights[0]
                try:
                    result, seconds = wait(flight.future)
                except Exception as error:  # the page's own failure: fetched again, or raised
                    index = submitted - len(flights)
                    if flight.attempt >= attempts or not retryable(error) or cancelled():
                        raise PageFailedError(index, error) from error
                    # Its traceback holds this generator's frame, and through it the caller's (the output
                    # the caller writes to): dropped, or the caller's file stays open until a garbage collection.
                    error.__traceback__ = None
                    window.shrink(f"page {index + 1} failed ({type(error).__name__}); fetching it again")
                    time.sleep(min(0.5 * flight.attempt, 2.0))
                    flights[0] = _Flight(pool.submit(_timed, fetch, pages[index], clock), flight.attempt + 1)
                    continue
                flights.popleft()
                window.went_well(seconds)
                yield result
        finally:
            for flight in flights:
                flight.future.cancel()  # not started yet: never sent; running ones end on their own
