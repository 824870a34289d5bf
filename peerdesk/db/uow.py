"""Unit of work: one transaction per user action, committed whole or rolled back whole."""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from peerdesk.domain.errors import StoreDamaged

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

_DAMAGE_MARKERS = ("malformed", "not a database", "disk i/o error", "database corrupt")

DAMAGED_MESSAGE = (
    "The database file is damaged and cannot be read. Nothing was changed. "
    "Run 'peerdesk check' and restore from a backup."
)


def is_damage(exc: BaseException) -> bool:
    """Whether a database exception means the file itself is damaged."""
    text = str(getattr(exc, "orig", exc)).lower()
    return any(marker in text for marker in _DAMAGE_MARKERS)


class UnitOfWork:
    """``with store.uow() as uow: uow.session.add(...)`` commits on success, else rolls back.

    A unit of work opened while another is active on the same thread joins it (same session,
    same transaction): the outer one commits or rolls back the whole. Audit entries that must
    survive a rollback (permission denials) are queued with ``keep_after_rollback`` and written
    in their own transaction after the outer one ends.
    """

    def __init__(
        self, engine: Engine, *, write: bool = True, local: threading.local | None = None
    ) -> None:
        self._engine = engine
        self._write = write
        self._local = local if local is not None else threading.local()
        self._outer: UnitOfWork | None = None
        self._kept: list[Callable[[Session], None]] = []
        self.session: Session

    @property
    def nested(self) -> bool:
        return self._outer is not None

    def keep_after_rollback(self, write: Callable[[Session], None]) -> None:
        """Run ``write`` in the outermost transaction, or after it if that rolls back."""
        owner = self._outer or self
        owner._kept.append(write)

    def __enter__(self) -> UnitOfWork:
        from sqlalchemy.orm import Session

        from peerdesk.db.engine import write_engine

        active: UnitOfWork | None = getattr(self._local, "active", None)
        if active is not None:
            self._outer = active
            self.session = active.session
            return self
        bind = write_engine(self._engine) if self._write else self._engine
        self.session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        self._local.active = self
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._outer is not None:
            return  # the outer unit of work decides
        from sqlalchemy.exc import DatabaseError

        try:
            if exc is None:
                try:
                    for write in self._kept:
                        write(self.session)
                    self._kept.clear()
                    self.session.commit()
                except DatabaseError as err:
                    self.session.rollback()
                    if is_damage(err):
                        raise StoreDamaged(DAMAGED_MESSAGE) from err
                    raise
            else:
                self.session.rollback()
                if isinstance(exc, DatabaseError) and is_damage(exc):
                    raise StoreDamaged(DAMAGED_MESSAGE) from exc
        finally:
            self.session.close()
            self._local.active = None
        if self._kept:
            kept, self._kept = self._kept, []
            with UnitOfWork(self._engine, write=True, local=self._local) as again:
                for write in kept:
                    write(again.session)
