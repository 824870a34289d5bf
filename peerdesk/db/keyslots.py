"""The key-slot file: each user's passphrase (and the recovery code) wraps the data key.

The database is encrypted with a random 256-bit *data key*. For each user a *slot* holds that
key wrapped with AES-256-GCM under a key-encryption key derived from the passphrase with
Argon2id and a per-slot salt. The Argon2 parameters are stored in each slot, so a later version
can raise them (a slot is rewrapped at the next passphrase change).

The file reveals no participant or site data: slots are found by an HMAC of the user name under
a random per-file salt, never by the name itself. It also carries the sign-in lockout counters,
which must survive restarts and be readable before the database can be opened.

Test-only setting: ``PEERDESK_TEST_WEAK_KDF=1`` makes *new* slots use a very cheap Argon2id
(t=1, m=8 MiB) so the suite runs fast. It is ignored in frozen (installed) builds and never
changes the production defaults below.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from peerdesk.domain.errors import KeySlotsBusy, KeySlotsDamaged
from peerdesk.domain.lockout import LockoutState
from peerdesk.fsutil import atomic_write_bytes

if TYPE_CHECKING:
    from filelock import FileLock

FORMAT = "peerdesk-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_LOOKUP = "recovery"
MAX_GUARDS = 2000


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: iterations, memory in KiB, lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int


#: Production cost: about 0.4 s on a 2-core 2026 machine (measured by ``make bench``).
DEFAULT_KDF = KdfParams(time_cost=3, memory_kib=256 * 1024, parallelism=2)
_TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
#: Floor below which a slot is refused as tampered (an attacker lowering costs).
_MIN_KDF = _TEST_KDF


def kdf_for_new_slots() -> KdfParams:
    """The production cost, unless the documented test-only setting is on in a source run."""
    if os.environ.get("PEERDESK_TEST_WEAK_KDF") == "1" and not getattr(sys, "frozen", False):
        return _TEST_KDF
    return DEFAULT_KDF


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(secret, salt) -> 32-byte key-encryption key."""
    from argon2.low_level import Type, hash_secret_raw

    return bytes(
        hash_secret_raw(
            secret=secret.encode("utf-8"),
            salt=salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=32,
            type=Type.ID,
        )
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalize_username(username: str) -> str:
    """User names compare case-insensitively after NFKC normalization."""
    return unicodedata.normalize("NFKC", username).strip().casefold()


@dataclass
class Slot:
    """One wrapped copy of the data key."""

    lookup: str
    salt: bytes
    kdf: KdfParams
    nonce: bytes
    ciphertext: bytes

    def aad(self) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.lookup}".encode("ascii")

    def unwrap(self, secret: str) -> bytes | None:
        """The data key, or None when ``secret`` is wrong."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kek = derive_kek(secret, self.salt, self.kdf)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.ciphertext, self.aad())
        except InvalidTag:
            return None
        return key

    @classmethod
    def wrap(cls, lookup: str, secret: str, data_key: bytes, kdf: KdfParams) -> Slot:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        slot = cls(lookup=lookup, salt=salt, kdf=kdf, nonce=nonce, ciphertext=b"")
        kek = derive_kek(secret, salt, kdf)
        slot.ciphertext = AESGCM(kek).encrypt(nonce, data_key, slot.aad())
        return slot


@dataclass
class KeySlots:
    """The whole key-slot file in memory."""

    lookup_salt: bytes
    slots: dict[str, Slot] = field(default_factory=dict)
    guards: dict[str, LockoutState] = field(default_factory=dict)

    @classmethod
    def new(cls) -> KeySlots:
        return cls(lookup_salt=secrets.token_bytes(32))

    def lookup_for(self, username: str) -> str:
        """The opaque id of ``username``'s slot and lockout counters."""
        digest = hmac.new(
            self.lookup_salt, normalize_username(username).encode("utf-8"), hashlib.sha256
        )
        return digest.hexdigest()

    # --- slots -----------------------------------------------------------------------------
    def set_user_slot(self, username: str, passphrase: str, data_key: bytes) -> None:
        lookup = self.lookup_for(username)
        self.slots[lookup] = Slot.wrap(lookup, passphrase, data_key, kdf_for_new_slots())

    def set_recovery_slot(self, code: str, data_key: bytes) -> None:
        self.slots[RECOVERY_LOOKUP] = Slot.wrap(
            RECOVERY_LOOKUP, code, data_key, kdf_for_new_slots()
        )

    def remove_user_slot(self, username: str) -> None:
        self.slots.pop(self.lookup_for(username), None)

    def has_user_slot(self, username: str) -> bool:
        return self.lookup_for(username) in self.slots

    # --- lockout state ------------------------------------------------------------------------
    def guard(self, lookup: str) -> LockoutState:
        return self.guards.get(lookup, LockoutState())

    def set_guard(self, lookup: str, state: LockoutState) -> None:
        self.guards[lookup] = state
        if len(self.guards) > MAX_GUARDS:
            # Drop the oldest idle-looking entries: counters of names nobody uses.
            now = datetime.now(UTC)
            for key in list(self.guards):
                if len(self.guards) <= MAX_GUARDS:
                    break
                g = self.guards[key]
                if key != lookup and (g.locked_until is None or g.locked_until < now):
                    del self.guards[key]

    # --- file form ---------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "lookup_salt": _b64(self.lookup_salt),
            "slots": [
                {
                    "lookup": s.lookup,
                    "kdf": {
                        "alg": "argon2id",
                        "t": s.kdf.time_cost,
                        "m": s.kdf.memory_kib,
                        "p": s.kdf.parallelism,
                    },
                    "salt": _b64(s.salt),
                    "nonce": _b64(s.nonce),
                    "wrapped_key": _b64(s.ciphertext),
                }
                for s in sorted(self.slots.values(), key=lambda s: s.lookup)
            ],
            "lockout": {
                lookup: {
                    "failures": g.failures,
                    "locked_until": g.locked_until.isoformat() if g.locked_until else None,
                    "pending": [[t.isoformat(), kind] for t, kind in g.pending],
                }
                for lookup, g in sorted(self.guards.items())
            },
        }
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
        body["checksum"] = hashlib.sha256(canonical.encode("ascii")).hexdigest()
        return (json.dumps(body, sort_keys=True, indent=1) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            body = json.loads(raw.decode("ascii"))
            if not isinstance(body, dict) or body.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if body.get("version") != VERSION:
                raise ValueError("unknown version")
            checksum = body.pop("checksum")
            canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
            if not hmac.compare_digest(
                hashlib.sha256(canonical.encode("ascii")).hexdigest(), str(checksum)
            ):
                raise ValueError("checksum mismatch")
            result = cls(lookup_salt=_unb64(body["lookup_salt"]))
            for s in body["slots"]:
                kdf = s["kdf"]
                if kdf["alg"] != "argon2id":
                    raise ValueError("unknown KDF")
                params = KdfParams(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
                if (
                    params.time_cost < _MIN_KDF.time_cost
                    or params.memory_kib < _MIN_KDF.memory_kib
                    or params.parallelism < 1
                ):
                    raise ValueError("KDF cost below the floor")
                slot = Slot(
                    lookup=str(s["lookup"]),
                    salt=_unb64(s["salt"]),
                    kdf=params,
                    nonce=_unb64(s["nonce"]),
                    ciphertext=_unb64(s["wrapped_key"]),
                )
                result.slots[slot.lookup] = slot
            for lookup, g in body.get("lockout", {}).items():
                result.guards[str(lookup)] = LockoutState(
                    failures=int(g["failures"]),
                    locked_until=(
                        datetime.fromisoformat(g["locked_until"]) if g["locked_until"] else None
                    ),
                    pending=tuple(
                        (datetime.fromisoformat(t), str(kind)) for t, kind in g["pending"]
                    ),
                )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise KeySlotsDamaged(
                "The key file (keyslots.json) is damaged, so the database cannot be unlocked. "
                "Restore the data folder from a backup."
            ) from exc
        return result


def load(path: Path) -> KeySlots:
    """Read the key-slot file, raising ``KeySlotsDamaged`` with a plain message if unusable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeySlotsDamaged(
            "The key file (keyslots.json) is missing from the data folder, so the database "
            "cannot be unlocked. Restore the data folder from a backup."
        ) from exc
    except OSError as exc:
        raise KeySlotsDamaged(
            f"The key file (keyslots.json) cannot be read: {exc.strerror or exc}."
        ) from exc
    return KeySlots.from_bytes(raw)


#: How long a change waits for another program's change of the key-slot file (sign-ins
#: included, which hold the lock through their Argon2id work, about a second each).
LOCK_TIMEOUT_SECONDS = 30.0
_LOCKS: dict[str, FileLock] = {}


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the key-slot file's lock: one read-change-write at a time, across processes.

    The GUI and a ``peerdesk`` command on the same data folder (or two commands) would
    otherwise each read the file, change it and write it back, and the second write would
    drop the first one's change (a new user's slot, a lockout counter). The lock is a file
    beside it (``keyslots.json.lock``), held by the operating system, so a crashed program
    never leaves it held. It is re-entrant within a thread.

    Raises:
        KeySlotsBusy: another program held it for :data:`LOCK_TIMEOUT_SECONDS`.
    """
    # filelock loads asyncio (~65 ms): only when a key-slot change is made, not at start.
    from filelock import FileLock, Timeout

    key = str(path)
    lock = _LOCKS.get(key)
    if lock is None:
        lock = _LOCKS.setdefault(key, FileLock(key + ".lock", timeout=LOCK_TIMEOUT_SECONDS))
    try:
        lock.acquire()
    except Timeout:
        raise KeySlotsBusy(
            "Another peerdesk program is changing the key file. Try again in a moment."
        ) from None
    try:
        yield
    finally:
        lock.release()


class _HasSlotsPath(Protocol):
    @property
    def slots_path(self) -> Path: ...


S = TypeVar("S", bound=_HasSlotsPath)
P = ParamSpec("P")
R = TypeVar("R")


def slots_locked(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Run a method that reads, changes and saves the key slots under :func:`locked`."""

    @wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with locked(self.slots_path):
            return method(self, *args, **kwargs)

    return wrapper


def save(path: Path, slots: KeySlots) -> None:
    """Write the key-slot file atomically."""
    atomic_write_bytes(path, slots.to_bytes())


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)
