"""Find, in the source, every English sentence a peerdesk error can carry to a user.

The UI translates service errors by looking their sentence up in the catalog of
``peerdesk/ui/service_catalog.py``. This module reads the source with :mod:`ast` (nothing is
imported or run) and lists what that catalog must hold:

* **messages** - literal sentences given to ``ValidationError`` (its ``message``) or to any other
  ``PeerdeskError`` subclass (the parameter called ``message``, or the first argument when the
  class keeps ``Exception.__init__``), including module constants, the values of message tables
  (``REJECT_REASONS[reason]``) and both branches of ``a if c else b``;
* **templates** - f-strings (and ``"...{what}...".format(...)``) turned into ``%1``, ``%2``, ...
  in the order the values appear;
* **labels** - the constant strings passed as ``label`` to helpers such as
  ``text(value, field, "The reason", 2000)`` that build a sentence around a label.

Expressions the scanner cannot follow (a sentence held in a variable, a call) are reported as
``unresolved`` so a test can name them instead of silently missing them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "peerdesk"

#: Parts of the package whose errors never reach a screen: the UI words its own text, and the
#: command-line tools print their errors (``UserError``, ``ReportArgumentError``) in English.
SKIPPED = (
    "ui",
    "resources",
    "cli.py",
    "cli_backup.py",
    "cli_keys.py",
    "cli_reports.py",
    "cli_sync.py",
    "__main__.py",
)

#: Errors the UI words itself in ``peerdesk/ui/messages.py`` (``error_text``).
OWN_WORDS = frozenset({"AuthenticationFailed", "AccountLocked", "PermissionDenied", "NotFound"})

#: Errors the UI never shows (the job was cancelled by the user; nothing to say).
SILENT = frozenset({"ReportCancelled", "DemoCancelled"})

LABEL_PARAM = "label"


@dataclass
class Catalog:
    """What the scan found; each value maps a text to the places (``path:line``) it comes from."""

    messages: dict[str, list[str]] = field(default_factory=dict)
    templates: dict[str, list[str]] = field(default_factory=dict)
    labels: dict[str, list[str]] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)

    def add(self, kind: str, text: str, where: str) -> None:
        getattr(self, kind).setdefault(text, []).append(where)


@dataclass
class _Module:
    path: Path
    name: str
    tree: ast.Module
    constants: dict[str, ast.expr] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (module, name)
    module_aliases: dict[str, str] = field(default_factory=dict)  # local -> module
    rel: str = ""  # path from the folder holding the package, as in "peerdesk/db/uow.py"


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _load(root: Path) -> list[_Module]:
    modules = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).parts
        if rel[0] in SKIPPED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        mod = _Module(path, _module_name(path, root), tree)
        mod.rel = path.relative_to(root.parent).as_posix()
        for node in tree.body:
            targets: list[ast.expr] = []
            value: ast.expr | None = None
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            for target in targets:
                if isinstance(target, ast.Name) and value is not None:
                    mod.constants[target.id] = value
        for item in ast.walk(tree):
            if isinstance(item, ast.ImportFrom) and item.module:
                for alias in item.names:
                    mod.imports[alias.asname or alias.name] = (item.module, alias.name)
            elif isinstance(item, ast.Import):
                for alias in item.names:
                    mod.module_aliases[alias.asname or alias.name] = alias.name
        modules.append(mod)
    return modules


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Scanner:
    def __init__(self, modules: list[_Module]) -> None:
        self.modules = modules
        self.by_name = {m.name: m for m in modules}
        self.catalog = Catalog()
        self.message_index = self._error_classes()
        self.label_funcs = self._label_functions()

    # --- which classes are errors, and where their sentence goes --------------------------------
    def _error_classes(self) -> dict[str, int | None]:
        classes: dict[str, tuple[list[str], ast.ClassDef]] = {}
        for mod in self.modules:
            for node in ast.walk(mod.tree):
                if isinstance(node, ast.ClassDef):
                    bases = [_call_name(b) for b in node.bases]
                    classes[node.name] = (bases, node)
        errors = {"PeerdeskError"}
        changed = True
        while changed:
            changed = False
            for name, (bases, _) in classes.items():
                if name not in errors and errors.intersection(bases):
                    errors.add(name)
                    changed = True
        index: dict[str, int | None] = {}

        def position(name: str) -> int | None:
            if name in index:
                return index[name]
            if name not in classes or name == "PeerdeskError":
                return 0
            bases, node = classes[name]
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [a.arg for a in item.args.args[1:]]
                    return params.index("message") if "message" in params else None
            return position(next(b for b in bases if b in errors))

        for name in errors:
            index[name] = position(name)
        return {n: i for n, i in index.items() if n not in OWN_WORDS | SILENT}

    # --- helpers that build a sentence around a label --------------------------------------------
    def _label_functions(self) -> dict[tuple[str, str], tuple[int, str | None]]:
        """(module, function) -> (position of ``label``, its default) for label helpers."""
        found: dict[tuple[str, str], tuple[int, str | None]] = {}
        size = -1
        while size != len(found):  # helpers calling helpers: until nothing new is found
            size = len(found)
            self._find_label_functions(found)
        return found

    def _find_label_functions(self, found: dict[tuple[str, str], tuple[int, str | None]]) -> None:
        helpers = {name for _, name in found}
        for mod in self.modules:
            for node in ast.walk(mod.tree):
                if isinstance(node, ast.ClassDef):
                    # A record with a ``label`` field (``SettingSpec``) whose label goes into
                    # an error sentence such as "{spec.label} must be between ...".
                    fields = [
                        item.target.id
                        for item in node.body
                        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                    ]
                    if LABEL_PARAM in fields and self._label_in_message(mod):
                        found[(mod.name, node.name)] = (fields.index(LABEL_PARAM), None)
                if not isinstance(node, ast.FunctionDef):
                    continue
                params = [a.arg for a in node.args.args]
                if (mod.name, node.name) in found or LABEL_PARAM not in params:
                    continue
                if not self._raises(node, helpers):
                    continue
                pos = params.index(LABEL_PARAM)
                defaults = node.args.defaults
                default = None
                offset = len(params) - len(defaults)
                if pos >= offset:
                    d = defaults[pos - offset]
                    if isinstance(d, ast.Constant) and isinstance(d.value, str):
                        default = d.value
                        self.catalog.add("labels", default, f"{mod.rel}:{d.lineno}")
                found[(mod.name, node.name)] = (pos, default)

    def _label_in_message(self, mod: _Module) -> bool:
        """Whether some f-string of ``mod`` given to an error holds ``<something>.label``."""
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.Call) and _call_name(node.func) in self.message_index:
                for part in ast.walk(node):
                    if isinstance(part, ast.Attribute) and part.attr == LABEL_PARAM:
                        return True
        return False

    def _raises(self, func: ast.FunctionDef, helpers: set[str]) -> bool:
        """Whether ``func`` raises an error, or hands its ``label`` to a label helper."""
        for n in ast.walk(func):
            if not isinstance(n, ast.Call):
                continue
            if _call_name(n.func) in self.message_index:
                return True
            values = [*n.args, *(k.value for k in n.keywords)]
            if _call_name(n.func) in helpers and any(
                isinstance(v, ast.Name) and v.id == LABEL_PARAM for v in values
            ):
                return True
        return False

    def _resolve_function(self, mod: _Module, func: ast.expr) -> tuple[str, str] | None:
        if isinstance(func, ast.Name):
            if (mod.name, func.id) in self.label_funcs:
                return mod.name, func.id
            if func.id in mod.imports:
                return mod.imports[func.id]
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            target = mod.module_aliases.get(func.value.id)
            if target is None and func.value.id in mod.imports:
                source, name = mod.imports[func.value.id]
                target = f"{source}.{name}"
            if target:
                return target, func.attr
        return None

    # --- sentences --------------------------------------------------------------------------------
    def run(self) -> Catalog:
        for mod in self.modules:
            for node in ast.walk(mod.tree):
                if isinstance(node, ast.ClassDef) and node.name in self.message_index:
                    self._super_init(mod, node)
                if not isinstance(node, ast.Call):
                    continue
                where = f"{mod.rel}:{node.lineno}"
                name = _call_name(node.func)
                if name in self.message_index:
                    arg = self._message_arg(node, self.message_index[name])
                    if arg is not None:
                        self._collect(mod, arg, where)
                target = self._resolve_function(mod, node.func)
                if target in self.label_funcs:
                    pos, _ = self.label_funcs[target]
                    self._label_arg(mod, node, pos, where)
        return self.catalog

    def _super_init(self, mod: _Module, cls: ast.ClassDef) -> None:
        for item in cls.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                for n in ast.walk(item):
                    if (
                        isinstance(n, ast.Call)
                        and isinstance(n.func, ast.Attribute)
                        and n.func.attr == "__init__"
                        and n.args
                        and not (isinstance(n.args[0], ast.Name) and n.args[0].id == "message")
                    ):
                        self._collect(mod, n.args[0], f"{mod.rel}:{n.lineno}")

    @staticmethod
    def _message_arg(call: ast.Call, pos: int | None) -> ast.expr | None:
        for kw in call.keywords:
            if kw.arg == "message":
                return kw.value
        if pos is not None and len(call.args) > pos:
            return call.args[pos]
        return None

    def _label_arg(self, mod: _Module, call: ast.Call, pos: int, where: str) -> None:
        arg: ast.expr | None = None
        for kw in call.keywords:
            if kw.arg == LABEL_PARAM:
                arg = kw.value
        if arg is None and len(call.args) > pos:
            arg = call.args[pos]
        if arg is None:
            return
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            self.catalog.add("labels", arg.value, where)
        elif not (isinstance(arg, ast.Name) and arg.id == LABEL_PARAM):
            for text in self._texts(mod, arg, where):
                if "%1" in text:
                    self.catalog.unresolved.append(f"{where}: label {ast.unparse(arg)}")
                else:
                    self.catalog.add("labels", text, where)

    def _collect(self, mod: _Module, expr: ast.expr, where: str) -> None:
        for text in self._texts(mod, expr, where):
            self.catalog.add("templates" if "%1" in text else "messages", text, where)

    def _texts(self, mod: _Module, expr: ast.expr, where: str) -> Iterator[str]:
        """The sentences ``expr`` can be; a template when part of it is a value."""
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            yield expr.value
        elif isinstance(expr, ast.JoinedStr):
            yield _template(self._fstring_part(mod, v) for v in expr.values)
        elif isinstance(expr, ast.IfExp):
            yield from self._texts(mod, expr.body, where)
            yield from self._texts(mod, expr.orelse, where)
        elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            lefts = list(self._operand(mod, expr.left, where))
            rights = list(self._operand(mod, expr.right, where))
            for left in lefts:
                for right in rights:
                    yield _renumber(left + right)
        elif (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr == "format"
        ):
            for fmt in self._texts(mod, expr.func.value, where):
                yield _format_template(fmt)
        elif isinstance(expr, ast.Name) and self._constant(mod, expr.id) is not None:
            found = self._constant(mod, expr.id)
            assert found is not None
            yield from self._texts(found[0], found[1], where)
        elif isinstance(expr, ast.Subscript) or (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr == "get"
        ):
            if isinstance(expr, ast.Subscript):
                table = expr.value
            else:
                assert isinstance(expr.func, ast.Attribute)
                table = expr.func.value
            found = self._constant(mod, table.id) if isinstance(table, ast.Name) else None
            if found is not None and isinstance(found[1], ast.Dict):
                for value in found[1].values:
                    yield from self._texts(found[0], value, where)
            else:
                self.catalog.unresolved.append(f"{where}: {ast.unparse(expr)}")
        else:
            self.catalog.unresolved.append(f"{where}: {ast.unparse(expr)}")

    def _operand(self, mod: _Module, expr: ast.expr, where: str) -> Iterator[str]:
        """One side of ``a + b``: its texts, or ``%1`` for a value (``", ".join(...)``)."""
        if isinstance(expr, ast.Constant | ast.JoinedStr | ast.BinOp | ast.IfExp) or (
            isinstance(expr, ast.Name) and self._constant(mod, expr.id) is not None
        ):
            yield from self._texts(mod, expr, where)
        else:
            yield "%1"

    def _fstring_part(self, mod: _Module, part: ast.expr) -> str | None:
        """The literal text of an f-string part; None for a value (a ``%n``).

        A module constant (``{NOTHING_WRITTEN}``, ``{MAX_MONTHS}``) is written out, since the
        sentence the user sees always holds it.
        """
        if isinstance(part, ast.Constant):
            return str(part.value)
        if (
            isinstance(part, ast.FormattedValue)
            and part.format_spec is None
            and part.conversion == -1
            and isinstance(part.value, ast.Name)
        ):
            found = self._constant(mod, part.value.id)
            if found is not None and isinstance(found[1], ast.Constant):
                value = found[1].value
                if isinstance(value, str | int) and not isinstance(value, bool):
                    return str(value)
        return None

    def _constant(self, mod: _Module, name: str) -> tuple[_Module, ast.expr] | None:
        if name in mod.constants:
            value = mod.constants[name]
            if isinstance(value, ast.Call) and _call_name(value.func) in {"MappingProxyType"}:
                value = value.args[0]
            return mod, value
        if name in mod.imports:
            source, original = mod.imports[name]
            other = self.by_name.get(source)
            if other is not None:
                return self._constant(other, original)
        return None


def _template(parts: Iterable[str | None]) -> str:
    out, n = [], 0
    for part in parts:
        if part is None:
            n += 1
            out.append(f"%{n}")
        else:
            out.append(part)
    return "".join(out)


def _renumber(text: str) -> str:
    """Number the ``%n`` of a joined template 1, 2, ... again, left to right."""
    import re

    counter = iter(range(1, 100))
    return re.sub(r"%\d+", lambda _: f"%{next(counter)}", text)


def _format_template(fmt: str) -> str:
    import string

    parts: list[str | None] = []
    for literal, name, _spec, _conv in string.Formatter().parse(fmt):
        parts.append(literal)
        if name is not None:
            parts.append(None)
    return _template(parts)


def scan(root: Path = PACKAGE) -> Catalog:
    """Scan ``root`` (the peerdesk package) and return what the catalog must hold."""
    return _Scanner(_load(root)).run()


if __name__ == "__main__":
    found = scan()
    print(
        len(found.messages),
        "messages,",
        len(found.templates),
        "templates,",
        len(found.labels),
        "labels",
    )
    for kind in ("templates", "labels"):
        for text in sorted(getattr(found, kind)):
            print(kind[0].upper(), text)
    for line in found.unresolved:
        print("UNRESOLVED", line)
