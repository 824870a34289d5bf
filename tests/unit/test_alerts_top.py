"""The dashboard's top-N alert queries against a brute-force reading of the same rows.

The alert queries return the ``limit`` most urgent of each kind and how many there are in all;
on random matches, contacts and release dates they must agree with a Python walk over every row.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from peerdesk.db.models import ContactRow, MatchRow, MentorRow, ParticipantRow
from peerdesk.domain.alerts import AlertKind
from peerdesk.services.alerts import AlertService
from peerdesk.services.auth import SignedIn
from tests.factories_rows import add_row

TODAY = date(2026, 11, 15)


def _clock() -> datetime:
    return datetime(2026, 11, 15, 12, 0, tzinfo=UTC)


def _random_world(signed: SignedIn, seed: int) -> dict[str, date]:
    """Random matches and contacts; the brute-force "quiet since" of each active match."""
    rnd = random.Random(seed)
    site = signed.actor.site_id
    since: dict[str, date] = {}
    with signed.store.uow() as uow:
        s = uow.session
        mentor = add_row(
            s,
            MentorRow,
            site,
            person_kind="volunteer",
            last_name="M",
            first_name="M",
            side="facility",
            status="active",
            status_date=date(2026, 1, 1),
        )
        for i in range(40):
            person = add_row(
                s,
                ParticipantRow,
                site,
                date_of_birth=date(1990, 1, 1),
                legal_last_name=f"P{i}",
                deleted=rnd.random() < 0.1,
            )
            start = TODAY - timedelta(days=rnd.randint(0, 60))
            status = rnd.choice(["active", "active", "active", "paused", "closed"])
            match = add_row(
                s,
                MatchRow,
                site,
                participant_id=person.id,
                mentor_id=mentor.id,
                status=status,
                proposed_on=start,
                started_on=start,
                deleted=rnd.random() < 0.1,
            )
            held: list[date] = []
            for _ in range(rnd.randint(0, 3)):
                # Some contacts are dated before the start (entered late or corrected).
                on = start + timedelta(days=rnd.randint(-20, 60))
                kept = rnd.random() < 0.7
                gone = rnd.random() < 0.15
                add_row(
                    s,
                    ContactRow,
                    site,
                    match_id=match.id,
                    participant_id=person.id,
                    contact_on=on,
                    duration_minutes=30,
                    mode="phone",
                    status="held" if kept else "cancelled",
                    recorded_by="maria",
                    deleted=gone,
                )
                if kept and not gone:
                    held.append(on)
            if status == "active" and not match.deleted and not person.deleted:
                since[match.id] = max(held) if held else start
    return since


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("limit", [1, 3, None])
def test_top_quiet_matches_agree_with_a_walk_over_every_row(
    coordinator: SignedIn, seed: int, limit: int | None
) -> None:
    since = _random_world(coordinator, seed)
    days = 14
    quiet = sorted(
        ((on, mid) for mid, on in since.items() if on < TODAY - timedelta(days=days)),
    )
    got = AlertService(coordinator.store, clock=_clock).most_urgent(coordinator.actor, limit)
    listed = got.alerts[AlertKind.NO_RECENT_CONTACT]
    assert got.totals[AlertKind.NO_RECENT_CONTACT] == len(quiet)
    expected = quiet if limit is None else quiet[:limit]
    # The most urgent first: the longest without a held contact (ties in any order of id).
    assert [a.due for a in listed] == [on for on, _ in expected]
    assert {a.record_id for a in listed} <= {mid for _, mid in quiet}
    assert all(a.due is not None and a.days == (TODAY - a.due).days for a in listed)
    every = AlertService(coordinator.store, clock=_clock).current(coordinator.actor)
    assert listed == every[AlertKind.NO_RECENT_CONTACT][: len(listed)]
