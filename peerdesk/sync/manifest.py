"""The bundle manifest: canonical JSON (sorted keys, no spaces, ASCII) and its strict parser.

Fields (format 2)::

    format              2 (1: the payload inside ``payload.age`` is not compressed; still read)
    bundle_id           UUID of this bundle
    sender_site_id      the writing site
    recipient_site_id   the site it is for
    sequence            1, 2, 3 ... per sender and recipient
    previous_bundle_id  the bundle before it to the same recipient ("" for the first)
    app_version         peerdesk version of the sender
    schema_version      database schema revision of the sender (an integer)
    created_at          UTC ISO-8601 text
    counts              {record type: number of records in the payload}
    payload             {"name": "payload.age", "sha256": hex, "size": bytes}
    extra               {name: int | str | bool}, signed fields for the change-log layer

A later peerdesk may add top-level fields only together with a higher ``schema_version`` (or
``format``); this version refuses such a bundle as "newer_schema" and never drops it.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Written by this version. Format 2 compresses the payload (zlib) before encrypting it.
FORMAT = 2
PAYLOAD_NAME = "payload.age"
MAX_INT = 2**53
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$")
_VERSION = re.compile(r"^[0-9A-Za-z.+_-]{1,40}$")
_FIELDS = frozenset(
    {
        "format",
        "bundle_id",
        "sender_site_id",
        "recipient_site_id",
        "sequence",
        "previous_bundle_id",
        "app_version",
        "schema_version",
        "created_at",
        "counts",
        "payload",
        "extra",
    }
)

ExtraValue = int | str | bool


class ManifestError(ValueError):
    """The manifest bytes are not a well-formed canonical manifest."""


@dataclass(frozen=True)
class Manifest:
    """A bundle's manifest (see the module docstring for the meaning of each field)."""

    bundle_id: str
    sender_site_id: str
    recipient_site_id: str
    sequence: int
    previous_bundle_id: str
    app_version: str
    schema_version: int
    created_at: str
    counts: Mapping[str, int]
    payload_sha256: str
    payload_size: int
    extra: Mapping[str, ExtraValue] = field(default_factory=dict)
    format: int = FORMAT
    #: Top-level fields this version does not know (only a newer sender writes them).
    unknown_fields: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "bundle_id": self.bundle_id,
            "sender_site_id": self.sender_site_id,
            "recipient_site_id": self.recipient_site_id,
            "sequence": self.sequence,
            "previous_bundle_id": self.previous_bundle_id,
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "created_at": self.created_at,
            "counts": dict(self.counts),
            "payload": {
                "name": PAYLOAD_NAME,
                "sha256": self.payload_sha256,
                "size": self.payload_size,
            },
            "extra": dict(self.extra),
        }

    def to_bytes(self) -> bytes:
        """The canonical bytes that are signed."""
        if self.unknown_fields:
            raise ValueError("a manifest with unknown fields cannot be re-encoded")
        data = canonical_json(self.to_json())
        parse_manifest(data)  # what we write must be what we accept
        return data


def canonical_json(value: object) -> bytes:
    """Sorted keys, no whitespace, ASCII only: one spelling for each value."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def parse_manifest(data: bytes) -> Manifest:
    """Parse and check manifest bytes; anything but the canonical form is refused.

    Raises:
        ManifestError: not canonical JSON, a duplicate key, a float, or a field of the wrong
            type or range.
    """
    try:
        text = data.decode("ascii")
        obj = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ManifestError(f"manifest is not JSON: {type(exc).__name__}") from None
    if not isinstance(obj, dict):
        raise ManifestError("manifest is not a JSON object")
    try:
        canonical = canonical_json(obj)
    except (ValueError, RecursionError):
        raise ManifestError("manifest is not canonical") from None
    if canonical != data:
        raise ManifestError("manifest is not in canonical form")
    return _from_json(obj)


def _from_json(obj: dict[str, Any]) -> Manifest:
    payload = _object(obj, "payload")
    if set(payload) != {"name", "sha256", "size"} or payload["name"] != PAYLOAD_NAME:
        raise ManifestError("payload entry is wrong")
    counts = _object(obj, "counts")
    if len(counts) > 200 or not all(
        _NAME.fullmatch(k) and _is_int(v, 0, MAX_INT) for k, v in counts.items()
    ):
        raise ManifestError("counts are wrong")
    extra = _object(obj, "extra")
    if len(extra) > 64 or not all(_NAME.fullmatch(k) and _extra_ok(v) for k, v in extra.items()):
        raise ManifestError("extra fields are wrong")
    previous = obj.get("previous_bundle_id")
    if previous != "":
        previous = _uuid(obj, "previous_bundle_id")
    return Manifest(
        format=_int(obj, "format", 1, 1000),
        bundle_id=_uuid(obj, "bundle_id"),
        sender_site_id=_uuid(obj, "sender_site_id"),
        recipient_site_id=_uuid(obj, "recipient_site_id"),
        sequence=_int(obj, "sequence", 1, MAX_INT),
        previous_bundle_id=previous,
        app_version=_text(obj, "app_version", _VERSION),
        schema_version=_int(obj, "schema_version", 1, 10**6),
        created_at=_text(obj, "created_at", _ISO),
        counts=dict(counts),
        payload_sha256=_text(payload, "sha256", _HEX64),
        payload_size=_int(payload, "size", 0, MAX_INT),
        extra=dict(extra),
        unknown_fields=tuple(sorted(set(obj) - _FIELDS)),
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_float(text: str) -> object:
    raise ValueError("numbers must be integers")


def _is_int(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _extra_ok(value: object) -> bool:
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -MAX_INT <= value <= MAX_INT
    return isinstance(value, str) and len(value) <= 1000


def _object(obj: dict[str, Any], name: str) -> dict[str, Any]:
    value = obj.get(name)
    if not isinstance(value, dict):
        raise ManifestError(f"{name} is missing or not an object")
    return value


def _int(obj: dict[str, Any], name: str, low: int, high: int) -> int:
    value = obj.get(name)
    if not _is_int(value, low, high):
        raise ManifestError(f"{name} is missing or out of range")
    assert isinstance(value, int)
    return value


def _text(obj: dict[str, Any], name: str, pattern: re.Pattern[str]) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ManifestError(f"{name} is missing or malformed")
    return value


def _uuid(obj: dict[str, Any], name: str) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or not is_uuid(value):
        raise ManifestError(f"{name} is not an id")
    return value


def is_uuid(value: str) -> bool:
    """True for a UUID in its canonical lower-case 36-character spelling."""
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False
