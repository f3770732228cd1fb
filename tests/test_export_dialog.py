"""The Export dialog: the chosen format, PDF options and path come back as a request; it writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from canvas_app.fileio.pdf_export import PdfOptions, render_pdf
from canvas_app.ui import export_dialog
from canvas_app.ui.export_dialog import ExportDialog, choose_export
from canvas_app.ui.export_pages import AUTO_COUNT_MAX_NOTES, count_pages, pdf_option_names
from pdf_tools import grid_map, pdf_info, sample_map


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> Iterator[ExportDialog]:  # type: ignore[no-untyped-def]
    widget = ExportDialog(sample_map(), tmp_path / "Hành trình.journey")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def click(button: QAbstractButton) -> None:
    """A real left click on `button` (near its left end: a radio or check box only takes clicks
    on its indicator and text, not on the empty width its layout gives it)."""
    x = min(button.width() // 2, 12)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, button.height() // 2))


def test_default_is_a_poster_pdf_beside_the_map(dialog: ExportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Export at once gives a poster PDF (A4 for a cover, no cover) named after the map file."""
    assert dialog.path_edit.text() == str(tmp_path / "Hành trình.pdf")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(dialog.ok_button)
    request = dialog.request()
    assert request is not None
    assert request.path == tmp_path / "Hành trình.pdf"
    assert request.format == "pdf"
    assert request.pdf_options is not None
    assert (request.pdf_options.layout, request.pdf_options.paper,
            request.pdf_options.cover) == ("poster", "a4", False)
    assert not request.path.exists()  # the dialog only asks; the caller writes


def test_chosen_pdf_options_come_back(dialog: ExportDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tiled on A3 with a cover, chosen by mouse and keyboard, is what the request says."""
    click(dialog.layout_buttons["tiled"])
    assert dialog.paper_combo.isEnabled()
    dialog.paper_combo.setFocus()
    qtbot.keyClick(dialog.paper_combo, Qt.Key.Key_Down)
    click(dialog.cover_check)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    request = dialog.request()
    assert request is not None and request.pdf_options is not None
    assert request.pdf_options.layout == "tiled"
    assert request.pdf_options.paper == "a3"
    assert request.pdf_options.cover is True


def test_poster_without_cover_has_no_paper_choice(dialog: ExportDialog) -> None:
    """A poster page is the board's size: paper only matters once a cover is asked for."""
    assert not dialog.paper_combo.isEnabled()
    click(dialog.cover_check)
    assert dialog.paper_combo.isEnabled()


def test_csv_hides_the_pdf_options(dialog: ExportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Choosing CSV hides the PDF box, shows what a CSV holds, and switches the suffix."""
    click(dialog.csv_radio)
    assert dialog.pdf_box.isHidden()
    assert dialog.csv_box.isVisible()
    assert dialog.path_edit.text() == str(tmp_path / "Hành trình.csv")
    click(dialog.pdf_radio)
    assert dialog.pdf_box.isVisible() and dialog.csv_box.isHidden()
    assert dialog.path_edit.text() == str(tmp_path / "Hành trình.pdf")
    click(dialog.csv_radio)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(dialog.ok_button)
    request = dialog.request()
    assert request is not None
    assert (request.format, request.pdf_options, request.path) == (
        "csv", None, tmp_path / "Hành trình.csv")


def test_typed_name_gets_the_suffix_and_the_map_folder(dialog: ExportDialog, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A bare name typed in the field lands in the map's folder with the format's suffix."""
    dialog.path_edit.clear()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.path_edit, "client copy")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(dialog.ok_button)
    request = dialog.request()
    assert request is not None and request.path == tmp_path / "client copy.pdf"


def test_browse_uses_the_file_picker(dialog: ExportDialog, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Browse asks the picker (a seam) with the current path; a picked existing file is not asked about again."""
    target = tmp_path / "elsewhere" / "final.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    asked: list[Path] = []

    def pick(parent: object, title: str, path: Path, file_filter: str) -> Path:
        asked.append(path)
        assert "*.pdf" in file_filter
        return target

    def never(parent: object, path: Path) -> bool:
        raise AssertionError("the picker already confirmed replacing the file")

    monkeypatch.setattr(export_dialog, "ask_save_path", pick)
    monkeypatch.setattr(export_dialog, "confirm_overwrite", never)
    click(dialog.browse_button)
    assert asked == [tmp_path / "Hành trình.pdf"]
    assert dialog.path_edit.text() == str(target)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(dialog.ok_button)
    request = dialog.request()
    assert request is not None and request.path == target


def test_typed_existing_file_asks_before_replacing(dialog: ExportDialog, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Declining to replace a typed existing file keeps the dialog open; agreeing accepts."""
    existing = tmp_path / "Hành trình.pdf"
    existing.write_bytes(b"old")
    answers = [False, True]
    monkeypatch.setattr(export_dialog, "confirm_overwrite", lambda parent, path: answers.pop(0))
    click(dialog.ok_button)
    assert dialog.isVisible() and dialog.request() is None
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(dialog.ok_button)
    request = dialog.request()
    assert request is not None and request.path == existing
    assert answers == []


def test_page_count_follows_the_options(dialog: ExportDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A small map is counted as options change: one poster page, two with a cover."""
    qtbot.waitUntil(lambda: dialog.pages_label.text() == "Pages: 1", timeout=5000)
    assert dialog.count_button.isHidden()
    click(dialog.cover_check)
    expected = count_pages(render_pdf(sample_map(), PdfOptions(cover=True)))
    assert expected >= 2
    qtbot.waitUntil(lambda: dialog.pages_label.text() == f"Pages: {expected}", timeout=5000)


def test_large_map_counts_pages_on_request(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Past the automatic limit the count waits for the Count button, then matches the real PDF."""
    journey = grid_map(45, 36)
    assert len(journey.notes) > AUTO_COUNT_MAX_NOTES
    widget = ExportDialog(journey, tmp_path / "grid.journey")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    click(widget.layout_buttons["tiled"])
    qtbot.wait(20)
    assert widget.pages_label.text() == "Pages: not counted yet"
    assert widget.count_button.isVisible()
    click(widget.count_button)
    path = tmp_path / "grid.pdf"
    path.write_bytes(render_pdf(journey, PdfOptions(layout="tiled")))
    pages = int(pdf_info(path)["Pages"])
    assert pages > 1
    assert widget.pages_label.text() == f"Pages: {pages}"


def answer_modal(key: Qt.Key) -> None:
    """Once a modal dialog is up, press `key` on it (run from a timer during exec)."""
    def press() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, press)
            return
        QTest.keyClick(widget, key)
    QTimer.singleShot(0, press)


def test_choose_export_cancel_and_ok(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Escape gives None; Enter gives the request for the suggested path."""
    answer_modal(Qt.Key.Key_Escape)
    assert choose_export(None, sample_map(), tmp_path / "map.csv") is None
    answer_modal(Qt.Key.Key_Return)
    request = choose_export(None, sample_map(), tmp_path / "map.csv")
    assert request is not None
    assert (request.format, request.path, request.pdf_options) == (
        "csv", tmp_path / "map.csv", None)


def test_report_always_has_a_cover_and_takes_the_orientation(dialog: ExportDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The report layout forces its cover; a chosen portrait orientation comes back in the options."""
    if "report" not in dialog.layout_buttons or "orientation" not in pdf_option_names():
        pytest.skip("this PDF export has no report layout or orientation")
    click(dialog.layout_buttons["report"])
    assert not dialog.cover_check.isEnabled()
    dialog.orientation_combo.setFocus()
    qtbot.keyClick(dialog.orientation_combo, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(dialog.ok_button)
    request = dialog.request()
    assert request is not None and request.pdf_options is not None
    assert request.pdf_options.layout == "report"
    assert request.pdf_options.cover is True
    assert getattr(request.pdf_options, "orientation") == "portrait"
