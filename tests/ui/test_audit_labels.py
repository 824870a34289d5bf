"""Every kind of record and every action written to the audit trail has a name in words."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from PySide6.QtWidgets import QApplication

from peerdesk.domain.roles import Action
from peerdesk.ui.audit_labels import (
    ACTION_FAMILIES,
    ACTIONS,
    ATTEMPTS,
    OBJECT_TYPES,
    action_label,
    object_type_label,
)

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


# --- actions ------------------------------------------------------------------------------
#: Where audit entries are written: the services and the windows' own events (sign-out, lock).
WRITERS = [
    *ROOT.joinpath("services").rglob("*.py"),
    *ROOT.joinpath("sync").glob("*.py"),
    *ROOT.joinpath("db").glob("*.py"),
    *(p for p in ROOT.joinpath("ui").glob("*.py") if not p.name.startswith("audit_")),
    ROOT / "app.py",
]
CODE = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")
#: Parameters that carry an action code into ``audit_log.append``.
ACTION_PARAMS = frozenset({"action", "audit_action"})


def _params(node: ast.FunctionDef | ast.ClassDef) -> list[str]:
    """Positional parameter names (``self`` left out), or a dataclass's fields in order."""
    if isinstance(node, ast.ClassDef):
        return [
            s.target.id
            for s in node.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
        ]
    names = [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
    return names[1:] if names[:1] == ["self"] else names


def _codes(expr: ast.AST, scopes: list[ast.AST], prefix: str = "") -> set[str]:
    """Action codes an expression can hold: its literals (both sides of ``a if c else b``,
    a default of ``.get``), and what a name it uses is set to in the function or module."""
    found = set()
    for node in ast.walk(expr):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if CODE.match(prefix + node.value):
                found.add(prefix + node.value)
        elif isinstance(node, ast.Name):
            for scope in scopes:
                for assign in ast.walk(scope):
                    if isinstance(assign, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == node.id for t in assign.targets
                    ):
                        found |= _codes(assign.value, [], prefix)
    return found


def _nodes(tree: ast.AST) -> Iterator[tuple[ast.AST, ast.FunctionDef | None]]:
    """Every node with the innermost function it is in (one walk)."""
    stack: list[tuple[ast.AST, ast.FunctionDef | None]] = [(tree, None)]
    while stack:
        node, function = stack.pop()
        yield node, function
        inner = node if isinstance(node, ast.FunctionDef) else function
        stack.extend((child, inner) for child in ast.iter_child_nodes(node))


def audited_actions() -> dict[str, set[str]]:
    """Every action code written to the audit trail -> the functions that write it.

    Found in the source: ``action=``/``audit_action=`` literals and the names they use,
    arguments of every function or record whose parameter is ``action`` (``w.audit(...)``,
    ``deny(...)``, ``audit_log.Entry(...)``), codes built as ``f"report.{kind}"`` from the
    caller's ``kind``, and loops over ``(action, kind, id)`` tuples.
    """
    texts = [path.read_text(encoding="utf-8") for path in WRITERS]
    # A file that names neither audit nor action writes no entry (and parsing is the cost).
    trees = [ast.parse(text) for text in texts if "audit" in text or "action" in text]
    # function or record name -> (position of the parameter, its name, text put before it)
    carriers: dict[str, set[tuple[int, str, str]]] = {}
    for tree in trees:
        for node, function in _nodes(tree):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                for i, name in enumerate(_params(node)):
                    if name in ACTION_PARAMS:
                        carriers.setdefault(node.name, set()).add((i, name, ""))
            elif (  # f"report.{kind}" with kind a parameter of the function
                isinstance(node, ast.JoinedStr)
                and function is not None
                and len(node.values) == 2
                and isinstance(node.values[0], ast.Constant)
                and isinstance(node.values[1], ast.FormattedValue)
                and isinstance(node.values[1].value, ast.Name)
                and node.values[1].value.id in _params(function)
            ):
                kind = node.values[1].value.id
                where = (_params(function).index(kind), kind, str(node.values[0].value))
                carriers.setdefault(function.name, set()).add(where)
    found: dict[str, set[str]] = {}

    def add(codes: set[str], how: str) -> None:
        for code in codes:
            found.setdefault(code, set()).add(how)

    for tree in trees:
        module = ast.Module(body=[n for n in tree.body if isinstance(n, ast.Assign)])
        for node, function in _nodes(tree):
            scopes: list[ast.AST] = [module] if function is None else [function, module]
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                for kw in node.keywords:
                    if kw.arg in ACTION_PARAMS:
                        add(_codes(kw.value, scopes), name or "call")
                args = [a for a in node.args if not isinstance(a, ast.Starred)]
                for i, param, head in carriers.get(name, ()):
                    if i < len(args):
                        add(_codes(args[i], scopes, head), name)
                    for kw in node.keywords:
                        if kw.arg == param and head:
                            add(_codes(kw.value, scopes, head), name)
            if (
                isinstance(node, ast.For)
                and isinstance(node.target, ast.Tuple)
                and isinstance(node.iter, ast.Tuple | ast.List)
            ):
                names = [getattr(t, "id", "") for t in node.target.elts]
                for i, name in enumerate(names):
                    if name in ACTION_PARAMS:
                        for item in node.iter.elts:
                            if isinstance(item, ast.Tuple) and i < len(item.elts):
                                add(_codes(item.elts[i], []), "loop")
    return found


def test_every_audited_action_has_words(qapp: QApplication) -> None:
    actions = audited_actions()
    # The scan reaches every way of writing a code (a literal, a table, f"report.{kind}",
    # a loop, the windows' own events, a refusal).
    assert {
        "participant.update",
        "participant.create",
        "login.locked",
        "login.failed",
        "keys.rotation_accept",
        "keys.trust",
        "report.monthly",
        "report.certificate",
        "report.packet",
        "sync.duplicate_merge",
        "site.init",
        "roster.import",
        "session.lock",
        "session.ended_by",
        "session.sign_out",
        "settings.change",
        "audit.verify",
        "note.edit",
    } <= set(actions), sorted(actions)
    refused = {code for code, how in actions.items() if "deny" in how}
    done = {code for code, how in actions.items() if how - {"deny"}}
    assert {"note.edit", "session.attendance_edit"} <= refused
    assert done - set(ACTIONS) == set()
    # Refusals name what was asked: a permission (Action) or an action on one record.
    assert ({a.value for a in Action} | refused) - set(ATTEMPTS) == set()


def test_actions_show_in_words_and_unknown_codes_as_stored(qapp: QApplication) -> None:
    assert action_label("participant.update") == "Participant updated"
    assert action_label("participant.merge") == "Participants merged"
    assert action_label("participant.merge", "denied") == "Merge participants"
    assert action_label("participant.view_all", "denied") == "See all participants"
    assert action_label("something.new") == "something.new"


def test_action_families_are_codes_the_trail_holds() -> None:
    codes = set(ACTIONS) | set(ATTEMPTS)
    prefixes = [prefix for prefix, _words in ACTION_FAMILIES]
    assert prefixes[0] == "" and len(set(prefixes)) == len(prefixes)
    for prefix in prefixes[1:]:
        assert any(code.startswith(prefix) for code in codes), prefix
