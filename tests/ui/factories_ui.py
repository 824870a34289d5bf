"""Many participants at once, written straight into the store (one unit of work)."""

from __future__ import annotations

from datetime import date, timedelta

from peerdesk.db.models import ParticipantRow
from peerdesk.services.auth import SignedIn
from tests.factories_rows import add_row

STATUSES = ("active", "released", "referred", "enrolled")
UNITS = ("A-1", "B-2", "C-3")


def add_participants(
    signed: SignedIn, count: int, today: date | None = None, first: int = 0
) -> None:
    """``count`` participants named ``Person00000``..., DOC ``D00000``...

    Statuses and units cycle through :data:`STATUSES` and :data:`UNITS`; participant ``i`` is
    released ``i`` days from ``today``.
    """
    start = today or date.today()
    with signed.store.uow() as uow:
        for i in range(first, first + count):
            add_row(
                uow.session,
                ParticipantRow,
                signed.actor.site_id,
                doc_number=f"D{i:05d}",
                legal_last_name=f"Person{i:05d}",
                legal_first_name="Sam",
                date_of_birth=date(1980, 1, 1),
                status=STATUSES[i % len(STATUSES)],
                housing_unit=UNITS[i % len(UNITS)],
                projected_release_date=start + timedelta(days=i),
            )
