"""The layout kit: catalog, fonts, page furniture, and the 42 CFR 2.32 notice on the right pages."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest

from peerdesk.domain.errors import ValidationError
from peerdesk.reports.fonts import register_fonts
from peerdesk.reports.i18n_catalog import CATALOG, LANGUAGES, Catalog
from peerdesk.reports.layout import (
    SudBegin,
    SudEnd,
    build_pdf,
    chrome_for,
    para,
)
from peerdesk.reports.monthly import change
from tests.factories_reports import page_texts, pdf_lines, qpdf_check

SHORT_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_exists_in_both_languages_with_the_same_placeholders() -> None:
    for key, (en, es) in CATALOG.items():
        assert es, key
        if key.endswith("_es"):  # Spanish-only additions printed next to official English text
            assert en == "", key
            continue
        assert en, key
        assert _fields(en) == _fields(es), key


def test_language_and_formats() -> None:
    with pytest.raises(ValidationError) as err:
        Catalog("fr")
    assert err.value.field == "language"
    assert LANGUAGES == ("en", "es")
    en, es = Catalog("en"), Catalog("es")
    assert en.month(2026, 3) == "March 2026" and es.month(2026, 3) == "marzo de 2026"
    assert en.share(0.5) == "50.0%" and en.share(None) == "—"
    assert en.integer(12345) == "12,345"
    assert en.date(date(2026, 3, 1)) == "2026-03-01" and en.date(None) == "—"
    assert es.enum("service", "housing") == "Vivienda"
    assert en.enum("service", "brand_new_kind") == "brand new kind"


@pytest.mark.parametrize(
    ("now", "before", "kind", "expected"),
    [
        (3, 1, "n", "+2"),
        (1, 3, "n", "-2"),
        (2, 2, "n", "0"),
        (0.5, 0.25, "%", "+25.0 pts"),
        (0.9021, 0.90212, "%", "0.0 pts"),
        (None, 0.2, "%", "—"),
        (1.004, 1.0, "d2", "0.00"),
        (2.5, 1.0, "d1", "+1.5"),
    ],
)
def test_change_column(now: float | None, before: float | None, kind: str, expected: str) -> None:
    assert change(now, before, kind) == expected


def _document(sud_paragraphs: tuple[int, int], total: int = 240) -> bytes:
    tr = Catalog("en")
    story = []
    for i in range(total):
        if i == sud_paragraphs[0]:
            story.append(SudBegin())
        story.append(para(f"Paragraph {i}: " + "words " * 40))
        if i == sud_paragraphs[1]:
            story.append(SudEnd())
    return build_pdf(story, chrome_for("Site Ñ", "Test", tr, "2026-01-01 00:00 UTC", "maria"))


def test_notice_only_on_pages_with_substance_use_information(tmp_path: Path) -> None:
    pdf = _document((60, 130))
    qpdf_check(pdf, tmp_path)
    pages = page_texts(pdf)
    assert len(pages) > 6
    flagged = [i for i, text in enumerate(pages) if SHORT_NOTICE in text]
    holding = [
        i for i, text in enumerate(pages) if any(f"Paragraph {n}:" in text for n in range(60, 131))
    ]
    assert flagged == holding
    assert flagged[0] > 0 and flagged[-1] < len(pages) - 1
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "CONFIDENTIAL" in text and "Site Ñ" in text


def test_fonts_print_names_beyond_western_european(tmp_path: Path) -> None:
    register_fonts()
    register_fonts()  # idempotent
    names = ["Łukasz Żółć", "Nguyễn Thị Ánh", "Ørjan Ødegård", "Şükrü Çelik", "Дмитрий"]
    tr = Catalog("es")
    pdf = build_pdf(
        [para(n) for n in names], chrome_for("Sitio", "Prueba", tr, "2026-01-01", "maría")
    )
    lines = pdf_lines(pdf)
    for name in names:
        assert name in lines
    assert "Página 1 de 1" in lines
    qpdf_check(pdf, tmp_path)
