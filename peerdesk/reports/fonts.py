"""The report fonts: DejaVu Sans, shipped inside the package (resources/fonts, with its licence).

Reports never rely on fonts installed on the machine: a locked-down Windows workstation may
have none that cover the names a program records (ñ, á, ü, and beyond cp1252). The TrueType
files are registered with reportlab once per process; reportlab embeds only the glyphs a
document uses, so a report stays small.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the report fonts with reportlab (safe to call often, from any thread)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        folder = resources.files("peerdesk").joinpath("resources", "fonts")
        for name, filename in _FILES.items():
            with resources.as_file(folder.joinpath(filename)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> in paragraphs pick the right face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _done = True
