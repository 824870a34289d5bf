"""Review findings on conflict notices: a validly signed but hostile bundle must not plant a
value of the wrong kind in the conflicts list (which a person could then write into the
record) nor a non-standard JSON constant."""

from __future__ import annotations

import pytest

from peerdesk.services.auth import SignedIn
from peerdesk.sync.errors import BundleRejected
from tests.unit import test_sync_import_notices as tn
from tests.unit.test_sync_import_notices import Pair, check, notice

sites = tn.sites
payload = tn.payload

Body = tuple[Pair, dict[str, object], str]


@pytest.mark.parametrize(
    ("why", "over"),
    [
        ("other not text for a text field", {"other": '{"x": 1}'}),
        ("kept not text for a text field", {"kept": "[1, 2]"}),
        ("NaN constant", {"other": "NaN"}),
        ("too long for the column", {"other": '"' + "x" * 5000 + '"'}),
        ("deletion notice, other not a dict", {"f": "deleted", "kept": "true", "other": "3"}),
        ("deletion notice, unknown field", {"f": "deleted", "kept": "true", "other": '{"pw": 1}'}),
        ("deletion notice, kept not true", {"f": "deleted", "kept": '"x"', "other": "{}"}),
    ],
)
def test_a_notice_value_of_the_wrong_kind_is_refused(
    payload: Body, why: str, over: dict[str, str]
) -> None:
    (_fac, off), body, pid = payload
    signed: SignedIn = off
    with pytest.raises(BundleRejected) as err:
        check(signed, {**body, "conflicts": [notice(pid, signed.actor.site_id, **over)]})
    assert err.value.reason == "invalid_record", why


def test_a_good_deletion_notice_passes(payload: Body) -> None:
    (_fac, off), body, pid = payload
    good = notice(pid, off.actor.site_id, f="deleted", kept="true", other='{"housing_unit": "B"}')
    check(off, {**body, "conflicts": [good]})
