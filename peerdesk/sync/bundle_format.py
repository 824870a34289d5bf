"""The bundle container: write one signed, encrypted file, and open one with every check.

A bundle is a ZIP (see ``zip_container``) holding, in this order:

- ``manifest.json``: canonical JSON (see ``manifest``), naming sender, recipient, sequence,
  versions, counts and the SHA-256 and size of ``payload.age``;
- ``manifest.json.minisig``: the sender's minisign signature of ``manifest.json``;
- ``payload.age``: the payload (opaque bytes to this module), compressed with zlib (RFC 1950;
  manifest format 2, not in format 1), then encrypted in the age format to the recipient's
  X25519 key and to the sender's own. JSON shrinks about six times, and the removable drive's
  write and read-back are most of the time an export takes on a real USB stick.

Encryption happens in memory; only ciphertext is written, and only to the target drive.

``open_bundle`` runs the checks in this order and stops at the first failure with
``BundleRejected(reason)``: container well formed -> signature by a trusted, unrevoked key of
the named sender -> addressed to this site -> versions compatible -> payload hash and size ->
sequence. Only then can the payload be decrypted (``OpenedBundle.decrypt``).
"""

from __future__ import annotations

import hashlib
import uuid
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from peerdesk import __version__
from peerdesk.clock import iso
from peerdesk.db.migrations import HEAD
from peerdesk.domain.bundle_sequence import ACCEPTED, SequenceStatus, classify_sequence
from peerdesk.sync import minisign
from peerdesk.sync.deflate import COMPRESS_LEVEL
from peerdesk.sync.errors import BundleRejected, rejected
from peerdesk.sync.manifest import (
    FORMAT,
    PAYLOAD_NAME,
    ExtraValue,
    Manifest,
    ManifestError,
    parse_manifest,
)
from peerdesk.sync.media import FileOps, write_verified
from peerdesk.sync.receiver import ReceiverState, SignerKey
from peerdesk.sync.zip_container import ContainerError, layout, read_members

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
MEMBERS = (MANIFEST_NAME, SIGNATURE_NAME, PAYLOAD_NAME)
#: This peerdesk's database schema revision, as the integer the manifest carries.
SCHEMA_VERSION = int(HEAD)
SIGNATURE_COMMENT = "peerdesk bundle manifest signature"
#: Largest payload accepted once inflated (a bundle is checked, signed and hashed before it is
#: inflated; the limit stops a trusted but compromised sender from exhausting memory).
MAX_PLAINTEXT = 1 << 31


@dataclass(frozen=True)
class Limits:
    """Largest member sizes accepted (and written)."""

    manifest: int = 64 * 1024
    signature: int = 4 * 1024
    payload: int = 1 << 30

    @property
    def file(self) -> int:
        return self.manifest + self.signature + self.payload + 1024


# --- writing ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BundleHeader:
    """What the change-log layer says about a bundle it is about to write."""

    sender_site_id: str
    recipient_site_id: str
    sequence: int
    previous_bundle_id: str = ""
    counts: Mapping[str, int] = field(default_factory=dict)
    extra: Mapping[str, ExtraValue] = field(default_factory=dict)
    #: A fresh UUID when left empty.
    bundle_id: str = ""


@dataclass(frozen=True)
class BuiltBundle:
    """A bundle assembled in memory (ciphertext only), ready to be written."""

    manifest: Manifest
    manifest_bytes: bytes
    manifest_sha256: str
    signature_text: str
    chunks: tuple[bytes | memoryview, ...] = field(repr=False)

    @property
    def file_name(self) -> str:
        return bundle_file_name(self.manifest)

    @property
    def size(self) -> int:
        return sum(len(c) for c in self.chunks)

    def to_bytes(self) -> bytes:
        return b"".join(self.chunks)


@dataclass(frozen=True)
class WrittenBundle:
    """A bundle written to a drive and read back intact: safe to remove."""

    path: Path
    manifest: Manifest
    manifest_sha256: str
    size: int


def bundle_file_name(manifest: Manifest) -> str:
    """``peerdesk-000042-<bundle id>.zip``: no site or person names in a visible file name."""
    return f"peerdesk-{manifest.sequence:06d}-{manifest.bundle_id}.zip"


def build_bundle(
    payload: bytes,
    header: BundleHeader,
    *,
    signing_key: bytes,
    recipients: Sequence[str],
    created_at: datetime,
    app_version: str = __version__,
    schema_version: int = SCHEMA_VERSION,
    limits: Limits = Limits(),
    deflated: bytes | None = None,
) -> BuiltBundle:
    """Encrypt ``payload`` in memory, write and sign the manifest, and lay out the ZIP.

    Args:
        payload: the serialized change log (opaque here).
        header: sender, recipient, sequence, previous bundle, counts and extra fields.
        signing_key: the sender's raw Ed25519 private key.
        recipients: age recipients ("age1..."): the recipient site's and the sender's own.
        created_at: the creation instant.
        app_version: the writing peerdesk's version.
        schema_version: the writing database's schema revision.
        limits: size limits (the payload must fit).
        deflated: ``payload`` already compressed (a zlib stream at ``COMPRESS_LEVEL``, as
            ``deflate.Deflater`` writes it while the payload is built), else compressed here.
            Nothing here checks that it is ``payload``'s: pass ``ExportPayload.deflated()``,
            which gives it only for the bytes it was written beside.

    Raises:
        ValueError: a recipient is not an age recipient, or the payload is too large.
    """
    import pyrage

    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    try:
        keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    except Exception as exc:  # pyrage's own error type
        raise ValueError("not an age recipient") from exc
    if deflated is None:
        deflated = zlib.compress(payload, COMPRESS_LEVEL)
    ciphertext = pyrage.encrypt(deflated, keys)
    if len(ciphertext) > limits.payload:
        raise ValueError("the payload is larger than a bundle may be")
    manifest = Manifest(
        bundle_id=header.bundle_id or str(uuid.uuid4()),
        sender_site_id=header.sender_site_id,
        recipient_site_id=header.recipient_site_id,
        sequence=header.sequence,
        previous_bundle_id=header.previous_bundle_id,
        app_version=app_version,
        schema_version=schema_version,
        created_at=iso(created_at),
        counts=dict(header.counts),
        payload_sha256=hashlib.sha256(ciphertext).hexdigest(),
        payload_size=len(ciphertext),
        extra=dict(header.extra),
    )
    try:
        manifest_bytes = manifest.to_bytes()
    except ManifestError as exc:
        raise ValueError(f"bad bundle header: {exc}") from None
    signature = minisign.sign(
        manifest_bytes,
        signing_key,
        trusted_comment=_trusted_comment(manifest),
        untrusted_comment=SIGNATURE_COMMENT,
    )
    sig_text = signature.text()
    chunks = layout(
        [
            (MANIFEST_NAME, manifest_bytes),
            (SIGNATURE_NAME, sig_text.encode("ascii")),
            (PAYLOAD_NAME, ciphertext),
        ]
    )
    return BuiltBundle(
        manifest,
        manifest_bytes,
        hashlib.sha256(manifest_bytes).hexdigest(),
        sig_text,
        tuple(chunks),
    )


def write_bundle(
    target_dir: Path,
    payload: bytes,
    header: BundleHeader,
    *,
    signing_key: bytes,
    recipients: Sequence[str],
    created_at: datetime,
    fs: FileOps | None = None,
    progress: Callable[[int, int], None] | None = None,
    app_version: str = __version__,
    schema_version: int = SCHEMA_VERSION,
) -> WrittenBundle:
    """Build a bundle and write it to ``target_dir`` (temporary name, fsync, rename, read back).

    Raises:
        MediaError: the drive is full, read-only, removed, ... (nothing valid-looking is left).
    """
    built = build_bundle(
        payload,
        header,
        signing_key=signing_key,
        recipients=recipients,
        created_at=created_at,
        app_version=app_version,
        schema_version=schema_version,
    )
    path = write_verified(target_dir, built.file_name, built.chunks, fs=fs, progress=progress)
    return WrittenBundle(path, built.manifest, built.manifest_sha256, built.size)


def _trusted_comment(manifest: Manifest) -> str:
    return f"peerdesk bundle {manifest.bundle_id} sequence {manifest.sequence}"


# --- reading ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check up to the sequence; the payload is still sealed."""

    manifest: Manifest
    manifest_sha256: str
    signer: SignerKey
    sequence_status: SequenceStatus
    _ciphertext: bytes = field(repr=False)
    _identities: tuple[str, ...] = field(repr=False)

    @property
    def already_imported(self) -> bool:
        """A repeat of a bundle imported before: the caller says so and changes nothing."""
        return self.sequence_status is SequenceStatus.ALREADY_IMPORTED

    def decrypt(self) -> bytes:
        """The payload in plaintext (inflated, from format 2 on), in memory only.

        Raises:
            BundleRejected: ``decrypt_failed`` (no identity of this site opens it, or the age
                stream is damaged); ``too_large`` or ``invalid_record`` (it does not inflate).
        """
        import pyrage

        try:
            identities = [pyrage.x25519.Identity.from_str(i) for i in self._identities]
            plain = pyrage.decrypt(self._ciphertext, identities)
        except Exception:  # pyrage raises its own error types
            raise rejected("decrypt_failed", self.manifest) from None
        if self.manifest.format < 2:
            return bytes(plain)
        return _inflate(plain, self.manifest)


def _inflate(data: bytes, manifest: Manifest) -> bytes:
    """The payload inflated, refusing more than ``MAX_PLAINTEXT`` bytes or a broken stream.

    Raises:
        BundleRejected: ``too_large``, or ``invalid_record`` (signed, but not a zlib stream).
    """
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_PLAINTEXT)
    except zlib.error:
        raise rejected("invalid_record", manifest) from None
    if inflater.unconsumed_tail:
        raise rejected("too_large", manifest)
    if not inflater.eof or inflater.unused_data:
        raise rejected("invalid_record", manifest)
    return out


def open_bundle(
    source: Path | bytes,
    state: ReceiverState,
    *,
    schema_version: int = SCHEMA_VERSION,
    limits: Limits = Limits(),
) -> OpenedBundle:
    """Check a bundle file in the documented order; decrypt nothing yet.

    Args:
        source: the bundle file, or its bytes.
        state: the importing site's keys, trusted peers and sequence history.
        schema_version: this site's schema revision.
        limits: largest accepted member sizes.

    Returns:
        The verified bundle; ``sequence_status`` is NEW, GAP or ALREADY_IMPORTED.

    Raises:
        BundleRejected: with the reason of the first failed check. ``manifest`` is attached
            once the signature is verified (``newer_schema``: the caller keeps the file aside).
    """
    data = _read_source(source, limits)
    manifest, manifest_bytes, signature, payload = _well_formed(data, limits)
    signer = _trusted_signer(manifest, manifest_bytes, signature, state)
    if manifest.recipient_site_id != state.local_site_id:
        raise rejected("wrong_recipient", manifest)
    if manifest.format > FORMAT or manifest.schema_version > schema_version:
        raise rejected("newer_schema", manifest)
    if manifest.unknown_fields:
        raise rejected("malformed", manifest)
    if (
        len(payload) != manifest.payload_size
        or hashlib.sha256(payload).hexdigest() != manifest.payload_sha256
    ):
        raise rejected("payload_mismatch", manifest)
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    history = state.sequence_history(manifest.sender_site_id, manifest.sequence)
    status = classify_sequence(
        history.last_received,
        history.seen_digests,
        manifest.sequence,
        digest,
        last_received_bundle_id=history.last_received_bundle_id,
        incoming_previous_bundle_id=manifest.previous_bundle_id,
    )
    if status is SequenceStatus.CLONE_SUSPECTED:
        raise rejected("clone_suspected", manifest)
    if status is SequenceStatus.STALE:
        raise rejected("stale_sequence", manifest)
    assert status in ACCEPTED or status is SequenceStatus.ALREADY_IMPORTED
    return OpenedBundle(manifest, digest, signer, status, payload, tuple(state.identities()))


def _read_source(source: Path | bytes, limits: Limits) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        try:
            with open(source, "rb") as fh:
                data = fh.read(limits.file + 1)
        except OSError as exc:
            raise BundleRejected(
                "unreadable",
                f"The bundle file cannot be read ({exc.strerror or 'input/output error'}).",
            ) from None
    if len(data) > limits.file:
        raise rejected("too_large")
    return data


def _well_formed(data: bytes, limits: Limits) -> tuple[Manifest, bytes, minisign.Signature, bytes]:
    try:
        manifest_view, sig_view, payload_view = read_members(
            data, MEMBERS, (limits.manifest, limits.signature, limits.payload)
        )
        manifest_bytes = bytes(manifest_view)
        manifest = parse_manifest(manifest_bytes)
        signature = minisign.parse_signature(bytes(sig_view))
    except (ContainerError, ManifestError, minisign.MinisignError):
        raise rejected("malformed") from None
    if (
        signature.untrusted_comment != SIGNATURE_COMMENT
        or signature.trusted_comment != _trusted_comment(manifest)
        or signature.text().encode("ascii") != sig_view
    ):
        raise rejected("malformed")
    return manifest, manifest_bytes, signature, bytes(payload_view)


def _trusted_signer(
    manifest: Manifest,
    manifest_bytes: bytes,
    signature: minisign.Signature,
    state: ReceiverState,
) -> SignerKey:
    key_id = signature.key_id_hex
    if key_id in state.own_key_ids():
        raise rejected("own_bundle")
    candidates = state.signer_keys(key_id)
    if not candidates:
        raise rejected("untrusted_signer")
    valid = [
        k
        for k in candidates
        if minisign.verify(
            manifest_bytes, signature, minisign.PublicKey(signature.key_id, k.public_key)
        )
        and k.key_id == key_id
    ]
    if not valid:
        raise rejected("bad_signature")
    good = [k for k in valid if not k.revoked]
    if not good:
        raise rejected("revoked_signer")
    for key in good:
        if key.site_id == manifest.sender_site_id:
            return key
    raise rejected("sender_mismatch")
