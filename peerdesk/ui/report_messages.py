"""Report and export errors in the user's language.

The report services raise English sentences (``str(error)``); the ones the Reports screen can
meet are listed here with ``QT_TRANSLATE_NOOP`` so they land in the ``.ts`` files. Sentences
holding a value (a DOC number, a folder) are templates with ``%1``. Anything else goes to
``messages.error_text``.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.domain.errors import NotFound, PeerdeskError
from peerdesk.services.report_progress import ReportCancelled
from peerdesk.ui.messages import error_text

CONTEXT = "ReportMessages"

#: English sentences raised by the report and export services.
REPORT_MESSAGES = (
    QT_TRANSLATE_NOOP("ReportMessages", "The end date is before the start date."),
    QT_TRANSLATE_NOOP("ReportMessages", "A reporting period can be at most five years long."),
    QT_TRANSLATE_NOOP(
        "ReportMessages", "This participant has no recorded completion of the program."
    ),
    QT_TRANSLATE_NOOP("ReportMessages", "This peer educator has no training recorded."),
    QT_TRANSLATE_NOOP(
        "ReportMessages",
        "No consent in force lets the program share this participant's records with that "
        "recipient. Record the signed consent first.",
    ),
    QT_TRANSLATE_NOOP(
        "ReportMessages",
        "This participant's consents name several recipients; choose one (--recipient SITE_ID).",
    ),
    QT_TRANSLATE_NOOP(
        "ReportMessages",
        "This consent names a peerdesk site; choose the site as the recipient.",
    ),
)

#: Sentences holding a value, with the value as ``%1``.
REPORT_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "ReportMessages", "Several participants have DOC number %1; ask a coordinator."
    ),
    QT_TRANSLATE_NOOP("ReportMessages", "The folder %1 does not exist."),
    QT_TRANSLATE_NOOP("ReportMessages", "Cannot write to the folder %1: permission denied."),
    QT_TRANSLATE_NOOP("ReportMessages", "%1 is a folder; give a file name for the report."),
)

_NOT_FOUND = {
    "participant": QT_TRANSLATE_NOOP(
        "ReportMessages", "No participant you can see has this DOC number."
    ),
    "mentor": QT_TRANSLATE_NOOP("ReportMessages", "This peer educator is no longer recorded."),
    "session": QT_TRANSLATE_NOOP("ReportMessages", "This session is no longer recorded."),
    "group": QT_TRANSLATE_NOOP("ReportMessages", "This group is no longer recorded."),
    "consent": QT_TRANSLATE_NOOP("ReportMessages", "This consent is no longer recorded."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    templates = [str(t) for t in REPORT_TEMPLATES]
    return tuple((re.compile(re.escape(t).replace("%1", "(.+)")), t) for t in templates)


def report_error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc`` raised while building or writing a report."""
    if isinstance(exc, ReportCancelled):
        return QCoreApplication.translate(
            "ReportMessages", "The report was cancelled. Nothing was made or saved."
        )
    if isinstance(exc, NotFound) and exc.kind in _NOT_FOUND:
        return _tr(str(_NOT_FOUND[exc.kind]))
    if isinstance(exc, PeerdeskError):
        message = str(exc)
        if message in REPORT_MESSAGES:
            return _tr(message)
        for pattern, template in _patterns():
            found = pattern.fullmatch(message)
            if found:
                return _tr(template).replace("%1", found.group(1))
    return error_text(exc)
