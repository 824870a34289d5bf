"""Search keys for names: accents and case folded away, so "Núñez" is found by "nunez"."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z ]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case ASCII letters, digits and single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.casefold().replace("-", " ").replace("'", "")
    return _SPACES.sub(" ", _NON_WORD.sub("", lowered)).strip()
