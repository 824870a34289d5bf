"""The Reports section: choose a report, give its parameters, make it, look, save or print.

The report is made on the worker thread (``session.runner``), and its first page is drawn
there too; long reports show their progress and can be cancelled. The PDF stays in memory
until the person saves it (written whole or not at all by ``reports.output``) or prints it.
CSV exports have no preview: they are written straight into the folder chosen.

The preview stands beside the chooser when both fit and under it when not (200 % text); the
chooser's wrapped texts get their whole height, so the page scrolls down rather than drawing
the description over the list of reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.report_progress import ReportProgress
from peerdesk.ui.form_labels import align_labels
from peerdesk.ui.pdf_render import Preview, render_preview
from peerdesk.ui.report_catalog import report_kinds
from peerdesk.ui.report_forms import ReportForm
from peerdesk.ui.report_job import ExportJob, ProgressRelay, ReportJob
from peerdesk.ui.report_preview import ReportPreview
from peerdesk.ui.responsive_row import ResponsiveRow
from peerdesk.ui.whole_text import keep_whole
from peerdesk.ui.widgets import heading_label, message_label, paragraph, set_message

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


class _Column(QWidget):
    """The chooser column: its minimum counts the width fixed and the height its wrapped
    texts need (``keep_whole``), which a ResponsiveRow asks through ``minimumSizeHint``."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(self.minimumSize())


class ReportsSection(QWidget):
    """Every report the role may make, with its preview, Save… and Print….

    Args:
        session: the signed-in session.
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._progress: ReportProgress | None = None
        self._running = False
        self._loaded: set[str] = set()
        self._relay = ProgressRelay(self)

        self.heading = heading_label(self.tr("Reports"), scale=1.4)
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Report to make"))
        self.kinds.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.forms: dict[str, ReportForm] = {}
        self.descriptions: dict[str, str] = {}
        # One form shows at a time. A plain box rather than a QStackedWidget: its height
        # follows the form showing, wrapped messages included.
        self.form_box = QWidget()
        form_layout = QVBoxLayout(self.form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        for kind in report_kinds(session):
            item = QListWidgetItem(kind.title)
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.kinds.addItem(item)
            self.forms[kind.key] = kind.form
            self.descriptions[kind.key] = kind.description
            form_layout.addWidget(kind.form)
            kind.form.setVisible(False)
        # Every row shows, whole: no scroll bar (at 200 % text a sideways one covered a row).
        frame = 2 * self.kinds.frameWidth()
        self.kinds.setFixedHeight(self.kinds.sizeHintForRow(0) * self.kinds.count() + frame + 4)
        self.kinds.setMinimumWidth(self.kinds.sizeHintForColumn(0) + frame + 4)
        self.description = paragraph("")

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(1 if self._default_language() == "es" else 0)
        language_form = QFormLayout()
        language_form.setContentsMargins(0, 0, 0, 0)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        language_form.addRow(language_label, self.language)
        # The form showing and the language row line up, whatever the language's label widths.
        align_labels([*(form.layout_ for form in self.forms.values()), language_form])

        self.generate_button = QPushButton(self.tr("&Make report"))
        self.generate_button.setDefault(True)
        self.generate_button.setToolTip(self.tr("Make the report (Ctrl+Enter)"))
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress of the report"))
        self.progress_bar.setVisible(False)
        self._relay.stepped.connect(self.progress_bar.setValue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.status = paragraph("")
        self.status.setAccessibleName(self.tr("Report status"))
        self.error = message_label()

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Choose a report:")))
        left.addWidget(self.kinds)
        left.addWidget(self.description)
        left.addWidget(self.form_box)
        left.addLayout(language_form)
        left.addLayout(buttons)
        left.addWidget(self.progress_bar)
        left.addWidget(self.error)
        left.addWidget(self.status)
        left.addStretch(1)
        left_box = _Column()
        left_box.setLayout(left)
        # A fixed width: the preview does not jump sideways when another report is chosen.
        left_box.setFixedWidth(max(440, left_box.sizeHint().width()))
        # The description and the messages take more lines at 200 % text: the column asks
        # for their whole height and the page scrolls down, nothing is drawn over the list.
        keep_whole(left_box)

        self.result = ReportPreview(session)
        self.result.said.connect(self._said)
        self.result.failed.connect(lambda text: set_message(self.error, text))

        # The preview beside the chooser when both fit, under it when not (200 % text).
        self.body = ResponsiveRow(left_box, self.result, (0, 1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.generate),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self.generate),
            (QKeySequence(QKeySequence.StandardKey.Save), self._save),
            (QKeySequence(QKeySequence.StandardKey.Print), self._print),
        ):
            QShortcut(keys, self, slot, context=context)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.setCurrentRow(0)
        self.result.clear()

    # --- choosing ------------------------------------------------------------------------
    def _default_language(self) -> str:
        chosen = self._session.preferences.language
        if chosen in ("en", "es"):
            return chosen
        return "es" if QLocale().name().startswith("es") else "en"

    def language_code(self) -> str:
        """The language the report is made in ("en" or "es")."""
        return str(self.language.currentData() or "en")

    def current_kind(self) -> str:
        """The key of the report chosen ("monthly", "grant", "packet"...)."""
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_form(self) -> ReportForm:
        """The parameters of the report chosen."""
        return self.forms[self.current_kind()]

    def choose(self, kind: str) -> None:
        """Choose the report ``kind``."""
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)
                return
        raise KeyError(kind)

    def _kind_changed(self, row: int) -> None:
        if row < 0:
            return
        kind = self.current_kind()
        for key, form in self.forms.items():
            form.setVisible(key == kind)
        self.description.setText(self.descriptions[kind])
        set_message(self.error, "")
        self.status.setText("")
        self.result.clear()  # a report of another kind is not left on show
        if self.isVisible():
            self._load(kind)

    def _load(self, kind: str) -> None:
        if kind not in self._loaded:
            self._loaded.add(kind)
            self.forms[kind].load()

    def showEvent(self, event: QShowEvent) -> None:
        # Lists (groups, peer educators) load when first needed, not when the window is built.
        self._load(self.current_kind())
        super().showEvent(event)

    # --- making --------------------------------------------------------------------------
    def generate(self) -> None:
        """Check the parameters and make the report chosen (on the worker thread)."""
        if self._running:
            return
        set_message(self.error, "")
        self.status.setText("")
        self.result.clear()
        form = self.current_form()
        self._load(self.current_kind())
        job = form.job(self.language_code())
        if job is None:
            return
        if isinstance(job, ExportJob):
            self._export(job, form)
            return
        self._make(job, form)

    def _make(self, job: ReportJob, form: ReportForm) -> None:
        progress = ReportProgress(self._relay.stepped.emit) if job.cancellable else None
        self._set_running(True, progress)

        def work() -> tuple[bytes, Preview]:
            pdf = job.make(progress)
            return pdf, render_preview(pdf)

        self._session.runner.run(
            work,
            on_done=lambda result: self._made(job, progress, result),
            on_error=lambda exc: self._failed(form, exc),
            owner=self,
        )

    def _made(
        self, job: ReportJob, progress: ReportProgress | None, result: tuple[bytes, Preview]
    ) -> None:
        self._set_running(False, None)
        if progress is not None and progress.cancelled:
            self.status.setText(self.tr("The report was cancelled. Nothing was made or saved."))
            return
        pdf, preview = result
        self.result.show_report(pdf, preview, job.file_name)
        self.status.setText(self.tr("The report is ready. Save it or print it."))

    def _failed(self, form: ReportForm, exc: Exception) -> None:
        self._set_running(False, None)
        self.result.clear()
        form.show_error(exc)

    def cancel(self) -> None:
        """Stop the report being made (it stops at its next step)."""
        if self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool, progress: ReportProgress | None) -> None:
        self._running = running
        self._progress = progress
        self.generate_button.setEnabled(not running)
        self.kinds.setEnabled(not running)
        self.form_box.setEnabled(not running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 100 if progress is not None else 0)
        self.progress_bar.setValue(0)
        self.cancel_button.setVisible(running and progress is not None)
        self.cancel_button.setEnabled(True)
        if running:
            self.result.clear()
            self.status.setText(self.tr("Making the report…"))

    def _export(self, job: ExportJob, form: ReportForm) -> None:
        from peerdesk.reports.output import check_output_folder, write_files

        def work() -> int:
            folder = check_output_folder(job.folder)
            return len(write_files(folder, job.make()))

        self._set_running(True, None)
        self._session.runner.run(
            work,
            on_done=lambda count: self._exported(job.folder, count),
            on_error=lambda exc: self._failed(form, exc),
            owner=self,
        )

    def _exported(self, folder: Path, count: int) -> None:
        self._set_running(False, None)
        text = self.tr("Wrote %1 CSV files to %2.").replace("%1", str(count))
        self.status.setText(text.replace("%2", str(folder)))

    # --- the result ------------------------------------------------------------------------
    def has_report(self) -> bool:
        """Whether a report is ready to save or print."""
        return self.result.pdf is not None

    def preview_pixmap(self) -> QPixmap:
        """The picture of the first page as shown (null when there is none)."""
        return self.result.pixmap()

    def _said(self, text: str) -> None:
        set_message(self.error, "")
        self.status.setText(text)

    def _save(self) -> None:
        if not self._running:
            set_message(self.error, "")
            self.result.save()

    def _print(self) -> None:
        if not self._running:
            set_message(self.error, "")
            self.result.print_report()
