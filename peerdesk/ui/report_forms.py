"""The parameters of the period reports (monthly, grant, attendance) and of the CSV export.

Each form checks what was typed and shows a message next to the field that is wrong; only
when everything is right does it hand back a job (``report_job``) for the Reports screen to
run. Errors the service raises about a field come back to :meth:`ReportForm.show_error`.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peerdesk.domain.errors import NotFound, ValidationError
from peerdesk.domain.measures import Period
from peerdesk.ui.form_fields import DateField, DateInputError, FieldErrors
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.report_job import ExportJob, ReportJob
from peerdesk.ui.report_messages import report_error_text
from peerdesk.ui.widgets import hint_label, message_label

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


class ReportForm(QWidget):
    """A report's parameters, with a message label under each field.

    Subclasses add their fields with :meth:`add_field` and implement :meth:`job`.
    """

    #: Field names of service errors, mapped to this form's field names.
    FIELD_ALIASES: ClassVar[dict[str, str]] = {}
    #: The ``NotFound`` kind this form shows next to a field, and which field.
    NOT_FOUND_FIELD: ClassVar[dict[str, str]] = {}

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.general_error = message_label()
        self.errors = FieldErrors(self.general_error)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add_field(self, label: str, name: str, widget: QWidget, *extra: QWidget) -> None:
        """A labelled row: ``widget`` (named by the label), hints, its message."""
        add_row(self.layout_, label, self.errors.field(name, widget, *extra), widget)

    def finish(self) -> None:
        """Add the general message label last (call at the end of ``__init__``)."""
        self.layout_.addRow(self.general_error)

    def load(self) -> None:
        """Fill lists from the services (called when the form is first shown)."""

    def job(self, language: str) -> ReportJob | ExportJob | None:
        """The job to run, or ``None`` after showing what is wrong."""
        raise NotImplementedError

    def show_error(self, exc: Exception) -> None:
        """Show ``exc`` next to the field it is about (else under the form)."""
        field = ""
        if isinstance(exc, ValidationError):
            field = self.FIELD_ALIASES.get(exc.field, exc.field)
        elif isinstance(exc, NotFound):
            field = self.NOT_FOUND_FIELD.get(exc.kind, "")
        self.errors.show(field, report_error_text(exc))

    def messages(self) -> dict[str, str]:
        """The messages showing, by field name; for tests."""
        return self.errors.messages()


def last_month(today: date) -> Period:
    """The calendar month before the one ``today`` is in."""
    return Period.month(today.year, today.month).previous()


class MonthField(QLineEdit):
    """A month typed as ``YYYY-MM``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(7)
        self.setPlaceholderText(self.tr("YYYY-MM"))

    def period(self) -> Period:
        """The month typed.

        Raises:
            ValueError: nothing, or not a month, was typed (the message is translated).
        """
        text = self.text().strip()
        if not text:
            raise ValueError(self.tr("Type the month, for example 2026-03."))
        try:
            return Period.parse_month(text)
        except ValueError:
            raise ValueError(
                self.tr("Type the month as year-month, for example 2026-03.")
            ) from None


class MonthReportForm(ReportForm):
    """One month: the monthly program report, or the attendance summary per group.

    Args:
        session: the signed-in session.
        kind: ``"monthly"`` or ``"attendance"``.
    """

    def __init__(self, session: UiSession, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.kind = kind
        self.month = MonthField()
        self.month.setText(last_month(session.today()).start.isoformat()[:7])
        self.add_field(self.tr("&Month:"), "month", self.month)
        self.finish()

    def job(self, language: str) -> ReportJob | None:
        self.errors.clear()
        try:
            period = self.month.period()
        except ValueError as err:
            self.errors.show("month", str(err))
            return None
        service, actor = self.session.services.reports, self.session.actor
        stem = period.start.isoformat()[:7]
        if self.kind == "attendance":
            return ReportJob(
                lambda p: service.attendance(actor, period, language, progress=p),
                f"attendance-{stem}.pdf",
                cancellable=True,
            )
        return ReportJob(
            lambda p: service.monthly(actor, period, language, progress=p),
            f"monthly-report-{stem}.pdf",
            cancellable=True,
        )


class GrantForm(ReportForm):
    """A reporting period, first and last day included."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        month = last_month(session.today())
        self.start = DateField()
        self.start.set_date(month.start)
        self.end = DateField()
        self.end.set_date(month.end - timedelta(days=1))
        self.add_field(self.tr("&From:"), "start", self.start)
        self.add_field(self.tr("&To (included):"), "end", self.end)
        self.finish()

    def _day(self, name: str, field: DateField) -> date | None:
        try:
            value = field.date_value()
        except DateInputError as err:
            self.errors.show(name, str(err))
            return None
        if value is None:
            self.errors.show(name, self.tr("Type a date, for example 2026-03-31."))
        return value

    def job(self, language: str) -> ReportJob | None:
        self.errors.clear()
        start = self._day("start", self.start)
        end = self._day("end", self.end) if start is not None else None
        if start is None or end is None:
            return None
        if end < start:
            self.errors.show("end", self.tr("The last day is before the first day."))
            return None
        service, actor = self.session.services.reports, self.session.actor
        return ReportJob(
            lambda p: service.grant(actor, start, end, language, progress=p),
            f"grant-report-{start.isoformat()}-{end.isoformat()}.pdf",
            cancellable=True,
        )


class ExportForm(ReportForm):
    """Every list as CSV files into a folder, with the measures of a month."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.month = MonthField()
        self.month.setText(last_month(session.today()).start.isoformat()[:7])
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A folder or a USB drive"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.clicked.connect(self.choose_folder)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(self.browse_button)
        row.setFocusProxy(self.folder)
        self.add_field(self.tr("Measures for &month:"), "month", self.month)
        self.add_field(
            self.tr("&Folder:"),
            "folder",
            row,
            hint_label(
                self.tr(
                    "Writes participants, matches, sessions, referrals and measures as CSV "
                    "files that spreadsheets open. Only what your role may see."
                )
            ),
        )
        self.folder.setAccessibleName(self.tr("Folder"))
        self.finish()

    def ask_folder(self) -> str:
        """The folder chosen in a dialog ("" when cancelled); replaced in tests."""
        return QFileDialog.getExistingDirectory(self, self.tr("Export to folder"))

    def choose_folder(self) -> None:
        """Ask for the folder and put it in the field."""
        chosen = self.ask_folder()
        if chosen:
            self.folder.setText(chosen)

    def job(self, language: str) -> ExportJob | None:
        self.errors.clear()
        try:
            month = self.month.period()
        except ValueError as err:
            self.errors.show("month", str(err))
            return None
        text = self.folder.text().strip()
        if not text:
            self.errors.show("folder", self.tr("Choose the folder the files go to."))
            return None
        folder = Path(text)
        if not folder.is_dir():
            self.errors.show("folder", self.tr("This folder does not exist."))
            return None
        service, actor = self.session.services.exports, self.session.actor
        return ExportJob(lambda: service.csv_files(actor, month=month), folder)
