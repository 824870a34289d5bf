"""Passphrase rules after NIST SP 800-63B rev. 4 (section 3.1.1.2).

At least 15 characters, no composition rules (no "one digit, one symbol"), every printable
character and space allowed, and the passphrase is refused when it is a commonly used or breached
password, or is built from the user's own name or the site's words. The common-password list is
the one shipped inside the ``zxcvbn`` package (about 30,000 entries from breach corpora); its
guessability estimate also catches repeats, keyboard walks and sequences of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from peerdesk.domain.errors import ValidationError

MIN_LENGTH = 15
MAX_LENGTH = 256
#: zxcvbn guess estimate below which a passphrase counts as "expected": 10^10 guesses is
#: the offline-attack threshold zxcvbn itself uses for its top score.
MIN_GUESSES_LOG10 = 10.0

#: Words every peerdesk site has in common; a passphrase built from them is expected.
CONTEXT_WORDS = (
    "peerdesk",
    "peer",
    "mentor",
    "mentoring",
    "reentry",
    "facility",
    "prison",
    "jail",
    "coordinator",
    "educator",
    "password",
    "passphrase",
)


#: Letters that must remain once context words, digits and punctuation are taken out.
MIN_OWN_LETTERS = 6
_SEPARATORS = re.compile(r"[\s._@+-]+")


def _context_words(context: Iterable[str]) -> list[str]:
    """Program words plus each context entry, its parts and its run-together form."""
    words: set[str] = set(CONTEXT_WORDS)
    for entry in context:
        lowered = entry.lower().strip()
        if not lowered:
            continue
        parts = [p for p in _SEPARATORS.split(lowered) if p]
        words.update(parts)
        words.add("".join(parts))
    return sorted((w for w in words if len(w) >= 2), key=len, reverse=True)


def _letters_left(value: str, words: list[str]) -> int:
    """How many letters are left after removing context words (longest first)."""
    rest = value.lower()
    for word in words:
        rest = rest.replace(word, " ")
    return sum(1 for ch in rest if ch.isalpha())


def normalize(passphrase: str) -> str:
    """NFKC-normalize, as 800-63B asks before hashing and length counting."""
    return unicodedata.normalize("NFKC", passphrase)


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def check_passphrase(passphrase: str, context: Iterable[str] = ()) -> str:
    """Return the normalized passphrase, or raise ``ValidationError`` saying what is wrong.

    Args:
        passphrase: what the person typed.
        context: words specific to this account (user name, site name) that must not be the
            substance of the passphrase.
    """
    value = normalize(passphrase)
    if len(value) < MIN_LENGTH:
        raise ValidationError(
            "passphrase",
            f"Use at least {MIN_LENGTH} characters. A few ordinary words with spaces work well.",
        )
    if len(value) > MAX_LENGTH:
        raise ValidationError("passphrase", f"Use at most {MAX_LENGTH} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in value):
        raise ValidationError("passphrase", "The passphrase contains invisible characters.")
    folded = "".join(value.lower().split())
    if folded in _common_passwords() or value.lower() in _common_passwords():
        raise ValidationError(
            "passphrase", "This passphrase is on a list of common or leaked passwords."
        )
    words = _context_words(context)
    if _letters_left(value, words) < MIN_OWN_LETTERS:
        raise ValidationError(
            "passphrase",
            "This passphrase is made of your user name, the site's name or program words. "
            "Add a few unrelated words.",
        )
    from zxcvbn import zxcvbn

    result = zxcvbn(value[:100], user_inputs=[w.lower() for w in words])
    if result["guesses_log10"] < MIN_GUESSES_LOG10:
        raise ValidationError(
            "passphrase",
            "This passphrase is too easy to guess (a repeat, a sequence, a common phrase "
            "or your own name). Add a few unrelated words.",
        )
    return value
