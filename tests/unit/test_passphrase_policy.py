"""The passphrase policy (NIST SP 800-63B rev. 4, 3.1.1.2)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.passphrase_policy import MIN_LENGTH, check_passphrase, normalize


def refusal(passphrase: str, context: tuple[str, ...] = ()) -> str | None:
    """The refusal message, or None when the passphrase is accepted."""
    try:
        check_passphrase(passphrase, context)
    except ValidationError as exc:
        assert exc.field == "passphrase"
        return exc.message
    return None


def spaced(*words: str) -> str:
    return " ".join(words)


# --- length -----------------------------------------------------------------------------------
def test_minimum_is_fifteen() -> None:
    assert MIN_LENGTH == 15


@pytest.mark.parametrize(
    "passphrase",
    [
        "kestrel walnut",  # 14
        "cre\u0300me bru\u0302le\u0301e",  # 15 code points, 12 after NFKC
        "e\u0301" * 9 + "kqzw",  # 22 code points, 13 after NFKC composes the accents
    ],
)
def test_short_after_nfkc_is_refused(passphrase: str) -> None:
    assert len(normalize(passphrase)) < 15
    message = refusal(passphrase)
    assert message is not None
    assert "15" in message


def test_length_counts_after_nfkc_expansion() -> None:
    # 12 code points as typed, 18 after NFKC turns each ligature into its letters.
    typed = "ﬃ ﬄ ﬃ walrus"
    assert len(typed) < 15 <= len(normalize(typed))
    assert refusal(typed) is None
    assert check_passphrase(typed) == "ffi ffl ffi walrus"


def test_exactly_fifteen_is_enough() -> None:
    value = "quiet otter bay"
    assert len(value) == 15
    assert refusal(value) is None


def test_returns_the_normalized_form() -> None:
    typed = "cre\u0300me bru\u0302le\u0301e dawn"
    assert check_passphrase(typed) == unicodedata.normalize("NFKC", typed)
    assert check_passphrase(typed) != typed


@given(st.text(max_size=20))
def test_anything_shorter_than_fifteen_is_refused(value: str) -> None:
    assume(len(normalize(value)) < MIN_LENGTH)
    message = refusal(value)
    assert message is not None
    assert str(MIN_LENGTH) in message


def test_fifteen_after_nfkc_composition_is_enough() -> None:
    typed = "re\u0301sume\u0301 nai\u0308ve ok"  # 18 code points, 15 after NFKC
    assert len(normalize(typed)) == 15
    assert refusal(typed) is None


# --- no composition rules ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "passphrase",
    [
        spaced("quiet", "meadow", "after", "rainfall"),
        spaced("blue", "canoe", "under", "thunder"),
        spaced("kestrel", "walnut", "harbor", "fog"),
        "ALL CAPS BANJO WEATHERVANE",
        "copper~kettle!whistles%loudly",
    ],
)
def test_plain_words_need_no_digits_capitals_or_symbols(passphrase: str) -> None:
    assert refusal(passphrase) is None


@pytest.mark.parametrize(
    "passphrase",
    [
        "café crème brûlée déjà vu",
        "ωμέγα θάλασσα ήλιος",
        "снег идёт над рекой",
        "東京の夜は静かで美しい街並みです",
        "größere Bäume wachsen langsam",
    ],
)
def test_accented_and_non_latin_passphrases_are_accepted(passphrase: str) -> None:
    assert refusal(passphrase) is None


# --- common, breached, repeats and sequences --------------------------------------------------
@pytest.mark.parametrize(
    "passphrase",
    [
        "mailcreated5240",
        "1qaz2wsx3edc4rfv",
        "MailCreated5240",
        "1qaz 2wsx 3edc 4rfv",
        "passwordpassword",
    ],
)
def test_common_or_breached_is_refused(passphrase: str) -> None:
    assert refusal(passphrase) is not None


@pytest.mark.parametrize(
    "passphrase",
    [
        "a" * 20,
        "abcdefghijklmnopq",
        "1234567890123456",
        "qwertyuiopasdfgh",
        spaced(*["jose"] * 4),
        "abc abc abc abc abc",
        "zyxwvutsrqponmlkj",
    ],
)
def test_repeats_and_sequences_are_refused(passphrase: str) -> None:
    assert refusal(passphrase) is not None


def test_invisible_characters_are_refused() -> None:
    assert refusal("quiet meadow\u200b after rainfall") is not None
    assert refusal("quiet meadow\x00after rainfall") is not None


def test_overlong_is_refused() -> None:
    assert refusal(spaced("kestrel", "walnut") * 30) is not None


# --- built from the user's own name or the site's words ---------------------------------------
@pytest.mark.parametrize(
    ("username", "passphrase"),
    [
        ("tallulah.quenby", "tallulah.quenby2024"),
        ("tallulah.quenby", "tallulah.quenby tallulah.quenby"),
        ("tallulah.quenby", "tallulahquenby2024"),
        ("tallulah.quenby", "Tallulah Quenby 2024"),
        ("zuleika_brightwater", "Zuleika Brightwater!"),
    ],
)
def test_user_name_based_is_refused(username: str, passphrase: str) -> None:
    assert refusal(passphrase) is None  # acceptable for anyone else
    assert refusal(passphrase, (username,)) is not None


@pytest.mark.parametrize(
    ("context", "passphrase"),
    [
        (("maria", "Riverside", "Unit"), "Riverside Unit 2026"),
        (("maria", "Riverside", "Unit"), "riverside unit riverside"),
        ((), "peerdesk mentor prison"),
    ],
)
def test_site_words_alone_are_refused(context: tuple[str, ...], passphrase: str) -> None:
    assert refusal(passphrase, context) is not None


def test_context_words_inside_a_strong_passphrase_are_fine() -> None:
    assert refusal("maria plants turnips near the quarry", ("maria",)) is None
