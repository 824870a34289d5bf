"""Unit of work: one transaction per user action, committed whole or rolled back whole."""

from __future__ import annotations

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
    """``with UnitOfWork(engine) as uow: uow.session.add(...)`` commits on success."""

    def __init__(self, engine: Engine, *, write: bool = True) -> None:
        self._engine = engine
        self._write = write
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        from sqlalchemy.orm import Session

        from peerdesk.db.engine import write_engine

        bind = write_engine(self._engine) if self._write else self._engine
        self.session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        from sqlalchemy.exc import DatabaseError

        try:
            if exc is None:
                try:
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
