"""Sequence classification: new, gap (allowed), repeat, clone, stale."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.domain.bundle_sequence import ACCEPTED, SequenceStatus, classify_sequence

S = SequenceStatus


def test_first_bundle_and_the_next_one_are_new() -> None:
    assert classify_sequence(0, (), 1, "d1") is S.NEW
    assert (
        classify_sequence(
            1, (), 2, "d2", last_received_bundle_id="b1", incoming_previous_bundle_id="b1"
        )
        is S.NEW
    )


def test_a_lost_stick_is_a_gap_and_allowed() -> None:
    assert classify_sequence(3, (), 5, "d5") is S.GAP
    assert classify_sequence(0, (), 4, "d4") is S.GAP
    assert S.GAP in ACCEPTED and S.NEW in ACCEPTED


def test_the_same_bundle_again_is_already_imported() -> None:
    assert classify_sequence(4, {"d4"}, 4, "d4") is S.ALREADY_IMPORTED
    assert classify_sequence(9, {"d4"}, 4, "d4") is S.ALREADY_IMPORTED


def test_same_sequence_other_content_is_a_clone() -> None:
    assert classify_sequence(4, {"d4"}, 4, "other") is S.CLONE_SUSPECTED


def test_a_next_bundle_naming_another_predecessor_is_a_clone() -> None:
    got = classify_sequence(
        4, (), 5, "d5", last_received_bundle_id="b4", incoming_previous_bundle_id="b4-prime"
    )
    assert got is S.CLONE_SUSPECTED


def test_older_unseen_bundle_is_stale() -> None:
    assert classify_sequence(5, (), 3, "d3") is S.STALE
    assert classify_sequence(5, (), 5, "d5") is S.STALE


@given(
    last=st.integers(0, 1000),
    incoming=st.integers(1, 1000),
    seen=st.sets(st.sampled_from(["a", "b", "c"]), max_size=2),
    digest=st.sampled_from(["a", "b", "c"]),
)
def test_only_unseen_later_bundles_are_accepted(
    last: int, incoming: int, seen: set[str], digest: str
) -> None:
    status = classify_sequence(last, seen, incoming, digest)
    if status in ACCEPTED:
        assert incoming > last and not seen
    if seen:
        assert status in (S.ALREADY_IMPORTED, S.CLONE_SUSPECTED)
        assert (status is S.ALREADY_IMPORTED) == (digest in seen)
