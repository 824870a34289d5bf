"""Anyone can check a bundle: the standard ``minisign`` and ``age`` tools, with a key card.

CI installs both (Debian packages ``minisign`` and ``age``). Where a tool is absent the tests
that need it are skipped with the reason printed (pytest ``-ra``).
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from peerdesk.sync import minisign
from peerdesk.sync.key_card import parse_card
from peerdesk.sync.site_keys import generate
from tests.factories_sync import PAYLOAD, make_bundle, make_party

MINISIGN = shutil.which("minisign")
AGE = shutil.which("age")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="the minisign tool is not installed (apt-get install minisign)"
)
needs_age = pytest.mark.skipif(
    AGE is None, reason="the age tool is not installed (apt-get install age)"
)

FACILITY = make_party(name="Riverside Unit")
OFFICE = make_party(name="North Reentry Office", kind="office")


def _unpack(tmp_path: Path) -> tuple[Path, Path, Path]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(make_bundle(FACILITY, OFFICE).to_bytes())
    with zipfile.ZipFile(bundle) as z:
        z.extractall(tmp_path / "x")
    x = tmp_path / "x"
    return x / "manifest.json", x / "manifest.json.minisig", x / "payload.age"


def _card_public_key_line(party_card_text: str) -> str:
    return parse_card(party_card_text.encode()).signing_key.line()


@needs_minisign
def test_minisign_verifies_the_manifest_with_the_cards_public_key(tmp_path: Path) -> None:
    manifest, sig, _ = _unpack(tmp_path)
    key = _card_public_key_line(FACILITY.card().to_text())
    run = subprocess.run(
        [MINISIGN, "-V", "-P", key, "-m", str(manifest), "-x", str(sig)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "Trusted comment: peerdesk bundle" in run.stdout
    # The prehashed variant only (-H), as minisign 0.11 writes by default.
    strict = [MINISIGN, "-V", "-H", "-P", key, "-m", str(manifest), "-x", str(sig)]
    assert subprocess.run(strict, capture_output=True).returncode == 0


@needs_minisign
def test_minisign_refuses_an_edited_manifest_or_another_key(tmp_path: Path) -> None:
    manifest, sig, _ = _unpack(tmp_path)
    key = _card_public_key_line(FACILITY.card().to_text())
    manifest.write_bytes(manifest.read_bytes().replace(b'"notes":3', b'"notes":4'))
    run = subprocess.run(
        [MINISIGN, "-V", "-P", key, "-m", str(manifest), "-x", str(sig)], capture_output=True
    )
    assert run.returncode != 0
    manifest, sig, _ = _unpack(tmp_path / "again")
    other = _card_public_key_line(OFFICE.card().to_text())
    run = subprocess.run(
        [MINISIGN, "-V", "-P", other, "-m", str(manifest), "-x", str(sig)], capture_output=True
    )
    assert run.returncode != 0


@needs_minisign
def test_a_signature_by_the_minisign_tool_verifies_here(tmp_path: Path) -> None:
    pub, sec, msg = tmp_path / "k.pub", tmp_path / "k.key", tmp_path / "m"
    subprocess.run(
        [MINISIGN, "-G", "-W", "-p", str(pub), "-s", str(sec)], check=True, capture_output=True
    )
    msg.write_bytes(b"any message\n")
    subprocess.run(
        [MINISIGN, "-S", "-W", "-s", str(sec), "-m", str(msg), "-t", "tc"],
        check=True,
        capture_output=True,
    )
    key = minisign.parse_public_key(pub.read_text())
    sig = minisign.parse_signature(Path(str(msg) + ".minisig").read_text())
    assert minisign.verify(msg.read_bytes(), sig, key)


@needs_age
def test_age_decrypts_the_payload_with_either_sites_identity(tmp_path: Path) -> None:
    _, _, payload = _unpack(tmp_path)
    for party in (OFFICE, FACILITY):
        identity = tmp_path / f"{party.kind}.key"
        identity.write_text(party.keys.age_identity + "\n")
        identity.chmod(0o600)
        run = subprocess.run(
            [AGE, "-d", "-i", str(identity), str(payload)], capture_output=True, check=True
        )
        assert zlib.decompress(run.stdout) == PAYLOAD  # compressed before encryption


@needs_age
def test_age_refuses_a_stranger_and_a_truncated_payload(tmp_path: Path) -> None:
    _, _, payload = _unpack(tmp_path)
    stranger = tmp_path / "stranger.key"
    stranger.write_text(generate().age_identity + "\n")
    assert subprocess.run([AGE, "-d", "-i", str(stranger), str(payload)]).returncode != 0
    identity = tmp_path / "office.key"
    identity.write_text(OFFICE.keys.age_identity + "\n")
    short = tmp_path / "short.age"
    short.write_bytes(payload.read_bytes()[:-10])
    run = subprocess.run([AGE, "-d", "-i", str(identity), str(short)], capture_output=True)
    assert run.returncode != 0


@needs_age
def test_the_cards_age_recipient_is_what_age_derives_from_the_identity(tmp_path: Path) -> None:
    keygen = shutil.which("age-keygen")
    if keygen is None:
        pytest.skip("age-keygen is not installed (apt-get install age)")
    identity = tmp_path / "id.key"
    identity.write_text(OFFICE.keys.age_identity + "\n")
    run = subprocess.run([keygen, "-y", str(identity)], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == parse_card(OFFICE.card().to_text().encode()).age_recipient
