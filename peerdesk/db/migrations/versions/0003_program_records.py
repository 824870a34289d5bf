"""Program records: participants, mentors, matches, groups and sessions, notes, pathways,
referrals, consent, incentives, outcomes, and the change log synced records write to.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_record_id"), "change_log", ["record_id"], unique=False)
    op.create_table(
        "groups",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("curriculum", sa.String(length=120), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
    )
    op.create_table(
        "participants",
        sa.Column("doc_number", sa.String(length=20), nullable=False),
        sa.Column("legal_last_name", sa.String(length=80), nullable=False),
        sa.Column("legal_first_name", sa.String(length=80), nullable=False),
        sa.Column("preferred_name", sa.String(length=80), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=False),
        sa.Column("facility", sa.String(length=120), nullable=False),
        sa.Column("housing_unit", sa.String(length=40), nullable=False),
        sa.Column("primary_language", sa.String(length=40), nullable=False),
        sa.Column("gender_identity", sa.String(length=40), nullable=False),
        sa.Column("release_county", sa.String(length=80), nullable=False),
        sa.Column("release_city", sa.String(length=80), nullable=False),
        sa.Column("projected_release_date", sa.Date(), nullable=True),
        sa.Column("actual_release_date", sa.Date(), nullable=True),
        sa.Column("risk_level", sa.String(length=20), nullable=True),
        sa.Column("lived_experience", sa.Text(), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("mentor_gender_preference", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("search_last", sa.String(length=80), nullable=False),
        sa.Column("search_first", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("origin_site_id", "doc_number", name="uq_participants_site_doc"),
    )
    op.create_index("ix_participants_doc", "participants", ["doc_number"], unique=False)
    op.create_index("ix_participants_dob", "participants", ["date_of_birth"], unique=False)
    op.create_index(
        "ix_participants_release", "participants", ["projected_release_date"], unique=False
    )
    op.create_index("ix_participants_search_first", "participants", ["search_first"], unique=False)
    op.create_index(
        "ix_participants_search_last", "participants", ["search_last", "search_first"], unique=False
    )
    op.create_index("ix_participants_status", "participants", ["status"], unique=False)
    op.create_index("ix_participants_unit", "participants", ["housing_unit"], unique=False)
    op.create_table(
        "partners",
        sa.Column("organization", sa.String(length=200), nullable=False),
        sa.Column("service_types", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("county", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    op.create_table(
        "pathways",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathways")),
    )
    op.create_table(
        "consents",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("discloser", sa.String(length=200), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_site_id", sa.String(length=36), nullable=True),
        sa.Column("information", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("scope_general", sa.Boolean(), nullable=False),
        sa.Column("scope_sud", sa.Boolean(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("expires_event", sa.String(length=200), nullable=False),
        sa.Column("right_to_revoke_explained", sa.Boolean(), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_consents_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index(
        op.f("ix_consents_participant_id"), "consents", ["participant_id"], unique=False
    )
    op.create_index(
        op.f("ix_consents_recipient_site_id"), "consents", ["recipient_site_id"], unique=False
    )
    op.create_table(
        "goals",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("domain", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_goals_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    op.create_index(op.f("ix_goals_participant_id"), "goals", ["participant_id"], unique=False)
    op.create_table(
        "group_members",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_group_members_group_id_groups")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_group_members_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_members")),
    )
    op.create_index(op.f("ix_group_members_group_id"), "group_members", ["group_id"], unique=False)
    op.create_index(
        op.f("ix_group_members_participant_id"), "group_members", ["participant_id"], unique=False
    )
    op.create_table(
        "group_sessions",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("module", sa.String(length=120), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cancel_reason", sa.String(length=30), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_group_sessions_group_id_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_sessions")),
    )
    op.create_index(
        "ix_group_sessions_group_on", "group_sessions", ["group_id", "held_on"], unique=False
    )
    op.create_index(op.f("ix_group_sessions_held_on"), "group_sessions", ["held_on"], unique=False)
    op.create_table(
        "keep_separates",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("other_participant_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["other_participant_id"],
            ["participants.id"],
            name=op.f("fk_keep_separates_other_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_keep_separates_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_keep_separates")),
    )
    op.create_index(
        op.f("ix_keep_separates_other_participant_id"),
        "keep_separates",
        ["other_participant_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_keep_separates_participant_id"), "keep_separates", ["participant_id"], unique=False
    )
    op.create_table(
        "mentors",
        sa.Column("person_kind", sa.String(length=20), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("county", sa.String(length=80), nullable=False),
        sa.Column("lived_experience", sa.Text(), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decision_by", sa.String(length=64), nullable=False),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_mentors_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentors")),
    )
    op.create_index(op.f("ix_mentors_participant_id"), "mentors", ["participant_id"], unique=False)
    op.create_index(op.f("ix_mentors_user_id"), "mentors", ["user_id"], unique=False)
    op.create_table(
        "need_assessments",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("domain", sa.String(length=30), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("assessed_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_need_assessments_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need_assessments")),
    )
    op.create_index(
        op.f("ix_need_assessments_participant_id"),
        "need_assessments",
        ["participant_id"],
        unique=False,
    )
    op.create_table(
        "outcomes",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("checkpoint_days", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("housing", sa.String(length=20), nullable=False),
        sa.Column("employment", sa.String(length=20), nullable=False),
        sa.Column("in_treatment", sa.Boolean(), nullable=True),
        sa.Column("rearrested", sa.Boolean(), nullable=True),
        sa.Column("returned_to_custody", sa.Boolean(), nullable=True),
        sa.Column("completed_program", sa.Boolean(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_outcomes_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcomes")),
    )
    op.create_index(
        "ix_outcomes_participant_day",
        "outcomes",
        ["participant_id", "checkpoint_days"],
        unique=False,
    )
    op.create_table(
        "participant_status_history",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_participant_status_history_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_status_history")),
    )
    op.create_index(
        op.f("ix_participant_status_history_participant_id"),
        "participant_status_history",
        ["participant_id"],
        unique=False,
    )
    op.create_table(
        "pathway_phases",
        sa.Column("pathway_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"], ["pathways.id"], name=op.f("fk_pathway_phases_pathway_id_pathways")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathway_phases")),
    )
    op.create_index(
        op.f("ix_pathway_phases_pathway_id"), "pathway_phases", ["pathway_id"], unique=False
    )
    op.create_table(
        "referrals",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("service_type", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("made_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_referrals_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_referrals_partner_id_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    op.create_index(op.f("ix_referrals_made_on"), "referrals", ["made_on"], unique=False)
    op.create_index(
        op.f("ix_referrals_participant_id"), "referrals", ["participant_id"], unique=False
    )
    op.create_index(op.f("ix_referrals_partner_id"), "referrals", ["partner_id"], unique=False)
    op.create_table(
        "screenings",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("screened_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_screenings_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screenings")),
    )
    op.create_index(
        op.f("ix_screenings_participant_id"), "screenings", ["participant_id"], unique=False
    )
    op.create_table(
        "attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason_code", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_attendance_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_sessions.id"],
            name=op.f("fk_attendance_session_id_group_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    op.create_index(
        op.f("ix_attendance_participant_id"), "attendance", ["participant_id"], unique=False
    )
    op.create_index(op.f("ix_attendance_session_id"), "attendance", ["session_id"], unique=False)
    op.create_table(
        "certifications",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_certifications_mentor_id_mentors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certifications")),
    )
    op.create_index(
        op.f("ix_certifications_expires_on"), "certifications", ["expires_on"], unique=False
    )
    op.create_index(
        op.f("ix_certifications_mentor_id"), "certifications", ["mentor_id"], unique=False
    )
    op.create_table(
        "group_facilitators",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_group_facilitators_group_id_groups")
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_group_facilitators_mentor_id_mentors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_facilitators")),
    )
    op.create_index(
        op.f("ix_group_facilitators_group_id"), "group_facilitators", ["group_id"], unique=False
    )
    op.create_index(
        op.f("ix_group_facilitators_mentor_id"), "group_facilitators", ["mentor_id"], unique=False
    )
    op.create_table(
        "incentives",
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("mentor_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("awarded_on", sa.Date(), nullable=False),
        sa.Column("awarded_by", sa.String(length=64), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_incentives_mentor_id_mentors")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_incentives_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incentives")),
    )
    op.create_index(op.f("ix_incentives_mentor_id"), "incentives", ["mentor_id"], unique=False)
    op.create_index(
        op.f("ix_incentives_participant_id"), "incentives", ["participant_id"], unique=False
    )
    op.create_table(
        "matches",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("cadence_days", sa.Integer(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=30), nullable=False),
        sa.Column("close_note", sa.Text(), nullable=False),
        sa.Column("continues_match_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_matches_mentor_id_mentors")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_matches_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matches")),
    )
    op.create_index("ix_matches_mentor_status", "matches", ["mentor_id", "status"], unique=False)
    op.create_index(op.f("ix_matches_participant_id"), "matches", ["participant_id"], unique=False)
    op.create_table(
        "mentor_selection_steps",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("step", sa.String(length=30), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_mentor_selection_steps_mentor_id_mentors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_selection_steps")),
    )
    op.create_index(
        op.f("ix_mentor_selection_steps_mentor_id"),
        "mentor_selection_steps",
        ["mentor_id"],
        unique=False,
    )
    op.create_table(
        "participant_phases",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("phase_id", sa.String(length=36), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_participant_phases_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["phase_id"],
            ["pathway_phases.id"],
            name=op.f("fk_participant_phases_phase_id_pathway_phases"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_phases")),
    )
    op.create_index(
        op.f("ix_participant_phases_participant_id"),
        "participant_phases",
        ["participant_id"],
        unique=False,
    )
    op.create_table(
        "pathway_milestones",
        sa.Column("phase_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_id"],
            ["pathway_phases.id"],
            name=op.f("fk_pathway_milestones_phase_id_pathway_phases"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathway_milestones")),
    )
    op.create_index(
        op.f("ix_pathway_milestones_phase_id"), "pathway_milestones", ["phase_id"], unique=False
    )
    op.create_table(
        "session_facilitators",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_session_facilitators_mentor_id_mentors")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["group_sessions.id"],
            name=op.f("fk_session_facilitators_session_id_group_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_facilitators")),
    )
    op.create_index(
        op.f("ix_session_facilitators_mentor_id"),
        "session_facilitators",
        ["mentor_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_session_facilitators_session_id"),
        "session_facilitators",
        ["session_id"],
        unique=False,
    )
    op.create_table(
        "supervision_checkins",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("supervisor", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_supervision_checkins_mentor_id_mentors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_checkins")),
    )
    op.create_index(
        op.f("ix_supervision_checkins_mentor_id"),
        "supervision_checkins",
        ["mentor_id"],
        unique=False,
    )
    op.create_table(
        "trainings",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("course", sa.String(length=120), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentors.id"], name=op.f("fk_trainings_mentor_id_mentors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainings")),
    )
    op.create_index(op.f("ix_trainings_mentor_id"), "trainings", ["mentor_id"], unique=False)
    op.create_table(
        "contacts",
        sa.Column("match_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("contact_on", sa.Date(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cancel_reason", sa.String(length=30), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["match_id"], ["matches.id"], name=op.f("fk_contacts_match_id_matches")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_contacts_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_index("ix_contacts_match_on", "contacts", ["match_id", "contact_on"], unique=False)
    op.create_index(
        op.f("ix_contacts_participant_id"), "contacts", ["participant_id"], unique=False
    )
    op.create_table(
        "milestone_achievements",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("milestone_id", sa.String(length=36), nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["pathway_milestones.id"],
            name=op.f("fk_milestone_achievements_milestone_id_pathway_milestones"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_milestone_achievements_participant_id_participants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone_achievements")),
    )
    op.create_index(
        op.f("ix_milestone_achievements_participant_id"),
        "milestone_achievements",
        ["participant_id"],
        unique=False,
    )
    op.create_table(
        "notes",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("author_role", sa.String(length=20), nullable=False),
        sa.Column("written_at", sa.String(length=40), nullable=False),
        sa.Column("sensitivity", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("needs_cosign", sa.Boolean(), nullable=False),
        sa.Column("cosigned_by", sa.String(length=64), nullable=False),
        sa.Column("cosigned_at", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], name=op.f("fk_notes_contact_id_contacts")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_notes_participant_id_participants"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["group_sessions.id"], name=op.f("fk_notes_session_id_group_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index(op.f("ix_notes_author"), "notes", ["author"], unique=False)
    op.create_index(op.f("ix_notes_contact_id"), "notes", ["contact_id"], unique=False)
    op.create_index(
        "ix_notes_participant_written", "notes", ["participant_id", "written_at"], unique=False
    )
    op.create_index(op.f("ix_notes_session_id"), "notes", ["session_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_notes_session_id"), table_name="notes")
    op.drop_index("ix_notes_participant_written", table_name="notes")
    op.drop_index(op.f("ix_notes_contact_id"), table_name="notes")
    op.drop_index(op.f("ix_notes_author"), table_name="notes")
    op.drop_table("notes")
    op.drop_index(
        op.f("ix_milestone_achievements_participant_id"), table_name="milestone_achievements"
    )
    op.drop_table("milestone_achievements")
    op.drop_index(op.f("ix_contacts_participant_id"), table_name="contacts")
    op.drop_index("ix_contacts_match_on", table_name="contacts")
    op.drop_table("contacts")
    op.drop_index(op.f("ix_trainings_mentor_id"), table_name="trainings")
    op.drop_table("trainings")
    op.drop_index(op.f("ix_supervision_checkins_mentor_id"), table_name="supervision_checkins")
    op.drop_table("supervision_checkins")
    op.drop_index(op.f("ix_session_facilitators_session_id"), table_name="session_facilitators")
    op.drop_index(op.f("ix_session_facilitators_mentor_id"), table_name="session_facilitators")
    op.drop_table("session_facilitators")
    op.drop_index(op.f("ix_pathway_milestones_phase_id"), table_name="pathway_milestones")
    op.drop_table("pathway_milestones")
    op.drop_index(op.f("ix_participant_phases_participant_id"), table_name="participant_phases")
    op.drop_table("participant_phases")
    op.drop_index(op.f("ix_mentor_selection_steps_mentor_id"), table_name="mentor_selection_steps")
    op.drop_table("mentor_selection_steps")
    op.drop_index(op.f("ix_matches_participant_id"), table_name="matches")
    op.drop_index("ix_matches_mentor_status", table_name="matches")
    op.drop_table("matches")
    op.drop_index(op.f("ix_incentives_participant_id"), table_name="incentives")
    op.drop_index(op.f("ix_incentives_mentor_id"), table_name="incentives")
    op.drop_table("incentives")
    op.drop_index(op.f("ix_group_facilitators_mentor_id"), table_name="group_facilitators")
    op.drop_index(op.f("ix_group_facilitators_group_id"), table_name="group_facilitators")
    op.drop_table("group_facilitators")
    op.drop_index(op.f("ix_certifications_mentor_id"), table_name="certifications")
    op.drop_index(op.f("ix_certifications_expires_on"), table_name="certifications")
    op.drop_table("certifications")
    op.drop_index(op.f("ix_attendance_session_id"), table_name="attendance")
    op.drop_index(op.f("ix_attendance_participant_id"), table_name="attendance")
    op.drop_table("attendance")
    op.drop_index(op.f("ix_screenings_participant_id"), table_name="screenings")
    op.drop_table("screenings")
    op.drop_index(op.f("ix_referrals_partner_id"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_participant_id"), table_name="referrals")
    op.drop_index(op.f("ix_referrals_made_on"), table_name="referrals")
    op.drop_table("referrals")
    op.drop_index(op.f("ix_pathway_phases_pathway_id"), table_name="pathway_phases")
    op.drop_table("pathway_phases")
    op.drop_index(
        op.f("ix_participant_status_history_participant_id"),
        table_name="participant_status_history",
    )
    op.drop_table("participant_status_history")
    op.drop_index("ix_outcomes_participant_day", table_name="outcomes")
    op.drop_table("outcomes")
    op.drop_index(op.f("ix_need_assessments_participant_id"), table_name="need_assessments")
    op.drop_table("need_assessments")
    op.drop_index(op.f("ix_mentors_user_id"), table_name="mentors")
    op.drop_index(op.f("ix_mentors_participant_id"), table_name="mentors")
    op.drop_table("mentors")
    op.drop_index(op.f("ix_keep_separates_participant_id"), table_name="keep_separates")
    op.drop_index(op.f("ix_keep_separates_other_participant_id"), table_name="keep_separates")
    op.drop_table("keep_separates")
    op.drop_index(op.f("ix_group_sessions_held_on"), table_name="group_sessions")
    op.drop_index("ix_group_sessions_group_on", table_name="group_sessions")
    op.drop_table("group_sessions")
    op.drop_index(op.f("ix_group_members_participant_id"), table_name="group_members")
    op.drop_index(op.f("ix_group_members_group_id"), table_name="group_members")
    op.drop_table("group_members")
    op.drop_index(op.f("ix_goals_participant_id"), table_name="goals")
    op.drop_table("goals")
    op.drop_index(op.f("ix_consents_recipient_site_id"), table_name="consents")
    op.drop_index(op.f("ix_consents_participant_id"), table_name="consents")
    op.drop_table("consents")
    op.drop_table("pathways")
    op.drop_table("partners")
    op.drop_index("ix_participants_unit", table_name="participants")
    op.drop_index("ix_participants_status", table_name="participants")
    op.drop_index("ix_participants_search_last", table_name="participants")
    op.drop_index("ix_participants_search_first", table_name="participants")
    op.drop_index("ix_participants_release", table_name="participants")
    op.drop_index("ix_participants_doc", table_name="participants")
    op.drop_table("participants")
    op.drop_table("groups")
    op.drop_index(op.f("ix_change_log_record_id"), table_name="change_log")
    op.drop_table("change_log")
