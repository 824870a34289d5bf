"""Moving a record on to its next status (a goal, a referral): the status and its date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QWidget

from peerdesk.ui.form_dialog import FormDialog, Job
from peerdesk.ui.form_fields import DateField

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


class StatusChangeDialog(FormDialog):
    """The next status (from ``choices``) and the day it happened; Save runs ``apply``.

    Args:
        session: the signed-in session.
        title: the window title and heading.
        intro: which record (a sentence under the heading).
        choices: the statuses allowed next, as (label, value), in the order to offer them.
        apply: the service call, given the value chosen and the date (runs on the worker).
    """

    def __init__(
        self,
        session: UiSession,
        title: str,
        intro: str,
        choices: Sequence[tuple[str, str]],
        apply: Callable[[str, date], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session.runner, title, intro, self.tr("Save"), parent)
        self._apply = apply
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("New status"))
        for label, value in choices:
            self.status_combo.addItem(label, value)
        self.add_field(self.tr("New status:"), "status", self.status_combo)
        self.date_edit = DateField()
        self.date_edit.set_date(session.today())
        self.add_field(self.tr("On:"), "status_on", self.date_edit)

    def job(self) -> Job | None:
        on = self.read_date(self.date_edit, "status_on")
        assert on is not None  # required
        status, apply = str(self.status_combo.currentData()), self._apply
        return lambda: apply(status, on)
