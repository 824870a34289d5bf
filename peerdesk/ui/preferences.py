"""Preferences kept beside the data, readable before sign-in: language, text size, contrast,
and the main window's geometry.

They live in ``preferences.ini`` in the data folder, so the sign-in window can be shown in the
site's language. Nothing about people, and no key, is ever written there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

FILE_NAME = "preferences.ini"
_LANGUAGE = "language"
_TEXT_SCALE = "text_scale"
_HIGH_CONTRAST = "high_contrast"
_WINDOW_GEOMETRY = "main_window/geometry"
_WINDOW_STATE = "main_window/state"


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

    @property
    def text_scale(self) -> int:
        """Text size in percent of the normal size (100 when unset or unreadable)."""
        value = self._settings().value(_TEXT_SCALE, 100)
        try:
            return int(str(value))
        except ValueError:
            return 100

    @property
    def high_contrast(self) -> bool:
        """Whether the high-contrast palette is on."""
        return str(self._settings().value(_HIGH_CONTRAST, "false")).lower() == "true"

    def set_appearance(self, text_scale: int, high_contrast: bool) -> None:
        """Remember the text size (percent) and the contrast choice."""
        settings = self._settings()
        settings.setValue(_TEXT_SCALE, int(text_scale))
        settings.setValue(_HIGH_CONTRAST, "true" if high_contrast else "false")
        settings.sync()

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's last size, place and maximized state (``QWidget.saveGeometry``),
        empty when never saved or unreadable."""
        value = self._settings().value(_WINDOW_GEOMETRY, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_window_geometry(self, geometry: QByteArray) -> None:
        """Remember the main window's geometry, so the next window (after a lock, a sign-in,
        a language change or a restart) opens as the person left it."""
        settings = self._settings()
        settings.setValue(_WINDOW_GEOMETRY, geometry)
        settings.sync()

    @property
    def window_state(self) -> QByteArray:
        """The main window's toolbar layout (``QMainWindow.saveState``), empty when unset."""
        value = self._settings().value(_WINDOW_STATE, QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_window_state(self, state: QByteArray) -> None:
        """Remember the main window's toolbar layout."""
        settings = self._settings()
        settings.setValue(_WINDOW_STATE, state)
        settings.sync()

    def ui_state(self, key: str) -> str:
        """A remembered screen setting (a list's sort order...), ``""`` when unset."""
        value = self._settings().value(f"ui/{key}", "")
        return value if isinstance(value, str) else ""

    def set_ui_state(self, key: str, value: str) -> None:
        """Remember a screen setting; never anything about a person."""
        settings = self._settings()
        settings.setValue(f"ui/{key}", value)
        settings.sync()
