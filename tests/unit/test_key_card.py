"""Key cards: content, fingerprint (readable, stable, sensitive), strict parsing, endorsement."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.sync import key_card, minisign
from peerdesk.sync.key_card import CardError, normalize_fingerprint, parse_card
from peerdesk.sync.site_keys import generate
from tests.factories_sync import make_party

FP = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$")


def _edit(card_text: str, **changes: object) -> bytes:
    body = json.loads(card_text)
    body.update(changes)
    return json.dumps(body).encode()


def test_card_round_trip_holds_everything_a_peer_needs() -> None:
    party = make_party(name="Oficina de Reentrada Norte", kind="office")
    card = party.card()
    text = card.to_text()
    body = json.loads(text)
    assert body["site_id"] == party.site_id
    assert body["site_name"] == "Oficina de Reentrada Norte"
    assert body["site_kind"] == "office"
    assert body["age_recipient"] == party.keys.age_recipient()
    assert minisign.parse_public_key(body["minisign_public_key"]) == party.public
    assert body["key_id"] == party.public.key_id_hex
    assert body["fingerprint"] == card.fingerprint
    assert parse_card(text.encode()) == card
    assert "AGE-SECRET-KEY" not in text


def test_fingerprint_is_four_readable_groups_and_stable() -> None:
    party = make_party()
    card = party.card()
    assert FP.match(card.fingerprint)
    # A later export of the same keys (other created_at) has the same fingerprint.
    assert replace(card, created_at="2030-01-01").fingerprint == card.fingerprint


@pytest.mark.parametrize(
    "change",
    [
        {"site_name": "Riverside Unit B"},
        {"site_kind": "office"},
        {"site_id": "00000000-0000-4000-8000-000000000000"},
    ],
)
def test_fingerprint_covers_identity_fields(change: dict[str, str]) -> None:
    card = make_party().card()
    assert replace(card, **change).fingerprint != card.fingerprint


def test_fingerprint_covers_both_keys() -> None:
    party = make_party()
    other = generate()
    card = party.card()
    new_signing = minisign.public_key_of(other.signing_key)
    assert replace(card, signing_key=new_signing).fingerprint != card.fingerprint
    assert replace(card, age_recipient=other.age_recipient()).fingerprint != card.fingerprint


def test_typed_fingerprints_are_normalized() -> None:
    fp = make_party().card().fingerprint
    assert normalize_fingerprint(fp) == fp
    assert normalize_fingerprint(fp.lower().replace("-", " ")) == fp
    assert normalize_fingerprint(fp.replace("-", "")) == fp
    assert normalize_fingerprint("0O1IL-00000-00000-00000") == "00111-00000-00000-00000"
    for bad in ("", "ABCDE-FGHJK", fp + "0", fp[:-1] + "U", "ABCDE!FGHJK-MNPQR-STVWX"):
        assert normalize_fingerprint(bad) is None


@given(st.text(max_size=40))
def test_normalize_never_crashes_and_returns_canonical(text: str) -> None:
    result = normalize_fingerprint(text)
    assert result is None or FP.match(result)


def test_edited_or_damaged_cards_are_refused() -> None:
    party = make_party()
    text = party.card().to_text()
    other = generate()
    bad_cards = [
        b"",
        b"not json",
        b"[]",
        b"\xff\xfe",
        _edit(text, format="peerdesk-key-card/2"),
        _edit(text, site_name="Someone Else"),  # fingerprint field no longer matches
        _edit(text, fingerprint="00000-00000-00000-00000"),
        _edit(text, key_id="0000000000000000"),
        _edit(text, site_kind="prison"),
        _edit(text, site_id="not-an-id"),
        _edit(text, site_name=""),
        _edit(text, site_name="bell\x07"),
        _edit(text, age_recipient="age1notarecipient"),
        _edit(text, age_recipient=other.age_identity),
        _edit(text, minisign_public_key="RWQ="),
        _edit(text, endorsement="garbage"),
        _edit(text, unexpected="x"),
        _edit(text, created_at=1.5),
        text.encode() + b" " * key_card.MAX_CARD_BYTES,
    ]
    for data in bad_cards:
        with pytest.raises(CardError):
            parse_card(data)


def test_a_minisign_key_with_a_foreign_key_id_is_refused() -> None:
    party = make_party()
    text = party.card().to_text()
    odd = minisign.PublicKey(b"\x01" * 8, party.public.public_key)
    body = json.loads(text)
    body["minisign_public_key"] = odd.line()
    del body["key_id"], body["fingerprint"]
    with pytest.raises(CardError):
        parse_card(json.dumps(body).encode())


def test_card_without_convenience_fields_is_read() -> None:
    card = make_party().card()
    body = json.loads(card.to_text())
    del body["key_id"], body["fingerprint"]
    assert parse_card(json.dumps(body).encode()) == card


def test_endorsement_by_the_previous_key() -> None:
    party = make_party()
    old = party.keys
    party.keys = generate()
    card = party.card(previous=old)
    parsed = parse_card(card.to_text().encode())
    assert parsed.endorsement is not None
    assert parsed.is_endorsed_by(minisign.public_key_of(old.signing_key))
    assert not parsed.is_endorsed_by(party.public)
    assert not parsed.is_endorsed_by(minisign.public_key_of(generate().signing_key))
    # The endorsement covers the content: moved onto another card it is worthless.
    other = replace(make_party().card(), endorsement=parsed.endorsement)
    assert not other.is_endorsed_by(minisign.public_key_of(old.signing_key))
    assert party.card().endorsement is None


@given(st.binary(max_size=600))
def test_parse_card_raises_only_card_error(data: bytes) -> None:
    with contextlib.suppress(CardError):
        parse_card(data)
