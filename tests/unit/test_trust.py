"""Trust between sites: cards, fingerprint confirmation, rotation, revocation, roles, CLI."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peerdesk import cli_keys
from peerdesk.db.models import AuditRow, PeerKeyRow, SiteKeyRow, SiteRow, SyncPeerRow
from peerdesk.db.store import DataPaths
from peerdesk.domain.errors import NotFound, PeerdeskError, PermissionDenied, ValidationError
from peerdesk.services.auth import AuthService, SignedIn
from peerdesk.services.site_setup import initialize_site
from peerdesk.services.trust import TrustService
from peerdesk.sync.bundle_format import BundleHeader, OpenedBundle, build_bundle, open_bundle
from peerdesk.sync.errors import BundleRejected
from peerdesk.sync.key_card import parse_card
from peerdesk.sync.keyring import DbReceiverState, bundle_recipients, load_own_keys
from tests.conftest import ADMIN, ADMIN_PASS, USER_PASS, Site, add_user
from tests.factories_sync import PAYLOAD, WHEN


@pytest.fixture
def office(tmp_path: Path) -> Iterator[SignedIn]:
    paths = DataPaths(tmp_path / "office")
    initialize_site(
        paths,
        site_name="North Reentry Office",
        site_kind="office",
        admin_username=ADMIN,
        admin_passphrase=ADMIN_PASS,
    )
    signed = AuthService(paths).sign_in(ADMIN, ADMIN_PASS)
    yield signed
    signed.store.close()


def _svc(signed: SignedIn) -> TrustService:
    return TrustService(signed.store)


def _counts(signed: SignedIn) -> tuple[int, ...]:
    with signed.store.uow(write=False) as uow:
        s = uow.session
        return tuple(
            int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in (PeerKeyRow, SiteRow, SyncPeerRow, AuditRow, SiteKeyRow)
        )


def _actions(signed: SignedIn) -> list[str]:
    with signed.store.uow(write=False) as uow:
        return list(uow.session.scalars(select(AuditRow.action).order_by(AuditRow.seq)))


def _card(signed: SignedIn) -> tuple[bytes, str]:
    card = _svc(signed).own_card(signed.actor)
    return card.text.encode(), card.fingerprint


def _trust(receiver: SignedIn, sender: SignedIn) -> None:
    text, fp = _card(sender)
    _svc(receiver).trust_card(receiver.actor, text, fp)


def _bundle(sender: SignedIn, recipient_site_id: str, sequence: int = 1) -> bytes:
    with sender.store.uow(write=False) as uow:
        own = load_own_keys(uow.session)
        recipients = bundle_recipients(uow.session, recipient_site_id)
    assert recipients is not None
    return build_bundle(
        PAYLOAD,
        BundleHeader(own.site_id, recipient_site_id, sequence),
        signing_key=own.active.signing_key,
        recipients=recipients,
        created_at=WHEN,
    ).to_bytes()


def _open(receiver: SignedIn, data: bytes) -> OpenedBundle:
    with receiver.store.uow(write=False) as uow:
        return open_bundle(data, DbReceiverState(uow.session))


# --- own card ------------------------------------------------------------------------------
def test_export_card_writes_the_file_and_audits(coordinator: SignedIn, tmp_path: Path) -> None:
    out = tmp_path / "card.json"
    card = _svc(coordinator).export_card(coordinator.actor, out)
    parsed = parse_card(out.read_bytes())
    assert parsed.fingerprint == card.fingerprint
    assert parsed.site_id == coordinator.actor.site_id
    assert (parsed.site_name, parsed.site_kind) == ("Riverside Unit", "facility")
    assert not card.endorsed
    assert _actions(coordinator)[-1] == "keys.card_export"
    # The same keys give the same card and fingerprint every time.
    assert _svc(coordinator).own_card(coordinator.actor).text == out.read_text()


def test_export_card_to_an_unwritable_place(coordinator: SignedIn, tmp_path: Path) -> None:
    before = _counts(coordinator)
    with pytest.raises(ValidationError) as err:
        _svc(coordinator).export_card(coordinator.actor, tmp_path / "nope" / "card.json")
    assert err.value.field == "out"
    assert _counts(coordinator) == before


# --- trusting a card -----------------------------------------------------------------------
def test_trust_with_the_right_fingerprint(coordinator: SignedIn, office: SignedIn) -> None:
    text, fp = _card(coordinator)
    typed = fp.lower().replace("-", " ")
    result = _svc(office).trust_card(office.actor, text, typed)
    assert result.outcome == "trusted"
    assert result.key.site_id == coordinator.actor.site_id
    assert result.key.status == "current"
    with office.store.uow(write=False) as uow:
        site = uow.session.get(SiteRow, coordinator.actor.site_id)
        assert site is not None and not site.is_local and site.name == "Riverside Unit"
        assert uow.session.get(SyncPeerRow, site.id) is not None
    assert _actions(office)[-1] == "keys.trust"
    again = _svc(office).trust_card(office.actor, text, fp)
    assert again.outcome == "already_trusted"
    assert _counts(office)[0] == 1


@pytest.mark.parametrize(
    ("fingerprint", "field"),
    [
        (None, "fingerprint"),
        ("", "fingerprint"),
        ("ABCDE", "fingerprint"),
        ("00000-00000-00000-00000", "fingerprint"),
    ],
)
def test_anything_but_the_right_fingerprint_stores_nothing(
    coordinator: SignedIn, office: SignedIn, fingerprint: str | None, field: str
) -> None:
    text, _ = _card(coordinator)
    before = _counts(office)
    with pytest.raises(ValidationError) as err:
        _svc(office).trust_card(office.actor, text, fingerprint)
    assert err.value.field == field
    assert _counts(office) == before


def test_a_card_whose_content_was_swapped_is_refused(
    coordinator: SignedIn, office: SignedIn
) -> None:
    """An attacker edits the card on the stick; the fingerprint read by phone no longer fits."""
    text, fp = _card(coordinator)
    body = json.loads(text)
    body["age_recipient"] = load_own_keys_of(office).active.age_recipient()
    del body["fingerprint"]
    before = _counts(office)
    with pytest.raises(ValidationError) as err:
        _svc(office).trust_card(office.actor, json.dumps(body).encode(), fp)
    assert err.value.field in ("fingerprint", "card")
    assert _counts(office) == before


def load_own_keys_of(signed: SignedIn):
    with signed.store.uow(write=False) as uow:
        return load_own_keys(uow.session)


def test_bad_cards_and_own_card_are_refused(coordinator: SignedIn) -> None:
    text, fp = _card(coordinator)
    before = _counts(coordinator)
    for data in (b"garbage", b"", text[:-40]):
        with pytest.raises(ValidationError) as err:
            _svc(coordinator).trust_card(coordinator.actor, data, fp)
        assert err.value.field == "card"
    with pytest.raises(ValidationError) as err:
        _svc(coordinator).trust_card(coordinator.actor, text, fp)
    assert err.value.field == "card" and "own" in err.value.message
    assert _counts(coordinator) == before


# --- rotation ------------------------------------------------------------------------------
def test_rotation_is_accepted_over_the_old_key(coordinator: SignedIn, office: SignedIn) -> None:
    _trust(office, coordinator)
    _trust(coordinator, office)
    old_bundle = _bundle_to(coordinator, office)  # written before the rotation, on its way
    new = _svc(coordinator).rotate_own_key(coordinator.actor)
    assert new.endorsed
    assert _actions(coordinator)[-1] == "keys.rotate"
    result = _svc(office).trust_card(office.actor, new.text.encode(), None)
    assert result.outcome == "rotated"
    assert result.key.key_id == new.key_id and result.replaced_key_ids
    assert _actions(office)[-1] == "keys.rotation_accept"
    statuses = {k.key_id: k.status for k in _svc(office).list_trusted(office.actor)}
    assert statuses == {new.key_id: "current", result.replaced_key_ids[0]: "replaced"}
    # New bundles are signed with the new key; one signed with the replaced key still opens.
    assert _open(office, _bundle_to(coordinator, office)).decrypt() == PAYLOAD
    assert _open(office, old_bundle).decrypt() == PAYLOAD
    # The old card cannot come back.
    with pytest.raises(ValidationError):
        _svc(office).trust_card(office.actor, old_card_text(coordinator, office), None)


def _bundle_to(sender: SignedIn, receiver: SignedIn) -> bytes:
    return _bundle(sender, receiver.actor.site_id)


def old_card_text(sender: SignedIn, office: SignedIn) -> bytes:
    """The sender's card of its first (now retired) key set, as the office once saw it."""
    from peerdesk.sync.key_card import make_card

    own = load_own_keys_of(sender)
    return (
        make_card(
            site_id=own.site_id,
            site_name=own.site_name,
            site_kind=own.site_kind,
            keys=own.retired[-1],
            created_at="x",
        )
        .to_text()
        .encode()
    )


def test_own_rotation_keeps_old_identity_for_bundles_on_their_way(
    coordinator: SignedIn, office: SignedIn
) -> None:
    _trust(office, coordinator)
    _trust(coordinator, office)
    to_facility = _bundle_to(office, coordinator)  # encrypted to the facility's first key
    before = _counts(coordinator)
    _svc(coordinator).rotate_own_key(coordinator.actor)
    assert _counts(coordinator)[4] == before[4] + 1
    assert _open(coordinator, to_facility).decrypt() == PAYLOAD


def test_rotation_endorsed_by_an_untrusted_or_revoked_key_needs_the_fingerprint(
    coordinator: SignedIn, office: SignedIn
) -> None:
    _trust(office, coordinator)
    _svc(coordinator).rotate_own_key(coordinator.actor)
    _svc(coordinator).rotate_own_key(coordinator.actor)  # endorsed by a key office never saw
    text, fp = _card(coordinator)
    before = _counts(office)
    with pytest.raises(ValidationError) as err:
        _svc(office).trust_card(office.actor, text, None)
    assert err.value.field == "fingerprint"
    assert _counts(office) == before
    assert _svc(office).trust_card(office.actor, text, fp).outcome == "trusted"


def test_endorsement_by_a_revoked_key_is_not_enough(
    coordinator: SignedIn, office: SignedIn
) -> None:
    _trust(office, coordinator)
    _svc(office).revoke(office.actor, coordinator.actor.site_id)
    new = _svc(coordinator).rotate_own_key(coordinator.actor)
    with pytest.raises(ValidationError):
        _svc(office).trust_card(office.actor, new.text.encode(), None)


# --- revocation ----------------------------------------------------------------------------
def test_revocation_stops_imports_signed_by_that_key(
    coordinator: SignedIn, office: SignedIn
) -> None:
    _trust(office, coordinator)
    _trust(coordinator, office)
    data = _bundle_to(coordinator, office)
    assert _open(office, data).decrypt() == PAYLOAD
    revoked = _svc(office).revoke(office.actor, coordinator.actor.site_id)
    assert len(revoked) == 1
    assert _actions(office)[-1] == "keys.revoke"
    with pytest.raises(BundleRejected) as err:
        _open(office, data)
    assert err.value.reason == "revoked_signer"
    # The revoked card cannot be trusted again, even with its fingerprint.
    text, fp = _card(coordinator)
    before = _counts(office)
    with pytest.raises(ValidationError) as verr:
        _svc(office).trust_card(office.actor, text, fp)
    assert "revoked" in verr.value.message
    assert _counts(office) == before
    with pytest.raises(NotFound):
        _svc(office).revoke(office.actor, coordinator.actor.site_id)
    assert [k.status for k in _svc(office).list_trusted(office.actor)] == ["revoked"]


def test_revoke_one_key_of_a_site(coordinator: SignedIn, office: SignedIn) -> None:
    _trust(office, coordinator)
    _trust(coordinator, office)
    first = _svc(office).list_trusted(office.actor)[0].key_id
    new = _svc(coordinator).rotate_own_key(coordinator.actor)
    _svc(office).trust_card(office.actor, new.text.encode(), None)
    assert _svc(office).revoke(office.actor, coordinator.actor.site_id, first.lower()) == (first,)
    statuses = {k.key_id: k.status for k in _svc(office).list_trusted(office.actor)}
    assert statuses == {first: "revoked", new.key_id: "current"}
    assert _open(office, _bundle_to(coordinator, office)).decrypt() == PAYLOAD


def test_unknown_site_cannot_be_revoked(office: SignedIn) -> None:
    before = _counts(office)
    with pytest.raises(NotFound):
        _svc(office).revoke(office.actor, "00000000-0000-4000-8000-000000000000")
    assert _counts(office) == before


# --- roles ---------------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["peer_educator", "reentry_staff", "auditor"])
def test_only_coordinators_manage_keys(
    site: Site, coordinator: SignedIn, office: SignedIn, role: str, tmp_path: Path
) -> None:
    add_user(coordinator, "someone", role)
    other = site.sign_in("someone", USER_PASS)
    text, fp = _card(office)
    svc = _svc(other)
    try:
        calls = [
            lambda: svc.own_card(other.actor),
            lambda: svc.export_card(other.actor, tmp_path / "c.json"),
            lambda: svc.trust_card(other.actor, text, fp),
            lambda: svc.list_trusted(other.actor),
            lambda: svc.revoke(other.actor, office.actor.site_id),
            lambda: svc.rotate_own_key(other.actor),
        ]
        for call in calls:
            with pytest.raises(PermissionDenied):
                call()
        assert not (tmp_path / "c.json").exists()
        with other.store.uow(write=False) as uow:
            outcomes = list(uow.session.scalars(select(AuditRow.outcome).order_by(AuditRow.seq)))
        assert outcomes[-len(calls) :] == ["denied"] * len(calls)
    finally:
        other.store.close()
    assert _counts(coordinator)[0] == 0


# --- CLI -----------------------------------------------------------------------------------
def _cli(paths: DataPaths, *argv: str) -> int:
    """Run ``peerdesk --data-dir ... keys ...`` as cli.main would (errors -> exit 1)."""
    parser = argparse.ArgumentParser(prog="peerdesk")
    parser.add_argument("--data-dir")
    login = argparse.ArgumentParser(add_help=False)
    login.add_argument("--user")
    cli_keys.register(parser.add_subparsers(dest="command"), login)
    args = parser.parse_args(["--data-dir", str(paths.root), *argv])
    try:
        return int(args.func(args))
    except PeerdeskError as exc:
        print(f"peerdesk: {exc}")
        return 1


def test_cli_card_trust_list_revoke_rotate(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("PEERDESK_PASSPHRASE", ADMIN_PASS)
    office_paths = DataPaths(tmp_path / "office-cli")
    initialize_site(
        office_paths,
        site_name="Office",
        site_kind="office",
        admin_username=ADMIN,
        admin_passphrase=ADMIN_PASS,
    )
    card = tmp_path / "facility-card.json"
    assert _cli(site.paths, "keys", "card", "--out", str(card), "--user", ADMIN) == 0
    out = capsys.readouterr().out
    fp = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("fingerprint"))
    assert parse_card(card.read_bytes()).fingerprint == fp

    wrong = "00000-00000-00000-00000"
    trust = ("keys", "trust", str(card), "--user", ADMIN, "--fingerprint")
    assert _cli(office_paths, *trust, wrong) == 1
    assert "does not match" in capsys.readouterr().out
    assert _cli(office_paths, *trust, fp) == 0
    assert "trusted" in capsys.readouterr().out

    assert _cli(office_paths, "keys", "list", "--user", ADMIN) == 0
    listed = capsys.readouterr().out
    assert "Riverside Unit" in listed and "current" in listed

    new_card = tmp_path / "facility-card-2.json"
    assert _cli(site.paths, "keys", "rotate", "--out", str(new_card), "--user", ADMIN) == 0
    assert "fingerprint: " in capsys.readouterr().out
    assert _cli(office_paths, "keys", "trust", str(new_card), "--user", ADMIN) == 0
    assert "new key" in capsys.readouterr().out

    site_id = parse_card(card.read_bytes()).site_id
    assert _cli(office_paths, "keys", "revoke", site_id, "--user", ADMIN) == 0
    assert "revoked key" in capsys.readouterr().out
    assert _cli(office_paths, "keys", "trust", str(tmp_path / "none"), "--user", ADMIN) == 1
