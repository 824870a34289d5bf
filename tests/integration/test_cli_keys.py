"""`peerdesk keys` end to end: two sites exchange cards; a wrong fingerprint stores nothing."""

from __future__ import annotations

import re
from pathlib import Path

from peerdesk.services.site_setup import initialize_site
from tests.conftest import ADMIN, ADMIN_PASS, Site
from tests.integration.test_cli import as_admin, ok, one_error_line


def _office(tmp_path: Path) -> Path:
    from peerdesk.db.store import DataPaths

    paths = DataPaths(tmp_path / "office")
    initialize_site(
        paths,
        site_name="County Reentry Office",
        site_kind="office",
        admin_username=ADMIN,
        admin_passphrase=ADMIN_PASS,
    )
    return paths.root


def test_card_and_trust_between_two_sites(site: Site, tmp_path: Path) -> None:
    office = _office(tmp_path)
    card = tmp_path / "office.card"
    printed = ok(as_admin(office, "keys", "card", "--out", str(card)))
    match = re.search(r"fingerprint: (\S+)", printed)
    assert match, printed
    fingerprint = match.group(1)

    wrong = fingerprint[:-1] + ("0" if fingerprint[-1] != "0" else "1")
    refused = one_error_line(
        as_admin(site.paths.root, "keys", "trust", str(card), "--fingerprint", wrong)
    )
    assert "fingerprint" in refused.lower()
    assert "County Reentry Office" not in ok(as_admin(site.paths.root, "keys", "list"))

    ok(as_admin(site.paths.root, "keys", "trust", str(card), "--fingerprint", fingerprint))
    assert "County Reentry Office" in ok(as_admin(site.paths.root, "keys", "list"))
