"""The bundle container: round trip, every refusal reason in order, hostile input, fuzz."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.domain.bundle_sequence import SequenceStatus
from peerdesk.sync import minisign
from peerdesk.sync.bundle_format import (
    SCHEMA_VERSION,
    SIGNATURE_COMMENT,
    BundleHeader,
    Limits,
    build_bundle,
    open_bundle,
)
from peerdesk.sync.errors import REJECT_REASONS, BundleRejected
from peerdesk.sync.manifest import FORMAT, canonical_json, parse_manifest
from peerdesk.sync.receiver import SequenceHistory
from peerdesk.sync.site_keys import generate
from tests.factories_sync import (
    MEMBER_NAMES,
    PAYLOAD,
    WHEN,
    Party,
    container,
    make_bundle,
    make_party,
    members_of,
    state_for,
)

FACILITY = make_party(name="Riverside Unit", kind="facility")
OFFICE = make_party(name="Reentry Office", kind="office")
BUNDLE = make_bundle(FACILITY, OFFICE).to_bytes()
OTHER_BUNDLE = make_bundle(FACILITY, OFFICE, payload=b"other payload", sequence=2).to_bytes()


def _state():  # the office, trusting the facility
    return state_for(OFFICE, FACILITY)


def _reason(data: bytes, state=None, **kw) -> str:
    with pytest.raises(BundleRejected) as err:
        open_bundle(data, state or _state(), **kw)
    assert err.value.reason in REJECT_REASONS
    assert str(err.value) == err.value.message
    return err.value.reason


def _resign(manifest_obj: dict, party: Party = FACILITY, payload: bytes | None = None) -> bytes:
    """A container around ``manifest_obj``, properly signed by ``party``."""
    raw = canonical_json(manifest_obj)
    sig = minisign.sign(
        raw,
        party.keys.signing_key,
        trusted_comment=(
            f"peerdesk bundle {manifest_obj['bundle_id']} sequence {manifest_obj['sequence']}"
        ),
        untrusted_comment=SIGNATURE_COMMENT,
    )
    if payload is None:
        payload = members_of(BUNDLE)[2]
    return container(raw, sig.text().encode(), payload)


def _manifest_obj(data: bytes = BUNDLE) -> dict:
    return json.loads(members_of(data)[0])


# --- the happy path ------------------------------------------------------------------------
def test_round_trip() -> None:
    built = make_bundle(FACILITY, OFFICE)
    opened = open_bundle(built.to_bytes(), _state())
    assert opened.sequence_status is SequenceStatus.NEW
    assert opened.signer.site_id == FACILITY.site_id
    m = opened.manifest
    assert (m.sender_site_id, m.recipient_site_id, m.sequence) == (
        FACILITY.site_id,
        OFFICE.site_id,
        1,
    )
    assert m.schema_version == SCHEMA_VERSION
    assert dict(m.counts) == {"participants": 20, "notes": 3}
    assert dict(m.extra) == {"change_seq_from": 1, "change_seq_to": 23}
    assert m.created_at == "2026-11-28T12:00:00.000000Z"
    assert opened.manifest_sha256 == hashlib.sha256(built.manifest_bytes).hexdigest()
    assert opened.decrypt() == PAYLOAD


def test_container_is_a_plain_zip_of_exactly_three_members_without_plaintext() -> None:
    with zipfile.ZipFile(io.BytesIO(BUNDLE)) as z:
        assert z.namelist() == list(MEMBER_NAMES)
        assert z.testzip() is None
        manifest = parse_manifest(z.read("manifest.json"))
        payload = z.read("payload.age")
    assert manifest.payload_size == len(payload)
    assert manifest.payload_sha256 == hashlib.sha256(payload).hexdigest()
    assert payload.startswith(b"age-encryption.org/v1\n")
    assert b"PLAINTEXT-MARKER" not in BUNDLE


def test_the_sender_can_read_back_what_it_sent() -> None:
    opened = open_bundle(BUNDLE, state_for(OFFICE, FACILITY))
    assert replace(opened, _identities=(FACILITY.keys.age_identity,)).decrypt() == PAYLOAD


def test_the_file_can_be_read_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(BUNDLE)
    assert open_bundle(path, _state()).decrypt() == PAYLOAD
    assert _reason(tmp_path / "missing.zip") == "unreadable"  # type: ignore[arg-type]


def test_bad_headers_are_refused_when_writing() -> None:
    for overrides in ({"sequence": 0}, {"previous_bundle_id": "nope"}):
        with pytest.raises(ValueError):
            make_bundle(FACILITY, OFFICE, **overrides)
    with pytest.raises(ValueError):
        make_bundle(FACILITY, OFFICE, counts={"Bad Name": 1})
    header = BundleHeader(FACILITY.site_id, OFFICE.site_id, 1)
    for recipients in (["age1nope"], []):
        with pytest.raises(ValueError):
            build_bundle(
                b"x",
                header,
                signing_key=FACILITY.keys.signing_key,
                recipients=recipients,
                created_at=WHEN,
            )


# --- each check, in order ------------------------------------------------------------------
def test_untrusted_revoked_and_own_signers() -> None:
    assert _reason(BUNDLE, state_for(OFFICE)) == "untrusted_signer"
    revoked = state_for(OFFICE)
    revoked.trusted = [FACILITY.signer(revoked=True)]
    assert _reason(BUNDLE, revoked) == "revoked_signer"
    # The facility opening its own bundle.
    assert _reason(BUNDLE, state_for(FACILITY, OFFICE)) == "own_bundle"


def test_a_valid_signature_from_an_untrusted_key_is_refused() -> None:
    stranger = make_party()
    forged = make_bundle(stranger, OFFICE, sender_site_id=FACILITY.site_id).to_bytes()
    assert _reason(forged) == "untrusted_signer"


def test_a_trusted_site_cannot_sign_for_another() -> None:
    second = make_party(name="Hillside")
    state = state_for(OFFICE, FACILITY, second)
    forged = make_bundle(second, OFFICE, sender_site_id=FACILITY.site_id).to_bytes()
    assert _reason(forged, state) == "sender_mismatch"


def test_key_id_collision_with_another_key_is_a_bad_signature() -> None:
    state = _state()
    impostor = make_party()
    state.trusted = [replace(FACILITY.signer(), public_key=impostor.public.public_key)]
    assert _reason(BUNDLE, state) == "bad_signature"


def test_a_bundle_for_another_site() -> None:
    third = make_party()
    data = make_bundle(FACILITY, third).to_bytes()
    with pytest.raises(BundleRejected) as err:
        open_bundle(data, _state())
    assert err.value.reason == "wrong_recipient"
    assert err.value.manifest is not None


def test_newer_schema_is_kept_aside_with_its_manifest() -> None:
    data = make_bundle(FACILITY, OFFICE, schema_version=SCHEMA_VERSION + 1).to_bytes()
    with pytest.raises(BundleRejected) as err:
        open_bundle(data, _state())
    assert err.value.reason == "newer_schema"
    assert err.value.manifest is not None and err.value.manifest.sequence == 1
    # An older sender is fine.
    older = make_bundle(FACILITY, OFFICE, schema_version=1).to_bytes()
    assert open_bundle(older, _state()).manifest.schema_version == 1


def test_newer_format_or_unknown_fields() -> None:
    obj = _manifest_obj()
    assert _reason(_resign({**obj, "format": FORMAT + 1})) == "newer_schema"
    assert _reason(_resign({**obj, "new_field": 1})) == "malformed"
    newer = {**obj, "new_field": 1, "schema_version": SCHEMA_VERSION + 1}
    assert _reason(_resign(newer)) == "newer_schema"


def test_signed_manifest_whose_hash_does_not_match_the_payload() -> None:
    obj = _manifest_obj()
    obj["payload"] = {**obj["payload"], "sha256": "0" * 64}
    assert _reason(_resign(obj)) == "payload_mismatch"
    obj = _manifest_obj()
    obj["payload"] = {**obj["payload"], "size": obj["payload"]["size"] + 1}
    assert _reason(_resign(obj)) == "payload_mismatch"


def test_sequence_checks() -> None:
    digest = hashlib.sha256(members_of(BUNDLE)[0]).hexdigest()
    state = _state()
    state.history[FACILITY.site_id] = SequenceHistory(1, "b1", frozenset({digest}))
    opened = open_bundle(BUNDLE, state)
    assert opened.already_imported and opened.sequence_status is SequenceStatus.ALREADY_IMPORTED
    state.history[FACILITY.site_id] = SequenceHistory(1, "b1", frozenset({"f" * 64}))
    assert _reason(BUNDLE, state) == "clone_suspected"
    state.history[FACILITY.site_id] = SequenceHistory(3, "b3", frozenset())
    assert _reason(BUNDLE, state) == "stale_sequence"
    gap = make_bundle(FACILITY, OFFICE, sequence=7).to_bytes()
    state.history[FACILITY.site_id] = SequenceHistory(3, "b3", frozenset())
    assert open_bundle(gap, state).sequence_status is SequenceStatus.GAP


def test_a_fork_in_the_chain_is_a_clone() -> None:
    first = make_bundle(FACILITY, OFFICE)
    second = make_bundle(
        FACILITY, OFFICE, sequence=2, previous_bundle_id=first.manifest.bundle_id
    ).to_bytes()
    state = _state()
    state.history[FACILITY.site_id] = SequenceHistory(1, first.manifest.bundle_id)
    assert open_bundle(second, state).sequence_status is SequenceStatus.NEW
    state.history[FACILITY.site_id] = SequenceHistory(1, "5f0c6f8e-0000-4000-8000-000000000000")
    assert _reason(second, state) == "clone_suspected"


def test_decrypt_needs_this_sites_identity() -> None:
    state = _state()
    state.me = replace(OFFICE, keys=replace(OFFICE.keys, age_identity=generate().age_identity))
    opened = open_bundle(BUNDLE, state)
    with pytest.raises(BundleRejected) as err:
        opened.decrypt()
    assert err.value.reason == "decrypt_failed"


def test_retired_identities_still_open_bundles_on_their_way() -> None:
    rotated = replace(OFFICE, keys=generate(), retired=[OFFICE.keys])
    state = state_for(rotated, FACILITY)
    assert open_bundle(BUNDLE, state).decrypt() == PAYLOAD


def test_size_limits() -> None:
    assert _reason(BUNDLE, limits=Limits(payload=100)) in ("too_large", "malformed")
    assert _reason(BUNDLE + b"\0" * 2_000_000, limits=Limits(payload=1_000_000)) == "too_large"
    assert _reason(BUNDLE, limits=Limits(manifest=100)) == "malformed"


# --- hostile input -------------------------------------------------------------------------
def _member_spans(data: bytes) -> dict[str, tuple[int, int]]:
    spans, offset = {}, 0
    for name, member in zip(MEMBER_NAMES, members_of(data), strict=True):
        start = data.index(member, offset)
        spans[name] = (start, start + len(member))
        offset = start + len(member)
    return spans


def test_truncation_at_many_points_is_refused() -> None:
    cuts = set(range(0, len(BUNDLE), 37)) | set(range(len(BUNDLE) - 300, len(BUNDLE)))
    for cut in sorted(cuts):
        assert _reason(BUNDLE[:cut]) == "malformed", cut


def test_a_flipped_byte_in_every_member_and_header_is_refused() -> None:
    spans = _member_spans(BUNDLE)
    positions = set(range(spans["manifest.json"][0]))  # first local header
    for start, end in spans.values():
        positions |= set(range(start, min(end, start + 400)))
        positions |= set(range(max(start, end - 64), end))
    positions |= set(range(spans["payload.age"][1], len(BUNDLE)))  # directory and end record
    for pos in sorted(positions):
        for mask in (0x01, 0x80):
            mutated = bytearray(BUNDLE)
            mutated[pos] ^= mask
            with pytest.raises(BundleRejected):
                open_bundle(bytes(mutated), _state())


def test_junk_appended_or_prepended_is_refused() -> None:
    for junk in (b"\0", b"PK\x05\x06" + bytes(18), BUNDLE):
        assert _reason(BUNDLE + junk) == "malformed"
        assert _reason(junk + BUNDLE) == "malformed"


def test_members_swapped_between_two_bundles_are_refused() -> None:
    a, b = members_of(BUNDLE), members_of(OTHER_BUNDLE)
    assert _reason(container(a[0], a[1], b[2])) == "payload_mismatch"
    assert _reason(container(b[0], b[1], a[2])) == "payload_mismatch"
    assert _reason(container(a[0], b[1], a[2])) == "malformed"  # trusted comment names b
    assert _reason(container(b[0], a[1], b[2])) == "malformed"
    assert _reason(container(a[0], a[2], a[1])) == "malformed"


def test_signature_made_for_another_manifest_with_the_same_comment() -> None:
    obj = _manifest_obj()
    obj["counts"] = {"participants": 21, "notes": 3}
    edited = canonical_json(obj)
    a = members_of(BUNDLE)
    assert _reason(container(edited, a[1], a[2])) == "bad_signature"


def test_edited_manifest_is_refused() -> None:
    a = members_of(BUNDLE)
    for old, new in ((b'"notes":3', b'"notes":4'), (b'"sequence":1', b'"sequence":2')):
        edited = a[0].replace(old, new)
        assert edited != a[0]
        assert _reason(container(edited, a[1], a[2])) in ("bad_signature", "malformed")
    pretty = json.dumps(json.loads(a[0]), indent=1).encode()
    assert _reason(container(pretty, a[1], a[2])) == "malformed"  # not canonical


@pytest.mark.parametrize(
    "manifest",
    [
        b'{"a":1,"a":2}',
        b'{"format":1.0}',
        b"[" * 5000 + b"]" * 5000,
        b'{"format":NaN}',
        '{"site":"é"}'.encode(),
        b"\xff",
    ],
)
def test_hostile_manifests_are_malformed(manifest: bytes) -> None:
    a = members_of(BUNDLE)
    assert _reason(container(manifest, a[1], a[2])) == "malformed"


def test_untrusted_comment_change_is_refused() -> None:
    a = members_of(BUNDLE)
    sig = a[1].replace(SIGNATURE_COMMENT.encode(), b"peerdesk bundle manifest signaturE")
    assert _reason(container(a[0], sig, a[2])) == "malformed"


_MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(BUNDLE) - 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, len(BUNDLE) - 1), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, len(BUNDLE)), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, len(BUNDLE) - 1), st.just(0)),
)


def _mutate(data: bytes, ops: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, pos, value in ops:
        pos = min(pos, max(len(out) - 1, 0))
        if kind == "flip" and out:
            out[pos] ^= value
        elif kind == "cut":
            del out[pos:]
        elif kind == "insert":
            out[pos:pos] = bytes([value])
        elif kind == "delete" and out:
            del out[pos]
    return bytes(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MUTATIONS, min_size=1, max_size=4))
def test_fuzz_open_bundle_never_crashes_and_never_accepts_a_mutation(ops) -> None:
    mutated = _mutate(BUNDLE, ops)
    if mutated == BUNDLE:
        return
    with pytest.raises(BundleRejected):
        open_bundle(mutated, _state())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(BundleRejected):
        open_bundle(data, _state())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.binary(max_size=300), st.binary(max_size=300))
def test_fuzz_well_framed_random_members_are_refused(m: bytes, s: bytes, p: bytes) -> None:
    with pytest.raises(BundleRejected):
        open_bundle(container(m, s, p), _state())


# --- compression (manifest format 2) -----------------------------------------------------------
def _sealed(plain: bytes, party: Party = OFFICE) -> bytes:
    import pyrage

    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(party.keys.age_recipient())])


def _with_payload(sealed: bytes, **fields: object) -> bytes:
    obj = {
        **_manifest_obj(),
        **fields,
        "payload": {
            "name": "payload.age",
            "sha256": hashlib.sha256(sealed).hexdigest(),
            "size": len(sealed),
        },
    }
    return _resign(obj, payload=sealed)


def test_the_payload_is_compressed_inside_the_encryption() -> None:
    import pyrage

    assert _manifest_obj()["format"] == FORMAT == 2
    sealed = members_of(BUNDLE)[2]
    plain = pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(OFFICE.keys.age_identity)])
    assert plain != PAYLOAD and zlib.decompress(plain) == PAYLOAD
    assert len(sealed) < len(PAYLOAD)  # PAYLOAD repeats: it shrinks


def test_a_format_1_bundle_is_read_uncompressed() -> None:
    data = _with_payload(_sealed(PAYLOAD), format=1)
    assert open_bundle(data, _state()).decrypt() == PAYLOAD


@pytest.mark.parametrize(
    "plain",
    [PAYLOAD, zlib.compress(PAYLOAD)[:-5], zlib.compress(PAYLOAD) + b"junk"],
    ids=["not compressed", "cut short", "junk after the stream"],
)
def test_a_signed_payload_that_does_not_inflate_is_refused(plain: bytes) -> None:
    opened = open_bundle(_with_payload(_sealed(plain)), _state())
    with pytest.raises(BundleRejected) as err:
        opened.decrypt()
    assert err.value.reason == "invalid_record"


def test_a_payload_inflating_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from peerdesk.sync import bundle_format

    bomb = zlib.compress(b"\0" * 100_000, 9)
    monkeypatch.setattr(bundle_format, "MAX_PLAINTEXT", 50_000)
    opened = open_bundle(_with_payload(_sealed(bomb)), _state())
    with pytest.raises(BundleRejected) as err:
        opened.decrypt()
    assert err.value.reason == "too_large"
    monkeypatch.setattr(bundle_format, "MAX_PLAINTEXT", 100_000)  # exactly fits
    assert open_bundle(_with_payload(_sealed(bomb)), _state()).decrypt() == b"\0" * 100_000
