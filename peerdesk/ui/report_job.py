"""What a report form hands the Reports screen: the work to run, and where its result goes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from peerdesk.services.report_progress import ReportProgress


@dataclass(frozen=True)
class ReportJob:
    """A PDF report to build.

    Attributes:
        make: builds the PDF; runs on the worker thread. It is handed a ``ReportProgress``
            when ``cancellable`` (the report then reports progress and stops when cancelled),
            else ``None``.
        file_name: the name offered in the Save dialog (no personal data in it).
        cancellable: whether the service follows progress and can be cancelled.
    """

    make: Callable[[ReportProgress | None], bytes]
    file_name: str
    cancellable: bool = False


@dataclass(frozen=True)
class ExportJob:
    """CSV files to build and write into ``folder`` (no preview: they go straight to disk).

    Attributes:
        make: builds the files, by name; runs on the worker thread.
        folder: the existing folder they go to.
    """

    make: Callable[[], dict[str, bytes]]
    folder: Path


class ProgressRelay(QObject):
    """Carries a report's progress from the worker thread to the progress bar.

    A signal emitted on the worker thread reaches a slot of a GUI-thread object through the
    GUI thread's event loop, so the bar is only ever touched on the GUI thread.
    """

    stepped = Signal(int)
