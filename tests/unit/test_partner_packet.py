"""Packets for a reentry partner that is not a peerdesk site: the consents naming it decide."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peerdesk.db.models import ConsentRow
from peerdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.partner_packet import PartnerPacketService, same_recipient
from tests.conftest import USER_PASS, Site, add_user
from tests.factories_reports import add_consent, audit_count, audit_rows, pdf_lines, qpdf_check
from tests.unit.test_report_packet import DOC, NOW, SUD_TEXT, _scenario

D = date


def _consent(signed: SignedIn, pid: str, name: str = "Casa Esperanza", **kw: object) -> str:
    with signed.store.uow() as uow:
        row: ConsentRow = add_consent(
            uow.session, signed.actor.site_id, pid, recipient_site_id=None, **kw
        )
        row.recipient_name = name
        return row.id


def _packet(signed: SignedIn, consent_id: str) -> bytes:
    return PartnerPacketService(signed.store, clock=lambda: NOW).packet(
        signed.actor, DOC, consent_id
    )


def test_general_consent_to_a_partner(coordinator: SignedIn, tmp_path: Path) -> None:
    scene = _scenario(coordinator)
    consent = _consent(coordinator, scene.participant_id)
    before = audit_count(coordinator)
    pdf = _packet(coordinator, consent)
    text = "\n".join(pdf_lines(pdf))
    assert "Prepared for Casa Esperanza" in text
    assert "Find a carpentry apprenticeship" in text
    for hidden in (*SUD_TEXT, "SENSITIVE-CANARY"):
        assert hidden not in text, hidden
    qpdf_check(pdf, tmp_path)
    actions = [(r.action, r.object_id) for r in audit_rows(coordinator)[before:]]
    assert ("report.packet", scene.participant_id) in actions
    assert ("report.packet_consent", consent) in actions


def test_part2_only_with_a_part2_consent_naming_the_same_partner(coordinator: SignedIn) -> None:
    scene = _scenario(coordinator)
    general = _consent(coordinator, scene.participant_id)
    # Part 2 consent to another partner: not relied on for Casa Esperanza.
    _consent(coordinator, scene.participant_id, "New Dawn Recovery", general=False, sud=True)
    text = "\n".join(pdf_lines(_packet(coordinator, general)))
    assert "SUD-CANARY" not in text
    # The same partner, written differently, with Part 2 named: now the section is there.
    _consent(coordinator, scene.participant_id, "  casa   ESPERANZA ", general=False, sud=True)
    text = "\n".join(pdf_lines(_packet(coordinator, general)))
    assert "SUD-CANARY" in text and "42 CFR" in text


def test_refused_without_consent_in_force(coordinator: SignedIn) -> None:
    scene = _scenario(coordinator)
    expired = _consent(coordinator, scene.participant_id, expires_on=D(2026, 6, 1))
    revoked = _consent(coordinator, scene.participant_id, "Hope House", revoked_on=D(2026, 7, 1))
    site_consent = _consent(coordinator, scene.participant_id)
    with coordinator.store.uow() as uow:
        row = uow.session.get(ConsentRow, site_consent)
        assert row is not None
        row.recipient_site_id = "0ff1ce00-0000-4000-8000-000000000001"
    before = audit_count(coordinator)
    for consent in (expired, revoked, site_consent):
        with pytest.raises(ValidationError) as caught:
            _packet(coordinator, consent)
        assert caught.value.field == "recipient"
    with pytest.raises(NotFound):
        _packet(coordinator, "no-such-consent")
    assert audit_count(coordinator) == before


def test_auditor_gets_no_notes_and_peer_educator_no_packet(
    site: Site, coordinator: SignedIn
) -> None:
    scene = _scenario(coordinator)
    consent = _consent(coordinator, scene.participant_id)
    add_user(coordinator, "audrey", "auditor")
    add_user(coordinator, "pete", "peer_educator")
    auditor = site.sign_in("audrey", USER_PASS)
    try:
        text = "\n".join(pdf_lines(_packet(auditor, consent)))
        assert "Likes carpentry work" not in text
        assert "Find a carpentry apprenticeship" in text
    finally:
        auditor.store.close()
    peer = site.sign_in("pete", USER_PASS)
    try:
        with pytest.raises(PermissionDenied):
            _packet(peer, consent)
    finally:
        peer.store.close()


def test_same_recipient() -> None:
    assert same_recipient("Casa  Esperanza", " casa esperanza")
    assert not same_recipient("Casa Esperanza", "Casa Esperanza II")
