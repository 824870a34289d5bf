"""PySide6 windows, dialogs and the background task runner. Thin: no SQL, no rules."""
