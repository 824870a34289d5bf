"""Random edits, deletions and exchanges between real sites, for the convergence properties.

``Exchanges`` plays a list of operations on named sites (``"fac"``, ``"off"``, ``"east"``)
through real bundles and keeps a ``Model`` of which edits each site has seen, so a test can
check that every edit no later edit saw is either the final value or kept in a conflict
record somewhere.

Operations: ``("edit", site, field, value)``, ``("delete", site)``, ``("send", sender)`` (to
the other of two sites) or ``("send", (sender, receiver))``, and ``("resolve", site, keep)``
(a person there resolves the oldest open conflict, ``kept`` or ``other``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from peerdesk.db.models import ConflictRow, ParticipantRow
from tests.factories_sync import consent, delete_row, edit_row, enroll, exchange

Site = Any  # a SignedIn
Aside = Callable[[Site, str, str], set[Any]]


@dataclass
class Edit:
    side: str
    field: str
    value: str
    seen: frozenset[int]


@dataclass
class Model:
    """Which edits each site has seen (an exchange passes on everything the sender knows)."""

    edits: list[Edit] = field(default_factory=list)
    known: dict[str, set[int]] = field(default_factory=lambda: {"fac": set(), "off": set()})

    def edit(self, side: str, name: str, value: str) -> None:
        self.edits.append(Edit(side, name, value, frozenset(self.known[side])))
        self.known[side].add(len(self.edits) - 1)

    def send(self, sender: str, receiver: str) -> None:
        self.known[receiver] |= self.known[sender]

    def maximal(self) -> list[Edit]:
        """Edits no later edit saw. Two edits that wrote the same value to the same field are
        one fact: when a later edit saw either of them, it replaced that value knowingly."""
        seen_by_later = set().union(*(e.seen for e in self.edits)) if self.edits else set()
        replaced = {(self.edits[i].field, self.edits[i].value) for i in seen_by_later}
        return [
            e
            for i, e in enumerate(self.edits)
            if i not in seen_by_later and (e.field, e.value) not in replaced
        ]


def row(signed: Site, pid: str) -> dict[str, Any]:
    """The participant row, every column."""
    t = ParticipantRow.__table__
    with signed.store.uow(write=False) as uow:
        return dict(uow.session.execute(select(t).where(t.c.id == pid)).mappings().one())


class Exchanges:
    """Named sites exchanging real bundles, each in a fresh folder under ``root``."""

    def __init__(self, sites: Mapping[str, Site], root: Path) -> None:
        self.sites = sites
        self.root = root / f"x-{uuid.uuid4().hex[:12]}"  # hypothesis reuses tmp_path
        self.model = Model(known={k: set() for k in sites})
        self._n = 0
        self.deleted = False

    def send(self, sender: str, receiver: str) -> None:
        self._n += 1
        exchange(self.sites[sender], self.sites[receiver], self.root / f"usb{self._n}")
        self.model.send(sender, receiver)

    def share(self) -> str:
        """A participant enrolled at ``fac`` that every site holds, with consents between
        the office and each other site (the office is the hub); returns its id."""
        fac, off = self.sites["fac"], self.sites["off"]
        pid = enroll(fac)
        consent(fac, pid, off.actor.site_id)
        self.send("fac", "off")
        consent(off, pid, fac.actor.site_id)
        for name in [n for n in self.sites if n not in ("fac", "off")]:
            other = self.sites[name]
            consent(off, pid, other.actor.site_id)
            self.send("off", name)
            consent(other, pid, off.actor.site_id)
            self.send(name, "off")
        self.send("off", "fac")
        return pid

    def play(self, pid: str, ops: Iterable[tuple[Any, ...]]) -> None:
        """Run the operations on ``pid`` (an edit to the value already held is skipped, a
        deletion of a deleted record too); ``deleted`` tells whether any deletion ran."""
        for o in ops:
            if o[0] == "edit":
                _, side, name, value = o
                if row(self.sites[side], pid)[name] != value:
                    edit_row(self.sites[side], ParticipantRow, pid, **{name: value})
                    self.model.edit(side, name, value)
            elif o[0] == "resolve":
                self.resolve(pid, o[1], o[2])
            elif o[0] == "send":
                if isinstance(o[1], tuple):
                    self.send(*o[1])
                else:
                    (other,) = (n for n in self.sites if n != o[1])
                    self.send(o[1], other)
            elif not row(self.sites[o[1]], pid)["deleted"]:
                delete_row(self.sites[o[1]], ParticipantRow, pid)
                self.deleted = True

    def resolve(self, pid: str, side: str, keep: str) -> None:
        """A person at ``side`` resolves the oldest open conflict about ``pid`` (a deletion's
        only ``kept``); choosing the value set aside writes it: an edit made knowing what
        ``side`` knows."""
        from peerdesk.services.sync_service import SyncService

        svc = SyncService(self.sites[side].store)
        actor = self.sites[side].actor
        waiting = [c for c in svc.list_conflicts(actor) if c.record_id == pid]
        if not waiting:
            return
        c = waiting[0]
        keep = "kept" if c.field == "deleted" else keep
        if svc.resolve_conflict(actor, c.id, keep) == "other":  # type: ignore[arg-type]
            self.model.edit(side, c.field, json.loads(c.other_value))

    def resolve_all(self, pid: str, side: str, keep: str) -> int:
        """A person at ``side`` resolves every open conflict about ``pid``; returns how many."""
        n = 0
        while self._open(pid, side):
            self.resolve(pid, side, keep)
            n += 1
        return n

    def _open(self, pid: str, side: str) -> bool:
        return self.open_count(pid, side) > 0

    def open_count(self, pid: str, side: str) -> int:
        """How many conflicts about ``pid`` wait for a person at ``side``."""
        from peerdesk.services.sync_service import SyncService

        waiting = SyncService(self.sites[side].store).list_conflicts(self.sites[side].actor)
        return sum(c.record_id == pid for c in waiting)

    def split_settlements(self, pid: str) -> list[tuple[str, ...]]:
        """Conflicts about ``pid`` open at one site and resolved at another (by field and
        stamps)."""
        state: dict[tuple[str, ...], set[bool]] = {}
        for s in self.sites.values():
            with s.store.uow(write=False) as uow:
                query = select(ConflictRow).where(ConflictRow.record_id == pid)
                for c in uow.session.scalars(query):
                    key = (c.record_id, c.field, *sorted((c.kept_stamp, c.other_stamp)))
                    state.setdefault(key, set()).add(c.resolved_at is None)
        return [k for k, open_ in state.items() if len(open_) > 1]

    def converged(self, pid: str, edges: Sequence[tuple[str, str]]) -> dict[str, Any]:
        """Send along ``edges`` in order, then check every site holds the same row of
        ``pid`` (every column); returns that row."""
        for edge in edges:
            self.send(*edge)
        rows = [row(s, pid) for s in self.sites.values()]
        assert all(r == rows[0] for r in rows[1:]), "the sites did not converge"
        return rows[0]

    def lost_silently(self, pid: str, final: Mapping[str, Any], aside: Aside) -> list[Edit]:
        """Maximal edits that are neither the final value nor kept aside on any site
        (``aside(site, pid, field)``: the values a site keeps in its conflict records)."""
        out = []
        for e in self.model.maximal():
            if final[e.field] != e.value:
                lost = set().union(*(aside(s, pid, e.field) for s in self.sites.values()))
                if e.value not in lost:
                    out.append(e)
        return out
