"""Preferences kept beside the data, readable before sign-in: only the language for now.

They live in ``preferences.ini`` in the data folder, so the sign-in window can be shown in the
site's language. Nothing about people, and no key, is ever written there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

FILE_NAME = "preferences.ini"
_LANGUAGE = "language"


class Preferences:
    """Reads and writes one ``preferences.ini``.

    Args:
        path: the file (usually ``<data folder>/preferences.ini``).
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def of_data_dir(cls, data_dir: Path) -> Preferences:
        """The preferences of the data folder ``data_dir``."""
        return cls(data_dir / FILE_NAME)

    def _settings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """The chosen language code (``"en"``, ``"es"``), or ``""`` for the system's."""
        value = self._settings().value(_LANGUAGE, "")
        return value if isinstance(value, str) else ""

    def set_language(self, code: str) -> None:
        """Remember ``code`` (``""`` means: follow the system)."""
        settings = self._settings()
        settings.setValue(_LANGUAGE, code)
        settings.sync()
