"""Factories for sync tests: sites' key sets, bundles, an in-memory receiver state."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from peerdesk.sync import minisign, site_keys
from peerdesk.sync.bundle_format import BuiltBundle, BundleHeader, build_bundle
from peerdesk.sync.key_card import KeyCard, make_card
from peerdesk.sync.receiver import SequenceHistory, SignerKey
from peerdesk.sync.site_keys import SiteKeyMaterial
from peerdesk.sync.zip_container import layout, read_members

WHEN = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
PAYLOAD = b'{"changes":[{"table":"participants","marker":"PLAINTEXT-MARKER-7731"}]}\n' * 20


@dataclass
class Party:
    """One site: its id, name, kind and key sets (``keys`` is the current one)."""

    site_id: str
    keys: SiteKeyMaterial
    name: str = "Riverside Unit"
    kind: str = "facility"
    retired: list[SiteKeyMaterial] = field(default_factory=list)

    @property
    def public(self) -> minisign.PublicKey:
        return minisign.public_key_of(self.keys.signing_key)

    def signer(self, revoked: bool = False) -> SignerKey:
        return SignerKey(self.site_id, self.public.key_id_hex, self.public.public_key, revoked)

    def card(self, previous: SiteKeyMaterial | None = None) -> KeyCard:
        return make_card(
            site_id=self.site_id,
            site_name=self.name,
            site_kind=self.kind,
            keys=self.keys,
            created_at="2026-11-28T12:00:00.000000Z",
            previous=previous,
        )


def make_party(**overrides: Any) -> Party:
    base = Party(site_id=str(uuid.uuid4()), keys=site_keys.generate())
    return replace(base, **overrides)


@dataclass
class MemoryReceiverState:
    """A ``ReceiverState`` held in memory, for container tests without a database."""

    me: Party
    trusted: list[SignerKey] = field(default_factory=list)
    history: dict[str, SequenceHistory] = field(default_factory=dict)

    @property
    def local_site_id(self) -> str:
        return self.me.site_id

    def own_key_ids(self) -> Collection[str]:
        keys = [self.me.keys, *self.me.retired]
        return {minisign.public_key_of(k.signing_key).key_id_hex for k in keys}

    def signer_keys(self, key_id: str) -> Sequence[SignerKey]:
        return [k for k in self.trusted if k.key_id == key_id]

    def sequence_history(self, sender_site_id: str, sequence: int) -> SequenceHistory:
        return self.history.get(sender_site_id, SequenceHistory())

    def identities(self) -> Sequence[str]:
        return [self.me.keys.age_identity, *(k.age_identity for k in self.me.retired)]


def state_for(me: Party, *senders: Party) -> MemoryReceiverState:
    return MemoryReceiverState(me, [s.signer() for s in senders])


def make_bundle(
    sender: Party,
    recipient: Party,
    *,
    payload: bytes = PAYLOAD,
    sequence: int = 1,
    previous_bundle_id: str = "",
    signing_key: bytes | None = None,
    **overrides: Any,
) -> BuiltBundle:
    header = BundleHeader(
        sender_site_id=overrides.pop("sender_site_id", sender.site_id),
        recipient_site_id=overrides.pop("recipient_site_id", recipient.site_id),
        sequence=sequence,
        previous_bundle_id=previous_bundle_id,
        counts=overrides.pop("counts", {"participants": 20, "notes": 3}),
        extra=overrides.pop("extra", {"change_seq_from": 1, "change_seq_to": 23}),
    )
    return build_bundle(
        payload,
        header,
        signing_key=signing_key or sender.keys.signing_key,
        recipients=[recipient.keys.age_recipient(), sender.keys.age_recipient()],
        created_at=WHEN,
        **overrides,
    )


MEMBER_NAMES = ("manifest.json", "manifest.json.minisig", "payload.age")


def members_of(data: bytes) -> list[bytes]:
    return [bytes(m) for m in read_members(data, MEMBER_NAMES, (1 << 20, 1 << 20, 1 << 30))]


def container(manifest: bytes, signature: bytes, payload: bytes) -> bytes:
    """A well-formed container around any three members (to build hostile bundles)."""
    return b"".join(
        bytes(c)
        for c in layout(list(zip(MEMBER_NAMES, (manifest, signature, payload), strict=True)))
    )


# --- two real sites exchanging bundles (payload, apply, service and CLI tests) ---------------
def make_site(root: Any, name: str, kind: str) -> Any:
    """Initialize a site under ``root`` and sign its coordinator in (close ``.store`` after)."""
    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import AuthService
    from peerdesk.services.site_setup import initialize_site
    from tests.conftest import ADMIN, ADMIN_PASS

    paths = DataPaths(root / name.replace(" ", "_"))
    initialize_site(
        paths, site_name=name, site_kind=kind, admin_username=ADMIN, admin_passphrase=ADMIN_PASS
    )
    return AuthService(paths).sign_in(ADMIN, ADMIN_PASS)


def trust_both(a: Any, b: Any) -> None:
    """Each site trusts the other's key card (fingerprints confirmed)."""
    from peerdesk.services.trust import TrustService

    for receiver, sender in ((a, b), (b, a)):
        card = TrustService(sender.store).own_card(sender.actor)
        TrustService(receiver.store).trust_card(
            receiver.actor, card.text.encode(), card.fingerprint
        )


def facility_and_office(
    root: Any,
    *,
    trust: bool = True,
    seed: Callable[[Any, Any], None] | None = None,
    keyed: bool = False,
) -> Iterator[Any]:
    """The two-site fixture: a facility ("Riverside Unit") and an office ("North Reentry
    Office") under ``root``, trusting each other unless ``trust`` is false, after ``seed(fac,
    off)`` if given; yields ``(fac, off)`` (``{"fac": fac, "off": off}`` when ``keyed``) and
    closes both stores after. Use as ``yield from facility_and_office(tmp_path)``."""
    fac = make_site(root, "Riverside Unit", "facility")
    off = make_site(root, "North Reentry Office", "office")
    try:
        if trust:
            trust_both(fac, off)
        if seed is not None:
            seed(fac, off)
        yield {"fac": fac, "off": off} if keyed else (fac, off)
    finally:
        fac.store.close()
        off.store.close()


def enroll(signed: Any, **profile: Any) -> str:
    from peerdesk.services.participants import ParticipantService
    from tests.factories import make_profile

    return ParticipantService(signed.store).enroll(signed.actor, make_profile(**profile)).id


def consent(signed: Any, pid: str, recipient_site_id: str, **terms: Any) -> str:
    """Record a consent in force naming ``recipient_site_id`` (general scope by default)."""
    from peerdesk.services.consent import ConsentService
    from tests.factories_records import make_terms

    values = {"expires_on": date(2030, 1, 1), "recipient_site_id": recipient_site_id, **terms}
    return ConsentService(signed.store).record(signed.actor, pid, make_terms(**values)).id


def write_row(signed: Any, row_type: Any, **values: Any) -> str:
    """Insert a synced row the way services do (stamp, change log)."""
    from peerdesk.services.records import RecordWriter

    with signed.store.uow() as uow:
        return (
            RecordWriter(uow.session, signed.actor, datetime.now(UTC)).insert(row_type, **values).id
        )


def edit_row(signed: Any, row_type: Any, record_id: str, **values: Any) -> list[str]:
    """Change fields of a synced row the way services do; returns the changed names."""
    from peerdesk.services.records import RecordWriter

    with signed.store.uow() as uow:
        row = uow.session.get(row_type, record_id)
        return RecordWriter(uow.session, signed.actor, datetime.now(UTC)).update(row, **values)


def delete_row(signed: Any, row_type: Any, record_id: str) -> None:
    """Tombstone a synced row the way services do."""
    from peerdesk.services.records import RecordWriter

    with signed.store.uow() as uow:
        row = uow.session.get(row_type, record_id)
        RecordWriter(uow.session, signed.actor, datetime.now(UTC)).tombstone(row)


def mentor_row(signed: Any, participant_id: str | None = None) -> str:
    """A peer educator: staff, or the participant ``participant_id``."""
    from peerdesk.db.models import MentorRow

    return write_row(
        signed,
        MentorRow,
        person_kind="participant" if participant_id else "staff",
        participant_id=participant_id,
        last_name="Reyes",
        first_name="Tomas",
        side="facility",
        status="active",
        status_date=date(2026, 1, 1),
        capacity=3,
    )


def match_row(signed: Any, pid: str, mentor_id: str) -> str:
    """An active match of ``pid`` with ``mentor_id``."""
    from peerdesk.db.models import MatchRow

    return write_row(
        signed,
        MatchRow,
        participant_id=pid,
        mentor_id=mentor_id,
        status="active",
        proposed_on=date(2026, 2, 1),
        started_on=date(2026, 2, 2),
        cadence_days=7,
    )


def contact_row(signed: Any, pid: str, match_id: str) -> str:
    """A contact held on match ``match_id``."""
    from peerdesk.db.models import ContactRow

    return write_row(
        signed,
        ContactRow,
        match_id=match_id,
        participant_id=pid,
        contact_on=date(2026, 2, 9),
        duration_minutes=30,
        mode="in_person",
        status="held",
        recorded_by="maria",
    )


def note(signed: Any, pid: str, body: str, sensitivity: str = "general", **values: Any) -> str:
    """A note about ``pid`` (attached to nothing: the schema allows it)."""
    from peerdesk.db.models import NoteRow

    fields = {
        "participant_id": pid,
        "author": signed.actor.username,
        "author_role": "coordinator",
        "written_at": "2026-11-20T10:00:00.000000Z",
        "sensitivity": sensitivity,
        "body": body,
        "needs_cosign": False,
        "cosigned_by": "",
        "cosigned_at": "",
        **values,
    }
    return write_row(signed, NoteRow, **fields)


def exchange(sender: Any, receiver: Any, folder: Any) -> Any:
    """Export from ``sender`` to ``receiver`` and import it there; returns the ImportResult."""
    from peerdesk.services.sync_service import SyncService

    folder.mkdir(parents=True, exist_ok=True)
    out = SyncService(sender.store).export_bundle(sender.actor, receiver.actor.site_id, folder)
    return SyncService(receiver.store).import_bundle(receiver.actor, out.path)


def unit_conflicts(
    fac: Any, off: Any, folder: Any, people: Sequence[dict[str, Any]] = ({},)
) -> list[str]:
    """People enrolled at ``fac`` (one per profile in ``people``), covered by consents both
    ways and exchanged, whose housing unit both sites then changed; the facility's bundle with
    its edits is imported at the office, which holds one conflict per person. Drives are made
    under ``folder`` (a, b, c). Returns the participants' ids."""
    from peerdesk.db.models import ParticipantRow

    pids = [enroll(fac, **profile) for profile in people]
    for pid in pids:
        consent(fac, pid, off.actor.site_id)
    exchange(fac, off, folder / "a")
    for pid in pids:
        consent(off, pid, fac.actor.site_id)
    exchange(off, fac, folder / "b")
    for pid in pids:
        edit_row(fac, ParticipantRow, pid, housing_unit="C-9")
        edit_row(off, ParticipantRow, pid, housing_unit="Community")
    exchange(fac, off, folder / "c")
    return pids


def snapshot(signed: Any, tables: Sequence[str] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table's rows (sorted), to compare two sites or a before and after."""
    from sqlalchemy import select

    from peerdesk.sync.payload_tables import SYNCED_TABLES, table

    out: dict[str, list[tuple[Any, ...]]] = {}
    with signed.store.uow(write=False) as uow:
        for name in sorted(tables or SYNCED_TABLES):
            t = table(name)
            out[name] = sorted(tuple(r) for r in uow.session.execute(select(t)))
    return out
