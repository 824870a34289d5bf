"""The participants list's query: text, filters, order and one page, all in SQL.

A text search is a name prefix per word (last or first name) or a DOC number prefix. Written
as one ``WHERE (last OR first OR doc)``, SQLite answers it by collecting every matching row
and reading it; a one-letter search at 100,000 participants matches ~20,000 of them and took
~200 ms to count and page. Here it is a UNION ALL of disjoint branches, one per index: the
first word as a last-name prefix, as a first-name prefix (last name not matching), and the
DOC number (names not matching). The name indexes hold the sort keys, the tombstone flag and
the id (migration 0009), so counting and picking the page read only index entries and need
no removal of doubles; the page's rows are then read by id. The same search: count
110 -> 6 ms, the page's ids 42 -> 10 ms.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    false,
    func,
    not_,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.sql.selectable import Subquery

from peerdesk.db.models import ParticipantRow
from peerdesk.domain.text_keys import fold

P = ParticipantRow

#: Sort keys per sort name; the id always comes last so pages never overlap.
SORTS: dict[str, tuple[Any, ...]] = {
    "name": (P.search_last, P.search_first),
    "doc_number": (P.doc_number,),
    "status": (P.status, P.search_last),
    "release": (P.projected_release_date, P.search_last),
    "unit": (P.housing_unit, P.search_last),
}
#: Sort keys that may be NULL (no projected release date): only ever a sort's first key.
NULLABLE = (P.projected_release_date,)

#: The columns of one list row.
SUMMARY_COLUMNS = (
    P.id,
    P.doc_number,
    P.legal_last_name,
    P.legal_first_name,
    P.preferred_name,
    P.date_of_birth,
    P.housing_unit,
    P.status,
    P.projected_release_date,
)

#: At most this many words of the search text are used.
MAX_WORDS = 4


def prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index-friendly range (no LIKE)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _word(word: str) -> ColumnElement[bool]:
    return or_(prefix_range(P.search_last, word), prefix_range(P.search_first, word))


def text_branches(text: str) -> list[ColumnElement[bool]]:
    """The search ``text`` as disjoint conditions whose OR is the match, each served by one
    index (so their rows can be counted and merged without removing doubles).

    Every word must start the last or the first name; the first word picks the index: its
    last-name branch, then its first-name branch for rows whose last name does not match,
    the other words checked on the same index entry. A text without spaces may also start a
    DOC number: a third branch for rows no name branch took. No branch: nothing matches.
    """
    words = fold(text).split()[:MAX_WORDS]
    branches: list[ColumnElement[bool]] = []
    by_name: ColumnElement[bool] | None = None
    if words:
        first, rest = words[0], [_word(w) for w in words[1:]]
        last_starts = prefix_range(P.search_last, first)
        branches.append(and_(last_starts, *rest))
        branches.append(and_(prefix_range(P.search_first, first), not_(last_starts), *rest))
        by_name = and_(_word(first), *rest)
    stripped = text.strip()
    if stripped and " " not in stripped:
        by_doc = prefix_range(P.doc_number, stripped.upper())
        branches.append(by_doc if by_name is None else and_(by_doc, not_(by_name)))
    return branches


class ListQuery:
    """The statements for one request of the list: the page and the count.

    A page is found one of two ways. With ``after`` (the sort key of the row just before
    it, which the list knows from the page it already holds) it is read from that key along
    the sort's index ("keyset" paging): as fast at row 99,900 as at row 0, for every sort,
    filter and search. With an ``offset`` alone, the page's ids are picked from the index
    entries first (skipping ``offset`` entries without reading their rows) and only those
    rows are read. Both give exactly the rows ``OFFSET`` would.

    Args:
        conditions: what every row must meet (not deleted, visible, the filters).
        text: the search text ("" for none).
        sort: a key of :data:`SORTS`.
        descending: reverse the order.
        broad: a search matching many people (see :attr:`sorted_apart`) is read along the
            sort's index, each row checked against the matches; a narrow one the other way
            round (its rows by id, then sorted). "m" sorted by unit at 100,000: 390 -> 95 ms.
    """

    def __init__(
        self,
        conditions: list[ColumnElement[bool]],
        text: str,
        sort: str,
        descending: bool,
        *,
        broad: bool = False,
    ) -> None:
        self._keys: tuple[Any, ...] = (*SORTS[sort], P.id)
        self._broad = broad
        self._order = _order(self._keys, descending)
        self._conditions = conditions
        self._sort = sort
        self._descending = descending
        stripped = text.strip()
        self._matched: Subquery | None = None
        if stripped:
            branches = text_branches(stripped)
            if branches:
                self._matched = union_all(
                    *(
                        select(P.id, P.search_last, P.search_first).where(*conditions, b)
                        for b in branches
                    )
                ).subquery("matched")
            else:
                self._conditions = [*conditions, false()]

    @property
    def sorted_apart(self) -> bool:
        """Whether rows matching the text are sorted by a key the name indexes do not hold,
        so how many match (:meth:`count`) decides how to read a page (``broad``)."""
        return self._matched is not None and self._sort != "name"

    def count(self) -> Select[Any]:
        """``SELECT count(*)`` of every row the request matches."""
        if self._matched is not None:
            return select(func.count()).select_from(self._matched)
        ids = select(P.id).where(*self._conditions)
        return select(func.count()).select_from(ids.subquery())

    def key_of(self, row: Sequence[Any]) -> tuple[Any, ...]:
        """The sort key of a row of :meth:`page` (its ``after`` for the next page)."""
        return (*row[len(SUMMARY_COLUMNS) :], row[0])

    def page(
        self, offset: int, limit: int, after: tuple[Any, ...] | None = None
    ) -> Select[*tuple[Any, ...]]:
        """The list columns, then the sort key's, of one page of rows in order.

        Args:
            offset: how many rows come before the page (ignored when ``after`` is given).
            limit: the most rows to read.
            after: the :meth:`key_of` the row just before the page.
        """
        rows = select(*SUMMARY_COLUMNS, *self._keys[:-1]).order_by(*self._order)
        matched = self._matched
        if matched is None:
            if after is not None:
                return rows.where(*self._conditions, self._later(self._keys, after)).limit(limit)
            if offset == 0:
                return rows.where(*self._conditions).limit(limit)
            ids = select(P.id).where(*self._conditions).order_by(*self._order)
            return rows.where(P.id.in_(ids.offset(offset).limit(limit)))
        if self._sort == "name":
            # The page's ids in name order from the index entries alone, then their rows.
            keys = (matched.c.search_last, matched.c.search_first, matched.c.id)
            ids = select(matched.c.id).order_by(*_order(keys, self._descending)).limit(limit)
            ids = ids.offset(offset) if after is None else ids.where(self._later(keys, after))
            return rows.where(P.id.in_(ids))
        # ``id || ''``: no index answers it, so SQLite walks the sort's index instead.
        pid = P.id.concat("") if self._broad else P.id
        found = rows.where(pid.in_(select(matched.c.id))).limit(limit)
        if after is None:
            return found.offset(offset)
        return found.where(self._later(self._keys, after))

    def _later(self, keys: Sequence[Any], after: tuple[Any, ...]) -> ColumnElement[bool]:
        """Rows after the key ``after`` in this order (NULL sorts first, as in :func:`_order`)."""
        if len(after) != len(keys):
            raise ValueError("after: one value per sort key")

        def beyond(columns: Sequence[Any], values: Sequence[Any]) -> ColumnElement[bool]:
            ours, theirs = tuple_(*columns), tuple_(*values)
            return ours < theirs if self._descending else ours > theirs

        if not _nullable(keys[0]):
            return beyond(keys, after)
        first = keys[0]
        if after[0] is None:  # among the NULLs: first when ascending, last when descending
            among = and_(first.is_(None), beyond(keys[1:], after[1:]))
            return among if self._descending else or_(among, first.is_not(None))
        ahead = beyond(keys, after)  # a comparison with NULL is never true
        return or_(ahead, first.is_(None)) if self._descending else ahead


def _order(keys: Sequence[Any], descending: bool) -> list[Any]:
    """ORDER BY ``keys``; a key that may be NULL puts NULLs first (last when descending),
    as SQLite does anyway, said out loud so PostgreSQL pages the same way."""
    order = []
    for key in keys:
        term = key.desc() if descending else key.asc()
        if _nullable(key):
            term = term.nulls_last() if descending else term.nulls_first()
        order.append(term)
    return order


def _nullable(key: Any) -> bool:
    return any(key is column for column in NULLABLE)  # by identity: == builds SQL
