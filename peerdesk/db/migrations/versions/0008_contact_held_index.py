"""A covering index for "no held contact in N days", the dashboard's largest alert.

The alert asks, for every active match, whether it has a held, not deleted contact since the
cut-off and when its last one was. With only ``(match_id, contact_on)`` indexed, each answer
reads contact rows for their status and tombstone: at 100,000 participants about 100,000
scattered row reads, seconds on a cold start. With status and tombstone in the index, each
answer is one seek in the index.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_contacts_match_held",
        "contacts",
        ["match_id", "status", "deleted", "contact_on"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_match_held", table_name="contacts")
