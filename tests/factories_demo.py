"""Demo-data helpers for tests: generate into a signed-in store and read tables back."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from peerdesk.db.models import Base
from peerdesk.services.auth import SignedIn
from peerdesk.services.demo import DemoReport, DemoService

AS_OF = date(2026, 3, 1)


def generate(signed: SignedIn, participants: int = 50, seed: int = 3, **kw: Any) -> DemoReport:
    kw.setdefault("as_of", AS_OF)
    return DemoService(signed.store).generate(signed.actor, participants, seed=seed, **kw)


def synced_tables() -> list[str]:
    return sorted(t.name for t in Base.metadata.sorted_tables if "origin_site_id" in t.columns)


def table_counts(signed: SignedIn) -> dict[str, int]:
    with signed.store.uow(write=False) as uow:
        return {
            t.name: int(uow.session.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }


def rows(signed: SignedIn, model: type) -> list[Any]:
    with signed.store.uow(write=False) as uow:
        return list(uow.session.scalars(select(model)))
