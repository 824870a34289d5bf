"""Summaries for the month's measures, kept by triggers; covering indexes they read.

``activity_months`` holds, per participant and calendar month, the attendance (present /
absent, at held sessions) and held contacts the measures count; ``open_match_starts`` holds,
per participant, the earliest start of a started match not yet closed; ``custody_follow_ups``
holds, per participant with a return to custody or a 365-day outcome, those two facts and the
release date; ``referral_months`` holds the referrals made per month and service type.
Counting these replaces reading every attendance row of a month's sessions (scattered over
the whole attendance index), de-duplicating tens of thousands of participant ids, listing
every 365-day outcome, and grouping a month's referrals one by one.

Triggers keep them right on every write to ``attendance``, ``contacts``, ``group_sessions``,
``matches``, ``outcomes``, ``referrals`` and ``participants`` (a service, a merge of
duplicates, the retention purge, a sync import or plain SQL): an insert adds its share, and
an update or delete counts the participant's month (or the participant's matches or
outcomes) again from the records, or takes a referral's share back and adds it anew. The
backfill counts everything once.

Revision ID: 0007
Revises: 0006
"""

# The SQL below is built from constants of this file only (no input): S608 does not apply.
# ruff: noqa: S608

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _month(day: str) -> str:
    return f"substr({day}, 1, 7)"


#: (month, participant) -> that participant's counts in that month, from the records.
_PRESENT = (
    "(SELECT count(*) FROM attendance a JOIN group_sessions g ON g.id = a.session_id "
    "WHERE a.participant_id = k.p AND a.status = '{status}' AND a.deleted IS 0 "
    "AND g.status = 'held' AND g.deleted IS 0 AND " + _month("g.held_on") + " = k.m)"
)
_CONTACTS = (
    "(SELECT count(*) FROM contacts c WHERE c.participant_id = k.p AND c.status = 'held' "
    "AND c.deleted IS 0 AND " + _month("c.contact_on") + " = k.m)"
)


def _recount(keys: str) -> str:
    """Statements that recount ``activity_months`` for the (m, p) pairs ``keys`` selects."""
    return (
        "DELETE FROM activity_months WHERE (month, participant_id) IN "
        f"(SELECT m, p FROM ({keys}));\n"
        "INSERT INTO activity_months (month, participant_id, present, absent, contacts) "
        "SELECT m, p, pr, ab, co FROM (SELECT k.m AS m, k.p AS p, "
        f"{_PRESENT.format(status='present')} AS pr, {_PRESENT.format(status='absent')} AS ab, "
        f"{_CONTACTS} AS co FROM ({keys}) AS k WHERE k.m IS NOT NULL AND k.p IS NOT NULL) "
        "WHERE pr + ab + co > 0;"
    )


def _session_key(row: str) -> str:
    return (
        f"SELECT {_month('g.held_on')} AS m, {row}.participant_id AS p "
        f"FROM group_sessions g WHERE g.id = {row}.session_id"
    )


def _attendees(session: str) -> str:
    return (
        f"SELECT DISTINCT {_month(session + '.held_on')} AS m, a.participant_id AS p "
        f"FROM attendance a WHERE a.session_id = {session}.id"
    )


def _contact_key(row: str) -> str:
    return f"SELECT {_month(row + '.contact_on')} AS m, {row}.participant_id AS p"


_OPEN_STARTS = (
    "DELETE FROM open_match_starts WHERE participant_id IN ({ids});\n"
    "INSERT INTO open_match_starts (participant_id, first_started_on) "
    "SELECT participant_id, min(started_on) FROM matches WHERE participant_id IN ({ids}) "
    "AND deleted IS 0 AND started_on IS NOT NULL AND closed_on IS NULL "
    "GROUP BY participant_id;"
)

_FOLLOW_UP = (
    "(SELECT count(*) > 0 FROM outcomes o WHERE o.participant_id = p.id AND o.deleted IS 0 "
    "AND {condition})"
)
_CUSTODY = (
    "DELETE FROM custody_follow_ups WHERE participant_id IN ({ids});\n"
    "INSERT INTO custody_follow_ups (participant_id, released_on, returned, followed) "
    "SELECT id, released_on, returned, followed FROM (SELECT p.id AS id, "
    "p.actual_release_date AS released_on, "
    + _FOLLOW_UP.format(condition="o.checkpoint_days <= 365 AND o.returned_to_custody IS 1")
    + " AS returned, "
    + _FOLLOW_UP.format(condition="o.checkpoint_days = 365")
    + " AS followed FROM participants p WHERE p.id IN ({ids})) WHERE returned OR followed;"
)

_REFERRAL_ADD = (
    "INSERT INTO referral_months (month, service_type, made, completed) "
    "SELECT " + _month("{row}.made_on") + ", {row}.service_type, 1, {row}.status = 'completed' "
    "WHERE {row}.deleted IS 0 ON CONFLICT (month, service_type) DO UPDATE SET "
    "made = made + 1, completed = completed + excluded.completed;"
)
_REFERRAL_TAKE = (
    "UPDATE referral_months SET made = made - 1, completed = completed - "
    "(OLD.status = 'completed') WHERE OLD.deleted IS 0 AND month = "
    + _month("OLD.made_on")
    + " AND service_type = OLD.service_type;\n"
    "DELETE FROM referral_months WHERE made = 0 AND month = "
    + _month("OLD.made_on")
    + " AND service_type = OLD.service_type;"
)

#: name -> (event, body). Bodies run once per row changed.
TRIGGERS: dict[str, tuple[str, str]] = {
    "trg_activity_attendance_insert": (
        "AFTER INSERT ON attendance",
        "INSERT INTO activity_months (month, participant_id, present, absent, contacts) "
        f"SELECT {_month('g.held_on')}, NEW.participant_id, NEW.status = 'present', "
        "NEW.status = 'absent', 0 FROM group_sessions g WHERE g.id = NEW.session_id "
        "AND g.status = 'held' AND g.deleted IS 0 AND NEW.deleted IS 0 "
        "AND NEW.status IN ('present', 'absent') "
        "ON CONFLICT (month, participant_id) DO UPDATE SET "
        "present = present + excluded.present, absent = absent + excluded.absent;",
    ),
    "trg_activity_attendance_update": (
        "AFTER UPDATE OF session_id, participant_id, status, deleted ON attendance",
        _recount(f"{_session_key('OLD')} UNION {_session_key('NEW')}"),
    ),
    "trg_activity_attendance_delete": (
        "AFTER DELETE ON attendance",
        _recount(_session_key("OLD")),
    ),
    "trg_activity_session_insert": ("AFTER INSERT ON group_sessions", _recount(_attendees("NEW"))),
    "trg_activity_session_update": (
        "AFTER UPDATE OF id, held_on, status, deleted ON group_sessions",
        _recount(f"{_attendees('OLD')} UNION {_attendees('NEW')}"),
    ),
    "trg_activity_session_delete": ("AFTER DELETE ON group_sessions", _recount(_attendees("OLD"))),
    "trg_activity_contact_insert": (
        "AFTER INSERT ON contacts",
        "INSERT INTO activity_months (month, participant_id, present, absent, contacts) "
        f"SELECT {_month('NEW.contact_on')}, NEW.participant_id, 0, 0, 1 "
        "WHERE NEW.status = 'held' AND NEW.deleted IS 0 "
        "ON CONFLICT (month, participant_id) DO UPDATE SET contacts = contacts + 1;",
    ),
    "trg_activity_contact_update": (
        "AFTER UPDATE OF participant_id, contact_on, status, deleted ON contacts",
        _recount(f"{_contact_key('OLD')} UNION {_contact_key('NEW')}"),
    ),
    "trg_activity_contact_delete": ("AFTER DELETE ON contacts", _recount(_contact_key("OLD"))),
    "trg_open_match_insert": (
        "AFTER INSERT ON matches",
        _OPEN_STARTS.format(ids="NEW.participant_id"),
    ),
    "trg_open_match_update": (
        "AFTER UPDATE OF participant_id, started_on, closed_on, deleted ON matches",
        _OPEN_STARTS.format(ids="OLD.participant_id, NEW.participant_id"),
    ),
    "trg_open_match_delete": (
        "AFTER DELETE ON matches",
        _OPEN_STARTS.format(ids="OLD.participant_id"),
    ),
    "trg_referral_insert": ("AFTER INSERT ON referrals", _REFERRAL_ADD.format(row="NEW")),
    "trg_referral_update": (
        "AFTER UPDATE OF made_on, service_type, status, deleted ON referrals",
        _REFERRAL_TAKE + "\n" + _REFERRAL_ADD.format(row="NEW"),
    ),
    "trg_referral_delete": ("AFTER DELETE ON referrals", _REFERRAL_TAKE),
    "trg_custody_outcome_insert": (
        "AFTER INSERT ON outcomes",
        _CUSTODY.format(ids="NEW.participant_id"),
    ),
    "trg_custody_outcome_update": (
        "AFTER UPDATE OF participant_id, checkpoint_days, returned_to_custody, deleted ON outcomes",
        _CUSTODY.format(ids="OLD.participant_id, NEW.participant_id"),
    ),
    "trg_custody_outcome_delete": (
        "AFTER DELETE ON outcomes",
        _CUSTODY.format(ids="OLD.participant_id"),
    ),
    "trg_custody_release_update": (
        "AFTER UPDATE OF id, actual_release_date ON participants",
        "DELETE FROM custody_follow_ups WHERE participant_id = OLD.id; "
        + _CUSTODY.format(ids="NEW.id"),
    ),
    "trg_custody_participant_delete": (
        "AFTER DELETE ON participants",
        "DELETE FROM custody_follow_ups WHERE participant_id = OLD.id;",
    ),
}

#: Fills both tables from the records (the triggers keep them right from then on).
BACKFILL = (
    "INSERT INTO activity_months (month, participant_id, present, absent, contacts) "
    "SELECT m, p, sum(pr), sum(ab), sum(co) FROM ("
    f"SELECT {_month('g.held_on')} AS m, a.participant_id AS p, "
    "a.status = 'present' AS pr, a.status = 'absent' AS ab, 0 AS co "
    "FROM attendance a JOIN group_sessions g ON g.id = a.session_id "
    "WHERE a.deleted IS 0 AND a.status IN ('present', 'absent') "
    "AND g.status = 'held' AND g.deleted IS 0 "
    f"UNION ALL SELECT {_month('c.contact_on')}, c.participant_id, 0, 0, 1 FROM contacts c "
    "WHERE c.status = 'held' AND c.deleted IS 0"
    ") GROUP BY m, p",
    "INSERT INTO open_match_starts (participant_id, first_started_on) "
    "SELECT participant_id, min(started_on) FROM matches "
    "WHERE deleted IS 0 AND started_on IS NOT NULL AND closed_on IS NULL "
    "GROUP BY participant_id",
    "INSERT INTO referral_months (month, service_type, made, completed) "
    f"SELECT {_month('made_on')}, service_type, count(*), sum(status = 'completed') "
    "FROM referrals WHERE deleted IS 0 GROUP BY 1, 2",
    _CUSTODY.format(
        ids="SELECT participant_id FROM outcomes WHERE deleted IS 0 AND checkpoint_days <= 365 "
        "AND (returned_to_custody IS 1 OR checkpoint_days = 365)"
    ).split("\n", 1)[1],
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("0007 creates SQLite triggers; write PostgreSQL ones first")
    op.create_table(
        "activity_months",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("present", sa.Integer(), nullable=False),
        sa.Column("absent", sa.Integer(), nullable=False),
        sa.Column("contacts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "participant_id", name="pk_activity_months"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "open_match_starts",
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("first_started_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("participant_id", name="pk_open_match_starts"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_open_match_starts_started", "open_match_starts", ["first_started_on"])
    op.create_table(
        "referral_months",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("service_type", sa.String(30), nullable=False),
        sa.Column("made", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "service_type", name="pk_referral_months"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "custody_follow_ups",
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("returned", sa.Boolean(), nullable=False),
        sa.Column("followed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("participant_id", name="pk_custody_follow_ups"),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_custody_follow_ups_released", "custody_follow_ups", ["released_on", "returned"]
    )
    op.create_index(
        "ix_matches_closed",
        "matches",
        ["closed_on", "deleted", "started_on", "participant_id", "status"],
    )
    op.create_index("ix_participants_release_by_id", "participants", ["id", "actual_release_date"])
    for statement in BACKFILL:
        op.execute(statement)
    for name, (event, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {event} FOR EACH ROW BEGIN\n{body}\nEND")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_participants_release_by_id", table_name="participants")
    op.drop_index("ix_matches_closed", table_name="matches")
    op.drop_index("ix_custody_follow_ups_released", table_name="custody_follow_ups")
    op.drop_table("custody_follow_ups")
    op.drop_table("referral_months")
    op.drop_index("ix_open_match_starts_started", table_name="open_match_starts")
    op.drop_table("open_match_starts")
    op.drop_table("activity_months")
