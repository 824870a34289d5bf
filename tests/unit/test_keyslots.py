"""Key slots: wrapping, per-slot KDF parameters, damage detection, no identifying data."""

from __future__ import annotations

import json

import pytest

from peerdesk.db import keyslots
from peerdesk.domain.errors import KeySlotsDamaged


def _slots_with_user(name: str = "maria", secret: str = "blue canoe under thunder"):
    slots = keyslots.KeySlots.new()
    key = keyslots.new_data_key()
    slots.set_user_slot(name, secret, key)
    return slots, key


def test_unwrap_with_right_and_wrong_secret() -> None:
    slots, key = _slots_with_user()
    slot = slots.slots[slots.lookup_for("maria")]
    assert slot.unwrap("blue canoe under thunder") == key
    assert slot.unwrap("blue canoe under thunde") is None


def test_user_names_match_case_insensitively_and_are_not_stored() -> None:
    slots, _ = _slots_with_user("Maria")
    assert slots.has_user_slot("MARIA")
    raw = slots.to_bytes()
    assert b"maria" not in raw.lower()


def test_round_trip_keeps_slots_params_and_lockout() -> None:
    slots, key = _slots_with_user()
    slots.set_recovery_slot("ABCDEABCDEABCDEABCDEABCDE", key)
    again = keyslots.KeySlots.from_bytes(slots.to_bytes())
    assert set(again.slots) == set(slots.slots)
    for lookup, slot in slots.slots.items():
        assert again.slots[lookup].kdf == slot.kdf
    assert again.slots[keyslots.RECOVERY_LOOKUP].unwrap("ABCDEABCDEABCDEABCDEABCDE") == key


def test_slot_is_bound_to_its_lookup() -> None:
    """Copying one user's slot under another user's id does not unwrap (AAD binds it)."""
    slots, _ = _slots_with_user()
    slot = slots.slots[slots.lookup_for("maria")]
    slot.lookup = slots.lookup_for("jose")
    assert slot.unwrap("blue canoe under thunder") is None


def test_production_kdf_is_strong_and_test_setting_only_affects_new_slots(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert keyslots.DEFAULT_KDF.memory_kib >= 64 * 1024
    assert keyslots.DEFAULT_KDF.time_cost >= 2
    monkeypatch.delenv("PEERDESK_TEST_WEAK_KDF")
    assert keyslots.kdf_for_new_slots() == keyslots.DEFAULT_KDF
    monkeypatch.setenv("PEERDESK_TEST_WEAK_KDF", "1")
    assert keyslots.kdf_for_new_slots() != keyslots.DEFAULT_KDF


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b"",
        lambda b: b"\x00\xff" * 40,
        lambda b: b.replace(b'"format": "peerdesk-keyslots"', b'"format": "other"'),
        lambda b: b.replace(b'"t": 1', b'"t": 9'),  # silent edit caught by the checksum
    ],
    ids=["truncated", "empty", "binary", "wrong-format", "edited"],
)
def test_damaged_file_raises_clear_error(mutate) -> None:  # type: ignore[no-untyped-def]
    slots, _ = _slots_with_user()
    with pytest.raises(KeySlotsDamaged) as err:
        keyslots.KeySlots.from_bytes(mutate(slots.to_bytes()))
    assert "keyslots.json" in str(err.value)


def test_lowered_kdf_cost_is_refused_even_with_valid_checksum() -> None:
    slots, _ = _slots_with_user()
    body = json.loads(slots.to_bytes())
    body.pop("checksum")
    body["slots"][0]["kdf"]["m"] = 8
    import hashlib

    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    body["checksum"] = hashlib.sha256(canonical.encode()).hexdigest()
    with pytest.raises(KeySlotsDamaged):
        keyslots.KeySlots.from_bytes(json.dumps(body).encode())


def test_missing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeySlotsDamaged) as err:
        keyslots.load(tmp_path / "keyslots.json")
    assert "missing" in str(err.value)


def test_save_is_atomic_and_private(tmp_path) -> None:  # type: ignore[no-untyped-def]
    slots, _ = _slots_with_user()
    path = tmp_path / "keyslots.json"
    keyslots.save(path, slots)
    keyslots.save(path, slots)
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]
    assert keyslots.load(path).slots.keys() == slots.slots.keys()
