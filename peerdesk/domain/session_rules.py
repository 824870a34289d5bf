"""Rules for group sessions, attendance and one-on-one contacts (no database here).

Attendance is taken against the roster: every member on the roster gets exactly one mark, and
nobody else does. A reason code is only for an absence (absent or excused). Attendance of a
recorded session can be corrected by the person who recorded it or by a coordinator, within
``EDIT_WINDOW_DAYS`` days of the day it was recorded; after that the record stands as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from datetime import date
from enum import Enum, StrEnum
from typing import TypeVar

from peerdesk.domain.errors import ValidationError
from peerdesk.domain.roles import Role

MIN_DURATION = 1
MAX_DURATION = 600
#: Days after recording during which attendance may still be corrected.
EDIT_WINDOW_DAYS = 7


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class AbsenceReason(StrEnum):
    """Facility reasons a member missed a session."""

    LOCKDOWN = "lockdown"
    COUNT = "count"
    MEDICAL = "medical"
    COURT = "court"
    VISIT = "visit"
    WORK = "work"
    OTHER = "other"


class SessionStatus(StrEnum):
    HELD = "held"
    CANCELLED = "cancelled"


class ContactMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    LETTER = "letter"


class CancelReason(StrEnum):
    """Why a planned group session or contact did not happen."""

    LOCKDOWN = "lockdown"
    COUNT = "count"
    STAFF_SHORTAGE = "staff_shortage"
    FACILITATOR_UNAVAILABLE = "facilitator_unavailable"
    PARTICIPANT_UNAVAILABLE = "participant_unavailable"
    ROOM_UNAVAILABLE = "room_unavailable"
    HOLIDAY = "holiday"
    OTHER = "other"


class EditRefusal(StrEnum):
    """Why a correction of attendance is refused."""

    NOT_RECORDER = "not_recorder"
    TOO_LATE = "too_late"


E = TypeVar("E", bound=Enum)
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def choice(kind: type[E], value: str, field: str, label: str) -> E:
    """``value`` as a member of ``kind``, or a ``ValidationError`` listing the choices."""
    try:
        return kind(value)
    except ValueError:
        options = ", ".join(str(m.value) for m in kind)
        raise ValidationError(field, f"{label} '{value}' is not one of: {options}.") from None


def check_duration(minutes: int, field: str = "duration_minutes") -> int:
    """A duration in whole minutes between ``MIN_DURATION`` and ``MAX_DURATION``."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValidationError(field, "The duration must be a whole number of minutes.")
    if not MIN_DURATION <= minutes <= MAX_DURATION:
        raise ValidationError(
            field,
            f"The duration must be between {MIN_DURATION} and {MAX_DURATION} minutes.",
        )
    return minutes


def parse_start_time(value: str, field: str = "start_time", required: bool = True) -> str:
    """``H:MM`` or ``HH:MM`` on a 24-hour clock, returned as ``HH:MM``."""
    text = value.strip()
    if not text and not required:
        return ""
    match = _TIME.match(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError(field, "The start time must be a 24-hour time such as 09:30.")
    return f"{int(match[1]):02d}:{match[2]}"


def check_not_future(day: date, today: date, field: str, label: str) -> date:
    """``day`` unless it is after ``today``."""
    if day > today:
        raise ValidationError(field, f"{label} cannot be in the future.")
    return day


def clean_text(value: str, field: str, label: str, max_len: int) -> str:
    """One line of optional text: whitespace tidied, no control characters, bounded."""
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if len(text) > max_len:
        raise ValidationError(field, f"{label} is too long (at most {max_len} characters).")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(field, f"{label} contains control characters.")
    return text


def check_mark(
    status: str, reason_code: str, field: str = "attendance"
) -> tuple[AttendanceStatus, str]:
    """One attendance mark: a status, and a reason code only for an absence."""
    mark = choice(AttendanceStatus, status, field, "The attendance")
    reason = reason_code.strip()
    if mark is AttendanceStatus.PRESENT:
        if reason:
            raise ValidationError(field, "A reason is only given for an absence.")
        return mark, ""
    if not reason:
        return mark, ""
    return mark, choice(AbsenceReason, reason, field, "The absence reason").value


def check_roster(roster: Collection[str], marked: Iterable[str]) -> None:
    """Every roster member is marked exactly once, and nobody else is marked."""
    counts = Counter(marked)
    if any(n > 1 for n in counts.values()):
        raise ValidationError("attendance", "A member is marked more than once.")
    if any(pid not in roster for pid in counts):
        raise ValidationError(
            "attendance", "Someone who is not on this session's roster was marked."
        )
    missing = sum(1 for pid in roster if pid not in counts)
    if missing:
        raise ValidationError(
            "attendance",
            f"{missing} member{'s' if missing != 1 else ''} of the roster "
            f"{'have' if missing != 1 else 'has'} no attendance mark.",
        )


def check_attendance_edit(
    role: Role, username: str, recorded_by: str, recorded_on: date, today: date
) -> EditRefusal | None:
    """Why ``username`` may not correct the attendance of a session, or None if they may.

    Only the person who recorded the session, or a coordinator, may correct it, and only
    within ``EDIT_WINDOW_DAYS`` days of the day it was recorded (for both).
    """
    if role is not Role.COORDINATOR and username != recorded_by:
        return EditRefusal.NOT_RECORDER
    if (today - recorded_on).days > EDIT_WINDOW_DAYS:
        return EditRefusal.TOO_LATE
    return None
