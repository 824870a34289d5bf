"""Every sentence a service error can show is in the catalog the UI translates.

``tests/message_catalog.py`` reads the source of peerdesk (not the UI) and lists the sentences,
templates and labels given to ``PeerdeskError``s; this test fails naming each one that
``peerdesk/ui/service_catalog.py`` does not list, so a new error message is never left in
English for Spanish-speaking users.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from peerdesk.domain.errors import ValidationError
from peerdesk.ui import service_catalog
from peerdesk.ui.messages import match_template, service_text
from tests.message_catalog import Catalog, scan

HOW_TO_FIX = (
    "List it in peerdesk/ui/service_catalog.py ({tuple}) with QT_TRANSLATE_NOOP and add its "
    "Spanish translation:"
)


@pytest.fixture(scope="module")
def found() -> Catalog:
    return scan()


def _missing(found: dict[str, list[str]], listed: tuple[str, ...]) -> list[str]:
    known = set(listed)
    return [
        f"  {text!r}  (from {', '.join(where)})"
        for text, where in found.items()
        if text not in known
    ]


@pytest.mark.parametrize(
    ("kind", "tuple_name"),
    [
        ("messages", "SERVICE_MESSAGES"),
        ("templates", "SERVICE_TEMPLATES"),
        ("labels", "SERVICE_LABELS"),
    ],
)
def test_every_scanned_text_is_in_the_catalog(found: Catalog, kind: str, tuple_name: str) -> None:
    missing = _missing(getattr(found, kind), getattr(service_catalog, tuple_name))
    assert not missing, "\n".join([HOW_TO_FIX.format(tuple=tuple_name), *missing])


def test_the_scanner_follows_every_message(found: Catalog) -> None:
    # A sentence built in a way the scanner cannot read (held in a variable, returned by a
    # call) would escape the check above: write it as a literal or an f-string instead.
    assert not found.unresolved, "\n".join(found.unresolved)


def test_the_scanner_finds_each_kind_of_message(found: Catalog) -> None:
    # Literals, module constants, message tables, f-strings, ``"".format`` and label helpers.
    assert "The bundle file cannot be read." in found.messages  # REJECT_REASONS value
    assert any(
        w.startswith("peerdesk/db/")
        for w in found.messages[
            "The database file is damaged and cannot be read. Nothing was changed. "
            "Run 'peerdesk check' and restore from a backup."
        ]
    )  # DAMAGED_MESSAGE constant
    assert "%1 is required." in found.templates
    assert "DOC number %1 already belongs to another participant." in found.templates
    assert (
        "The bundle holds a record this site cannot accept (%1); nothing was imported. "
        "Tell the site that wrote it." in found.templates
    )  # "...{what}...".format(what=...)
    assert "The reason" in found.labels  # text(reason, "reason", "The reason", ...)
    assert "Automatic backups kept" in found.labels  # SettingSpec(..., label)
    assert len(found.messages) > 150 and len(found.templates) > 50 and len(found.labels) > 50


def test_the_scanner_sees_a_new_message(tmp_path: Path) -> None:
    pkg = tmp_path / "peerdesk"
    (pkg / "services").mkdir(parents=True)
    (pkg / "domain").mkdir()
    errors = Path(__file__).resolve().parents[2] / "peerdesk" / "domain" / "errors.py"
    (pkg / "domain" / "errors.py").write_text(errors.read_text(encoding="utf-8"))
    (pkg / "services" / "thing.py").write_text(
        "from peerdesk.domain.errors import PeerdeskError, ValidationError\n"
        "class ThingError(PeerdeskError):\n"
        "    def __init__(self, code: str, message: str) -> None:\n"
        "        super().__init__(message)\n"
        "TABLE = {'a': 'Table sentence.'}\n"
        "def text(value, field, label, max_len):\n"
        "    raise ValidationError(field, f'{label} is too long (at most {max_len}).')\n"
        "def go(x, n):\n"
        "    text(x, 'f', 'The thing', 3)\n"
        "    raise ValidationError('f', 'Plain sentence.' if n else f'Ask for {n} or ' + str(x))\n"
        "def other(code):\n"
        "    raise ThingError(code, message=TABLE[code])\n"
        "def hidden(message):\n"
        "    raise ThingError('x', message)\n"
    )
    found = scan(pkg)
    assert set(found.messages) == {"Plain sentence.", "Table sentence."}
    assert set(found.templates) == {"%1 is too long (at most %2).", "Ask for %1 or %2"}
    assert set(found.labels) == {"The thing"}
    assert len(found.unresolved) == 1 and "message" in found.unresolved[0]


def test_catalog_entries_are_unique_and_well_formed() -> None:
    for name in ("SERVICE_MESSAGES", "SERVICE_TEMPLATES", "SERVICE_LABELS"):
        entries = getattr(service_catalog, name)
        assert len(entries) == len(set(entries)), name
    for template in service_catalog.SERVICE_TEMPLATES:
        numbers = [int(n) for n in re.findall(r"%(\d+)", template)]
        assert numbers == list(range(1, len(numbers) + 1)), template
    for message in service_catalog.SERVICE_MESSAGES:
        assert not re.search(r"%\d", message), message


def test_unknown_sentences_come_back_unchanged() -> None:
    for text in ("Something new happened.", "%1 %2", "", "A %1 match cannot become %2."):
        assert service_text(text) == text
    # No translation installed: a known template is not rewritten (its codes stay codes).
    assert service_text("A active match cannot become proposed.") == (
        "A active match cannot become proposed."
    )
    assert match_template("The card cannot be written to /media/x: disk full.") == (
        "The card cannot be written to %1: %2.",
        {1: "/media/x", 2: "disk full"},
    )
    # An empty value ("1 member{s} ... {has/have}") still matches.
    assert match_template("1 member of the roster has no attendance mark.") == (
        "%1 member%2 of the roster %3 no attendance mark.",
        {1: "1", 2: "", 3: "has"},
    )


def test_spanish_text_for_real_errors(qapp: object, compiled_translations: Path) -> None:
    """Templates, labels inside them, codes inside them and whole sentences, in Spanish."""
    from PySide6.QtWidgets import QApplication

    from peerdesk.domain.screening_rules import text
    from peerdesk.sync.errors import rejected
    from peerdesk.ui.i18n import install_translations, remove_translations
    from peerdesk.ui.messages import error_text

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, "es", compiled_translations)
    try:
        with pytest.raises(ValidationError) as required:
            text(" ", "reason", "The reason", 100, required=True)
        spanish = error_text(required.value)
        if spanish == "The reason is required.":
            pytest.skip("the compiled .qm does not hold the service catalog yet (lead merges TSVs)")
        assert "%" not in spanish and "reason" not in spanish
        assert error_text(rejected("wrong_recipient")) != str(rejected("wrong_recipient"))
        move = ValidationError("status", "A active match cannot become proposed.")
        assert "active" not in error_text(move) and "proposed" not in error_text(move)
    finally:
        remove_translations(app, translators)


class _FakeSpanish(QTranslator):
    """A translator from a dict, so the filling of templates is tested without the .qm."""

    TEXTS: ClassVar[dict[tuple[str, str], str]] = {
        ("ServiceMessages", "%1 is required."): "Falta %1.",
        ("ServiceMessages", "%1 '%2' is not one of: %3."): "%1 «%2» no es una de las opciones: %3.",
        ("ServiceLabels", "The organization"): "La organización",
        ("ServiceLabels", "The kind of incentive"): "El tipo de incentivo",
        (
            "ServiceMessages",
            "A %1 match cannot become %2.",
        ): "Un emparejamiento «%1» no pasa a «%2».",
        ("MentorLabels", "Active"): "Activo",
        ("MentorLabels", "Proposed"): "Propuesto",
        ("IncentiveLabels", "Certificate"): "Certificado",
        ("IncentiveLabels", "Privilege"): "Privilegio",
        ("ServiceMessages", "Writing to %1 failed (%2). %3"): "Falló %1 (%2). %3",
        ("ServiceMessages", "Nothing was changed."): "No se cambió nada.",
    }

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.TEXTS.get((context, source))


@pytest.fixture
def fake_spanish(qapp: object) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = _FakeSpanish()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


@pytest.mark.usefixtures("fake_spanish")
def test_values_in_templates_are_translated_too() -> None:
    # A label put mid-sentence loses its capital; at the start it keeps it.
    assert service_text("The organization is required.") == "Falta la organización."
    # A code list from one enum, a label and the user's own value (kept as typed).
    assert (
        service_text("The kind of incentive 'cash' is not one of: certificate, privilege.")
        == "El tipo de incentivo «cash» no es una de las opciones: Certificado, Privilegio."
    )
    # What the user typed (quoted in English) is never taken for a code.
    assert service_text("The kind of incentive 'privilege' is not one of: certificate.") == (
        "El tipo de incentivo «privilege» no es una de las opciones: Certificado."
    )
    # Codes of the table this template names.
    assert service_text("A active match cannot become proposed.") == (
        "Un emparejamiento «Activo» no pasa a «Propuesto»."
    )
    # A known sentence inside a template; a system's own words stay as they came.
    assert service_text("Writing to /x failed (Disk quota exceeded). Nothing was changed.") == (
        "Falló /x (Disk quota exceeded). No se cambió nada."
    )
    # Not listed: unchanged.
    assert service_text("A brand new sentence.") == "A brand new sentence."
