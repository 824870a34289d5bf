"""Hybrid logical clock: monotonic on one site, causally after what it observed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.hlc import MAX_DRIFT_MS, ClockDriftError, Stamp, observe, tick

walls = st.integers(min_value=0, max_value=10**13)


@given(st.lists(walls, min_size=1, max_size=50))
def test_ticks_strictly_increase_even_when_the_clock_goes_back(times: list[int]) -> None:
    last = None
    for t in times:
        new = tick(last, t, "site-a")
        if last is not None:
            assert new > last
            assert str(new) > str(last)  # the text form sorts the same way
        last = new


@given(walls, st.integers(0, 999), walls, walls)
def test_observe_is_after_both(last_wall: int, counter: int, remote_wall: int, now: int) -> None:
    last = Stamp(last_wall, counter, "a")
    remote = Stamp(remote_wall, counter, "b")
    if remote_wall - now > MAX_DRIFT_MS:
        with pytest.raises(ClockDriftError):
            observe(last, remote, now, "a")
        return
    new = observe(last, remote, now, "a")
    assert (new.wall_ms, new.counter) > (last.wall_ms, last.counter)
    assert (new.wall_ms, new.counter) > (remote.wall_ms, remote.counter)


@given(walls, st.integers(0, 999_999), st.from_regex(r"[a-z0-9-]{1,36}", fullmatch=True))
def test_text_round_trip(wall: int, counter: int, node: str) -> None:
    stamp = Stamp(wall, counter, node)
    assert Stamp.parse(str(stamp)) == stamp


@pytest.mark.parametrize("bad", ["", "12-3", "x" * 30, "000000000000001-000001-"])
def test_parse_rejects_garbage(bad: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(bad)
