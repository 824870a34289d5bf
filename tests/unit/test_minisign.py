"""minisign format: our signatures, the real tool's signatures (fixed vectors), strict parsing."""

from __future__ import annotations

import base64
import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.sync import minisign
from peerdesk.sync.site_keys import generate

# Made once with the real tool: `minisign -G -W`, then `minisign -S -W -t "trusted vector"`
# and, for the legacy variant, `minisign -S -W -l -t "legacy vector"` over VECTOR_MESSAGE.
VECTOR_PUB = (
    "untrusted comment: minisign public key 44DD8818DBEEB7B0\n"
    "RWSwt+7bGIjdRDY1W/21ZHXyczoNAykWAIx2kfWgV37ijR45kjUOdhC0\n"
)
VECTOR_MESSAGE = b"peerdesk test vector\n"
VECTOR_SIG = (
    "untrusted comment: signature from minisign secret key\n"
    "RUSwt+7bGIjdRBv1MwmEisSpu2dxJY6LjTq59Oz+UQid37bbUY2v0O3Wi9LAsqCoUOVwzYkqBFLkPv/MPAr10oEHEGVfgkrdCgU=\n"
    "trusted comment: trusted vector\n"
    "tIilCAhlfK2AfHetBBzvbBva30nuwMmgED/KI0WZMn9XgEXkqWGOsxiMEMSyS7tIa50Wbn/ApFOIQMT4BWCnAg==\n"
)
VECTOR_LEGACY_SIG = (
    "untrusted comment: signature from minisign secret key\n"
    "RWSwt+7bGIjdRNaULW4yBYOB8HyjfA8Wh17bYRwc9yYbB7cY5VS4uwRH4gBinSPcG8ljgXRplgpC34Vl0xchyvmpmo0+h3eQ5wk=\n"
    "trusted comment: legacy vector\n"
    "kT/BsudplY+3EqHXL0F2hkA72qhZe9pFNP/5652uMX27LxmYhC/heZcVJbt6qktHYaUNFt6E92sb/Mkef0SYAA==\n"
)


def test_signatures_made_by_the_minisign_tool_verify() -> None:
    key = minisign.parse_public_key(VECTOR_PUB)
    assert key.key_id_hex == "44DD8818DBEEB7B0"  # as the tool printed it
    assert key.file_text() == VECTOR_PUB
    for text, algorithm in ((VECTOR_SIG, b"ED"), (VECTOR_LEGACY_SIG, b"Ed")):
        sig = minisign.parse_signature(text)
        assert sig.algorithm == algorithm
        assert sig.text() == text  # we write the format byte for byte as the tool does
        assert minisign.verify(VECTOR_MESSAGE, sig, key)
        assert not minisign.verify(VECTOR_MESSAGE + b"x", sig, key)


def test_sign_and_verify_round_trip_both_variants() -> None:
    keys = generate()
    public = minisign.public_key_of(keys.signing_key)
    assert public.public_key == keys.signing_public_key()
    assert public.key_id == minisign.derive_key_id(public.public_key)
    for prehashed in (True, False):
        sig = minisign.sign(b"msg", keys.signing_key, trusted_comment="tc", prehashed=prehashed)
        parsed = minisign.parse_signature(sig.text())
        assert parsed == sig
        assert minisign.verify(b"msg", parsed, public)
        assert minisign.parse_public_key(public.line()) == public
        assert minisign.parse_public_key(public.file_text()) == public


def test_verify_fails_for_a_changed_message_comment_global_signature_or_key() -> None:
    keys, other = generate(), generate()
    public = minisign.public_key_of(keys.signing_key)
    sig = minisign.sign(b"msg", keys.signing_key, trusted_comment="seq 1")
    assert not minisign.verify(b"msh", sig, public)
    forged = minisign.Signature(
        sig.algorithm, sig.key_id, sig.signature, "seq 2", sig.global_signature, "x"
    )
    assert not minisign.verify(b"msg", forged, public)
    bad_global = minisign.Signature(
        sig.algorithm, sig.key_id, sig.signature, "seq 1", bytes(64), "x"
    )
    assert not minisign.verify(b"msg", bad_global, public)
    wrong = minisign.public_key_of(other.signing_key)
    assert not minisign.verify(b"msg", sig, wrong)
    # Right key bytes under another key id: refused too.
    assert not minisign.verify(b"msg", sig, minisign.PublicKey(wrong.key_id, public.public_key))
    # The untrusted comment is covered by nothing, as in minisign.
    loose = minisign.Signature(
        sig.algorithm, sig.key_id, sig.signature, "seq 1", sig.global_signature, "anything"
    )
    assert minisign.verify(b"msg", loose, public)


def _swap_line(text: str, index: int, new: str) -> str:
    lines = text.split("\n")
    lines[index] = new
    return "\n".join(lines)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t.rstrip("\n"),  # no final new line
        lambda t: t + "extra\n",  # five lines
        lambda t: t.replace("untrusted comment: ", "comment: ", 1),
        lambda t: t.replace("trusted comment: trusted", "trusted: trusted"),
        lambda t: _swap_line(t, 1, t.split("\n")[1][:-4]),  # short base64
        lambda t: _swap_line(t, 3, t.split("\n")[3].replace("==", "=A")),
        lambda t: _swap_line(t, 1, base64.b64encode(b"XX" + bytes(72)).decode()),  # algorithm
        lambda t: _swap_line(t, 2, "trusted comment: " + "x" * 1025),
        lambda t: t.encode("utf-16").decode("latin-1"),
    ],
)
def test_malformed_signatures_are_refused(mangle) -> None:
    with pytest.raises(minisign.MinisignError):
        minisign.parse_signature(mangle(VECTOR_SIG))


def test_non_canonical_base64_is_refused() -> None:
    # The last base64 character carries unused bits: a different letter decodes the same.
    line = VECTOR_SIG.split("\n")[3]
    assert line.endswith("Ag==")
    twin = line[:-4] + "Ah=="
    assert base64.b64decode(twin) == base64.b64decode(line)
    with pytest.raises(minisign.MinisignError):
        minisign.parse_signature(_swap_line(VECTOR_SIG, 3, twin))


def test_bad_public_keys_are_refused() -> None:
    for text in ("", "RWQ", "a\nb\nc", base64.b64encode(b"Xx" + bytes(40)).decode()):
        with pytest.raises(minisign.MinisignError):
            minisign.parse_public_key(text)


def test_comments_must_be_one_line() -> None:
    keys = generate()
    with pytest.raises(minisign.MinisignError):
        minisign.sign(b"m", keys.signing_key, trusted_comment="a\nb")


@given(st.binary(max_size=400))
def test_parsing_random_bytes_raises_only_minisign_error(data: bytes) -> None:
    with contextlib.suppress(minisign.MinisignError):
        minisign.parse_signature(data)


@given(st.text(max_size=300))
def test_parsing_random_text_raises_only_minisign_error(text: str) -> None:
    for parse in (minisign.parse_signature, minisign.parse_public_key):
        with contextlib.suppress(minisign.MinisignError):
            parse(text)
