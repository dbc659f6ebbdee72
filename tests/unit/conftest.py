"""Fixtures of the engine tests (tests/unit/engine_harness.py)."""

import pytest

from tests.unit import engine_harness

harness = pytest.fixture(engine_harness.harness)
