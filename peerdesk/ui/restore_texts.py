"""Words for restoring a backup, shared by the restore dialog and the sign-in window after it.

Also :class:`ReplaceRequest`: a restore prepared while a coordinator is signed in, handed to
the app flow, which closes the store, installs it and says how it went on the sign-in window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.ui.messages import error_text

if TYPE_CHECKING:
    from peerdesk.services.restore import PreparedRestore, RestoreResult
    from peerdesk.services.restore_preview import BackupSummary

CONTEXT = "RestoreTexts"
#: What each counted table is called, in the order shown.
RECORD_LABELS = {
    "participants": QT_TRANSLATE_NOOP("RestoreTexts", "Participants"),
    "mentors": QT_TRANSLATE_NOOP("RestoreTexts", "Peer educators"),
    "groups": QT_TRANSLATE_NOOP("RestoreTexts", "Groups"),
    "group_sessions": QT_TRANSLATE_NOOP("RestoreTexts", "Group sessions"),
    "users": QT_TRANSLATE_NOOP("RestoreTexts", "User accounts"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when_text(moment: datetime) -> str:
    """A backup's time, in this computer's time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def records_text(summary: BackupSummary) -> str:
    """``Participants: 120 · Peer educators: 14 · ...``"""
    return " · ".join(f"{label}: {count}" for label, count in record_lines(summary))


def record_lines(summary: BackupSummary) -> list[tuple[str, int]]:
    """``[("Participants", 120), ...]``: what an unlocked backup holds, translated."""
    return [
        (_tr(str(RECORD_LABELS[name])), summary.counts[name])
        for name in RECORD_LABELS
        if name in summary.counts
    ]


def restored_sentence(summary: BackupSummary, backed_up_at: datetime) -> str:
    """``The backup of <when> of the site “<name>” is restored.``"""
    text = QCoreApplication.translate(
        "RestoreTexts", "The backup of %1 of the site “%2” is restored."
    )
    return text.replace("%1", when_text(backed_up_at)).replace("%2", summary.site_name)


def after_text(replaced: str) -> str:
    """Where the replaced data is (when ``replaced``), and how to sign in now."""
    parts = []
    if replaced:
        kept = QCoreApplication.translate(
            "RestoreTexts", "The data it replaced is kept, not deleted, in %1."
        )
        parts.append(kept.replace("%1", replaced))
    parts.append(
        QCoreApplication.translate(
            "RestoreTexts",
            "Sign in with a user name and passphrase as they were when the backup was made.",
        )
    )
    return " ".join(parts)


def restored_text(summary: BackupSummary, backed_up_at: datetime, replaced: str) -> str:
    """All of it in one notice (the sign-in window's), ``replaced`` as in :func:`after_text`."""
    holds = QCoreApplication.translate("RestoreTexts", "It holds: %1.")
    return " ".join(
        (
            restored_sentence(summary, backed_up_at),
            holds.replace("%1", records_text(summary)),
            after_text(replaced),
        )
    )


def failure_text(exc: Exception) -> str:
    """What to tell the user when a restore did not happen, in their language."""
    from peerdesk.services.backup_archive import BackupError

    if isinstance(exc, BackupError) and exc.reason == "cancelled":
        return QCoreApplication.translate(
            "RestoreTexts", "The restore was cancelled. Nothing was changed."
        )
    return error_text(exc)


@dataclass(frozen=True)
class ReplaceRequest:
    """A restore prepared (unpacked, unlocked, checked) over the signed-in site.

    The receiver ends the session first (the store must be closed), then calls
    :meth:`install` on the worker thread, then shows :meth:`done_text` or
    :meth:`failure_text`.
    """

    prepared: PreparedRestore

    def install(self) -> RestoreResult:
        """Move the current data aside and put the backup in place (on the worker thread)."""
        from peerdesk.services.restore import install_restore

        return install_restore(self.prepared)

    def discard(self) -> None:
        """Forget the prepared restore (nothing else changes)."""
        from peerdesk.services.restore import discard_restore

        discard_restore(self.prepared)

    def done_text(self, result: RestoreResult) -> str:
        """The notice for the sign-in window after :meth:`install`."""
        replaced = str(result.replaced_dir) if result.replaced_dir is not None else ""
        return restored_text(self.prepared.summary, result.backed_up_at, replaced)

    def failure_text(self, exc: Exception) -> str:
        """The error for the sign-in window when :meth:`install` failed."""
        return failure_text(exc)
