"""Settlements travel: a conflict resolved at one site closes the same conflict at the others.

``sync_conflicts.settled_seq`` numbers the settlements this site passes on (a person resolved
the conflict here, or a settlement from another site closed it here; 0: nothing to pass on),
in the order they were made; ``sync_conflicts.settled_site_id`` names the site where a
conflict closed by a settlement was resolved ("" when resolved here). ``bundle_log.settled_to``
is the highest ``settled_seq`` when a bundle was written, and ``sync_peers.acked_settled_seq``
the ``settled_to`` of the last bundle of this site's the peer acknowledged: a settlement
travels to a peer until it acknowledged a bundle written after it (``import_settled``).
Every export reads the settlements above a peer's number, and every resolution the highest
number: an index on ``settled_seq`` keeps both cheap however many conflicts a site keeps.

Revision ID: 0012
Revises: 0011
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _columns() -> list[tuple[str, sa.Column[Any]]]:
    """(table, new column): fresh objects each time (a column belongs to one table)."""
    return [
        (
            "sync_conflicts",
            sa.Column("settled_seq", sa.Integer(), nullable=False, server_default="0"),
        ),
        (
            "sync_conflicts",
            sa.Column("settled_site_id", sa.String(length=36), nullable=False, server_default=""),
        ),
        ("bundle_log", sa.Column("settled_to", sa.Integer(), nullable=False, server_default="0")),
        (
            "sync_peers",
            sa.Column("acked_settled_seq", sa.Integer(), nullable=False, server_default="0"),
        ),
    ]


def upgrade() -> None:
    for name, column in _columns():
        op.add_column(name, column)
    op.create_index(op.f("ix_sync_conflicts_settled_seq"), "sync_conflicts", ["settled_seq"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_conflicts_settled_seq"), table_name="sync_conflicts")
    for name, column in reversed(_columns()):
        with op.batch_alter_table(name) as batch:
            batch.drop_column(column.name)
