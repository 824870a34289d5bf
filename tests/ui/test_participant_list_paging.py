"""The participants table asks each further page after the last row it holds (keyset paging).

Counting off the rows already shown (OFFSET) took up to a second a page deep in 100,000
participants; reading on from the last row's sort key is as fast at row 99,900 as at row 200.
"""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from peerdesk.services.auth import SignedIn
from peerdesk.services.participants import (
    ParticipantPage,
    ParticipantQuery,
    ParticipantService,
)
from peerdesk.ui.participant_table_model import PAGE_SIZE, ParticipantTableModel
from peerdesk.ui.task_runner import SyncTaskRunner
from tests.ui.factories_ui import add_participants

ROWS = 2 * PAGE_SIZE + 37


class Recorder:
    """The service's search, remembering each query and the page it gave."""

    def __init__(self, signed: SignedIn) -> None:
        self.svc = ParticipantService(signed.store)
        self.actor = signed.actor
        self.asked: list[tuple[ParticipantQuery, ParticipantPage]] = []

    def __call__(self, query: ParticipantQuery) -> ParticipantPage:
        page = self.svc.search(self.actor, query)
        self.asked.append((query, page))
        return page

    def whole(self, query: ParticipantQuery) -> list[str]:
        everyone = self.svc.search(self.actor, replace(query, offset=0, limit=1000))
        return [r.id for r in everyone.rows]


def model_ids(model: ParticipantTableModel) -> list[str]:
    return [model.participant_id(r) for r in range(model.rowCount())]


def test_each_further_page_is_asked_after_the_last_row_held(
    qtbot: QtBot,
    qtmodeltester,
    coordinator: SignedIn,  # type: ignore[no-untyped-def]
) -> None:
    add_participants(coordinator, ROWS)
    search = Recorder(coordinator)
    model = ParticipantTableModel(search, SyncTaskRunner())
    for sort in ("name", "release", "unit"):
        for descending in (False, True):
            query = ParticipantQuery(sort=sort, descending=descending)
            model.set_query(query)
            search.asked.clear()
            while model.canFetchMore():
                model.fetchMore()
            assert model_ids(model) == search.whole(query)  # the rows OFFSET paging gives
            assert len(search.asked) == 2
            for n, (asked, _page) in enumerate(search.asked, start=1):
                held = n * PAGE_SIZE
                before = search.svc.search(
                    search.actor, replace(query, offset=held - 1, limit=1)
                ).last_key
                assert (asked.offset, asked.after) == (held, before)
            qtmodeltester.check(model)


def test_a_new_query_starts_again_from_the_first_page(coordinator: SignedIn) -> None:
    add_participants(coordinator, ROWS)
    search = Recorder(coordinator)
    model = ParticipantTableModel(search, SyncTaskRunner())
    model.set_query(ParticipantQuery())
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    model.set_query(replace(model.query, text="person0001"))
    asked, _page = search.asked[-1]
    assert (asked.offset, asked.after) == (0, None)
    assert model.query.after is None
    assert model.rowCount() == 10


def test_rows_removed_while_scrolling_are_not_skipped_past(coordinator: SignedIn) -> None:
    add_participants(coordinator, ROWS)
    search = Recorder(coordinator)
    model = ParticipantTableModel(search, SyncTaskRunner())
    model.set_query(ParticipantQuery(sort="doc_number"))
    first_rows = model_ids(model)
    for pid in first_rows[:5]:  # gone from the first page after it was shown
        search.svc.tombstone(coordinator.actor, pid)
    while model.canFetchMore():
        model.fetchMore()
    rest = search.whole(ParticipantQuery(sort="doc_number"))[PAGE_SIZE - 5 :]
    assert model_ids(model) == first_rows + rest  # nobody skipped, nobody twice
    assert len(set(model_ids(model))) == model.rowCount()
