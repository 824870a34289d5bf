"""Words meant for people never write a plural in brackets ("3 damaged page(s)").

Screens use Qt's plural forms (``%n``, checked in ``tests/ui/test_plural_forms.py``); the
English-only text of services, the log and the command line says "1 page" / "3 pages".
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from peerdesk.services.backup_copy import damaged_pages

PACKAGE = Path(__file__).parents[2] / "peerdesk"
BRACKETED_PLURAL = re.compile(r"\w\((s|es|ies)\)")


def _docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            found.add(id(body[0].value))
    return found


def bracketed_plurals() -> list[str]:
    """``path:line`` of every string literal (f-string parts too) with a bracketed plural."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and BRACKETED_PLURAL.search(node.value)
                and "%n" not in node.value  # a Qt plural: each language has its forms
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_no_text_writes_a_plural_in_brackets() -> None:
    assert bracketed_plurals() == []


def test_damaged_pages_in_words() -> None:
    assert damaged_pages(1) == "1 damaged page"
    assert damaged_pages(3) == "3 damaged pages"
