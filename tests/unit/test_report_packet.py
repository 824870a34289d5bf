"""The transition packet: only what the consent allows, notes only as the role may read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from peerdesk.db.models import (
    GoalRow,
    MatchRow,
    MentorRow,
    MilestoneAchievementRow,
    MilestoneRow,
    NoteRow,
    ParticipantPhaseRow,
    ParticipantRow,
    PartnerRow,
    PathwayPhaseRow,
    PathwayRow,
    ReferralRow,
)
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.report_service import ReportService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_reports import (
    OFFICE_ID,
    OTHER_OFFICE_ID,
    add_consent,
    add_office,
    audit_count,
    audit_rows,
    page_texts,
    pdf_lines,
    qpdf_check,
)
from tests.factories_rows import add_row

D = date
NOW = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
DOC = "A1234"
FIRST, LAST = "María José", "Ñúñez-Ávila de la Concepción"
SHORT_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."
#: Text that must appear only when the consent names Part 2 (substance-use) records.
SUD_TEXT = ("SUD-CANARY", "New Dawn Recovery", "Attend recovery meetings", "42 CFR", "Substance")


@dataclass
class Scene:
    participant_id: str


def _scenario(signed: SignedIn, *, general_notes: int = 1) -> Scene:
    site = signed.actor.site_id
    add_office(signed)
    with signed.store.uow() as uow:
        s = uow.session
        p = add_row(
            s,
            ParticipantRow,
            site,
            doc_number=DOC,
            legal_last_name=LAST,
            legal_first_name=FIRST,
            preferred_name="Majo",
            date_of_birth=D(1988, 3, 4),
            facility="Riverside Unit",
            housing_unit="B-2",
            primary_language="Spanish",
            release_county="Stanton County",
            release_city="Ashford",
            projected_release_date=D(2026, 12, 1),
            risk_level="high",
            status="active",
        )
        pathway = add_row(s, PathwayRow, site, name="Reentry Pathway")
        phases = [
            add_row(
                s, PathwayPhaseRow, site, pathway_id=pathway.id, name=name, kind=kind, position=i
            )
            for i, (name, kind) in enumerate(
                (("Orientation", "orientation"), ("Pre-release", "pre_release")), start=1
            )
        ]
        first = add_row(s, MilestoneRow, site, phase_id=phases[0].id, name="Intake", position=1)
        add_row(s, MilestoneRow, site, phase_id=phases[1].id, name="Plan", position=1)
        add_row(s, MilestoneRow, site, phase_id=phases[1].id, name="ID card", position=2)
        for phase, on in ((phases[0], D(2026, 2, 1)), (phases[1], D(2026, 5, 1))):
            add_row(
                s,
                ParticipantPhaseRow,
                site,
                participant_id=p.id,
                phase_id=phase.id,
                entered_on=on,
                recorded_by="maria",
            )
        add_row(
            s,
            MilestoneAchievementRow,
            site,
            participant_id=p.id,
            milestone_id=first.id,
            achieved_on=D(2026, 2, 3),
            recorded_by="maria",
        )
        for text, domain in (
            ("Find a carpentry apprenticeship", "employment"),
            ("Attend recovery meetings twice a week", "substance_use"),
        ):
            add_row(
                s,
                GoalRow,
                site,
                participant_id=p.id,
                description=text,
                domain=domain,
                status="open",
                set_on=D(2026, 3, 1),
                status_on=D(2026, 3, 1),
            )
        casa = add_row(
            s,
            PartnerRow,
            site,
            organization="Casa Esperanza",
            service_types="housing",
            contact_name="Rosa Peña",
            phone="555-0101",
            address="12 Main St",
        )
        dawn = add_row(
            s,
            PartnerRow,
            site,
            organization="New Dawn Recovery",
            service_types="substance_use_treatment",
            contact_name="Dr. Reyes",
            phone="555-0199",
        )
        for partner, kind in ((casa, "housing"), (dawn, "substance_use_treatment")):
            add_row(
                s,
                ReferralRow,
                site,
                participant_id=p.id,
                partner_id=partner.id,
                service_type=kind,
                status="accepted",
                made_on=D(2026, 9, 1),
                status_on=D(2026, 9, 2),
                made_by="maria",
            )
        for first_name, side, status in (
            ("Tomás", "community", "active"),
            ("Fred", "facility", "closed"),
        ):
            mentor = add_row(
                s,
                MentorRow,
                site,
                person_kind="volunteer",
                last_name="Ibáñez" if side == "community" else "Inside",
                first_name=first_name,
                side=side,
                status="active",
                status_date=D(2026, 1, 1),
            )
            add_row(
                s,
                MatchRow,
                site,
                participant_id=p.id,
                mentor_id=mentor.id,
                status=status,
                proposed_on=D(2026, 6, 1),
                started_on=D(2026, 6, 5),
                cadence_days=14,
                closed_on=D(2026, 10, 1) if status == "closed" else None,
            )
        notes = [
            ("general", f"Likes carpentry work {i}. " + "Kept every meeting. " * 12)
            for i in range(general_notes)
        ]
        notes += [
            ("sensitive", "SENSITIVE-CANARY safety concern"),
            ("sud", "SUD-CANARY in treatment"),
        ]
        for i, (sensitivity, body) in enumerate(notes):
            add_row(
                s,
                NoteRow,
                site,
                participant_id=p.id,
                author="maria",
                author_role="coordinator",
                written_at=f"2026-10-{i + 1:02d}T10:00:00.000000Z",
                sensitivity=sensitivity,
                body=body,
            )
        return Scene(p.id)


def _consent(signed: SignedIn, pid: str, **kw: object) -> str:
    with signed.store.uow() as uow:
        return str(add_consent(uow.session, signed.actor.site_id, pid, **kw).id)


def _packet(signed: SignedIn, **kw: object) -> bytes:
    return ReportService(signed.store, clock=lambda: NOW).packet(signed.actor, DOC, **kw)


def test_general_consent_gives_program_records_only(coordinator: SignedIn, tmp_path: Path) -> None:
    scene = _scenario(coordinator)
    _consent(coordinator, scene.participant_id)
    pdf = _packet(coordinator)
    text = "\n".join(pdf_lines(pdf))
    for expected in (
        "Prepared for County Reentry Office",
        f"{FIRST} {LAST}",
        "Majo",
        DOC,
        "Reentry Pathway: 1 of 3 milestones",
        "Find a carpentry apprenticeship",
        "Casa Esperanza",
        "Rosa Peña",
        "555-0101",
        "Tomás Ibáñez",
        "Meets every 14 days",
        "Likes carpentry work 0",
        "program records",
    ):
        assert expected in text, expected
    for hidden in (*SUD_TEXT, "SENSITIVE-CANARY", "Fred Inside"):
        assert hidden not in text, hidden
    qpdf_check(pdf, tmp_path)


def test_part2_consent_adds_the_section_with_the_notice_on_its_pages(
    coordinator: SignedIn, tmp_path: Path
) -> None:
    scene = _scenario(coordinator, general_notes=10)
    _consent(coordinator, scene.participant_id, sud=True)
    pdf = _packet(coordinator)
    pages = page_texts(pdf)
    assert len(pages) >= 3
    text = "\n".join(pages)
    for expected in SUD_TEXT:
        assert expected in text, expected
    assert "Notice to the recipient (42 CFR 2.32)" in text
    assert "redisclose the record (see 42 CFR 2.31)" in " ".join(text.split())
    for page in pages:
        sud_here = "SUD-CANARY" in page or "New Dawn" in page or "Attend recovery" in page
        if sud_here:
            assert SHORT_NOTICE in page
    assert SHORT_NOTICE not in pages[0]
    assert "SENSITIVE-CANARY" not in text
    qpdf_check(pdf, tmp_path)


def test_part2_only_consent_identifies_the_person_and_nothing_else(coordinator: SignedIn) -> None:
    scene = _scenario(coordinator)
    _consent(coordinator, scene.participant_id, general=False, sud=True)
    text = "\n".join(pdf_lines(_packet(coordinator)))
    assert f"{FIRST} {LAST}" in text and "SUD-CANARY" in text and "New Dawn Recovery" in text
    for general in ("Casa Esperanza", "Likes carpentry", "Tomás Ibáñez", "B-2"):
        assert general not in text


def test_auditor_packet_has_no_notes_and_no_treatment(site: Site, coordinator: SignedIn) -> None:
    """An auditor may not read treatment records: no notes, and no referral to treatment
    (services.visibility.hides_treatment), even where the consent would allow them."""
    scene = _scenario(coordinator)
    _consent(coordinator, scene.participant_id, sud=True)
    add_user(coordinator, "aud", "auditor")
    auditor = site.sign_in("aud", USER_PASS)
    try:
        text = "\n".join(pdf_lines(_packet(auditor)))
    finally:
        auditor.store.close()
    assert "Casa Esperanza" in text and "New Dawn Recovery" not in text
    assert "Likes carpentry" not in text and "SUD-CANARY" not in text
    assert not audit_rows(coordinator, "note.view")


@pytest.mark.parametrize(
    "consent",
    [
        {"revoked_on": D(2026, 11, 1)},
        {"expires_on": D(2026, 11, 15)},
        {"signed_on": D(2026, 11, 16)},
        {"recipient_site_id": None},
        {"general": False, "sud": False},
    ],
)
def test_no_consent_in_force_means_no_packet(
    coordinator: SignedIn, consent: dict[str, object]
) -> None:
    scene = _scenario(coordinator)
    _consent(coordinator, scene.participant_id, **consent)
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        _packet(coordinator)
    assert err.value.field == "recipient"
    assert audit_count(coordinator) == before


def test_a_recipient_the_consent_does_not_name_is_refused(coordinator: SignedIn) -> None:
    scene = _scenario(coordinator)
    _consent(coordinator, scene.participant_id)
    add_office(coordinator, OTHER_OFFICE_ID, "Other Office")
    with pytest.raises(ValidationError):
        _packet(coordinator, recipient_site_id=OTHER_OFFICE_ID)


def test_several_recipients_need_a_choice(coordinator: SignedIn) -> None:
    scene = _scenario(coordinator)
    add_office(coordinator, OTHER_OFFICE_ID, "Other Office")
    _consent(coordinator, scene.participant_id)
    _consent(coordinator, scene.participant_id, recipient_site_id=OTHER_OFFICE_ID, sud=True)
    with pytest.raises(ValidationError, match="several recipients"):
        _packet(coordinator)
    text = "\n".join(pdf_lines(_packet(coordinator, recipient_site_id=OFFICE_ID)))
    assert "SUD-CANARY" not in text and "Casa Esperanza" in text


def test_audited_as_a_disclosure_with_ids_only(coordinator: SignedIn) -> None:
    scene = _scenario(coordinator)
    consent_id = _consent(coordinator, scene.participant_id)
    _packet(coordinator)
    entries = [(e.action, e.object_type, e.object_id) for e in audit_rows(coordinator)]
    assert ("report.packet", "participant", scene.participant_id) in entries
    assert ("report.packet_consent", "consent", consent_id) in entries
    assert ("note.view", "participant", scene.participant_id) in entries
    for _, _, object_id in entries:
        assert DOC not in object_id and "Ñúñez" not in object_id


def test_unknown_doc_and_roles(site: Site, coordinator: SignedIn) -> None:
    with pytest.raises(NotFound):
        ReportService(coordinator.store).packet(coordinator.actor, "NOPE1")
    add_user(coordinator, "pe1", "peer_educator")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            ReportService(peer.store).packet(peer.actor, DOC)
    finally:
        peer.store.close()


def test_spanish_keeps_the_official_notice_and_adds_a_translation(coordinator: SignedIn) -> None:
    scene = _scenario(coordinator)
    _consent(coordinator, scene.participant_id, sud=True)
    text = "\n".join(pdf_lines(_packet(coordinator, language="es")))
    assert "Paquete de transición" in text and "Preparado para County Reentry Office" in text
    assert SHORT_NOTICE in text and "Traducción de cortesía" in text
    assert "prohíbe el uso o la divulgación no autorizados" in text


def test_very_long_names_render(coordinator: SignedIn, tmp_path: Path) -> None:
    scene = _scenario(coordinator)
    _consent(coordinator, scene.participant_id)
    long_last = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessen"
    with coordinator.store.uow() as uow:
        row = uow.session.get(ParticipantRow, scene.participant_id)
        assert row is not None
        row.legal_last_name = long_last
        row.preferred_name = "Zoë <b>&amp;</b> Ñ"
    pdf = _packet(coordinator)
    qpdf_check(pdf, tmp_path)
    flat = "".join(pdf_lines(pdf)).replace(" ", "")
    assert long_last in flat
    assert "Zoë<b>&amp;</b>Ñ" in flat
