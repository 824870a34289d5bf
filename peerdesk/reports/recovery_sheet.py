"""The recovery code on paper: the one page the setup wizard prints.

Built in memory and handed straight to the printer: the code is never written to a file by
peerdesk (the sheet itself says not to keep it on a computer).
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from peerdesk.reports.documents import centred_lines, fit_size
from peerdesk.reports.fonts import BOLD, REGULAR, register_fonts
from peerdesk.reports.i18n_catalog import Catalog
from peerdesk.reports.layout import ACCENT, INK, MUTED, RULE


def build_recovery_sheet(code: str, site_name: str, made: datetime, language: str) -> bytes:
    """A one-page Letter PDF with the site's recovery code and how to keep it.

    Args:
        code: the code as shown (``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``).
        site_name: the site the code opens.
        made: when the site was made (UTC).
        language: ``"en"`` or ``"es"``.
    """
    register_fonts()
    tr = Catalog(language)
    w, h = LETTER
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=LETTER)
    c.setTitle(tr("recovery_title"))
    c.setCreator("peerdesk")
    mid, text_width = w / 2, w - 2 * inch
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 24)
    c.drawCentredString(mid, h - 1.3 * inch, tr("recovery_title"))
    c.setFillColor(MUTED)
    y = centred_lines(
        c, tr("recovery_site", site=site_name), REGULAR, 13, mid, h - 1.75 * inch, text_width
    )
    c.setFont(REGULAR, 11)
    c.drawCentredString(mid, y - 2, tr("recovery_made", when=tr.instant(made)))

    box_top, box_height = h - 2.6 * inch, 1.2 * inch
    c.setStrokeColor(INK)
    c.setLineWidth(2)
    c.roundRect(inch, box_top - box_height, w - 2 * inch, box_height, 8)
    size = fit_size(code, BOLD, 30, text_width - 0.4 * inch)
    c.setFillColor(INK)
    c.setFont(BOLD, size)
    c.drawCentredString(mid, box_top - box_height / 2 - size / 3, code)

    y = box_top - box_height - 0.55 * inch
    y = centred_lines(c, tr("recovery_what"), REGULAR, 12, mid, y, text_width)
    c.setFillColor(ACCENT)
    y = centred_lines(c, tr("recovery_keep"), BOLD, 12, mid, y - 12, text_width)

    c.setFillColor(INK)
    c.setStrokeColor(RULE)
    c.setLineWidth(1)
    c.setFont(REGULAR, 11)
    for label in (tr("recovery_kept_by"), tr("recovery_kept_where"), tr("sig_date")):
        y -= 0.6 * inch
        c.drawString(inch, y, f"{label}:")
        c.line(inch + 1.9 * inch, y - 2, w - inch, y - 2)
    c.showPage()
    c.save()
    return buffer.getvalue()
