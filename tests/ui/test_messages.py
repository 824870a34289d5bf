"""Service errors become the right words; the list of translatable service sentences is current."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from peerdesk.db import keyslots
from peerdesk.db.uow import DAMAGED_MESSAGE
from peerdesk.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    StoreDamaged,
    ValidationError,
)
from peerdesk.domain.passphrase_policy import MAX_LENGTH, check_passphrase
from peerdesk.services import validation
from peerdesk.ui.messages import SERVICE_MESSAGES, error_text, kind_label, role_label


def _message(fn: Callable[..., object], *args: object) -> str:
    with pytest.raises(ValidationError) as info:
        fn(*args)
    return info.value.message


@pytest.mark.parametrize(
    "produce",
    [
        lambda: _message(check_passphrase, "short"),
        lambda: _message(check_passphrase, "x" * (MAX_LENGTH + 1)),
        lambda: _message(check_passphrase, "blue canoe\u200bunder thunder"),
        lambda: _message(check_passphrase, "password1234567"),
        lambda: _message(check_passphrase, "aaaaaaaaaaaaaaaaaaaa"),
        lambda: _message(check_passphrase, "Riverside Unit Riverside", ("riverside", "unit")),
        lambda: _message(validation.username, "a b"),
        lambda: _message(validation.required_text, " ", "site_name", "The site name", 200),
        lambda: _message(validation.required_text, "x" * 201, "site_name", "The site name", 200),
        lambda: _message(validation.required_text, "a\x07", "site_name", "The site name", 200),
        lambda: DAMAGED_MESSAGE,
    ],
)
def test_service_sentences_are_listed_for_translation(produce: Callable[[], str]) -> None:
    assert produce() in SERVICE_MESSAGES


def test_key_file_sentences_are_listed(tmp_path: Path) -> None:
    with pytest.raises(Exception) as missing:
        keyslots.load(tmp_path / "absent.json")
    (tmp_path / "bad.json").write_bytes(b"not json")
    with pytest.raises(Exception) as damaged:
        keyslots.load(tmp_path / "bad.json")
    assert str(missing.value) in SERVICE_MESSAGES
    assert str(damaged.value) in SERVICE_MESSAGES


def test_sign_in_errors() -> None:
    assert error_text(AuthenticationFailed()) == "The user name or passphrase is not right."
    locked = error_text(AccountLocked(7))
    assert "locked for 7 minute" in locked
    assert "until a coordinator unlocks the account" in locked
    assert error_text(StoreDamaged(DAMAGED_MESSAGE)) == DAMAGED_MESSAGE


def test_a_bug_gets_a_general_sentence_and_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        text = error_text(KeyError("internal detail"))
    assert "Something went wrong inside peerdesk" in text
    assert "internal detail" not in text
    assert caplog.records and caplog.records[0].exc_info is not None


def test_labels() -> None:
    assert role_label("peer_educator") == "Peer educator"
    assert kind_label("office") == "Reentry office (in the community)"
    assert role_label("unknown") == "unknown"
