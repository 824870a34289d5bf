"""Factories: a valid record by default, with any field overridden by keyword."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from typing import Any

from peerdesk.domain.participant import ParticipantProfile

_doc = itertools.count(1000)


def make_profile(**overrides: Any) -> ParticipantProfile:
    base = ParticipantProfile(
        doc_number=f"A{next(_doc)}",
        legal_last_name="Garcia",
        legal_first_name="Luis",
        date_of_birth=date(1988, 4, 12),
        housing_unit="B-2",
        primary_language="Spanish",
        projected_release_date=date(2027, 3, 1),
    )
    return replace(base, **overrides)
