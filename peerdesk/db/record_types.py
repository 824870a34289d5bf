"""Which tables ``peerdesk info`` counts, with the label people read."""

from __future__ import annotations

from sqlalchemy import Table

from peerdesk.db import models as m


def _t(model: type) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


#: (label, table); synced tables are counted without their tombstones.
COUNTED_RECORDS: tuple[tuple[str, Table], ...] = tuple(
    (label, _t(model))
    for label, model in (
        ("participants", m.ParticipantRow),
        ("status changes", m.ParticipantStatusRow),
        ("screenings", m.ScreeningRow),
        ("need assessments", m.NeedAssessmentRow),
        ("keep-separates", m.KeepSeparateRow),
        ("mentors", m.MentorRow),
        ("selection steps", m.SelectionStepRow),
        ("trainings", m.TrainingRow),
        ("certifications", m.CertificationRow),
        ("supervision check-ins", m.SupervisionRow),
        ("matches", m.MatchRow),
        ("contacts", m.ContactRow),
        ("groups", m.GroupRow),
        ("group members", m.GroupMemberRow),
        ("group facilitators", m.GroupFacilitatorRow),
        ("sessions", m.GroupSessionRow),
        ("session facilitators", m.SessionFacilitatorRow),
        ("attendance", m.AttendanceRow),
        ("notes", m.NoteRow),
        ("pathways", m.PathwayRow),
        ("pathway phases", m.PathwayPhaseRow),
        ("milestones", m.MilestoneRow),
        ("phase entries", m.ParticipantPhaseRow),
        ("milestones achieved", m.MilestoneAchievementRow),
        ("goals", m.GoalRow),
        ("partners", m.PartnerRow),
        ("referrals", m.ReferralRow),
        ("consents", m.ConsentRow),
        ("incentives", m.IncentiveRow),
        ("outcomes", m.OutcomeRow),
        ("users", m.UserRow),
        ("sites", m.SiteRow),
        ("audit entries", m.AuditRow),
    )
)
