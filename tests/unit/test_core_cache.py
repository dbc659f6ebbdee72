"""Token slots (renewal margin, single flight, invalidation, retries) and the renewal scheduler."""

from __future__ import annotations

import math
import threading
import time

import pytest
from arcgis_token_auth.plugin.core.cache import RenewalPolicy, RetryPolicy, TokenSlot
from arcgis_token_auth.plugin.core.credentials import Secret
from arcgis_token_auth.plugin.core.errors import InvalidCredentialsError, ServerUnreachableError
from arcgis_token_auth.plugin.core.renewal import RenewalScheduler
from arcgis_token_auth.plugin.core.tokens import TokenInfo, TokenSource


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def token(clock: FakeClock, lifetime: float = 3600.0, value: str = "t") -> TokenInfo:
    return TokenInfo(Secret(value), clock.now, clock.now + lifetime, True, None, TokenSource.SERVER)


@pytest.mark.parametrize(
    ("lifetime", "margin"),
    [(3600, 360), (300, 60), (600, 60), (14 * 86400, 14 * 8640), (60, 30), (20, 10), (10, 5)],
)
def test_renewal_margin_is_the_larger_of_60s_and_10_percent_at_most_half(lifetime: float, margin: float) -> None:
    clock = FakeClock()
    info = token(clock, lifetime)
    assert RenewalPolicy().renew_at(info) == pytest.approx(info.expires - margin)


def test_a_token_expired_at_birth_is_not_renewed_at_once() -> None:
    clock = FakeClock()
    skewed = TokenInfo(Secret("t"), clock.now, clock.now - 600, True, None, TokenSource.SERVER)
    assert RenewalPolicy().renew_at(skewed) == clock.now + 30


def test_the_margin_is_configurable_and_keys_without_expiry_never_renew() -> None:
    clock = FakeClock()
    assert RenewalPolicy(min_margin=300, fraction=0.5).renew_at(token(clock, 3600)) == clock.now + 1800
    no_expiry = TokenInfo(Secret("k"), clock.now, None, True, None, TokenSource.API_KEY)
    assert RenewalPolicy().renew_at(no_expiry) == math.inf


def test_retry_delays_double_and_user_errors_wait_for_the_user() -> None:
    policy = RetryPolicy(first_delay=5, max_delay=60)
    unreachable = ServerUnreachableError("https://h")
    assert [policy.delay(n, unreachable) for n in (1, 2, 3, 4, 5)] == [5, 10, 20, 40, 60]
    assert policy.delay(1, InvalidCredentialsError("https://h")) == math.inf


def make_slot(clock: FakeClock) -> TokenSlot[str]:
    return TokenSlot(clock, RenewalPolicy(), RetryPolicy())


def test_a_slot_renews_ahead_of_expiry() -> None:
    clock = FakeClock()
    slot = make_slot(clock)
    fetches = []

    def fetch() -> tuple[TokenInfo, str]:
        fetches.append(clock.now)
        return token(clock, value=f"t{len(fetches)}"), "payload"

    first = slot.get(fetch, wait_timeout=1)
    assert first.payload == "payload" and slot.fresh() is first
    clock.advance(3600 - 361)
    assert slot.get(fetch, wait_timeout=1) is first  # still fresh
    clock.advance(2)  # inside the 360 s margin: stale but usable
    assert slot.fresh() is None and slot.usable() is first
    second = slot.get(fetch, wait_timeout=1)
    assert second.token.token.reveal() == "t2" and len(fetches) == 2


def test_single_flight_64_threads_one_fetch() -> None:
    clock = FakeClock()
    slot = make_slot(clock)
    calls = []
    release = threading.Event()

    def slow_fetch() -> tuple[TokenInfo, str]:
        calls.append(1)
        release.wait(5)
        return token(clock), "p"

    results: list[object] = []

    def ask() -> None:
        results.append(slot.get(slow_fetch, wait_timeout=10))

    threads = [threading.Thread(target=ask) for _ in range(64)]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    release.set()
    for thread in threads:
        thread.join(10)
    assert len(calls) == 1
    assert len(results) == 64 and len({id(result) for result in results}) == 1


def test_waiters_share_the_failure_and_the_retry_delay_holds() -> None:
    clock = FakeClock()
    slot = make_slot(clock)
    calls = []
    release = threading.Event()

    def failing() -> tuple[TokenInfo, str]:
        calls.append(1)
        release.wait(5)
        raise InvalidCredentialsError("https://h")

    failures: list[BaseException] = []

    def ask() -> None:
        try:
            slot.get(failing, wait_timeout=10)
        except InvalidCredentialsError as error:
            failures.append(error)

    threads = [threading.Thread(target=ask) for _ in range(16)]
    for thread in threads:
        thread.start()
    time.sleep(0.1)
    release.set()
    for thread in threads:
        thread.join(10)
    assert len(calls) == 1 and len(failures) == 16
    clock.advance(86400)
    with pytest.raises(InvalidCredentialsError):  # not retried until the user acts
        slot.get(failing, wait_timeout=1)
    assert len(calls) == 1 and slot.next_renewal == math.inf
    slot.forgive()
    with pytest.raises(InvalidCredentialsError):
        slot.get(failing, wait_timeout=1)
    assert len(calls) == 2


def test_transient_failures_are_retried_after_the_delay() -> None:
    clock = FakeClock()
    slot = make_slot(clock)
    outcomes = [ServerUnreachableError("https://h"), None]

    def flaky() -> tuple[TokenInfo, str]:
        error = outcomes.pop(0)
        if error is not None:
            raise error
        return token(clock), "p"

    with pytest.raises(ServerUnreachableError):
        slot.get(flaky, wait_timeout=1)
    assert slot.next_renewal == clock.now + 5
    with pytest.raises(ServerUnreachableError):
        slot.get(flaky, wait_timeout=1)  # within the delay: the same error, no fetch
    assert len(outcomes) == 1
    clock.advance(5)
    assert slot.get(flaky, wait_timeout=1).payload == "p"
    assert slot.error is None


def test_invalidate_only_the_refused_token() -> None:
    clock = FakeClock()
    slot = make_slot(clock)
    slot.get(lambda: (token(clock, value="old"), "p"), wait_timeout=1)
    assert not slot.invalidate("another")
    assert slot.invalidate("old")
    assert slot.usable() is None and slot.fresh() is None
    assert not slot.invalidate("old")  # a burst of 498s for the same token: dropped once
    assert slot.get(lambda: (token(clock, value="new"), "p"), wait_timeout=1).token.token.reveal() == "new"


def test_refresh_skips_fresh_tokens_unless_forced() -> None:
    clock = FakeClock()
    slot = make_slot(clock)
    calls = []

    def fetch() -> tuple[TokenInfo, str]:
        calls.append(1)
        return token(clock), "p"

    slot.refresh(fetch)
    slot.refresh(fetch)
    assert len(calls) == 1
    slot.refresh(fetch, force=True)
    assert len(calls) == 2


def test_scheduler_runs_due_keys_and_stops_quickly() -> None:
    clock = FakeClock()
    ran: list[str] = []
    done = threading.Event()

    def run(key: str) -> None:
        ran.append(key)
        if key == "b":
            done.set()

    scheduler: RenewalScheduler[str] = RenewalScheduler(run, clock, max_sleep=0.01)
    try:
        scheduler.schedule("a", clock.now + 100)
        scheduler.schedule("b", clock.now + 200)
        scheduler.schedule("never", math.inf)
        time.sleep(0.05)
        assert ran == []
        assert scheduler.due("a") == clock.now + 100
        clock.advance(250)
        assert done.wait(2)
        assert sorted(ran) == ["a", "b"]
        scheduler.schedule("c", clock.now + 10)
        scheduler.cancel("c")
        clock.advance(20)
        time.sleep(0.05)
        assert "c" not in ran
    finally:
        started = time.monotonic()
        scheduler.shutdown()
        assert time.monotonic() - started < 1
    assert not scheduler.running


def test_scheduler_survives_a_failing_job(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    ran = threading.Event()

    def run(key: str) -> None:
        if key == "boom":
            raise RuntimeError("bug")
        ran.set()

    scheduler: RenewalScheduler[str] = RenewalScheduler(run, clock, max_sleep=0.01, workers=1)
    try:
        scheduler.schedule("boom", -math.inf)
        scheduler.schedule("fine", -math.inf)
        assert ran.wait(2)
    finally:
        scheduler.shutdown()
    assert "token renewal failed unexpectedly" in caplog.text
