"""The groups screens' labels cover every stored code; their service sentences are current."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.note_rules import clean_body
from peerdesk.domain.roles import Role
from peerdesk.domain.session_rules import (
    AbsenceReason,
    CancelReason,
    check_duration,
    check_not_future,
    clean_text,
    parse_start_time,
)
from peerdesk.services.actor import Actor
from peerdesk.services.notes import check_note
from peerdesk.ui.group_labels import (
    ABSENCE_REASONS,
    CANCEL_REASONS,
    absence_reason_label,
    cancel_reason_label,
)
from peerdesk.ui.messages import SERVICE_MESSAGES, match_template
from peerdesk.ui.service_catalog import SERVICE_LABELS

TODAY = date(2026, 3, 1)
PEER = Actor("u1", "pe1", Role.PEER_EDUCATOR, "site")


def _message(fn: Callable[..., object], *args: object) -> str:
    with pytest.raises(ValidationError) as info:
        fn(*args)
    return info.value.message


def test_every_reason_code_has_a_label() -> None:
    assert set(ABSENCE_REASONS) == {r.value for r in AbsenceReason}
    assert set(CANCEL_REASONS) == {r.value for r in CancelReason}
    assert absence_reason_label("court") == "Court"
    assert cancel_reason_label("staff_shortage") == "Staff shortage"
    assert absence_reason_label("unknown") == "unknown"


@pytest.mark.parametrize(
    "produce",
    [
        lambda: _message(check_duration, 0),
        lambda: _message(check_duration, 1.5),
        lambda: _message(parse_start_time, "25:00"),
        lambda: _message(check_not_future, date(2026, 3, 2), TODAY, "held_on", "The session date"),
        lambda: _message(
            check_not_future, date(2026, 3, 2), TODAY, "contact_on", "The contact date"
        ),
        lambda: _message(clean_text, "x" * 121, "module", "The module", 120),
        lambda: _message(clean_text, "x" * 121, "location", "The location", 120),
        lambda: _message(clean_text, "x" * 201, "remark", "The remark", 200),
        lambda: _message(clean_body, " ", "note"),
        lambda: _message(clean_body, "x" * 20_001, "note"),
        lambda: _message(clean_body, "a\x00b", "note"),
        lambda: _message(check_note, PEER, "Talked.", "sud"),
    ],
)
def test_service_sentences_are_listed_for_translation(produce: Callable[[], str]) -> None:
    """Each sentence is in the service catalog, or made from a listed template whose values
    are listed labels or numbers (so it reaches the user translated)."""
    message = produce()
    if message in SERVICE_MESSAGES:
        return
    found = match_template(message)
    assert found is not None, message
    _template, values = found
    for value in values.values():
        assert value.isdigit() or value in SERVICE_LABELS, (message, value)
