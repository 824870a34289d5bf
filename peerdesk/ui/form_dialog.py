"""A dialog holding a small form whose OK runs one service call, with inline messages.

The form scrolls inside the dialog, which is never taller than the screen: at 200% text on a
1366x768 screen a long form (a consent) still shows its heading and its OK and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from peerdesk.domain.errors import ValidationError
from peerdesk.ui.form_fields import DateField, DateInputError, FieldErrors
from peerdesk.ui.form_labels import add_row
from peerdesk.ui.messages import error_text
from peerdesk.ui.task_runner import Runner
from peerdesk.ui.widgets import grow_to_fit, heading_label, message_label, paragraph

Job = Callable[[], Any]


#: Room left for the window's title bar and frame, which Qt knows only once it is shown.
FRAME_ALLOWANCE = 40


class InputStop(Exception):
    """Raised by a dialog's input readers after they showed what is wrong with a field."""


class FormScrollArea(QScrollArea):
    """The scrolling part of a form dialog: as tall as its form, as long as the screen allows.

    A plain ``QScrollArea`` asks for a fixed share of the font size whatever its content; this
    one asks for the whole form at its width, or for what the screen has left once the
    dialog's other parts (heading, messages, buttons) have their room.

    Args:
        room: the most height it may ask for, recomputed each time it is asked.
    """

    def __init__(self, body: QWidget, room: Callable[[], int]) -> None:
        super().__init__()
        self._room = room
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        # Told when a message shows or hides in the form, to ask for the new height.
        body.installEventFilter(self)

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def _content_height(self, width: int) -> int:
        body = self.widget()
        if body.hasHeightForWidth():
            return body.heightForWidth(width)
        return body.sizeHint().height()

    def sizeHint(self) -> QSize:
        body = self.widget()
        width = body.sizeHint().width() + self._bar_width() + 2 * self.frameWidth()
        # Before the dialog is first laid out the viewport is tiny: guess from the window.
        guess = self.window().minimumWidth() - 2 * self._bar_width()
        inner = max(self.viewport().width(), body.minimumSizeHint().width(), guess)
        height = self._content_height(inner) + 2 * self.frameWidth()
        return QSize(width, max(self.minimumSizeHint().height(), min(height, self._room())))

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        width = body.minimumSizeHint().width() + self._bar_width() + 2 * self.frameWidth()
        # About three rows of fields stay in view however small the screen.
        return QSize(width, min(body.minimumSizeHint().height(), self.fontMetrics().height() * 6))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.hold_wrapped_text()
            self.updateGeometry()  # a message shown or hidden: the form's height changed
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.hold_wrapped_text()
        super().resizeEvent(event)

    def hold_wrapped_text(self) -> None:
        """Keep the form as tall as its wrapped text needs at the width it has.

        A scroll area gives its form the viewport's height and would squeeze wrapped hints
        and messages into each other; with this floor it scrolls instead.
        """
        body = self.widget()
        if body is not None and body.hasHeightForWidth():
            width = max(self.viewport().width(), body.minimumSizeHint().width())
            body.setMinimumHeight(body.heightForWidth(width))

    def show_widget(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` (inside the form) is in view."""
        self.ensureWidgetVisible(widget, 0, 8)


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
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(10)
        if intro:
            body_layout.addWidget(paragraph(intro))
        body_layout.addLayout(self.form)
        body_layout.addStretch(1)
        self.form_area = FormScrollArea(body, self._room_for_form)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading_label(title, scale=1.3))
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # only once inside the dialog does Qt keep it

    def add_field(self, text: str, name: str, widget: QWidget, *extra: QWidget) -> None:
        """A labelled row whose messages come for the service field ``name``."""
        add_row(self.form, text, self.errors.field(name, widget, *extra))

    def available_height(self) -> int:
        """The height of the screen the dialog is on, less the taskbar and panels."""
        screen = self.screen()
        return screen.availableGeometry().height() if screen is not None else 10_000

    def _frame_height(self) -> int:
        if self.isVisible():
            extra = self.frameGeometry().height() - self.geometry().height()
            if extra > 0:
                return extra
        return FRAME_ALLOWANCE

    def _room_for_form(self) -> int:
        """How tall the form's scroll area may be for the dialog to fit on the screen."""
        layout = self.layout()
        if layout is None:
            return self.available_height()
        margins = layout.contentsMargins()
        used = margins.top() + margins.bottom()
        width = max(self.width(), self.minimumWidth()) - margins.left() - margins.right()
        shown = 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget()
            if widget is self.form_area or item.isEmpty():
                continue
            shown += 1
            hint = item.heightForWidth(width) if item.hasHeightForWidth() else -1
            used += hint if hint > 0 else item.sizeHint().height()
        used += layout.spacing() * shown  # between the parts and the scroll area
        return max(0, self.available_height() - self._frame_height() - used)

    def fit_to_screen(self) -> None:
        """Grow for a message that appeared, but never past the bottom of the screen."""
        # The labels just shown or hidden announce it in posted events: count them now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.form_area.hold_wrapped_text()
        self.form_area.updateGeometry()
        self._widen_to_layout()
        grow_to_fit(self)
        most = self.available_height() - self._frame_height()
        if self.minimumHeight() > most:
            self.setMinimumHeight(most)
        if self.height() > most:
            self.resize(self.width(), most)

    def setVisible(self, visible: bool) -> None:
        showing = visible and not self.isVisible()
        super().setVisible(visible)
        if showing:
            # Measured once shown (show, open and exec all come here): before, the fields
            # inside the scroll area do not count yet.
            self.fit_to_screen()

    def _widen_to_layout(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
            # A width set by a subclass is a floor: at large text the fields need more.
            needed = layout.totalMinimumSize().width()
            if self.minimumWidth() < needed:
                self.setMinimumWidth(needed)

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
        """Show ``text`` next to ``field``, make room for it and scroll it into view."""
        self.errors.show(field, text)
        self.fit_to_screen()
        if field in self.errors.names():
            self.form_area.show_widget(self.errors.label(field))

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
            self.fit_to_screen()
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
