"""Protection against a reference-count bug of PySide6 6.12.0 on Python 3.11.

PySide6 6.12.0 releases one reference to ``None`` too many each time a signal reaches a Python
slot, and also when it reads an empty QVariant; some paths do the same to ``True`` and
``False``. On Python 3.11 these objects have ordinary reference counts, so a long session (or
the test suite) eventually drives one to zero and the interpreter aborts ("deallocating None").
Python 3.12 made them immortal (PEP 683) and PySide6 6.11 does not have the bug.

When both conditions hold, :func:`protect` raises the three counts by a margin no session can
use up, which is what Python 3.12 does for every immortal object. The objects are never freed
in any case (freeing them is a fatal error), so nothing else changes.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

#: Versions with the bug (checked by tests/ui/test_pyside_workaround.py).
AFFECTED = ((6, 12, 0),)
_MARGIN = 1 << 40


def needed(pyside_version: tuple[int, ...], python_version: tuple[int, ...]) -> bool:
    """Whether this PySide6 on this Python needs the protection."""
    return tuple(python_version[:2]) < (3, 12) and tuple(pyside_version[:3]) in AFFECTED


def protect() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal if needed; say if it was."""
    import PySide6

    if not needed(tuple(PySide6.__version_info__[:3]), sys.version_info[:2]):
        return False
    import ctypes  # only here: loading ctypes costs every start ~2 ms

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    log.warning(
        "PySide6 %s on Python %d.%d: working around its reference-count bug; "
        "use another PySide6 version",
        PySide6.__version__,
        *sys.version_info[:2],
    )
    return True
