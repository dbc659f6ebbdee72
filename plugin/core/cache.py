"""The token of one server for one connection: when to renew it, and one fetch at a time.

A :class:`TokenSlot` is read without a lock on the hot path (one attribute read
of an immutable :class:`Entry`) and written under its lock. Fetching is single
flight: whatever number of threads find the token stale at once, one of them
fetches and the others wait for that very fetch — its token or its error — so
64 threads at expiry make exactly one token request, and a refused password is
tried once, not 64 times (which would lock the account).
"""

from __future__ import annotations

import contextlib
import math
import threading
from dataclasses import dataclass
from typing import Callable, Generic, Optional, TypeVar

from .errors import ArcGISAuthError, ServerTimeoutError
from .tokens import TokenInfo

Clock = Callable[[], float]
P = TypeVar("P")


# No server issues tokens that live under a second (ArcGIS counts in minutes; the
# test emulator goes down to a few seconds): a shorter one means clock skew.
MIN_PLAUSIBLE_LIFETIME = 1.0


@dataclass(frozen=True)
class RenewalPolicy:
    """Renew ``max(min_margin, fraction x lifetime)`` seconds before expiry, at most half-way through;
    a token that looks expired at birth (clock skew) ``min_interval`` seconds after it was obtained."""

    min_margin: float = 60.0
    fraction: float = 0.1
    min_interval: float = 30.0

    def renew_at(self, token: TokenInfo) -> float:
        if token.expires is None:
            return math.inf
        lifetime = token.expires - token.obtained
        if lifetime < MIN_PLAUSIBLE_LIFETIME:
            # Stale at birth: a client clock ahead of the server's. Without this floor every
            # request would sign in again. (Only then: a short but sound token renews on time.)
            return token.obtained + self.min_interval
        # Capped at half the lifetime, or a token shorter than the margin would be stale at birth.
        margin = min(max(self.min_margin, self.fraction * lifetime), lifetime / 2)
        return token.expires - margin


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait after a failed fetch before the next automatic one (doubling)."""

    first_delay: float = 5.0
    max_delay: float = 300.0

    def delay(self, failures: int, error: ArcGISAuthError) -> float:
        if not error.retryable:
            return math.inf  # until the user acts: update_connection(), renew_now()
        return min(self.first_delay * 2 ** (failures - 1), self.max_delay)


@dataclass(frozen=True)
class Entry(Generic[P]):
    """A token, what the engine derived from it (``payload``), and its deadlines in clock time."""

    token: Optional[TokenInfo]
    payload: Optional[P]
    renew_at: float
    expires_at: float


_EMPTY: Entry = Entry(None, None, -math.inf, -math.inf)

Fetch = Callable[[], tuple[TokenInfo, P]]
Stored = Callable[[Entry[P]], None]  # told of a fetched entry once the slot holds it


class TokenSlot(Generic[P]):
    """One token's life: fresh → stale (renew now) → expired; fetched by one thread at a time."""

    def __init__(self, clock: Clock, renewal: RenewalPolicy, retry: RetryPolicy) -> None:
        self._clock = clock
        self._renewal = renewal
        self._retry = retry
        self._lock = threading.Lock()
        self._flight_ended = threading.Condition(self._lock)
        self.entry: Entry[P] = _EMPTY  # replaced whole, never mutated: safe to read without the lock
        self._fetching = False
        self._flights = 0  # how many fetches have ended: tells waiters that "theirs" is over
        self._error: Optional[ArcGISAuthError] = None
        self._failures = 0
        self._retry_at = -math.inf

    # --- Reading (no lock) ------------------------------------------------------------------------

    def fresh(self) -> Optional[Entry[P]]:
        """The entry if its token needs no renewal yet."""
        entry = self.entry
        return entry if self._clock() < entry.renew_at else None

    def usable(self) -> Optional[Entry[P]]:
        """The entry if its token has not expired (it may be due for renewal)."""
        entry = self.entry
        return entry if self._clock() < entry.expires_at else None

    @property
    def next_renewal(self) -> float:
        """When a background renewal should run (clock time); inf when none should."""
        if self._error is not None:
            return self._retry_at
        return self.entry.renew_at if self.entry.token is not None else math.inf

    @property
    def fetching(self) -> bool:
        """Whether a fetch is under way."""
        return self._fetching

    @property
    def error(self) -> Optional[ArcGISAuthError]:
        """The error of the last fetch, if it failed."""
        return self._error

    # --- Fetching ----------------------------------------------------------------------------------

    def get(self, fetch: Fetch[P], *, wait_timeout: float, on_stored: Optional[Stored[P]] = None) -> Entry[P]:
        """A fresh entry, fetching it (or waiting for the fetch under way) if needed.

        Raises the fetch's :class:`ArcGISAuthError`; while an earlier failure's retry
        delay runs, raises that failure again without fetching.
        """
        with self._lock:
            if self._clock() < self.entry.renew_at:
                return self.entry
            if self._fetching:
                return self._wait_for_flight(wait_timeout)
            if self._error is not None and self._clock() < self._retry_at:
                raise self._error
            self._fetching = True
        return self._fly(fetch, on_stored)

    def refresh(self, fetch: Fetch[P], *, force: bool = False, on_stored: Optional[Stored[P]] = None) -> None:
        """Fetch in the background, unless a fetch is under way, or (without ``force``) the token
        is still fresh or a failure's retry delay runs. Errors are kept in :attr:`error`."""
        with self._lock:
            if self._fetching:
                return
            now = self._clock()
            if not force and (now < self.entry.renew_at or (self._error is not None and now < self._retry_at)):
                return
            self._fetching = True
        with contextlib.suppress(ArcGISAuthError):
            self._fly(fetch, on_stored)

    def _wait_for_flight(self, timeout: float) -> Entry[P]:
        flight = self._flights
        ended = self._flight_ended.wait_for(lambda: self._flights != flight, timeout)
        if not ended:
            raise ServerTimeoutError(detail="another thread's token request did not end in time")
        # The result of the flight we waited for, fresh or not by our clock: a second
        # fetch would break "one request per server".
        if self._error is not None:
            raise self._error
        return self.entry

    def _fly(self, fetch: Fetch[P], on_stored: Optional[Stored[P]]) -> Entry[P]:
        try:
            token, payload = fetch()
        except ArcGISAuthError as error:
            with self._lock:
                self._failures += 1
                self._error = error
                self._retry_at = self._clock() + self._retry.delay(self._failures, error)
                self._end_flight()
            raise
        except BaseException:
            with self._lock:
                self._end_flight()
            raise
        entry = Entry(token, payload, self._renewal.renew_at(token), _expires_at(token))
        with self._lock:
            self.entry = entry
            self._error, self._failures, self._retry_at = None, 0, -math.inf
            self._end_flight()
        if on_stored is not None:
            on_stored(entry)  # observers hear of it once it is what the slot hands out
        return entry

    def _end_flight(self) -> None:
        self._fetching = False
        self._flights += 1
        self._flight_ended.notify_all()

    # --- Changing ------------------------------------------------------------------------------------

    def invalidate(self, token: Optional[str] = None) -> bool:
        """Drop the token (only if it is ``token``, when given); True if dropped.

        Passing the refused token makes a burst of 498 replies cost one renewal:
        once renewed, the old token no longer matches.
        """
        with self._lock:
            current = self.entry.token
            if current is None or (token is not None and current.token.reveal() != token):
                return False
            self.entry = _EMPTY
            return True

    def forgive(self) -> None:
        """Forget a failure, so that the next ask fetches at once (the user changed something)."""
        with self._lock:
            self._error, self._failures, self._retry_at = None, 0, -math.inf


def _expires_at(token: TokenInfo) -> float:
    return math.inf if token.expires is None else token.expires
