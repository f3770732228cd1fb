"""Printing: the board printed to a real PDF printer (fitted on one page, or tiled with crop
marks), checked with pdfinfo and pdftotext; the page plans; the print dialog seam; the preview
with its fitted / tiled choice."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path
from canvas_app.model.layout import compute_layout
from canvas_app.ui import prompts
from canvas_app.ui.print_plans import FIT, TILED, fit_page, tiled_pages
from canvas_app.ui.printing import PrintPreview, make_printer, print_board, print_map
from pdf_tools import page_count, page_size, pdf_text, squeeze

SAMPLE = Path(__file__).resolve().parent.parent / "sample_canvases" / \
    "value-journey-coffee-chain-vi.journey"


def pdf_printer(path: Path, size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def test_fit_prints_the_whole_board_on_one_page(qapp: object, tmp_path: Path) -> None:
    """Fitted: one A4 landscape page holding the title and every note's words."""
    journey = load_path(SAMPLE)
    path = tmp_path / "fit.pdf"
    assert print_board(pdf_printer(path), journey, FIT) == 1
    assert page_count(path) == 1
    width, height = page_size(path)
    assert abs(width - 842) < 2 and abs(height - 595) < 2
    text = squeeze(pdf_text(path))
    assert journey.title in text
    assert journey.stages[0].title in text


def test_tiled_prints_overlapping_pages_with_headers(qapp: object, tmp_path: Path) -> None:
    """Tiled at 100 %: as many pages as the plan, each labelled "row r, column c of R×C" and
    repeating a stage header; every note's first words appear somewhere."""
    journey = load_path(SAMPLE)
    path = tmp_path / "tiled.pdf"
    count = print_board(pdf_printer(path), journey, TILED)
    assert count > 1 and page_count(path) == count
    whole = squeeze(pdf_text(path))
    for note in journey.notes:
        first_word = note.text.split()[0]
        assert first_word in whole, note.text
    for page in (1, count):
        text = squeeze(pdf_text(path, page, page))
        assert "hàng" in text and "cột" in text  # the map is Vietnamese: "hàng r, cột c"


def test_page_plans_keep_the_board_inside_the_page() -> None:
    """The fitted board stays inside the page and is never enlarged; tiles cover the whole
    board with the overlap and carry eight crop mark strokes."""
    layout = compute_layout(load_path(SAMPLE))
    page = fit_page(layout, "Title", 800.0, 560.0)
    (placement,) = page.plan.placements
    rect = placement.page_rect
    assert placement.scale <= 1.0 and rect.x >= 0 and rect.right <= 800.0 + 1e-6
    assert rect.bottom <= 560.0 + 1e-6
    small = fit_page(layout, "", 10_000.0, 10_000.0)
    assert small.plan.placements[0].scale == 1.0
    tiles = tiled_pages(layout, "Title", 560.0, 800.0, "en")
    bodies = [page.plan.placements[0].region for page in tiles]
    assert max(r.right for r in bodies) == pytest.approx(layout.width)
    assert max(r.bottom for r in bodies) == pytest.approx(layout.height)
    assert all(len(page.marks) == 8 for page in tiles)
    for page in tiles:
        for a, b in page.marks:
            assert 0 <= min(a.x, b.x) and max(a.x, b.x) <= 560.0
            assert 0 <= min(a.y, b.y) and max(a.y, b.y) <= 800.0


def test_print_map_asks_the_dialog_then_prints(qapp: object, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Print asks the system dialog (the seam), which may choose the tiled option; cancelling
    prints nothing."""
    journey = load_path(SAMPLE)
    path = tmp_path / "dialog.pdf"
    asked: list[QComboBox] = []

    def answer(parent: Optional[QWidget], printer: QPrinter, options: QWidget) -> str:
        assert isinstance(options, QComboBox)
        asked.append(options)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        options.setCurrentIndex(options.findData(TILED))
        return str(options.currentData())

    monkeypatch.setattr(prompts, "ask_print", answer)
    assert print_map(None, journey)
    assert asked and asked[0].count() == 2
    assert page_count(path) > 1
    monkeypatch.setattr(prompts, "ask_print", lambda *args: None)
    assert not print_map(None, journey)


def test_printer_turns_to_the_board(qapp: object) -> None:
    """A wide board prints landscape; a tall one portrait."""
    journey = load_path(SAMPLE)
    assert make_printer(journey).pageLayout().orientation() == \
        QPageLayout.Orientation.Landscape
    tall = journey.model_copy(update={"stages": journey.stages[:1]})
    tall = type(journey).model_validate(
        {**tall.model_dump(), "notes": [n.model_dump() for n in journey.notes
                                        if n.stage == journey.stages[0].id],
         "connectors": []})
    assert make_printer(tall).pageLayout().orientation() == QPageLayout.Orientation.Portrait


def test_preview_shows_the_pages_of_each_mode(qtbot: QtBot) -> None:
    """The preview renders one page fitted, several tiled, switching from its toolbar."""
    journey = load_path(SAMPLE)
    preview = PrintPreview(journey)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    widget = preview.preview_widget()
    qtbot.waitUntil(lambda: widget.pageCount() == 1)
    assert preview.pages_printed == 1
    preview.set_mode(TILED)
    qtbot.waitUntil(lambda: widget.pageCount() > 1)
    assert widget.pageCount() == preview.pages_printed
    assert preview.mode_combo.isVisibleTo(preview)
    preview.close()


def test_the_real_print_dialog_carries_the_board_choice(qtbot: QtBot) -> None:
    """The system print dialog gets a Board tab holding the fitted / tiled choice; cancelling
    it answers None."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication

    from canvas_app.ui.printing import mode_choice

    seen: list[bool] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintDialog)
        seen.append(dialog.findChild(QComboBox, "printMode") is not None)
        dialog.reject()

    QTimer.singleShot(200, cancel)
    printer = QPrinter()
    assert prompts.ask_print(None, printer, mode_choice(None)) is None
    assert seen == [True]
