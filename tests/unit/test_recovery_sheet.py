"""The printed recovery code sheet: the code, the site, how to keep it, in both languages."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from peerdesk.domain import recovery_code
from peerdesk.reports.recovery_sheet import build_recovery_sheet

MADE = datetime(2026, 11, 29, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "Anyone who has this code"), ("es", "Cualquiera que tenga este código")],
)
def test_sheet_holds_the_code_and_the_site_on_one_page(language: str, words: str) -> None:
    code = recovery_code.generate()
    pdf = build_recovery_sheet(code, "Riverside Unit — peer program", MADE, language)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert code in text
    assert "Riverside Unit — peer program" in text
    assert "2026-11-29 01:30 UTC" in text
    assert words in text


def test_a_long_site_name_wraps_and_stays_on_the_page() -> None:
    name = "Very Long Name Correctional and Rehabilitation Facility " * 3
    pdf = build_recovery_sheet(recovery_code.generate(), name.strip(), MADE, "en")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    assert "Rehabilitation" in reader.pages[0].extract_text()
