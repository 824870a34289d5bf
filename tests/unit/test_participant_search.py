"""The participants list query against a plain Python reading of the same rule.

Text: every word starts the (folded) last or first name, or the whole text (no spaces)
starts the DOC number; filters narrow; every sort pages without gaps or overlaps; the
total counts every match. The SQL is written per index (participant_search.py), so this
checks it finds exactly what the one-condition form found.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

import peerdesk.services.participants as participants
from peerdesk.domain.participant import ParticipantStatus
from peerdesk.domain.text_keys import fold
from peerdesk.services.auth import SignedIn
from peerdesk.services.participant_search import text_branches
from peerdesk.services.participants import (
    ParticipantQuery,
    ParticipantService,
    ParticipantSummary,
)
from tests.factories import make_profile

LAST = ["Martínez", "Marsh", "Moreno", "Ma", "Smith", "Adams", "Núñez", "Mar", "Lopez"]
FIRST = ["Maria", "Mark", "Ana", "Luis", "Mateo", "Sam", "Amanda", "Ángel"]
TEXTS = ["m", "M", "ma", "MAR", "mar m", "m a", "a m", "ana", "á", "mart ma", "q1", "Q", "zz", "-"]
SORTS = ["name", "doc_number", "status", "release", "unit"]


def enroll_many(signed: SignedIn) -> list[ParticipantSummary]:
    svc = ParticipantService(signed.store)
    a = signed.actor
    rng = random.Random(7)
    for i in range(60):
        svc.enroll(
            a,
            make_profile(
                doc_number=f"{rng.choice('QMZ')}{i:03d}",
                legal_last_name=rng.choice(LAST),
                legal_first_name=rng.choice(FIRST),
                housing_unit=rng.choice(["A", "B", "C"]),
                projected_release_date=rng.choice(
                    [None, date(2027, 1, 1) + timedelta(days=rng.randrange(200))]
                ),
            ),
        )
    everyone = svc.search(a, ParticipantQuery(limit=1000)).rows
    for row in everyone[::3]:  # a mix of statuses to sort and filter by
        svc.change_status(a, row.id, ParticipantStatus.SCREENED, date.today())
    for victim in everyone[::9]:  # tombstones never show
        svc.tombstone(a, victim.id)
    return list(svc.search(a, ParticipantQuery(limit=1000)).rows)


def matches(row: ParticipantSummary, text: str) -> bool:
    stripped = text.strip()
    words = fold(stripped).split()[:4]
    last, first = fold(row.legal_last_name), fold(row.legal_first_name)
    by_name = bool(words) and all(last.startswith(w) or first.startswith(w) for w in words)
    by_doc = bool(stripped) and " " not in stripped and row.doc_number.startswith(stripped.upper())
    return by_name or by_doc


def sort_key(row: ParticipantSummary, sort: str) -> tuple[object, ...]:
    name = (fold(row.legal_last_name), fold(row.legal_first_name))
    keys: dict[str, tuple[object, ...]] = {
        "name": name,
        "doc_number": (row.doc_number,),
        "status": (row.status.value, name[0]),
        "release": (
            row.projected_release_date is not None,  # NULL sorts first in SQLite
            row.projected_release_date or date.min,
            name[0],
        ),
        "unit": (row.housing_unit, name[0]),
    }
    return (*keys[sort], row.id)


def test_every_text_sort_and_page_finds_what_the_rule_says(coordinator: SignedIn) -> None:
    live = enroll_many(coordinator)
    svc = ParticipantService(coordinator.store)
    a = coordinator.actor
    for text in TEXTS:
        expected = [r for r in live if matches(r, text)]
        for sort in SORTS:
            for descending in (False, True):
                want = sorted(expected, key=lambda r: sort_key(r, sort), reverse=descending)
                got: list[str] = []
                for offset in range(0, len(want) + 7, 7):
                    page = svc.search(
                        a,
                        ParticipantQuery(
                            text=text, sort=sort, descending=descending, offset=offset, limit=7
                        ),
                    )
                    assert page.total == len(want), (text, sort, descending, offset)
                    got.extend(r.id for r in page.rows)
                assert got == [r.id for r in want], (text, sort, descending)


def test_text_and_filters_together(coordinator: SignedIn) -> None:
    live = enroll_many(coordinator)
    svc = ParticipantService(coordinator.store)
    window = (date(2027, 2, 1), date(2027, 5, 1))
    for text in ("m", "ma a", "q"):
        want = {
            r.id
            for r in live
            if matches(r, text)
            and r.housing_unit == "B"
            and r.projected_release_date is not None
            and window[0] <= r.projected_release_date <= window[1]
        }
        page = svc.search(
            coordinator.actor,
            ParticipantQuery(
                text=text,
                housing_unit="B",
                release_from=window[0],
                release_to=window[1],
                statuses=(ParticipantStatus.REFERRED, ParticipantStatus.ENROLLED),
                limit=1000,
            ),
        )
        assert {r.id for r in page.rows} == {
            r.id
            for r in live
            if r.id in want and r.status in (ParticipantStatus.REFERRED, ParticipantStatus.ENROLLED)
        }
        assert page.total == len(page.rows)


def test_the_branches_each_need_one_index() -> None:
    assert len(text_branches("ma")) == 3  # last name, first name, DOC number
    assert len(text_branches("ma lu")) == 2  # a space: not a DOC number
    assert len(text_branches("-")) == 1  # no word to fold, still a DOC prefix
    assert text_branches("   ") == []


def test_a_status_filter_lists_the_same_whichever_index_reads_it(
    coordinator: SignedIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = enroll_many(coordinator)
    svc = ParticipantService(coordinator.store)
    screened = (ParticipantStatus.SCREENED,)
    want_ids = {r.id for r in live if r.status is ParticipantStatus.SCREENED}
    for broad in (0, 10_000):  # every filter "broad" (sort's index) / none (status index)
        monkeypatch.setattr(participants, "BROAD_FILTER", broad)
        for sort in SORTS:
            for descending in (False, True):
                want = sorted(
                    (r for r in live if r.id in want_ids),
                    key=lambda r: sort_key(r, sort),
                    reverse=descending,
                )
                got: list[str] = []
                for offset in range(0, len(want) + 5, 5):
                    query = ParticipantQuery(
                        statuses=screened, sort=sort, descending=descending, offset=offset, limit=5
                    )
                    page = svc.search(coordinator.actor, query)
                    assert page.total == len(want)
                    got.extend(r.id for r in page.rows)
                assert got == [r.id for r in want], (broad, sort, descending)
