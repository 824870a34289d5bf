"""Mentor agreement and certificates of completion."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from peerdesk.db.models import MentorRow, ParticipantRow, ParticipantStatusRow, TrainingRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.reports.documents import name_lines
from peerdesk.reports.fonts import BOLD, register_fonts
from peerdesk.services.auth import SignedIn
from peerdesk.services.report_service import ReportService
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_reports import audit_count, audit_rows, pdf_lines, qpdf_check
from tests.factories_rows import add_row

NOW = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)


def _svc(signed: SignedIn) -> ReportService:
    return ReportService(signed.store, clock=lambda: NOW)


def _mentor(signed: SignedIn, *, trainings: int = 0, **kw: object) -> str:
    site = signed.actor.site_id
    with signed.store.uow() as uow:
        s = uow.session
        values: dict[str, object] = {
            "person_kind": "participant",
            "last_name": "Ibáñez",
            "first_name": "Tomás",
            "side": "community",
            "status": "active",
            "status_date": date(2026, 1, 1),
            "capacity": 4,
        }
        values.update(kw)
        m = add_row(s, MentorRow, site, **values)
        for i in range(trainings):
            add_row(
                s,
                TrainingRow,
                site,
                mentor_id=m.id,
                course=f"Course {i}",
                hours=7.5,
                completed_on=date(2026, 3, 1 + i),
            )
        return str(m.id)


def _participant(signed: SignedIn, *, completed: date | None) -> None:
    site = signed.actor.site_id
    with signed.store.uow() as uow:
        s = uow.session
        p = add_row(
            s,
            ParticipantRow,
            site,
            doc_number="C77",
            legal_last_name="Ölander-Peña",
            legal_first_name="Zoë",
            preferred_name="",
            date_of_birth=date(1990, 1, 1),
        )
        if completed:
            add_row(
                s,
                ParticipantStatusRow,
                site,
                participant_id=p.id,
                status="completed",
                effective_date=completed,
                recorded_by="maria",
            )


def test_agreement_sets_out_roles_and_expectations(coordinator: SignedIn, tmp_path: Path) -> None:
    mentor = _mentor(coordinator)
    pdf = _svc(coordinator).agreement(coordinator.actor, mentor)
    text = " ".join(" ".join(pdf_lines(pdf)).split())
    for expected in (
        "Mentor agreement",
        "the role of Tomás Ibáñez as a community-based mentor with Riverside Unit",
        "Mentees at a time: up to 4.",
        "The mentor agrees to",
        "The program agrees to",
        "Boundaries and confidentiality",
        "No romantic or sexual relationship with a mentee.",
        "Program coordinator: Signature",
        "CONFIDENTIAL",
    ):
        assert expected in text, expected
    qpdf_check(pdf, tmp_path)
    assert [(e.object_type, e.object_id) for e in audit_rows(coordinator, "report.")] == [
        ("mentor", mentor)
    ]
    es = " ".join(pdf_lines(_svc(coordinator).agreement(coordinator.actor, mentor, "es")))
    assert "Acuerdo de mentoría" in es and "El mentor se compromete a" in es


def test_agreement_for_unknown_mentor_or_wrong_role(site: Site, coordinator: SignedIn) -> None:
    with pytest.raises(NotFound):
        _svc(coordinator).agreement(coordinator.actor, "no-such-mentor")
    add_user(coordinator, "pe1", "peer_educator")
    peer = site.sign_in("pe1", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            ReportService(peer.store).agreement(peer.actor, _mentor(coordinator))
    finally:
        peer.store.close()


def test_participant_certificate_needs_a_completion(coordinator: SignedIn, tmp_path: Path) -> None:
    _participant(coordinator, completed=None)
    before = audit_count(coordinator)
    with pytest.raises(ValidationError) as err:
        _svc(coordinator).certificate_for_participant(coordinator.actor, "C77")
    assert err.value.field == "doc_number"
    assert audit_count(coordinator) == before


def test_participant_certificate(coordinator: SignedIn, tmp_path: Path) -> None:
    _participant(coordinator, completed=date(2026, 10, 30))
    pdf = _svc(coordinator).certificate_for_participant(coordinator.actor, "c77")
    text = " ".join(pdf_lines(pdf))
    assert "Certificate of Completion" in text and "Zoë Ölander-Peña" in text
    assert "has completed the Riverside Unit program on 2026-10-30." in text
    assert "CONFIDENTIAL" not in text
    qpdf_check(pdf, tmp_path)
    es = " ".join(
        pdf_lines(_svc(coordinator).certificate_for_participant(coordinator.actor, "C77", "es"))
    )
    assert "Certificado de finalización" in es and "ha completado el programa" in es


def test_peer_educator_certificate_counts_training(coordinator: SignedIn) -> None:
    untrained = _mentor(coordinator)
    with pytest.raises(ValidationError) as err:
        _svc(coordinator).certificate_for_mentor(coordinator.actor, untrained)
    assert err.value.field == "mentor_id"
    trained = _mentor(coordinator, trainings=3, first_name="Ana")
    text = " ".join(
        " ".join(
            pdf_lines(_svc(coordinator).certificate_for_mentor(coordinator.actor, trained))
        ).split()
    )
    assert "Ana Ibáñez" in text
    assert "22.5 hours in 3 courses, the last on 2026-03-03." in text


@pytest.mark.parametrize(
    ("name", "size", "lines"),
    [
        ("Ana Cruz", 30, 1),
        ("Maximiliana Concepción de los Ángeles Wolfeschlegelsteinhausenbergerdorff-Ñúñez", 23, 2),
        ("X" * 150, None, 1),
    ],
)
def test_long_names_shrink_or_wrap_to_fit(name: str, size: float | None, lines: int) -> None:
    register_fonts()
    got_size, got = name_lines(name, 600)
    assert len(got) == lines
    if size is not None:
        assert got_size == size
    assert " ".join(got) == name
    assert all(stringWidth(line, BOLD, got_size) <= 600 for line in got)


def test_certificate_with_a_very_long_name(coordinator: SignedIn, tmp_path: Path) -> None:
    name = "Maximiliana Concepción de los Ángeles Wolfeschlegelsteinhausenbergerdorff-Ñúñez"
    mentor = _mentor(coordinator, trainings=1, first_name=name[:40], last_name=name[40:])
    pdf = _svc(coordinator).certificate_for_mentor(coordinator.actor, mentor)
    qpdf_check(pdf, tmp_path)
    assert name.replace(" ", "") in "".join(pdf_lines(pdf)).replace(" ", "")
