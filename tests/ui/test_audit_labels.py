"""Every kind of record the services write to the audit trail has a name in words."""

from __future__ import annotations

import ast
from itertools import pairwise
from pathlib import Path

from PySide6.QtWidgets import QApplication

from peerdesk.ui.audit_labels import OBJECT_TYPES, object_type_label

ROOT = Path(__file__).parents[2] / "peerdesk"


def _text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def audited_kinds() -> set[str]:
    """Record kinds named as literals where services audit: ``OBJECT = "..."`` constants,
    ``object_type="..."`` and the kind after an action (``audit("x.y", "kind", ...)``)."""
    found: set[str] = set()
    for path in [*ROOT.joinpath("services").glob("*.py"), *ROOT.joinpath("sync").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "OBJECT" for t in node.targets
            ):
                found.add(_text(node.value) or "")
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "object_type" and _text(kw.value):
                        found.add(_text(kw.value) or "")
                texts = [_text(a) for a in node.args]
                for first, second in pairwise(texts):
                    if first and "." in first and first.islower() and second and " " not in second:
                        found.add(second)
    return found - {""}


def test_every_audited_kind_has_a_label(qapp: QApplication) -> None:
    kinds = audited_kinds()
    assert {"participant", "match", "mentor", "bundle", "audit"} <= kinds
    assert kinds - set(OBJECT_TYPES) == set()


def test_an_unknown_kind_shows_as_stored(qapp: QApplication) -> None:
    assert object_type_label("participant") == "Participant"
    assert object_type_label("something_new") == "something_new"
