"""Participants, their status history, and the change log synced records write to.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("origin_site_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("stamp", sa.String(64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("stamp", sa.String(64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_change_log"),
    )
    op.create_index("ix_change_log_record_id", "change_log", ["record_id"])
    op.create_table(
        "participants",
        sa.Column("doc_number", sa.String(20), nullable=False),
        sa.Column("legal_last_name", sa.String(80), nullable=False),
        sa.Column("legal_first_name", sa.String(80), nullable=False),
        sa.Column("preferred_name", sa.String(80), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("facility", sa.String(120), nullable=False),
        sa.Column("housing_unit", sa.String(40), nullable=False),
        sa.Column("primary_language", sa.String(40), nullable=False),
        sa.Column("gender_identity", sa.String(40), nullable=False),
        sa.Column("release_county", sa.String(80), nullable=False),
        sa.Column("release_city", sa.String(80), nullable=False),
        sa.Column("projected_release_date", sa.Date(), nullable=True),
        sa.Column("actual_release_date", sa.Date(), nullable=True),
        sa.Column("risk_level", sa.String(20), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("search_last", sa.String(80), nullable=False),
        sa.Column("search_first", sa.String(80), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_participants"),
        sa.UniqueConstraint("origin_site_id", "doc_number", name="uq_participants_site_doc"),
    )
    op.create_index("ix_participants_release", "participants", ["projected_release_date"])
    op.create_index("ix_participants_search_first", "participants", ["search_first"])
    op.create_index("ix_participants_search_last", "participants", ["search_last", "search_first"])
    op.create_index("ix_participants_status", "participants", ["status"])
    op.create_index("ix_participants_doc", "participants", ["doc_number"])
    op.create_index("ix_participants_unit", "participants", ["housing_unit"])
    op.create_table(
        "participant_status_history",
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name="fk_participant_status_history_participant_id_participants",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_participant_status_history"),
    )
    op.create_index(
        "ix_participant_status_history_participant_id",
        "participant_status_history",
        ["participant_id"],
    )


def downgrade() -> None:
    op.drop_table("participant_status_history")
    op.drop_table("participants")
    op.drop_table("change_log")
