"""Counts in the panels and the export dialog are written by QLocale in the interface language:
grouped the Vietnamese way (1.234) in Vietnamese, the English way (1,234) in English."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from canvas_app.document.document import Document
from canvas_app.document.editor import Editor
from canvas_app.fileio.process_owner import current_process
from canvas_app.fileio.recovery import RecoveryEntry
from canvas_app.ui import i18n
from canvas_app.ui.export_dialog import ExportDialog
from canvas_app.ui.persona_panel import PersonaPanel
from canvas_app.ui.recovery_dialog import RecoveryDialog
from test_edits import small_map
from test_persona_panel import persona_map

GROUPED = {i18n.ENGLISH: "1,234", i18n.VIETNAMESE: "1.234"}




def test_a_personas_note_count_is_grouped_by_the_locale(qtbot: QtBot, language: str) -> None:
    document = Document(persona_map())
    panel = PersonaPanel(document, Editor(document))
    qtbot.addWidget(panel)
    panel.show()
    panel.select("p1")
    panel.form.set_note_count(1234)
    assert GROUPED[language] in panel.form.notes_label.text()
    assert "1234" not in panel.form.notes_label.text()


def test_the_export_dialogs_selection_count_is_grouped_by_the_locale(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    journey = small_map()
    selection = [note.id for note in journey.notes] * 206  # 1 236 entries: only the count shows
    dialog = ExportDialog(journey, tmp_path / "map.pdf", selection=selection[:1234])
    qtbot.addWidget(dialog)
    check = dialog.findChild(QCheckBox, "exportSelectionOnly")
    assert check is not None
    assert GROUPED[language] in check.text()


def test_the_recovery_dialog_writes_note_counts_and_dates_by_the_locale(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    saved = datetime(2026, 3, 14, 15, 9, tzinfo=timezone.utc)
    entry = RecoveryEntry(key="k1", snapshot=tmp_path / "k1.journey", original_path=None,
                          title="Bản đồ", saved_at=saved, note_count=1234,
                          owner=current_process(), live=False)
    dialog = RecoveryDialog([entry])
    qtbot.addWidget(dialog)
    row = dialog.table.topLevelItem(0)
    assert row.text(3) == GROUPED[language]
    when = QDateTime.fromSecsSinceEpoch(int(saved.timestamp()))
    assert row.text(2) == QLocale().toString(when, QLocale.FormatType.ShortFormat)
    day_first = QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("d")
    assert row.text(2).startswith("14/") == day_first  # vi_VN: 14/3/26; en_US: 3/14/26
