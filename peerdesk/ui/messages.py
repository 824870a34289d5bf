"""Turning service errors and stored values into translated text for people.

Services raise typed errors whose ``str()`` is a plain English sentence. Sign-in, permission
and not-found errors get their own wording here. For the rest, the English sentences the
screens can meet are listed in ``peerdesk/ui/service_catalog.py`` (kept complete by
``tests/ui/test_service_catalog.py``): whole sentences, templates whose values are ``%1``,
``%2``, ... and the field labels put into templates. A value put back into a translated
template is itself translated when it is a known label ("The reason"), a known sentence, or a
stored code (a status such as ``active``, or a list of them). A sentence not listed is shown
in English, as it came.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from peerdesk.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PeerdeskError,
    PermissionDenied,
)
from peerdesk.ui import labels, mentor_labels, record_labels
from peerdesk.ui.service_catalog import SERVICE_LABELS, SERVICE_MESSAGES, SERVICE_TEMPLATES

log = logging.getLogger(__name__)


class Messages(QObject):
    """The translation context of the sentences below.

    A sentence with a plural (``%n``) goes through ``Messages.tr``: lupdate reads plural forms
    only from ``tr()`` calls, not from ``QCoreApplication.translate``.
    """


SERVICE_CONTEXT = "ServiceMessages"
LABEL_CONTEXT = "ServiceLabels"

_ROLE_LABELS = {
    "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    "peer_educator": QT_TRANSLATE_NOOP("Labels", "Peer educator"),
    "reentry_staff": QT_TRANSLATE_NOOP("Labels", "Reentry staff"),
    "auditor": QT_TRANSLATE_NOOP("Labels", "Auditor"),
}

_KIND_LABELS = {
    "facility": QT_TRANSLATE_NOOP("Labels", "Facility (prison or jail)"),
    "office": QT_TRANSLATE_NOOP("Labels", "Reentry office (in the community)"),
}


_MESSAGE_SET = frozenset(SERVICE_MESSAGES)
_LABEL_SET = frozenset(SERVICE_LABELS)


def _tr(context: str, text: str) -> str:
    # For texts marked with QT_TRANSLATE_NOOP above; literal texts call translate() directly
    # so that lupdate finds them.
    return QCoreApplication.translate(context, text)


def role_label(role: str) -> str:
    """The translated name of a role value such as ``"peer_educator"``."""
    return _tr("Labels", str(_ROLE_LABELS[role])) if role in _ROLE_LABELS else role


def kind_label(kind: str) -> str:
    """The translated name of a site kind value (``"facility"`` or ``"office"``)."""
    return _tr("Labels", str(_KIND_LABELS[kind])) if kind in _KIND_LABELS else kind


@cache
def _code_tables() -> dict[str, tuple[str, Mapping[str, object]]]:
    """Stored codes that templates hold, by table: (context, code -> English label).

    The labels are the ones the screens already show (peerdesk/ui/labels.py, mentor_labels.py,
    record_labels.py, the incentive and outcome tabs), so each is translated once. The tabs
    are imported here, late, because they import this module.
    """
    from peerdesk.ui import incentives_tab, outcomes_tab

    return {
        "participant_status": ("Labels", labels.TABLES["status"]),
        "match_status": ("MentorLabels", mentor_labels.TABLES["match_status"]),
        "mentor_status": ("MentorLabels", mentor_labels.TABLES["mentor_status"]),
        "step": ("MentorLabels", mentor_labels.TABLES["step"]),
        "side": ("MentorLabels", mentor_labels.TABLES["side"]),
        "person_kind": ("MentorLabels", mentor_labels.TABLES["person_kind"]),
        "close_reason": ("MentorLabels", mentor_labels.TABLES["close_reason"]),
        "goal_status": ("RecordLabels", record_labels.GOAL_STATUSES),
        "referral_status": ("RecordLabels", record_labels.REFERRAL_STATUSES),
        "decision": ("RecordLabels", record_labels.DECISIONS),
        "need_domain": ("RecordLabels", record_labels.NEED_DOMAINS),
        "service_type": ("RecordLabels", record_labels.SERVICE_TYPES),
        "consent_state": ("RecordLabels", record_labels.CONSENT_STATES),
        "contact_mode": ("Labels", labels.TABLES["contact_mode"]),
        "attendance": ("Labels", labels.TABLES["attendance"]),
        "role": ("Labels", _ROLE_LABELS),
        "incentive_kind": ("IncentiveLabels", incentives_tab.KINDS),
        "housing": ("OutcomeLabels", outcomes_tab.HOUSING),
        "employment": ("OutcomeLabels", outcomes_tab.EMPLOYMENT),
    }


#: Templates whose codes come from one table of ``_code_tables`` (a code such as ``active``
#: means different things in different tables); other templates look codes up in every table.
_TEMPLATE_CODES = {
    "A %1 match cannot become %2.": "match_status",
    "A mentor who is %1 can only become: %2.": "mentor_status",
    "A %1 participant can only become: %2.": "participant_status",
    "Give the reason for the %1 decision.": "decision",
    "Approval needs every selection step passed. Not passed yet: %1.": "step",
    "Give a level for every domain; missing: %1.": "need_domain",
    "Unknown role '%1'. Choose one of: %2.": "role",
}

_PLACEHOLDER = re.compile(r"%(\d+)")


@cache
def _template_patterns() -> tuple[tuple[re.Pattern[str], str, tuple[int, ...]], ...]:
    found = []
    for template in map(str, SERVICE_TEMPLATES):
        pieces = _PLACEHOLDER.split(template)
        # split() alternates literal text and placeholder numbers: text, n, text, n, ..., text.
        # A value may be empty ("1 member{s}" with s = "").
        regex = "".join(re.escape(p) if i % 2 == 0 else "(.*?)" for i, p in enumerate(pieces))
        numbers = tuple(int(p) for p in pieces[1::2])
        found.append((re.compile(regex, re.DOTALL), template, numbers))
    # The template with the most fixed words wins ("A %1 match cannot become %2." before
    # "A %1 %2 cannot change any more.").
    found.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[1])))
    return tuple(found)


def match_template(message: str) -> tuple[str, dict[int, str]] | None:
    """The template ``message`` was made from and its values by placeholder number, if any."""
    for pattern, template, numbers in _template_patterns():
        found = pattern.fullmatch(message)
        if found:
            return template, dict(zip(numbers, found.groups(), strict=True))
    return None


def template_for(message: str) -> tuple[str, str] | None:
    """The template ``message`` was made from and its first value (``%1``), if any."""
    match = match_template(message)
    return (match[0], match[1].get(1, "")) if match is not None else None


def _code_text(value: str, table: str | None) -> str | None:
    found = _code_tables()
    tables = [found[table]] if table is not None else list(found.values())
    for context, codes in tables:
        if value in codes:
            return _tr(context, str(codes[value]))
    return None


def _value_text(value: str, table: str | None, depth: int) -> tuple[str, bool]:
    """``value`` translated, and whether it is a label (a name that may move mid-sentence)."""
    if value in _LABEL_SET:
        return _tr(LABEL_CONTEXT, value), True
    code = _code_text(value, table)
    if code is not None:
        return code, False
    items = value.split(", ")
    if len(items) > 1:
        codes = [_code_text(item, table) for item in items]
        if all(c is not None for c in codes):
            return ", ".join(c for c in codes if c is not None), False
    if depth < 2 and (value in _MESSAGE_SET or match_template(value) is not None):
        return _service_text(value, depth + 1), False
    return value, False


def _fill(template: str, translated: str, values: dict[int, str], depth: int) -> str:
    table = _TEMPLATE_CODES.get(template)
    # A value in quotes in English ("The user name '%1'") is what the user typed: kept as is.
    typed = {int(n) for n in re.findall(r"'%(\d+)'", template)}

    def put(found: re.Match[str]) -> str:
        number = int(found.group(1))
        value = values.get(number)
        if value is None:
            return found.group(0)
        if number in typed:
            return value
        text, is_label = _value_text(value, table, depth)
        before = translated[: found.start()].rstrip()
        if is_label and before and before[-1] not in ".!?«\"'¿¡" and text[1:2].islower():
            # "La organización" inside a Spanish sentence reads "la organización".
            text = text[:1].lower() + text[1:]
        return text

    return _PLACEHOLDER.sub(put, translated)


def _service_text(message: str, depth: int) -> str:
    if message not in _MESSAGE_SET:
        match = match_template(message)
        if match is not None:
            template, values = match
            translated = _tr(SERVICE_CONTEXT, template)
            if translated == template:
                return message  # English, or not translated yet: the sentence as it came
            return _fill(template, translated, values, depth)
    return _tr(SERVICE_CONTEXT, message)


def service_text(message: str) -> str:
    """A service's English sentence in the user's language, when it has a translation.

    Never fails: a sentence the catalog does not know comes back as it is.
    """
    try:
        return _service_text(message, 0)
    except Exception:  # a bad translation must never hide the error itself
        log.exception("could not translate a service message")
        return message


def error_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``, translated.

    Errors that are not peerdesk's own are bugs: they are logged with their traceback and the
    user gets a general sentence that promises nothing more was changed.
    """
    if isinstance(exc, AccountLocked):
        return Messages.tr(
            "Too many failed attempts. Sign-in is locked for %n minute(s), "
            "or until a coordinator unlocks the account.",
            "",
            exc.minutes_left,
        )
    if isinstance(exc, AuthenticationFailed):
        return QCoreApplication.translate("Messages", "The user name or passphrase is not right.")
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate(
            "Messages", "Your role does not allow this. Ask a coordinator if you need it."
        )
    if isinstance(exc, NotFound):
        return QCoreApplication.translate(
            "Messages", "This record no longer exists, or you can no longer see it."
        )
    if isinstance(exc, PeerdeskError):
        return service_text(str(exc))
    log.error("unexpected error in a background job", exc_info=exc)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside peerdesk. Nothing more was changed. "
        "Please tell a coordinator; the details are in the log file.",
    )
