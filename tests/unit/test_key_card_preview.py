"""Previewing a key card file before trusting it: who it names, whether it replaces a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk.db.models import AuditRow, PeerKeyRow, SiteRow
from peerdesk.domain.errors import PermissionDenied, ValidationError
from peerdesk.services.auth import SignedIn
from peerdesk.services.key_card_preview import (
    NOT_A_CARD,
    OWN_CARD,
    CardPreviewService,
    card_file_name,
    read_card_file,
)
from peerdesk.services.trust import TrustService
from peerdesk.sync.key_card import MAX_CARD_BYTES
from tests.conftest import USER_PASS, add_user
from tests.factories_sync import facility_and_office

Pair = tuple[SignedIn, SignedIn]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path, trust=False)


def _card_file(signed: SignedIn, folder: Path, name: str = "card.json") -> tuple[Path, str]:
    out = folder / name
    card = TrustService(signed.store).export_card(signed.actor, out)
    return out, card.fingerprint


def _rows(signed: SignedIn) -> tuple[int, int]:
    with signed.store.uow(write=False) as uow:
        s = uow.session
        return (
            int(s.scalar(select(func.count()).select_from(PeerKeyRow)) or 0),
            int(s.scalar(select(func.count()).select_from(SiteRow)) or 0),
        )


def test_a_new_sites_card_names_it_and_stores_nothing(pair: Pair, tmp_path: Path) -> None:
    fac, off = pair
    path, _fp = _card_file(off, tmp_path)
    before = _rows(fac)
    preview = CardPreviewService(fac.store).preview_file(fac.actor, path)
    assert (preview.site_name, preview.site_kind) == ("North Reentry Office", "office")
    assert preview.site_id == off.actor.site_id
    assert preview.data == path.read_bytes()
    assert not preview.replaces_key and not preview.already_trusted
    assert _rows(fac) == before


def test_already_trusted_then_a_rotated_card_replaces(pair: Pair, tmp_path: Path) -> None:
    fac, off = pair
    path, fp = _card_file(off, tmp_path)
    TrustService(fac.store).trust_card(fac.actor, path.read_bytes(), fp)
    svc = CardPreviewService(fac.store)
    again = svc.preview_file(fac.actor, path)
    assert again.already_trusted and not again.replaces_key
    TrustService(off.store).rotate_own_key(off.actor)
    new_path, _ = _card_file(off, tmp_path, "new.json")
    rotated = svc.preview_file(fac.actor, new_path)
    assert rotated.replaces_key and not rotated.already_trusted
    assert rotated.key_id != again.key_id


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b'{"format": "something else"}', b"x" * (MAX_CARD_BYTES + 5)],
)
def test_a_file_that_is_no_card_is_refused(pair: Pair, tmp_path: Path, content: bytes) -> None:
    fac, _off = pair
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        CardPreviewService(fac.store).preview_file(fac.actor, path)
    assert (info.value.field, info.value.message) == ("card", NOT_A_CARD)


def test_an_edited_card_is_refused(pair: Pair, tmp_path: Path) -> None:
    fac, off = pair
    path, _ = _card_file(off, tmp_path)
    path.write_bytes(path.read_bytes().replace(b"North Reentry", b"South Reentry"))
    with pytest.raises(ValidationError) as info:
        CardPreviewService(fac.store).preview_file(fac.actor, path)
    assert info.value.field == "card"


def test_a_missing_file_says_so_without_the_folder(pair: Pair, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        read_card_file(tmp_path / "secret-folder" / "gone.json")
    assert info.value.field == "card"
    assert "gone.json cannot be read" in info.value.message
    assert "secret-folder" not in info.value.message


def test_this_sites_own_card_is_refused(pair: Pair, tmp_path: Path) -> None:
    fac, _off = pair
    path, _ = _card_file(fac, tmp_path)
    with pytest.raises(ValidationError) as info:
        CardPreviewService(fac.store).preview_file(fac.actor, path)
    assert (info.value.field, info.value.message) == ("card", OWN_CARD)


def test_the_messages_are_the_trust_services_own(pair: Pair, tmp_path: Path) -> None:
    """The same words whether the preview or the trust step refuses (one translation)."""
    fac, _off = pair
    svc = TrustService(fac.store)
    own = svc.own_card(fac.actor).text.encode()
    for data, expected in ((b"junk", NOT_A_CARD), (own, OWN_CARD)):
        with pytest.raises(ValidationError) as info:
            svc.trust_card(fac.actor, data, None)
        assert info.value.message == expected


def test_only_roles_that_manage_keys_may_preview(pair: Pair, tmp_path: Path) -> None:
    fac, off = pair
    path, _ = _card_file(off, tmp_path)
    add_user(fac, "staff", "reentry_staff")
    from peerdesk.services.auth import AuthService

    staff = AuthService(fac.store.paths).sign_in("staff", USER_PASS)
    try:
        svc = CardPreviewService(staff.store)
        for call in (
            lambda: svc.preview_file(staff.actor, path),
            lambda: svc.preview(staff.actor, path.read_bytes()),
        ):
            with pytest.raises(PermissionDenied):
                call()
        with staff.store.uow(write=False) as uow:
            last = uow.session.scalars(
                select(AuditRow.outcome).order_by(AuditRow.seq.desc())
            ).first()
        assert last == "denied"
    finally:
        staff.store.close()


def test_own_card_carries_the_sites_name(pair: Pair) -> None:
    fac, _off = pair
    own = CardPreviewService(fac.store).own_card(fac.actor)
    assert (own.site_name, own.site_kind) == ("Riverside Unit", "facility")
    assert own.card == TrustService(fac.store).own_card(fac.actor)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Riverside Unit", "key-card-riverside-unit.json"),
        ("  Oficina Norte / Reentrada ", "key-card-oficina-norte-reentrada.json"),
        ("Ñandú", "key-card-and.json"),
        ("***", "key-card-site.json"),
    ],
)
def test_card_file_name(name: str, expected: str) -> None:
    assert card_file_name(name) == expected
