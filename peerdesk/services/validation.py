"""Field checks shared by services; each raises ``ValidationError(field, message)``."""

from __future__ import annotations

import re
import unicodedata

from peerdesk.db.keyslots import normalize_username
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Role

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def username(value: str, field: str = "username") -> str:
    """A user name: 2-32 letters, digits, dots, dashes or underscores; stored lower-case."""
    name = normalize_username(value)
    if not _USERNAME.match(name):
        raise ValidationError(
            field,
            "A user name is 2 to 32 letters or digits (dots, dashes and underscores allowed), "
            "starting with a letter or digit.",
        )
    return name


def role(value: str, field: str = "role") -> Role:
    try:
        return Role(value)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise ValidationError(field, f"Unknown role '{value}'. Choose one of: {choices}.") from None


def required_text(value: str, field: str, label: str, max_len: int) -> str:
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        raise ValidationError(field, f"{label} cannot be empty.")
    if len(text) > max_len:
        raise ValidationError(field, f"{label} is too long (at most {max_len} characters).")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(field, f"{label} contains control characters.")
    return text
