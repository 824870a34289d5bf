"""The audit hash chain: pure verification, tampering with the stored trail, no names."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import sqlcipher3
from hypothesis import assume, given
from hypothesis import strategies as st

from peerdesk.db.engine import connect_raw
from peerdesk.domain.audit_chain import GENESIS_HASH, AuditRecord, entry_hash, verify_chain
from peerdesk.services.audit import AuditFilter, AuditService
from peerdesk.services.auth import SignedIn
from peerdesk.services.users import UserService
from tests.conftest import Site, add_user

FIELDS = [f.name for f in dataclasses.fields(AuditRecord)]
COLUMNS = ", ".join(FIELDS)


def make_chain(bodies: list[tuple[str, str, str, str, str, str]]) -> list[AuditRecord]:
    """A valid chain from (at, actor, action, object_type, object_id, outcome) tuples."""
    chain: list[AuditRecord] = []
    prev = GENESIS_HASH
    for seq, (at, actor, action, otype, oid, outcome) in enumerate(bodies, start=1):
        digest = entry_hash(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            object_type=otype,
            object_id=oid,
            outcome=outcome,
            prev_hash=prev,
        )
        chain.append(AuditRecord(seq, at, actor, action, otype, oid, outcome, prev, digest))
        prev = digest
    return chain


def simple_chain(n: int) -> list[AuditRecord]:
    return make_chain(
        [
            (f"2026-01-01T00:00:0{i % 10}.000000Z", "maria", f"act.{i}", "user", str(i), "ok")
            for i in range(n)
        ]
    )


def head_of(chain: list[AuditRecord]) -> tuple[int, str]:
    return (chain[-1].seq, chain[-1].hash) if chain else (0, GENESIS_HASH)


def rehash(rec: AuditRecord, **changes: Any) -> AuditRecord:
    """``rec`` with ``changes`` and a hash recomputed as a forger would."""
    fields = {**dataclasses.asdict(rec), **changes}
    fields.pop("hash")
    return AuditRecord(**fields, hash=entry_hash(**fields))


# --- pure verify_chain ------------------------------------------------------------------------
def test_empty_chain_is_valid() -> None:
    assert verify_chain([]).ok
    assert verify_chain([], head=(0, GENESIS_HASH)).ok


def test_valid_chain_checks_every_entry() -> None:
    chain = simple_chain(6)
    verdict = verify_chain(chain, head=head_of(chain))
    assert (verdict.ok, verdict.checked, verdict.first_bad_seq) == (True, 6, None)


def test_changed_field_is_found_at_its_entry() -> None:
    chain = simple_chain(6)
    chain[3] = dataclasses.replace(chain[3], actor="mallory")
    verdict = verify_chain(chain, head=head_of(chain))
    assert (verdict.ok, verdict.first_bad_seq, verdict.checked) == (False, 4, 3)


def test_rehashed_change_breaks_the_next_link() -> None:
    chain = simple_chain(6)
    chain[2] = rehash(chain[2], outcome="denied")
    verdict = verify_chain(chain, head=head_of(chain))
    assert (verdict.ok, verdict.first_bad_seq) == (False, 4)
    assert "link" in verdict.reason


def test_missing_middle_entry() -> None:
    chain = simple_chain(6)
    del chain[2]
    verdict = verify_chain(chain)
    assert (verdict.ok, verdict.first_bad_seq) == (False, 4)
    assert "missing" in verdict.reason


def test_out_of_order_entries() -> None:
    chain = simple_chain(6)
    chain[2], chain[3] = chain[3], chain[2]
    verdict = verify_chain(chain)
    assert (verdict.ok, verdict.first_bad_seq) == (False, 4)


@pytest.mark.parametrize("removed", [1, 2, 6])
def test_removed_tail_is_caught_by_the_head(removed: int) -> None:
    chain = simple_chain(6)
    head = head_of(chain)
    verdict = verify_chain(chain[: 6 - removed], head=head)
    assert not verdict.ok
    assert verdict.first_bad_seq == 6 - removed + 1
    assert verify_chain(chain[: 6 - removed]).ok  # without the head it cannot be seen


def test_replaced_last_entry_is_caught_by_the_head() -> None:
    chain = simple_chain(4)
    head = head_of(chain)
    chain[-1] = rehash(chain[-1], actor="mallory")
    verdict = verify_chain(chain, head=head)
    assert (verdict.ok, verdict.first_bad_seq) == (False, 4)


def test_appended_forged_entry_is_reported_at_its_own_seq() -> None:
    chain = simple_chain(4)
    head = head_of(chain)
    forged = rehash(chain[-1], seq=5, prev_hash=chain[-1].hash, action="user.add")
    verdict = verify_chain([*chain, forged], head=head)
    assert not verdict.ok
    assert verdict.first_bad_seq == 5  # entry 4 is genuine; 5 is the one not in the head


_text = st.text(max_size=12)
_body = st.tuples(_text, _text, _text, _text, _text, st.sampled_from(["ok", "denied", "failed"]))


@given(
    bodies=st.lists(_body, min_size=1, max_size=8),
    data=st.data(),
)
def test_any_single_field_mutation_is_detected(
    bodies: list[tuple[str, str, str, str, str, str]], data: st.DataObject
) -> None:
    chain = make_chain(bodies)
    head = head_of(chain)
    index = data.draw(st.integers(0, len(chain) - 1), label="index")
    field = data.draw(st.sampled_from(FIELDS), label="field")
    old = getattr(chain[index], field)
    new = data.draw(st.integers(-5, 20) if field == "seq" else _text, label="new")
    assume(new != old)
    chain[index] = dataclasses.replace(chain[index], **{field: new})
    for verdict in (verify_chain(chain), verify_chain(chain, head=head)):
        assert not verdict.ok
        assert verdict.checked == index
        if field != "seq":
            assert verdict.first_bad_seq == index + 1


# --- the stored trail -------------------------------------------------------------------------
@dataclass
class Tamper:
    """A signed-in coordinator with a busy trail, and an attacker's raw connection."""

    signed: SignedIn
    raw: Any

    def rows(self) -> list[tuple[Any, ...]]:
        return self.raw.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq").fetchall()

    def verify(self) -> tuple[bool, int | None]:
        verdict = AuditService(self.signed.store).verify(self.signed.actor)
        return verdict.ok, verdict.first_bad_seq

    def disarm(self) -> None:
        self.raw.execute("DROP TRIGGER audit_log_no_update")
        self.raw.execute("DROP TRIGGER audit_log_no_delete")

    def insert(self, rec: AuditRecord) -> None:
        marks = ", ".join("?" * len(FIELDS))
        values = dataclasses.astuple(rec)
        self.raw.execute(f"INSERT INTO audit_log ({COLUMNS}) VALUES ({marks})", values)


@pytest.fixture
def trail(site: Site) -> Iterator[Tamper]:
    signed = site.sign_in()
    users = UserService(signed.store)
    for name in ("jose", "lena", "kim"):
        add_user(signed, name, "peer_educator")
    users.change_role(signed.actor, "lena", "reentry_staff")
    users.disable_user(signed.actor, "kim")
    raw = connect_raw(site.paths.db, signed.store.data_key)
    t = Tamper(signed, raw)
    assert t.verify() == (True, None)
    assert len(t.rows()) >= 10
    yield t
    raw.close()
    signed.store.close()


def test_triggers_block_update_and_delete(trail: Tamper) -> None:
    before = trail.rows()
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError, match="append-only"):
        trail.raw.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
    with pytest.raises(sqlcipher3.dbapi2.DatabaseError, match="append-only"):
        trail.raw.execute("DELETE FROM audit_log WHERE seq = 3")
    assert trail.rows() == before


@pytest.mark.parametrize(("column", "value"), [("actor", "mallory"), ("action", "login.ok")])
def test_edited_entry_is_found(trail: Tamper, column: str, value: str) -> None:
    trail.disarm()
    trail.raw.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = 6", (value,))
    assert trail.verify() == (False, 6)


def test_deleted_middle_entry_is_found(trail: Tamper) -> None:
    trail.disarm()
    trail.raw.execute("DELETE FROM audit_log WHERE seq = 5")
    assert trail.verify() == (False, 6)  # the first entry after the gap


@pytest.mark.parametrize("removed", [1, 3])
def test_deleted_last_entries_are_found(trail: Tamper, removed: int) -> None:
    n = len(trail.rows())
    trail.disarm()
    trail.raw.execute("DELETE FROM audit_log WHERE seq > ?", (n - removed,))
    assert trail.verify() == (False, n - removed + 1)


def test_swapped_contents_are_found(trail: Tamper) -> None:
    rows = trail.rows()
    trail.disarm()
    for seq, other in ((4, rows[7]), (8, rows[3])):
        trail.raw.execute(
            "UPDATE audit_log SET at=?, actor=?, action=?, object_type=?, object_id=?, "
            "outcome=?, prev_hash=?, hash=? WHERE seq=?",
            (*other[1:], seq),
        )
    assert trail.verify() == (False, 4)


def test_swapped_seq_numbers_are_found(trail: Tamper) -> None:
    trail.disarm()
    trail.raw.execute("UPDATE audit_log SET seq = -1 WHERE seq = 5")
    trail.raw.execute("UPDATE audit_log SET seq = 5 WHERE seq = 6")
    trail.raw.execute("UPDATE audit_log SET seq = 6 WHERE seq = -1")
    assert trail.verify() == (False, 5)


def test_forged_entry_in_the_middle_is_found(trail: Tamper) -> None:
    rows = [AuditRecord(*r) for r in trail.rows()]
    trail.disarm()
    for rec in reversed(rows[4:]):  # make room at seq 5
        trail.raw.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (rec.seq + 1, rec.seq))
    forged = rehash(rows[4], action="user.role_change", actor="maria")
    trail.insert(forged)
    # A careful forger also moves the head; the forged entry itself is self-consistent, so
    # the chain breaks at the genuine entry after it.
    last = rows[-1]
    trail.raw.execute(
        "UPDATE meta SET value = ? WHERE key = 'audit.head'", (f"{last.seq + 1}:{last.hash}",)
    )
    assert trail.verify() == (False, 6)


def test_forged_entry_with_a_made_up_hash_is_found_at_itself(trail: Tamper) -> None:
    rows = [AuditRecord(*r) for r in trail.rows()]
    trail.disarm()
    trail.raw.execute("DELETE FROM audit_log WHERE seq = 5")
    trail.insert(dataclasses.replace(rows[4], actor="mallory"))
    assert trail.verify() == (False, 5)


def test_forged_entry_appended_at_the_end_is_found(trail: Tamper) -> None:
    rows = [AuditRecord(*r) for r in trail.rows()]
    last = rows[-1]
    forged = rehash(last, seq=last.seq + 1, prev_hash=last.hash, action="user.add")
    trail.insert(forged)  # an INSERT needs no disarming
    assert trail.verify() == (False, last.seq + 1)


def test_verify_is_itself_audited(trail: Tamper) -> None:
    n = len(trail.rows())
    trail.verify()
    newest = trail.rows()[-1]
    assert newest[0] == n + 1
    assert (newest[2], newest[3], newest[5]) == ("maria", "audit.verify", "ok")


# --- no names in the trail --------------------------------------------------------------------
def test_audit_entries_hold_no_site_or_subject_names(site: Site) -> None:
    signed = site.sign_in()
    try:
        add_user(signed, "jose", "peer_educator")
        UserService(signed.store).reset_passphrase(
            signed.actor, "jose", "quiet meadow after rainfall"
        )
        UserService(signed.store).change_role(signed.actor, "jose", "auditor")
        entries = AuditService(signed.store).entries(signed.actor, AuditFilter())
    finally:
        signed.store.close()
    assert {"site.init", "user.add", "user.reset_passphrase"} <= {e.action for e in entries}
    for entry in entries:
        text = " ".join(str(v) for v in dataclasses.astuple(entry)).lower()
        assert "riverside" not in text, entry
        # Actions on jose name him by id; only his own actions would carry his name.
        assert "jose" not in text, entry
