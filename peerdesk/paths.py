"""Where peerdesk keeps its data.

The first of these that applies:

1. ``--data-dir DIR`` on the command line;
2. the ``PEERDESK_DATA_DIR`` environment variable;
3. portable mode: an installed (frozen) peerdesk whose program folder holds the marker file
   ``peerdesk-portable.txt`` keeps its data in ``data`` beside the program (and its log in
   ``logs`` beside it), so it can run from a folder or USB stick without leaving anything in
   the user's profile;
4. the platform's per-user data folder (``%LOCALAPPDATA%\\peerdesk`` on Windows,
   ``~/.local/share/peerdesk`` on Linux).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The file that turns on portable mode when it sits beside the peerdesk program.
PORTABLE_MARKER = "peerdesk-portable.txt"
#: The data folder of portable mode, inside the program folder.
PORTABLE_DATA = "data"
#: The log folder of portable mode, inside the program folder.
PORTABLE_LOGS = "logs"


def program_dir() -> Path | None:
    """The folder of the peerdesk program in an installed (frozen) build; None from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_dir() -> Path | None:
    """The program folder when portable mode is on (the marker file is there), else None."""
    folder = program_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder
    return None


def default_data_dir() -> Path:
    """The data folder when ``--data-dir`` is not given (see the module docstring)."""
    env = os.environ.get("PEERDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    portable = portable_dir()
    if portable is not None:
        return portable / PORTABLE_DATA
    from platformdirs import user_data_dir

    return Path(user_data_dir("peerdesk", appauthor=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder: ``--data-dir`` if given, else :func:`default_data_dir`."""
    return Path(cli_value).expanduser() if cli_value else default_data_dir()


def log_dir() -> Path:
    """The log folder: ``logs`` beside the program in portable mode, else the per-user one."""
    portable = portable_dir()
    if portable is not None:
        return portable / PORTABLE_LOGS
    from platformdirs import user_log_dir

    return Path(user_log_dir("peerdesk", appauthor=False))
