"""Recovery codes: random, printable, easy to type back from paper.

A code is 25 characters of Crockford base32 (125 random bits) shown in five groups of five.
Typing is forgiving: case, spaces, dashes and the look-alikes O/0, I/L/1 do not matter.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 5
GROUP_LEN = 5
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def generate() -> str:
    """A new code, formatted ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def canonical(typed: str) -> str | None:
    """The code's 25 significant characters, or None when ``typed`` cannot be a code."""
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t").translate(_LOOKALIKES)
    if len(cleaned) != GROUPS * GROUP_LEN or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned
