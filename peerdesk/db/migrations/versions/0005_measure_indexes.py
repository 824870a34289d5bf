"""Date indexes the monthly measures and alerts filter on.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_contacts_contact_on", "contacts", "contact_on"),
    ("ix_matches_closed_on", "matches", "closed_on"),
    ("ix_matches_started_on", "matches", "started_on"),
    ("ix_outcomes_recorded_on", "outcomes", "recorded_on"),
    (
        "ix_participant_status_history_effective_date",
        "participant_status_history",
        "effective_date",
    ),
    ("ix_screenings_screened_on", "screenings", "screened_on"),
)


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False)


def downgrade() -> None:
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)
