"""The minisign formats (public keys and signatures) over ``cryptography``'s Ed25519.

minisign (https://jedisct1.github.io/minisign/) is a tiny, documented format; implementing it
here lets anyone check a peerdesk signature with the standard ``minisign -V`` tool.

Public key, one base64 line (usually after an ``untrusted comment:`` line)::

    base64("Ed" || key_id[8] || ed25519_public_key[32])

Signature file, four lines::

    untrusted comment: <free text, covered by nothing>
    base64(algorithm[2] || key_id[8] || signature[64])
    trusted comment: <text>
    base64(global_signature[64])

``algorithm`` is ``ED`` (the default of minisign 0.11: the signature is over the BLAKE2b-512
hash of the message) or the legacy ``Ed`` (over the message itself). The global signature is
over ``signature || trusted comment`` and so covers the trusted comment.

The 8-byte key id is random in minisign; peerdesk derives it from the public key (the first
8 bytes of its SHA-256) so that a site's key id needs no storage. minisign prints a key id as
the 16 upper-case hex digits of the bytes read as a little-endian integer: ``key_id_hex``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

PUBLIC_KEY_ALGORITHM = b"Ed"
PREHASHED = b"ED"
LEGACY = b"Ed"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
#: minisign refuses longer comments; so does peerdesk.
MAX_COMMENT_BYTES = 1024


class MinisignError(ValueError):
    """A key or signature text is not in the minisign format."""


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: the key id it goes by and the raw Ed25519 key."""

    key_id: bytes
    public_key: bytes

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def line(self) -> str:
        """The base64 line (what ``minisign -P`` takes)."""
        return _b64(PUBLIC_KEY_ALGORITHM + self.key_id + self.public_key)

    def file_text(self) -> str:
        """The two-line ``.pub`` file minisign writes."""
        return f"{UNTRUSTED_PREFIX}minisign public key {self.key_id_hex}\n{self.line()}\n"


@dataclass(frozen=True)
class Signature:
    """A parsed minisign signature file."""

    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str

    @property
    def key_id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def text(self) -> str:
        """The signature file, byte for byte as minisign writes it."""
        return (
            f"{UNTRUSTED_PREFIX}{self.untrusted_comment}\n"
            f"{_b64(self.algorithm + self.key_id + self.signature)}\n"
            f"{TRUSTED_PREFIX}{self.trusted_comment}\n"
            f"{_b64(self.global_signature)}\n"
        )


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it (little-endian, 16 upper-case hex digits)."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def derive_key_id(public_key: bytes) -> bytes:
    """peerdesk's key id for an Ed25519 public key: the first 8 bytes of its SHA-256."""
    return hashlib.sha256(public_key).digest()[:8]


def public_key_of(private_key: bytes) -> PublicKey:
    """The minisign public key of a raw 32-byte Ed25519 private key."""
    from cryptography.hazmat.primitives import serialization

    raw = (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    return PublicKey(derive_key_id(raw), raw)


def parse_public_key(text: str) -> PublicKey:
    """Read a public key: the base64 line alone, or a ``.pub`` file (comment line + key)."""
    lines = text.strip("\n").split("\n")
    if len(lines) == 2 and lines[0].startswith(UNTRUSTED_PREFIX):
        lines = lines[1:]
    if len(lines) != 1:
        raise MinisignError("not a minisign public key")
    raw = _unb64(lines[0], 42)
    if raw[:2] != PUBLIC_KEY_ALGORITHM:
        raise MinisignError("unsupported public key algorithm")
    return PublicKey(raw[2:10], raw[10:])


def sign(
    message: bytes,
    private_key: bytes,
    *,
    trusted_comment: str,
    untrusted_comment: str = "signature from peerdesk",
    prehashed: bool = True,
) -> Signature:
    """Sign ``message`` with a raw Ed25519 private key, as ``minisign -S`` would."""
    _check_comment(trusted_comment)
    _check_comment(untrusted_comment)
    key = Ed25519PrivateKey.from_private_bytes(private_key)
    key_id = public_key_of(private_key).key_id
    algorithm = PREHASHED if prehashed else LEGACY
    signature = key.sign(_signed_message(algorithm, message))
    global_signature = key.sign(signature + trusted_comment.encode())
    return Signature(
        algorithm, key_id, signature, trusted_comment, global_signature, untrusted_comment
    )


def parse_signature(text: str | bytes) -> Signature:
    """Read a signature file strictly: four lines, canonical base64, bounded comments."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise MinisignError("signature is not UTF-8 text") from None
    if not text.endswith("\n"):
        raise MinisignError("signature must end with a new line")
    lines = text[:-1].split("\n")
    if len(lines) != 4:
        raise MinisignError("a signature has four lines")
    untrusted, sig_line, trusted, global_line = lines
    if not untrusted.startswith(UNTRUSTED_PREFIX) or not trusted.startswith(TRUSTED_PREFIX):
        raise MinisignError("signature comment lines are missing")
    untrusted_comment = untrusted[len(UNTRUSTED_PREFIX) :]
    trusted_comment = trusted[len(TRUSTED_PREFIX) :]
    _check_comment(untrusted_comment)
    _check_comment(trusted_comment)
    raw = _unb64(sig_line, 74)
    algorithm = raw[:2]
    if algorithm not in (PREHASHED, LEGACY):
        raise MinisignError("unsupported signature algorithm")
    return Signature(
        algorithm,
        raw[2:10],
        raw[10:],
        trusted_comment,
        _unb64(global_line, 64),
        untrusted_comment,
    )


def verify(message: bytes, signature: Signature, key: PublicKey) -> bool:
    """True when ``signature`` is ``key``'s over ``message`` and its trusted comment."""
    if signature.key_id != key.key_id:
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(key.public_key)
        public.verify(signature.signature, _signed_message(signature.algorithm, message))
        public.verify(
            signature.global_signature,
            signature.signature + signature.trusted_comment.encode(),
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def _signed_message(algorithm: bytes, message: bytes) -> bytes:
    if algorithm == PREHASHED:
        return hashlib.blake2b(message, digest_size=64).digest()
    return message


def _check_comment(comment: str) -> None:
    if "\n" in comment or "\r" in comment or len(comment.encode()) > MAX_COMMENT_BYTES:
        raise MinisignError("comment must be one line of at most 1024 bytes")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(line: str, size: int) -> bytes:
    """Decode canonical base64 of exactly ``size`` bytes (no other spelling is accepted)."""
    try:
        raw = base64.b64decode(line.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise MinisignError("bad base64") from None
    if len(raw) != size or _b64(raw) != line:
        raise MinisignError("bad base64")
    return raw
