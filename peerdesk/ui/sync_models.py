"""The tables of the Sync screen: trusted sites, conflicts, possible duplicates, and what an
import would change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from peerdesk.ui.messages import kind_label
from peerdesk.ui.row_table_model import RowTableModel
from peerdesk.ui.sync_labels import kind_of_record, stored_text, subject, why_label

if TYPE_CHECKING:
    from peerdesk.services.sync_duplicates import PossibleDuplicate
    from peerdesk.services.sync_people import PersonSummary
    from peerdesk.services.sync_service import Conflict, PeerStatus


class PeerTableModel(RowTableModel["PeerStatus"]):
    """One line per trusted site: bundles sent and received, changes waiting, conflicts."""

    CONTEXT: ClassVar[str] = "PeerTableModel"
    #: The long headers take two lines, so the table fits the window in every language.
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("PeerTableModel", "Site"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Kind"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Last bundle\nsent"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Last bundle\nreceived"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Changes not yet\nacknowledged"),
        QT_TRANSLATE_NOOP("PeerTableModel", "Conflicts"),
    )

    def cell(self, row: PeerStatus, column: int) -> str:
        values = (
            row.site_name,
            kind_label(row.site_kind),
            f"#{row.last_sent_sequence}" if row.last_sent_sequence else "",
            f"#{row.last_received_sequence}" if row.last_received_sequence else "",
            str(row.pending_changes),
            str(row.open_conflicts),
        )
        return values[column]


class ConflictTableModel(RowTableModel["Conflict"]):
    """A change that lost to another: who it is about, what, the value the record holds and
    the one set aside (a deletion that buried edits shows the edits)."""

    CONTEXT: ClassVar[str] = "ConflictTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ConflictTableModel", "Participant"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "What"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Value in the record"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Value set aside"),
        QT_TRANSLATE_NOOP("ConflictTableModel", "Found"),
    )

    def cell(self, row: Conflict, column: int) -> str:
        if column == 0:
            return row.about or "—"
        if column == 1:
            return subject(row.table_name, row.field)
        if column == 2:
            return stored_text(row.table_name, row.field, row.kept_value)
        if column == 3:
            return stored_text(row.table_name, row.field, row.other_value)
        return row.detected_at[:10]


def person_text(p: PersonSummary) -> str:
    """ "Okafor, Ada · K1001 · 1979-02-03 · Riverside Unit"."""
    parts = [f"{p.legal_last_name}, {p.legal_first_name}", p.doc_number]
    parts += [p.date_of_birth.isoformat(), p.origin_site_name]
    return " · ".join(x for x in parts if x)


class DuplicateTableModel(RowTableModel["PossibleDuplicate"]):
    """A participant received from another site who may be someone already here."""

    CONTEXT: ClassVar[str] = "DuplicateTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("DuplicateTableModel", "Received from another site"),
        QT_TRANSLATE_NOOP("DuplicateTableModel", "Already here"),
        QT_TRANSLATE_NOOP("DuplicateTableModel", "Why"),
    )

    def cell(self, row: PossibleDuplicate, column: int) -> str:
        values = (person_text(row.imported), person_text(row.local), why_label(row.reason))
        return values[column]


@dataclass(frozen=True)
class PreviewLine:
    """One kind of record in an import preview."""

    table: str
    new: int
    changed: int


class PreviewTableModel(RowTableModel[PreviewLine]):
    """What an import would change, per kind of record."""

    CONTEXT: ClassVar[str] = "PreviewTableModel"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("PreviewTableModel", "Kind of record"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "New here"),
        QT_TRANSLATE_NOOP("PreviewTableModel", "Updated"),
    )

    def cell(self, row: PreviewLine, column: int) -> str:
        values = (kind_of_record(row.table), str(row.new), str(row.changed))
        return values[column]
