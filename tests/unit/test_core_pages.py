"""Pages fetched several at a time and handed on in page order: bounded, adaptive, cancellable."""

from __future__ import annotations

import random
import threading
import time

import pytest
from arcgis_token_auth.plugin.core.pages import PageFailedError, PageWindow, fetch_in_order


class Server:
    """Answers pages after a delay of its choosing, counting how many are in flight at once."""

    def __init__(self, delays: dict[int, float] | None = None, failures: dict[int, int] | None = None) -> None:
        self.delays = delays or {}
        self.failures = dict(failures or {})  # page → how many times it fails before it answers
        self.asked: list[int] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()

    def fetch(self, page: int) -> str:
        with self._lock:
            self.asked.append(page)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(self.delays.get(page, 0.01))
            with self._lock:
                if self.failures.get(page, 0) > 0:
                    self.failures[page] -= 1
                    raise ConnectionError(f"page {page} dropped")
            return f"page {page}"
        finally:
            with self._lock:
                self.in_flight -= 1


def test_pages_arriving_out_of_order_are_handed_on_in_order():
    rng = random.Random(7)
    server = Server(delays={page: rng.uniform(0.0, 0.05) for page in range(40)})
    results = list(fetch_in_order(range(40), server.fetch, limit=6))
    assert results == [f"page {page}" for page in range(40)]
    assert 2 <= server.most_in_flight <= 6


def test_never_more_pages_in_flight_than_the_limit_and_at_once_faster_than_one_by_one():
    pages = range(24)
    started = time.monotonic()
    server = Server(delays=dict.fromkeys(pages, 0.05))
    assert len(list(fetch_in_order(pages, server.fetch, limit=8))) == 24
    parallel = time.monotonic() - started
    assert server.most_in_flight <= 8
    started = time.monotonic()
    assert len(list(fetch_in_order(pages, Server(delays=dict.fromkeys(pages, 0.05)).fetch, limit=1))) == 24
    sequential = time.monotonic() - started
    assert parallel * 3 < sequential, (parallel, sequential)


def test_a_failing_page_is_fetched_again_and_the_window_shrinks():
    server = Server(failures={3: 2})
    assert list(fetch_in_order(range(8), server.fetch, limit=4)) == [f"page {page}" for page in range(8)]
    assert server.asked.count(3) == 3


def test_a_page_failing_every_time_raises_with_its_last_error_and_nothing_after_it_is_handed_on():
    server = Server(failures={2: 99})
    handed = []
    with pytest.raises(PageFailedError) as failed:
        for result in fetch_in_order(range(6), server.fetch, limit=3, attempts=2):
            handed.append(result)
    assert failed.value.index == 2 and isinstance(failed.value.error, ConnectionError)
    assert handed == ["page 0", "page 1"]
    assert server.asked.count(2) == 2


def test_an_error_not_worth_another_try_is_raised_at_once():
    server = Server(failures={0: 1})
    with pytest.raises(PageFailedError):
        list(fetch_in_order(range(3), server.fetch, limit=2, retryable=lambda _error: False))
    assert server.asked.count(0) == 1


def test_a_cancel_stops_within_a_page_and_asks_for_nothing_new():
    server = Server(delays=dict.fromkeys(range(100), 0.02))
    cancelled = threading.Event()
    handed = []
    for result in fetch_in_order(range(100), server.fetch, limit=4, cancelled=cancelled.is_set):
        handed.append(result)
        if len(handed) == 5:
            cancelled.set()
    assert len(handed) == 5
    assert len(server.asked) <= 5 + 4  # the pages in flight when the cancel came, no more


def test_the_window_halves_on_strain_and_grows_back_after_pages_that_went_well():
    window = PageWindow(8)
    assert window.size == 8
    window.went_well(0.001)
    window.went_well(0.01)  # ten times slower, but by milliseconds: jitter, not strain
    assert window.size == 8
    window.went_well(0.1)
    window.went_well(1.0)  # ten times slower than the fastest, by most of a second: a server under strain
    assert window.size == 4
    window.shrink("an error")
    assert window.size == 2
    for _ in range(2):
        window.went_well(0.1)
    assert window.size == 3
    for _ in range(30):
        window.went_well(0.1)
    assert window.size == 8
