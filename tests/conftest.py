"""Suite-wide setup: headless Qt, cheap test KDF, a private log folder, no network.

``PEERDESK_TEST_WEAK_KDF=1`` is the one documented test-only setting (see
peerdesk/db/keyslots.py): it lowers Argon2id for new key slots so the suite runs fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PEERDESK_TEST_WEAK_KDF"] = "1"
os.environ.pop("PEERDESK_DATA_DIR", None)
os.environ.pop("PEERDESK_USER", None)
os.environ.pop("PEERDESK_PASSPHRASE", None)

NETGUARD = Path(__file__).parent / "netguard"
sys.path.insert(0, str(NETGUARD))
import tests_netguard_impl  # noqa: E402,F401  (no network from here on)

from peerdesk.db.store import DataPaths  # noqa: E402
from peerdesk.services.auth import AuthService, SignedIn  # noqa: E402
from peerdesk.services.site_setup import InitResult, initialize_site  # noqa: E402
from peerdesk.services.users import UserService  # noqa: E402

ADMIN = "maria"
ADMIN_PASS = "blue canoe under thunder"
USER_PASS = "green lantern over harbor"


@pytest.fixture(autouse=True)
def _private_log_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PEERDESK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a peerdesk child process: netguard loaded, weak test KDF, headless."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(NETGUARD), str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")]
    )
    env.update(extra)
    return env


@dataclass
class Site:
    paths: DataPaths
    init: InitResult
    admin: str = ADMIN
    admin_pass: str = ADMIN_PASS

    def sign_in(self, user: str = ADMIN, passphrase: str = ADMIN_PASS) -> SignedIn:
        return AuthService(self.paths).sign_in(user, passphrase)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def site(data_paths: DataPaths) -> Site:
    """A freshly initialized facility site with one coordinator."""
    result = initialize_site(
        data_paths,
        site_name="Riverside Unit",
        site_kind="facility",
        admin_username=ADMIN,
        admin_passphrase=ADMIN_PASS,
    )
    return Site(data_paths, result)


@pytest.fixture
def coordinator(site: Site) -> Iterator[SignedIn]:
    signed = site.sign_in()
    yield signed
    signed.store.close()


def add_user(signed: SignedIn, username: str, role: str, passphrase: str = USER_PASS) -> None:
    """Create an account as the signed-in coordinator."""
    UserService(signed.store).add_user(signed.actor, username, role, passphrase)
