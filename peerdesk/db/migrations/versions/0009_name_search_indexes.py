"""Name-search indexes that hold what the participants list needs to count and page.

A one-letter search at 100,000 participants matches ~20,000 people. With the names alone in
the indexes, counting them and picking the first page read every matching row (~200 ms).
With both name orders, the tombstone flag and the id in the index, the list's per-index
query (services/participant_search.py) reads index entries only (~85 ms).

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_participants_search_last", table_name="participants")
    op.drop_index("ix_participants_search_first", table_name="participants")
    op.create_index(
        "ix_participants_name_last",
        "participants",
        ["search_last", "search_first", "deleted", "id"],
        unique=False,
    )
    op.create_index(
        "ix_participants_name_first",
        "participants",
        ["search_first", "search_last", "deleted", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_participants_name_first", table_name="participants")
    op.drop_index("ix_participants_name_last", table_name="participants")
    op.create_index("ix_participants_search_first", "participants", ["search_first"])
    op.create_index("ix_participants_search_last", "participants", ["search_last", "search_first"])
