"""``peerdesk info``: the site, the schema version and how many records of each type."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.clock import Clock, utcnow
from peerdesk.db.record_types import COUNTED_RECORDS
from peerdesk.db.store import Store
from peerdesk.domain.roles import Action
from peerdesk.services.access import require
from peerdesk.services.actor import Actor


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    name: str
    kind: str
    schema_version: str
    counts: tuple[tuple[str, int], ...]


def site_info(
    store: Store, actor: Actor, clock: Clock = utcnow, *, counts: bool = True
) -> SiteInfo:
    """The site, its schema revision and, with ``counts``, how many records of each type.

    The window asks without counts: counting two million notes takes seconds at scale.
    """
    from sqlalchemy import func, select

    from peerdesk.db.migrate import current_revision
    from peerdesk.db.models import SiteRow

    require(store, actor, Action.SITE_VIEW, clock=clock)
    with store.uow(write=False) as uow:
        s = uow.session
        site = s.scalars(select(SiteRow).where(SiteRow.is_local.is_(True))).one()
        rev = current_revision(s.connection()) or "none"
        if not counts:
            return SiteInfo(site.id, site.name, site.kind, rev, ())
        counted = tuple(
            (
                label,
                int(
                    s.scalar(
                        select(func.count())
                        .select_from(table)
                        .where(*([table.c.deleted.is_(False)] if "deleted" in table.c else []))
                    )
                    or 0
                ),
            )
            for label, table in COUNTED_RECORDS
        )
    return SiteInfo(site.id, site.name, site.kind, rev, counted)


@dataclass(frozen=True)
class KnownSite:
    """Another peerdesk site this one knows of (from a trusted key card)."""

    site_id: str
    name: str
    kind: str


def other_sites(store: Store, actor: Actor, clock: Clock = utcnow) -> tuple[KnownSite, ...]:
    """The other sites this site knows of, by name (for a consent's recipient, say)."""
    from sqlalchemy import select

    from peerdesk.db.models import SiteRow

    require(store, actor, Action.SITE_VIEW, clock=clock)
    with store.uow(write=False) as uow:
        rows = uow.session.scalars(
            select(SiteRow).where(SiteRow.is_local.is_(False)).order_by(SiteRow.name, SiteRow.id)
        )
        return tuple(KnownSite(r.id, r.name, r.kind) for r in rows)
