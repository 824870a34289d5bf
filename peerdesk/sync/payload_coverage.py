"""Who the consents naming one recipient cover: today, and at the last acknowledged export.

- ``general`` / ``sud``: participants a consent covers today (general data / Part 2 records),
  by ``consent_rules.is_in_force``;
- ``known_general`` / ``known_sud``: participants the last *acknowledged* export covered: the
  consent rows as they stood at the acknowledgment (a consent recorded later does not count; a
  revocation recorded later is set aside), on the date that export was written (from the
  bundle log, by its ``change_seq_to``). The recipient holds their records. Empty when nothing
  was acknowledged yet, or when that export is not in the log (then everyone covered counts as
  new: more is sent, nothing is missed).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.db.models import BundleLogRow, ChangeLogRow, ConsentRow
from peerdesk.domain.consent_rules import is_in_force


@dataclass(frozen=True)
class _Terms:
    """The dated terms of a consent, as ``is_in_force`` reads them."""

    signed_on: date
    expires_on: date | None
    revoked_on: date | None
    scope_general: bool
    scope_sud: bool


@dataclass(frozen=True)
class Coverage:
    """Who the consents naming one recipient cover: today, and at the acknowledged export."""

    general: frozenset[str]
    sud: frozenset[str]
    known_general: frozenset[str] = frozenset()
    known_sud: frozenset[str] = frozenset()
    #: consent id -> participant id, for every consent naming the recipient.
    consent_owner: Mapping[str, str] = field(default_factory=dict)

    @functools.cached_property
    def anyone(self) -> frozenset[str]:
        return self.general | self.sud

    @functools.cached_property
    def known(self) -> frozenset[str]:
        return self.known_general | self.known_sud

    @functools.cached_property
    def newly(self) -> frozenset[str]:
        """Covered now (in some scope) but not at the acknowledged export."""
        return (self.general - self.known_general) | (self.sud - self.known_sud)


def acked_export_dates(s: Session, site: str, acked: int) -> list[date]:
    """The dates of the exports whose end is the acknowledged change (logged as sent)."""
    if acked <= 0:
        return []
    b = BundleLogRow
    rows = s.scalars(
        select(b.at).where(
            b.peer_site_id == site,
            b.direction.in_(("sent", "failed")),
            b.change_seq_to == acked,
        )
    )
    return sorted({date.fromisoformat(at[:10]) for at in rows})


def coverage(s: Session, site: str, acked: int, on: date) -> Coverage:
    """Coverage of the consents naming ``site`` on ``on``, and at the acknowledged export."""
    c = ConsentRow
    rows = s.execute(
        select(
            c.id,
            c.participant_id,
            c.deleted,
            c.signed_on,
            c.expires_on,
            c.revoked_on,
            c.scope_general,
            c.scope_sud,
        ).where(c.recipient_site_id == site)
    ).all()
    terms = {
        r.id: _Terms(r.signed_on, r.expires_on, r.revoked_on, r.scope_general, r.scope_sud)
        for r in rows
    }
    owner = {r.id: r.participant_id for r in rows}
    live = [r.id for r in rows if not r.deleted]
    general = frozenset(owner[i] for i in live if is_in_force(terms[i], on, False))
    sud = frozenset(owner[i] for i in live if is_in_force(terms[i], on, True))
    dates = acked_export_dates(s, site, acked)
    if not dates:
        return Coverage(general, sud, consent_owner=owner)
    existed, later = _consent_history(s, site, acked)
    deleted = {r.id for r in rows if r.deleted}
    then: dict[str, _Terms] = {}
    for cid in existed:
        changed = later.get(cid, set())
        if cid in deleted and "" not in changed:
            continue  # deleted before the acknowledgment
        t = terms[cid]
        if "revoked_on" in changed:  # revoked since: it was in force then (if otherwise so)
            t = replace(t, revoked_on=None)
        then[cid] = t
    known = [
        frozenset(owner[i] for i, t in then.items() if all(is_in_force(t, d, sud) for d in dates))
        for sud in (False, True)
    ]
    return Coverage(general, sud, known[0], known[1], owner)


def _consent_history(s: Session, site: str, acked: int) -> tuple[set[str], dict[str, set[str]]]:
    """Consents naming ``site`` that existed at the acknowledgment, and fields changed since
    (``""`` marks a tombstone)."""
    cl = ChangeLogRow
    ids = select(ConsentRow.id).where(ConsentRow.recipient_site_id == site)
    existed: set[str] = set()
    later: dict[str, set[str]] = defaultdict(set)
    query = select(cl.record_id, cl.seq, cl.fields).where(
        cl.table_name == "consents", cl.record_id.in_(ids)
    )
    for record_id, seq, fields in s.execute(query):
        if seq <= acked:
            existed.add(record_id)
        else:
            later[record_id].update(fields.split(",") if fields else [""])
    return existed, dict(later)
