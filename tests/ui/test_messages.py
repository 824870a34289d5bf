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


# --- the sentences of the participant form, the accounts and the settings ---------------------
def _profile_message(**overrides: object) -> str:
    from datetime import date

    from peerdesk.domain.participant import clean_profile
    from tests.factories import make_profile

    return _message(clean_profile, make_profile(**overrides), date(2026, 6, 1))


@pytest.mark.parametrize(
    "overrides",
    [
        {"doc_number": "A 1"},
        {"legal_last_name": " "},
        {"legal_first_name": ""},
        {"legal_last_name": "x" * 81},
        {"legal_first_name": "x" * 81},
        {"preferred_name": "x" * 81},
        {"aliases": ("x" * 121,)},
        {"aliases": tuple(f"a{i}" for i in range(21))},
        {"facility": "x" * 121},
        {"housing_unit": "x" * 41},
        {"primary_language": "x" * 41},
        {"gender_identity": "x" * 41},
        {"release_county": "x" * 81},
        {"release_city": "x" * 81},
        {"lived_experience": ("x" * 41,)},
        {"lived_experience": tuple(f"t{i}" for i in range(21))},
        {"interests": ("x" * 41,)},
        {"interests": tuple(f"t{i}" for i in range(21))},
        {"mentor_gender_preference": "any"},
    ],
)
def test_participant_sentences_are_listed(overrides: dict[str, object]) -> None:
    assert _profile_message(**overrides) in SERVICE_MESSAGES


def test_participant_date_sentences_are_listed() -> None:
    from datetime import date

    for overrides in (
        {"date_of_birth": date(2030, 1, 1)},
        {"date_of_birth": date(1850, 1, 1)},
        {"projected_release_date": date(1980, 1, 1)},
        {"actual_release_date": date(2030, 1, 1), "projected_release_date": None},
    ):
        assert _profile_message(**overrides) in SERVICE_MESSAGES


def test_every_setting_sentence_is_listed() -> None:
    from peerdesk.domain.settings_rules import SPECS, check
    from peerdesk.ui.messages import match_template
    from peerdesk.ui.service_catalog import SERVICE_LABELS

    for name, spec in SPECS.items():
        # "<label> must be between <min> and <max>.": a template around a listed label.
        found = match_template(_message(check, name, spec.maximum + 1))
        assert found is not None
        assert found[0] == "%1 must be between %2 and %3."
        assert found[1][1] in SERVICE_LABELS


def test_sentences_with_a_value_are_translated_around_it(
    qapp: object, compiled_translations: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from peerdesk.ui.i18n import install_translations, remove_translations
    from peerdesk.ui.messages import match_template, template_for

    message = "DOC number B2 already belongs to another participant."
    assert template_for(message) == ("DOC number %1 already belongs to another participant.", "B2")
    assert template_for("The user name 'joe' is already taken.") is not None
    assert template_for("Something else entirely.") is None
    assert match_template("Writing to /media/usb failed (No space). Nothing was changed.") == (
        "Writing to %1 failed (%2). %3",
        {1: "/media/usb", 2: "No space", 3: "Nothing was changed."},
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, "es", compiled_translations)
    try:
        assert error_text(ValidationError("doc_number", message)) == (
            "El número DOC B2 ya pertenece a otro participante."
        )
    finally:
        remove_translations(app, translators)


def test_permission_and_missing_records_have_their_own_words() -> None:
    from peerdesk.domain.errors import NotFound, PermissionDenied

    assert "coordinator" in error_text(PermissionDenied("user.manage", "auditor"))
    assert "auditor" not in error_text(PermissionDenied("user.manage", "auditor"))
    assert error_text(NotFound("participant", "abc")) == (
        "This record no longer exists, or you can no longer see it."
    )
