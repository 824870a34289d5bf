"""``peerdesk demo``: fill a site with realistic, made-up records, the same for the same seed.

Everything is written in one unit of work, straight through the ORM tables in batches (no
per-record service calls: 100,000 participants take minutes, not hours). Each record carries
the sync columns and a change-log entry, so demo data can be exported in bundles; one audit
entry, ``demo.generate``, records the run. Cancelling (the progress callback returns False)
rolls everything back.

Consent recipients: every other site known to this store (``sites`` rows that are not local)
is taken as a trusted office. With none, consents name "County Reentry Office" with no site id.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.clock import Clock, utcnow
from peerdesk.db import audit_log
from peerdesk.db.change_tracking import LAST_STAMP_KEY, next_stamp
from peerdesk.db.models import (
    MentorRow,
    MetaRow,
    MilestoneRow,
    ParticipantRow,
    PartnerRow,
    PathwayPhaseRow,
    PathwayRow,
    SiteRow,
    UserRow,
)
from peerdesk.db.store import Store
from peerdesk.domain.errors import PeerdeskError, ValidationError
from peerdesk.domain.roles import Action, Role
from peerdesk.services.access import require
from peerdesk.services.actor import Actor
from peerdesk.services.demo import groups, matches, people, support, vocab
from peerdesk.services.demo.context import Ctx
from peerdesk.services.demo.mentors import make_mentors, mentor_roles
from peerdesk.services.demo.writer import BatchWriter, Ids, Stamps, large_cache

T = TypeVar("T")
#: Participants generated (and written) per step; also the unit of progress.
CHUNK = 1000
MAX_PARTICIPANTS = 1_000_000
#: Called with (participants done, participants asked for); returning False cancels.
Progress = Callable[[int, int], bool]


class DemoCancelled(PeerdeskError):
    """The progress callback asked to stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Demo data generation was cancelled; nothing was written.")


@dataclass(frozen=True)
class DemoReport:
    """What a run wrote: rows per table (table name order), change-log entries included."""

    participants: int
    seed: int
    as_of: date
    rows: tuple[tuple[str, int], ...]

    def count(self, table: str) -> int:
        return dict(self.rows).get(table, 0)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.rows)


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class DemoService:
    """Generates demo data into one open store."""

    def __init__(self, store: Store, clock: Clock = utcnow) -> None:
        self.store = store
        self.clock = clock

    def generate(
        self,
        actor: Actor,
        participants: int,
        *,
        seed: int = 1,
        as_of: date | None = None,
        append: bool = False,
        progress: Progress | None = None,
    ) -> DemoReport:
        """Write ``participants`` made-up participants and everything around them.

        Args:
            actor: a coordinator (needs participant.edit and mentor.manage).
            participants: how many participants, 1 to 1,000,000.
            seed: the same seed (on the same store state and ``as_of``) gives the same data.
            as_of: the day the data ends ("today" of the demo); default today.
            append: allow a store that already has participants.
            progress: told after each step; return False to cancel (nothing is kept).

        Raises:
            PermissionDenied: the role may not do this.
            ValidationError: a bad count or date, or the store already has participants.
            DemoCancelled: the progress callback returned False.
        """
        require(self.store, actor, Action.PARTICIPANT_EDIT, object_type="demo", clock=self.clock)
        require(self.store, actor, Action.MENTOR_MANAGE, object_type="demo", clock=self.clock)
        now = self.clock()
        base = as_of or now.date()
        if not 1 <= participants <= MAX_PARTICIPANTS:
            raise ValidationError(
                "participants", f"Ask for 1 to {MAX_PARTICIPANTS:,} participants."
            )
        if base > now.date():
            raise ValidationError("as_of", "The demo date cannot be in the future.")
        if base.year < 2000:
            raise ValidationError("as_of", "The demo date must be in the year 2000 or later.")
        with large_cache(self.store.engine), self.store.uow() as uow:
            s = uow.session
            existing = int(s.scalar(select(func.count()).select_from(ParticipantRow)) or 0)
            if existing and not append:
                raise ValidationError(
                    "participants",
                    "This site already has participants. Demo data goes into an empty site, "
                    "or add it anyway with --append.",
                )
            # Appending with a seed used before must not make the same ids again.
            rng = random.Random(f"{seed}+{existing}" if existing else seed)  # noqa: S311
            first = next_stamp(s, actor.site_id, now)
            writer = BatchWriter(
                s, actor.site_id, now, Stamps(first, int(now.timestamp() * 1000)), Ids(rng)
            )
            ctx = self._context(s, actor, rng, writer, base)
            self._run(s, ctx, participants, progress)
            writer.flush()
            meta = s.get(MetaRow, LAST_STAMP_KEY)
            assert meta is not None  # next_stamp wrote it
            meta.value = str(writer.stamps.last)
            audit_log.append(
                s,
                at=self.clock(),
                actor=actor.username,
                action="demo.generate",
                object_type="demo",
                object_id=f"participants={participants},seed={seed}",
            )
            rows = sorted(writer.counts.items())
            rows.append(("change_log", sum(n for _, n in rows)))
            return DemoReport(participants, seed, base, tuple(sorted(rows)))

    def _context(
        self, s: Session, actor: Actor, rng: random.Random, writer: BatchWriter, base: date
    ) -> Ctx:
        local = s.scalars(select(SiteRow).where(SiteRow.is_local.is_(True))).one()
        others = s.execute(
            select(SiteRow.name, SiteRow.id).where(SiteRow.is_local.is_(False)).order_by(SiteRow.id)
        ).all()
        recipients: list[tuple[str, str | None]] = [(n, i) for n, i in others]
        recipients = recipients or [(vocab.DEFAULT_RECIPIENT, None)]
        ctx = Ctx(
            rng=rng,
            writer=writer,
            base=base,
            actor=actor.username,
            actor_role=actor.role.value,
            site_name=local.name,
            facility=local.name if local.kind == "facility" else vocab.FACILITIES[0],
            recipients=recipients,
        )
        ctx.docs.update(
            s.scalars(
                select(ParticipantRow.doc_number).where(
                    ParticipantRow.origin_site_id == actor.site_id
                )
            )
        )
        return ctx

    def _run(self, s: Session, ctx: Ctx, total: int, progress: Progress | None) -> None:
        w = ctx.writer
        pathway = _existing_pathway(s) or support.make_pathway(ctx)
        partners = _existing_partners(s) or support.make_partners(ctx, 12 + total // 4000)
        roles = mentor_roles(max(6, round(total / 8)), most_linked=total // 2)
        linked_roles = [r for r in roles if r]
        linked: dict[str, people.Person] = {}
        seen: dict[str, int] = {}
        first = []
        for role in linked_roles:
            p = people.make_person(ctx, w.ids(), role)
            linked[f"{role}:{seen.get(role, 0)}"] = p
            seen[role] = seen.get(role, 0) + 1
            first.append(p)
        for batch in _batches(first, CHUNK):
            for p in batch:
                people.write_person(ctx, p)
            w.flush()
        mentors = make_mentors(ctx, roles, linked, _free_accounts(s))
        pools = matches.Pools(
            [m for m in mentors if m.side == "facility"],
            [m for m in mentors if m.side == "community"],
        )
        done = 0

        def step(batch: Sequence[people.Person]) -> None:
            nonlocal done
            people.keep_separates(ctx, list(batch))
            groups.groups(ctx, list(batch), pools)
            for p in batch:
                matches.matches(ctx, p, pools)
                support.pathway_progress(ctx, p, pathway)
                support.goals(ctx, p)
                support.referrals(ctx, p, partners)
                support.consents(ctx, p)
                support.incentives(ctx, p)
                support.outcomes(ctx, p)
            w.flush()
            done += len(batch)
            if progress is not None and progress(done, total) is False:
                raise DemoCancelled()

        for batch in _batches(first, CHUNK):
            step(batch)
        while done < total:
            batch = [people.make_person(ctx, w.ids()) for _ in range(min(CHUNK, total - done))]
            for p in batch:
                people.write_person(ctx, p)
            step(batch)


def _free_accounts(s: Session) -> list[tuple[str, str]]:
    """Active peer educator accounts not linked to a mentor yet, by user name."""
    linked = select(MentorRow.user_id).where(
        MentorRow.user_id.is_not(None), MentorRow.deleted.is_(False)
    )
    rows = s.execute(
        select(UserRow.id, UserRow.username)
        .where(
            UserRow.role == Role.PEER_EDUCATOR.value,
            UserRow.active.is_(True),
            UserRow.id.not_in(linked),
        )
        .order_by(UserRow.username)
    ).all()
    return [(i, n) for i, n in rows]


def _existing_pathway(s: Session) -> support.Pathway | None:
    """With --append, the demo pathway made before (so there is one definition, not two)."""
    pathway_id = s.scalar(
        select(PathwayRow.id)
        .where(PathwayRow.name == vocab.PATHWAY_NAME, PathwayRow.deleted.is_(False))
        .order_by(PathwayRow.created_at, PathwayRow.id)
        .limit(1)
    )
    if pathway_id is None:
        return None
    out = support.Pathway()
    phases = s.execute(
        select(PathwayPhaseRow.id, PathwayPhaseRow.kind)
        .where(PathwayPhaseRow.pathway_id == pathway_id, PathwayPhaseRow.deleted.is_(False))
        .order_by(PathwayPhaseRow.position)
    ).all()
    for phase_id, kind in phases:
        milestones = s.scalars(
            select(MilestoneRow.id)
            .where(MilestoneRow.phase_id == phase_id, MilestoneRow.deleted.is_(False))
            .order_by(MilestoneRow.position)
        ).all()
        out.phases.setdefault(kind, (phase_id, list(milestones)))
    return out


def _existing_partners(s: Session) -> list[support.Partner]:
    rows = s.execute(
        select(PartnerRow.id, PartnerRow.service_types)
        .where(PartnerRow.deleted.is_(False), PartnerRow.active.is_(True))
        .order_by(PartnerRow.id)
    ).all()
    return [
        support.Partner(i, tuple(t for t in types.split(",") if t) or ("housing",))
        for i, types in rows
    ]
