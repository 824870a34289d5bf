"""QA pass on the merge question: it cannot be undone, so Enter must answer No."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.factories_sync import facility_and_office
from tests.ui.test_qa_sync_keyboard import section
from tests.ui.test_sync_section import Pair
from tests.ui.test_sync_section_review import twins
from tests.unit.test_sync_apply import person

SHOTS = Path("/tmp/work/shots")


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[Pair]:
    yield from facility_and_office(tmp_path)


def test_qa_enter_on_the_merge_question_merges_nothing(
    qtbot: QtBot, sites: Pair, tmp_path: Path
) -> None:
    fac, off = sites
    theirs, mine = twins(fac, off, tmp_path)
    office = section(qtbot, off)
    tab = office.duplicates
    seen: list[str] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_with_enter)
            return
        box.grab().save(str(SHOTS / "qa_merge_question.png"))
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_enter)
    tab.keep_local_button.click()
    assert seen and "cannot be undone" in seen[0]
    # Each record on a line of its own, under what happens to it.
    lines = seen[0].splitlines()
    people = [i for i, line in enumerate(lines) if line.startswith("Okafor, Ada · K1001")]
    assert len(people) == 2
    assert lines[people[0] - 1] == "Keep:" and lines[people[1] - 1].startswith("Merge into it")
    assert not person(off, theirs)["deleted"] and not person(off, mine)["deleted"]
    assert tab.model.rowCount() == 1
