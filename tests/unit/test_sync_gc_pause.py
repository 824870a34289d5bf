"""The cyclic collector rests while a payload is read or built, and only then."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from typing import Any

import pytest

from peerdesk.sync import payload_checks
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.gc_pause import gc_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_on_again_after() -> None:
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_on_again_after_an_error() -> None:
    with pytest.raises(KeyError), gc_paused():
        raise KeyError("x")
    assert gc.isenabled()


def test_a_pause_begun_elsewhere_is_left_alone() -> None:
    gc.disable()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_as_decorator_each_call_pauses() -> None:
    seen: list[bool] = []

    @gc_paused()
    def step() -> None:
        seen.append(gc.isenabled())

    step()
    step()
    assert seen == [False, False] and gc.isenabled()


def test_the_payload_is_read_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    original = payload_checks._record

    def spy(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args)

    monkeypatch.setattr(payload_checks, "_record", spy)
    data = json.dumps(
        {"format": 2, "records": [{"t": "?", "id": "", "row": {}, "fs": {}, "ds": ""}]}
    )
    with pytest.raises(BundleRejected):
        payload_checks.parse_payload(data.encode())
    assert seen == [False] and gc.isenabled()
