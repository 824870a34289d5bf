"""CSV exports of the lists (participants, matches, sessions, referrals, measures).

One unit of work reads every list with the role and consent filters of
``services.export_queries`` and writes one ``export.csv`` audit entry (the recipient site's id,
or this site's for an export kept in the program). The files come back as bytes; writing them
is the caller's (``reports.output.write_files``).
"""

from __future__ import annotations

from sqlalchemy import select

from peerdesk.clock import Clock, utcnow
from peerdesk.db.models import SiteRow
from peerdesk.db.store import Store
from peerdesk.domain.errors import ValidationError
from peerdesk.domain.measures import Period
from peerdesk.domain.roles import Action
from peerdesk.reports.csv_export import to_csv
from peerdesk.services import export_queries as q
from peerdesk.services.actor import Actor
from peerdesk.services.measures import compute
from peerdesk.services.records import RecordWriter, permit

FILES = ("participants.csv", "matches.csv", "sessions.csv", "referrals.csv", "measures.csv")


class ExportService:
    """CSV files a spreadsheet opens as they are (see ``reports.csv_export``)."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def csv_files(
        self, actor: Actor, *, month: Period, recipient_site_id: str | None = None
    ) -> dict[str, bytes]:
        """Every list as a CSV file, by file name; measures for ``month`` and the month before.

        With ``recipient_site_id``, only what the recorded consents let the program share with
        that site today.
        """
        actor = permit(self.store, actor, Action.EXPORT_CSV, "export", self.clock)
        now = self.clock()
        with self.store.uow() as uow:
            s = uow.session
            local = s.scalars(select(SiteRow.id).where(SiteRow.is_local.is_(True))).one()
            if recipient_site_id is not None:
                known = s.get(SiteRow, recipient_site_id)
                if known is None or known.is_local:
                    raise ValidationError(
                        "recipient", f"No other site with id {recipient_site_id} is known here."
                    )
            who = q.Audience(actor, recipient_site_id, now.date())
            files = {
                "participants.csv": to_csv(q.PARTICIPANT_COLUMNS, q.participant_rows(s, who)),
                "matches.csv": to_csv(q.MATCH_COLUMNS, q.match_rows(s, who)),
                "sessions.csv": to_csv(q.SESSION_COLUMNS, q.session_rows(s, who)),
                "referrals.csv": to_csv(q.REFERRAL_COLUMNS, q.referral_rows(s, who)),
                "measures.csv": to_csv(
                    q.MEASURE_COLUMNS,
                    q.measure_rows(compute(s, month), compute(s, month.previous())),
                ),
            }
            RecordWriter(s, actor, now).audit("export.csv", "site", recipient_site_id or local)
        return files
