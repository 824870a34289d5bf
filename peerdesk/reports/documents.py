"""Documents for people: the mentor agreement (roles and expectations) and a certificate."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem

from peerdesk.reports.data import AgreementData, CertificateData
from peerdesk.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts
from peerdesk.reports.groups import signature_lines
from peerdesk.reports.i18n_catalog import Catalog
from peerdesk.reports.layout import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    build_pdf,
    chrome_for,
    content_width,
    gap,
    heading,
    para,
    styles,
)


def _bullets(text: str) -> ListFlowable:
    st = styles()
    items = [ListItem(para(line, st.body), leftIndent=14) for line in text.splitlines() if line]
    return ListFlowable(
        items, bulletType="bullet", start="•", leftIndent=14, bulletFontName=REGULAR
    )


def build_agreement(data: AgreementData) -> bytes:
    """The mentor agreement: role, what each side agrees to, boundaries, signature lines."""
    ctx = data.context
    tr = Catalog(ctx.language)
    st = styles()
    width = content_width()
    side = tr("side_community") if data.side == "community" else tr("side_facility")
    story: list[Flowable] = [
        para(tr("agreement_title"), st.title),
        para(ctx.site_name, st.subtitle),
        gap(4),
        para(tr("agreement_intro", name=data.mentor_name, side=side, program=ctx.site_name)),
        gap(2),
        para(tr("agreement_capacity", n=data.capacity), st.small),
        heading(tr("sec_role")),
        para(tr("agreement_role")),
        heading(tr("sec_mentor_agrees")),
        _bullets(tr("agreement_mentor")),
        heading(tr("sec_program_agrees")),
        _bullets(tr("agreement_program")),
        heading(tr("sec_boundaries")),
        _bullets(tr("agreement_boundaries")),
    ]
    labels = [
        (f"{tr('sig_mentor')}: {tr('sig_signature')}", True),
        (tr("sig_printed"), False),
        (f"{tr('sig_coordinator')}: {tr('sig_signature')}", True),
        (tr("sig_printed"), False),
    ]
    block: list[Flowable] = [heading(tr("sec_signatures"))]
    if data.signed_on is not None:
        block.append(para(f"{tr('c_signed')}: {tr.date(data.signed_on)}", st.small))
    block.append(signature_lines(tr, labels, width))
    story.append(KeepTogether(block))
    chrome = chrome_for(
        ctx.site_name, tr("agreement_title"), tr, tr.instant(ctx.generated_at), ctx.generated_by
    )
    return build_pdf(story, chrome)


def fit_size(text: str, font: str, size: float, width: float, smallest: float = 12) -> float:
    """The largest font size from ``size`` down to ``smallest`` at which ``text`` fits."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 1
    return size


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def name_lines(name: str, width: float, largest: float = 30) -> tuple[float, list[str]]:
    """How to print a name on a certificate: one line if it fits at 20 pt or more, else the
    largest size at which two lines fit; a name with a word wider than the page shrinks
    until every line fits."""
    size = fit_size(name, BOLD, largest, width, smallest=20)
    if stringWidth(name, BOLD, size) <= width:
        return size, [name]
    size = 24.0
    while size > 12:
        lines = _wrap(name, BOLD, size, width)
        if len(lines) <= 2 and all(stringWidth(x, BOLD, size) <= width for x in lines):
            return size, lines
        size -= 1
    lines = _wrap(name, BOLD, 12, width)
    widest = max(stringWidth(x, BOLD, 1) for x in lines)
    return min(12.0, width / widest), lines


def centred_lines(
    c: Canvas, text: str, font: str, size: float, x: float, y: float, width: float
) -> float:
    c.setFont(font, size)
    for line in _wrap(text, font, size, width):
        c.drawCentredString(x, y, line)
        y -= size * 1.35
    return y


def build_certificate(data: CertificateData) -> bytes:
    """A one-page landscape certificate of completion for a participant or a peer educator."""
    register_fonts()
    ctx = data.context
    tr = Catalog(ctx.language)
    w, h = landscape(LETTER)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(w, h))
    c.setTitle(tr("cert_title"))
    c.setAuthor(ctx.site_name)
    c.setCreator("peerdesk")
    c.setStrokeColor(ACCENT)
    c.setLineWidth(4)
    c.rect(0.45 * inch, 0.45 * inch, w - 0.9 * inch, h - 0.9 * inch)
    c.setStrokeColor(RULE)
    c.setLineWidth(1)
    c.rect(0.6 * inch, 0.6 * inch, w - 1.2 * inch, h - 1.2 * inch)
    mid, text_width = w / 2, w - 2.4 * inch
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 34)
    c.drawCentredString(mid, h - 1.7 * inch, tr("cert_title"))
    c.setFillColor(MUTED)
    centred_lines(c, ctx.site_name, REGULAR, 14, mid, h - 2.15 * inch, text_width)
    c.setFillColor(INK)
    c.setFont(ITALIC, 14)
    c.drawCentredString(mid, h - 3.0 * inch, tr("cert_presented"))
    size, lines = name_lines(data.person_name, text_width)
    y = h - (3.65 if len(lines) == 1 else 3.6) * inch
    c.setFont(BOLD, size)
    for line in lines:
        c.drawCentredString(mid, y, line)
        y -= size * 1.2
    rule = y + size * 1.2 - 0.15 * inch
    c.setStrokeColor(RULE)
    c.line(mid - 3.2 * inch, rule, mid + 3.2 * inch, rule)
    if data.kind == "peer_educator":
        line = tr(
            "cert_mentor",
            program=ctx.site_name,
            hours=f"{data.training_hours:g}",
            courses=data.courses,
            date=tr.date(data.completed_on),
        )
    else:
        line = tr("cert_participant", program=ctx.site_name, date=tr.date(data.completed_on))
    y = centred_lines(c, line, REGULAR, 14, mid, rule - 0.55 * inch, text_width)
    if data.pathway:
        c.setFillColor(MUTED)
        centred_lines(
            c, tr("cert_pathway", pathway=data.pathway), REGULAR, 11, mid, y - 4, text_width
        )
    c.setFillColor(INK)
    _signature(c, tr("sig_coordinator"), 1.5 * inch, 1.35 * inch)
    _signature(c, tr("sig_date"), w - 4.5 * inch, 1.35 * inch)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _signature(c: Canvas, label: str, x: float, y: float) -> None:
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.line(x, y, x + 3 * inch, y)
    c.setFont(REGULAR, 10)
    c.drawString(x, y - 14, label)
