"""Settlements travel: a conflict resolved at one site closes the same conflict at the others.

``sync_conflicts.settled_seq`` numbers the settlements this site passes on (a person resolved
the conflict here, or a settlement from another site closed it here; 0: nothing to pass on),
in the order they were made; ``sync_conflicts.settled_site_id`` names the site where a
conflict closed by a settlement was resolved ("" when resolved here). ``bundle_log.settled_to``
is the highest ``settled_seq`` when a bundle was written, and ``sync_peers.acked_settled_seq``
the ``settled_to`` of the last bundle of this site's the peer acknowledged: a settlement
travels to a peer until it acknowledged a bundle written after it (``import_settled``).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("sync_conflicts", sa.Column("settled_seq", sa.Integer(), nullable=False, server_default="0")),
    (
        "sync_conflicts",
        sa.Column("settled_site_id", sa.String(length=36), nullable=False, server_default=""),
    ),
    ("bundle_log", sa.Column("settled_to", sa.Integer(), nullable=False, server_default="0")),
    (
        "sync_peers",
        sa.Column("acked_settled_seq", sa.Integer(), nullable=False, server_default="0"),
    ),
)


def upgrade() -> None:
    for name, column in _COLUMNS:
        op.add_column(name, column)


def downgrade() -> None:
    for name, column in reversed(_COLUMNS):
        with op.batch_alter_table(name) as batch:
            batch.drop_column(column.name)
