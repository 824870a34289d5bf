"""Covering indexes for the month's measures and for matching suggestions.

Each index holds every column its measure query reads, so the query walks one compact index
instead of looking up a table row per record (at 100,000 participants the lookups cost
seconds). The narrower indexes they start with are dropped: the covering index
serves every query those served, and SQLite would otherwise sometimes pick the narrower one.
Two partial indexes list the few deleted participants and matches that the measures leave out;
being partial, they cannot tempt the planner for the usual ``deleted IS 0`` filters.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_participants_released", "participants", ("actual_release_date", "deleted", "id")),
    (
        "ix_participant_status_history_measure",
        "participant_status_history",
        ("status", "effective_date", "deleted", "participant_id"),
    ),
    (
        "ix_participant_status_history_person",
        "participant_status_history",
        ("participant_id", "status", "deleted", "effective_date"),
    ),
    (
        "ix_screenings_measure",
        "screenings",
        ("decision", "screened_on", "deleted", "participant_id"),
    ),
    ("ix_group_sessions_measure", "group_sessions", ("held_on", "status", "deleted", "id")),
    (
        "ix_attendance_measure",
        "attendance",
        ("session_id", "status", "deleted", "participant_id"),
    ),
    (
        "ix_contacts_measure",
        "contacts",
        ("contact_on", "status", "deleted", "participant_id", "match_id"),
    ),
    ("ix_matches_started", "matches", ("started_on", "deleted", "participant_id", "closed_on")),
    (
        "ix_referrals_measure",
        "referrals",
        ("made_on", "deleted", "participant_id", "service_type", "status"),
    ),
    (
        "ix_outcomes_measure",
        "outcomes",
        (
            "recorded_on",
            "deleted",
            "participant_id",
            "checkpoint_days",
            "housing",
            "employment",
            "returned_to_custody",
        ),
    ),
    (
        "ix_outcomes_returned",
        "outcomes",
        ("returned_to_custody", "checkpoint_days", "deleted", "participant_id"),
    ),
    ("ix_outcomes_checkpoint", "outcomes", ("checkpoint_days", "deleted", "participant_id")),
    # Matching suggestions: each candidate's open matches, and every active mentor's matching
    # columns (not the whole row).
    ("ix_matches_mentor_open", "matches", ("mentor_id", "status", "deleted")),
    (
        "ix_mentors_suggest",
        "mentors",
        (
            "status",
            "deleted",
            "side",
            "languages",
            "county",
            "lived_experience",
            "interests",
            "gender",
            "date_of_birth",
            "participant_id",
            "capacity",
            "first_name",
            "last_name",
            "id",
        ),
    ),
)


#: (name, table): the ids of deleted rows only.
DELETED_IDS = (
    ("ix_participants_deleted_ids", "participants"),
    ("ix_matches_deleted_ids", "matches"),
)

#: Indexes that a covering index above now starts with.
REPLACED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_contacts_contact_on", "contacts", ("contact_on",)),
    ("ix_group_sessions_held_on", "group_sessions", ("held_on",)),
    ("ix_matches_mentor_status", "matches", ("mentor_id", "status")),
    ("ix_matches_started_on", "matches", ("started_on",)),
    ("ix_outcomes_recorded_on", "outcomes", ("recorded_on",)),
    ("ix_referrals_made_on", "referrals", ("made_on",)),
    ("ix_screenings_screened_on", "screenings", ("screened_on",)),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns), unique=False)
    for name, table in DELETED_IDS:
        op.create_index(
            name,
            table,
            ["id"],
            unique=False,
            sqlite_where=sa.text("deleted IS 1"),
            postgresql_where=sa.text("deleted IS TRUE"),
        )
    for name, table, _columns in REPLACED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, columns in REPLACED:
        op.create_index(name, table, list(columns), unique=False)
    for name, table in DELETED_IDS:
        op.drop_index(name, table_name=table)
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
