"""Sync: trusted peer keys, exchange state per site, the bundle log, conflicts to review.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("peer_site_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("change_seq_from", sa.Integer(), nullable=False),
        sa.Column("change_seq_to", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("held_path", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_log")),
        sa.UniqueConstraint("direction", "peer_site_id", "sequence", name="uq_bundle_log_seq"),
    )
    op.create_index(
        op.f("ix_bundle_log_peer_site_id"), "bundle_log", ["peer_site_id"], unique=False
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("other_value", sa.Text(), nullable=False),
        sa.Column("kept_stamp", sa.String(length=64), nullable=False),
        sa.Column("other_stamp", sa.String(length=64), nullable=False),
        sa.Column("other_site_id", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("detected_at", sa.String(length=40), nullable=False),
        sa.Column("resolved_at", sa.String(length=40), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index(
        op.f("ix_sync_conflicts_record_id"), "sync_conflicts", ["record_id"], unique=False
    )
    op.create_table(
        "peer_keys",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("signing_public_key", sa.LargeBinary(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("age_recipient", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("trusted_at", sa.String(length=40), nullable=False),
        sa.Column("trusted_by", sa.String(length=64), nullable=False),
        sa.Column("replaced_by", sa.String(length=36), nullable=True),
        sa.Column("revoked_at", sa.String(length=40), nullable=True),
        sa.Column("revoked_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_peer_keys_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_peer_keys")),
    )
    op.create_index(op.f("ix_peer_keys_key_id"), "peer_keys", ["key_id"], unique=False)
    op.create_index(op.f("ix_peer_keys_site_id"), "peer_keys", ["site_id"], unique=False)
    op.create_table(
        "sync_peers",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("last_sent_sequence", sa.Integer(), nullable=False),
        sa.Column("last_sent_bundle_id", sa.String(length=36), nullable=False),
        sa.Column("acked_change_seq", sa.Integer(), nullable=False),
        sa.Column("last_received_sequence", sa.Integer(), nullable=False),
        sa.Column("last_received_bundle_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_sync_peers_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_sync_peers")),
    )


def downgrade() -> None:
    op.drop_table("sync_peers")
    op.drop_index(op.f("ix_peer_keys_site_id"), table_name="peer_keys")
    op.drop_index(op.f("ix_peer_keys_key_id"), table_name="peer_keys")
    op.drop_table("peer_keys")
    op.drop_index(op.f("ix_sync_conflicts_record_id"), table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_index(op.f("ix_bundle_log_peer_site_id"), table_name="bundle_log")
    op.drop_table("bundle_log")
