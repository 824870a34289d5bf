"""How the application looks for the person in front of it: text size, high contrast, and a
pseudo-translation used by developers to find clipped or untranslated text.

Text size and contrast are kept in ``preferences.ini`` (see :mod:`peerdesk.ui.preferences`) so
the sign-in window already uses them. The pseudo-translation is chosen with
``PEERDESK_LANG=pseudo``; it is never offered to users.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTranslator
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from peerdesk.ui.preferences import Preferences

#: Text sizes offered, in percent of the normal size.
TEXT_SCALES = (100, 125, 150, 200)
#: The language code that turns the pseudo-translation on.
PSEUDO = "pseudo"

# Look-alike letters: the text stays readable, but anything not going through tr() shows up
# in plain ASCII at once.
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûvŵxýžÀßÇÐÉƑĜĤÎĴĶĹМÑÖÞǪŔŠŢÛVŴXÝŽ",
)
# What must survive untouched: Qt placeholders (%1, %n, %L1), HTML tags and entities, and the
# keyboard mnemonic after "&".
_KEEP = re.compile(r"%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&&|&.")


def pseudo_text(text: str) -> str:
    """``text`` with look-alike letters, about 40% longer, between ⟦ and ⟧.

    Placeholders, markup and mnemonics are kept, so the result still works wherever the
    original does. Empty text stays empty.
    """
    if not text:
        return text
    pieces: list[str] = []
    position = 0
    for match in _KEEP.finditer(text):
        pieces.append(text[position : match.start()].translate(_ACCENTED))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(text[position:].translate(_ACCENTED))
    body = "".join(pieces)
    padding = "~" * max(1, (len(text) * 2) // 5)
    return f"⟦{body}{padding}⟧"


class PseudoTranslator(QTranslator):
    """Translates every string to :func:`pseudo_text` of its English source, or of the
    English plural form where ``english`` has one ("1 minute", not "1 minute(s)"), so a
    pseudo-translated screen is as long as a real one.

    Args:
        parent: the application.
        english: peerdesk's English catalogue (plural forms only), if loaded.
    """

    def __init__(self, parent: QObject | None = None, english: QTranslator | None = None) -> None:
        super().__init__(parent)
        self._english = english

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        if n >= 0 and self._english is not None:
            plural = self._english.translate(context, source_text, disambiguation, n)
            if plural:
                return pseudo_text(plural)
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:
        return False


def high_contrast_palette() -> QPalette:
    """Pure black on white with a strong blue selection (contrast above 7:1 everywhere).

    A light high-contrast scheme keeps the application's coloured messages (dark red errors,
    dark green confirmations) readable, which a black background would not.
    """
    black = QColor("#000000")
    white = QColor("#ffffff")
    selection = QColor("#00007a")
    disabled = QColor("#4d4d4d")
    palette = QPalette()
    Role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, color in (
            (Role.Window, white),
            (Role.WindowText, black),
            (Role.Base, white),
            (Role.AlternateBase, QColor("#ededed")),
            (Role.Text, black),
            (Role.Button, white),
            (Role.ButtonText, black),
            (Role.BrightText, black),
            (Role.Highlight, selection),
            (Role.HighlightedText, white),
            (Role.ToolTipBase, white),
            (Role.ToolTipText, black),
            (Role.PlaceholderText, disabled),
            (Role.Link, selection),
            (Role.Light, black),
            (Role.Mid, black),
            (Role.Dark, black),
            (Role.Shadow, black),
        ):
            palette.setColor(group, role, color)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


#: Thick focus frames: where the keyboard is must be visible without colour vision.
HIGH_CONTRAST_STYLE = (
    "*:focus { outline: 2px solid #00007a; }"
    " QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit, QListView,"
    " QTableView, QTreeView { border: 2px solid #000000; }"
    " QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus,"
    " QTextEdit:focus, QListView:focus, QTableView:focus, QTreeView:focus"
    " { border: 3px solid #00007a; }"
)


class Appearance:
    """Applies text size and contrast to the running application.

    The normal font, palette and style sheet are remembered on the application the first
    time, so applying again (after a change in Settings) starts from them, not from the last
    scaled font.

    Args:
        app: the application.
    """

    _BASE = "peerdesk_base_look"

    def __init__(self, app: QApplication) -> None:
        self._app = app
        base = app.property(self._BASE)
        if not isinstance(base, tuple):
            # font() and palette() return copies. Not QPalette(...): its overloads make
            # PySide6 build the whole ``Qt`` enum namespace (~15 ms) before sign-in shows.
            base = (app.font(), app.palette(), app.styleSheet())
            app.setProperty(self._BASE, base)
        self._base_font, self._base_palette, self._base_style = base

    def apply(self, text_scale: int, high_contrast: bool) -> None:
        """Use ``text_scale`` percent of the normal text size, and the high-contrast palette
        if ``high_contrast``. A size not offered falls back to 100."""
        scale = text_scale if text_scale in TEXT_SCALES else 100
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale / 100)
        self._app.setFont(font)
        if high_contrast:
            self._app.setPalette(high_contrast_palette())
            self._app.setStyleSheet(self._base_style + HIGH_CONTRAST_STYLE)
        else:
            self._app.setPalette(self._base_palette)
            self._app.setStyleSheet(self._base_style)


def apply_look(preferences: Preferences) -> None:
    """Install the language and apply the text size and contrast ``preferences`` hold.

    ``PEERDESK_LANG`` still wins over the stored language, as at start.
    """
    from peerdesk.ui import i18n

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    old = app.findChildren(QTranslator)
    i18n.remove_translations(app, old)
    for translator in old:
        translator.deleteLater()
    requested = os.environ.get(i18n.LANGUAGE_ENV) or preferences.language
    i18n.install_translations(app, i18n.choose_language(requested, QLocale.system().name()))
    Appearance(app).apply(preferences.text_scale, preferences.high_contrast)
