"""This site's signing key and age identity.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_keys",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("age_identity", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("retired_at", sa.String(40), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_site_keys_site_id_sites"),
        sa.PrimaryKeyConstraint("id", name="pk_site_keys"),
    )
    op.create_index("ix_site_keys_site_id", "site_keys", ["site_id"])


def downgrade() -> None:
    op.drop_table("site_keys")
