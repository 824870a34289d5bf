"""Choosing the user's language and loading its compiled translations (``.qm``).

The ``.ts`` sources live in ``resources/translations``; the ``.qm`` files are built from them
(``make translations``) and not committed. When a ``.qm`` is missing the application still
runs, in English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import peerdesk
from peerdesk.ui.appearance import PSEUDO, PseudoTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("en", "es")
DEFAULT = "en"
#: Environment variable that overrides the system language (``en`` or ``es``).
LANGUAGE_ENV = "PEERDESK_LANG"


def translations_dir() -> Path:
    """``resources/translations`` of the source tree."""
    return Path(peerdesk.__file__).resolve().parents[1] / "resources" / "translations"


def _code(value: str | None) -> str:
    return (value or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()


def choose_language(requested: str | None, system_locale: str) -> str:
    """The language to use: ``requested`` if supported, else the system's, else English.

    Args:
        requested: the value of ``PEERDESK_LANG``, if set (``es``, ``es_MX``, ``en``...), or
            ``pseudo`` for the developers' pseudo-translation.
        system_locale: the system locale name, e.g. ``QLocale.system().name()``.
    """
    wanted = _code(requested)
    if wanted in SUPPORTED or wanted == PSEUDO:
        return wanted
    if wanted:
        log.warning("%s=%r is not a supported language; using the system's", LANGUAGE_ENV, wanted)
    system = _code(system_locale)
    return system if system in SUPPORTED else DEFAULT


def install_translations(
    app: QCoreApplication, language: str, directory: Path | None = None
) -> list[QTranslator]:
    """Install Qt's own and peerdesk's translations for ``language``.

    Qt's ``qtbase`` file translates the standard buttons (Next, Cancel...). English has a
    peerdesk file too, for plural forms ("1 minute", "5 minutes"); the pseudo-translation
    starts from those forms as well.

    Returns:
        The translators installed (children of ``app``), for :func:`remove_translations`.
    """
    if language == PSEUDO:
        english = QTranslator(app)
        english.load(f"peerdesk_{DEFAULT}", str(directory or translations_dir()))
        pseudo = PseudoTranslator(app, english)
        app.installTranslator(pseudo)
        return [pseudo]
    QLocale.setDefault(QLocale(language))
    folders = (
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
        ("peerdesk", directory or translations_dir()),
    )
    installed: list[QTranslator] = []
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.setParent(None)
            if name == "peerdesk":
                log.warning("no compiled translation %s_%s.qm; showing English", name, language)
    return installed


def remove_translations(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translations`."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
