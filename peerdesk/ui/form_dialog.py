"""A dialog holding a small form whose OK runs one service call, with inline messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.ui.form_fields import DateField, DateInputError, FieldErrors
from peerdesk.ui.messages import error_text
from peerdesk.ui.task_runner import Runner
from peerdesk.ui.widgets import grow_to_fit, heading_label, message_label, paragraph

Job = Callable[[], Any]


class InputStop(Exception):
    """Raised by a dialog's input readers after they showed what is wrong with a field."""


class FormDialog(QDialog):
    """Subclasses add rows with :meth:`add_field` and return the job from :meth:`job`.

    The dialog is accepted once the job has run; a ``ValidationError`` is shown next to its
    field and the dialog stays open.

    Args:
        runner: where the job runs.
        title: the window title and heading.
        intro: a sentence under the heading (optional).
        ok_text: the text of the OK button.
    """

    def __init__(
        self,
        runner: Runner,
        title: str,
        intro: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self._ok_text = ok_text
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self.general_error = message_label()
        self.errors = FieldErrors(self.general_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading_label(title, scale=1.3))
        if intro:
            layout.addWidget(paragraph(intro))
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # only once inside the dialog does Qt keep it

    def add_field(self, text: str, name: str, widget: QWidget, *extra: QWidget) -> None:
        """A labelled row whose messages come for the service field ``name``."""
        self.form.addRow(text, self.errors.field(name, widget, *extra))

    def job(self) -> Job | None:
        """The service call to run, or ``None`` after showing what is missing."""
        raise NotImplementedError

    def read_date(self, edit: DateField, name: str, *, required: bool = True) -> date | None:
        """The date typed in ``edit`` (``None`` when empty and not ``required``).

        Raises:
            InputStop: after saying next to ``name`` why there is no date (not a date, or
                empty while required); :meth:`submit` then keeps the dialog open.
        """
        try:
            value = edit.date_value()
        except DateInputError as exc:
            self.show_error(name, str(exc))
            raise InputStop from None
        if value is None and required:
            self.show_error(name, QCoreApplication.translate("FormDialog", "Type the date."))
            raise InputStop
        return value

    def show_error(self, field: str, text: str) -> None:
        """Show ``text`` next to ``field`` and make room for it."""
        self.errors.show(field, text)
        grow_to_fit(self)

    def submit(self) -> None:
        """Run the job; close when it worked."""
        if self._busy:
            return
        self.errors.clear()
        try:
            job = self.job()
        except InputStop:
            job = None
        if job is None:
            grow_to_fit(self)
            return
        self._set_busy(True)
        self._runner.run(job, on_done=self._done, on_error=self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Working…") if busy else self._ok_text)

    def _done(self, _result: Any) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.show_error(exc.field if isinstance(exc, ValidationError) else "", error_text(exc))

    def reject(self) -> None:
        """Cancel, unless the job is running."""
        if not self._busy:
            super().reject()
