"""The export dialog's page preview (thumbnails of the real PDF for every layout, paper and
orientation, debounced; page outlines without pdftoppm; the board image for PNG and SVG) and the
PNG / SVG choices it returns and the window writes."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from canvas_app.fileio.pdf_export import PdfOptions, render_pdf
from canvas_app.ui import export_dialog, export_preview, prompts
from canvas_app.ui.export_dialog import ExportDialog, ExportRequest
from canvas_app.ui.export_pages import AUTO_COUNT_MAX_NOTES, count_pages
from canvas_app.ui.export_preview import MAX_THUMBNAILS, page_sizes
from canvas_app.ui.export_writer import write_export
from canvas_app.ui.image_export import PngOptions
from pdf_tools import grid_map, sample_map

WAIT_MS = 10_000


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[ExportDialog]:
    journey = sample_map()
    widget = ExportDialog(journey, tmp_path / "map.journey", None,
                          [journey.notes[0].id, journey.notes[1].id])
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _settled(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Wait for the debounced preview to be drawn."""
    with qtbot.waitSignal(dialog.preview.updated, timeout=WAIT_MS):
        pass


def _thumb_size(dialog: ExportDialog, row: int = 0) -> QSize:
    icon = dialog.preview.pages.item(row).icon()
    return icon.availableSizes()[0]


@pytest.mark.parametrize("layout", ["poster", "fit", "tiled", "report"])
def test_preview_shows_the_real_pages_of_each_layout(qtbot: QtBot, dialog: ExportDialog,
                                                     layout: str) -> None:
    """Each layout's preview has a thumbnail per page of the real PDF (up to the cap), and
    says how many pages there are."""
    dialog.layout_buttons[layout].setChecked(True)
    _settled(qtbot, dialog)
    pages = dialog.page_count()
    assert pages == count_pages(render_pdf(dialog._journey, dialog.pdf_options()))
    assert dialog.preview.thumbnail_count() == min(pages, MAX_THUMBNAILS)
    assert str(pages) in dialog.preview.status.text()
    if layout == "poster":
        size = _thumb_size(dialog)
        assert size.width() > size.height()  # the board's own wide page


def test_preview_follows_orientation_and_paper(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Fit on landscape A4 is a wide thumbnail; portrait turns it tall; A3 keeps the shape."""
    dialog.layout_buttons["fit"].setChecked(True)
    _settled(qtbot, dialog)
    wide = _thumb_size(dialog)
    assert wide.width() > wide.height()
    dialog.orientation_combo.setCurrentIndex(dialog.orientation_combo.findData("portrait"))
    _settled(qtbot, dialog)
    tall = _thumb_size(dialog)
    assert tall.height() > tall.width()
    assert abs(tall.height() / tall.width() - 297 / 210) < 0.03


def test_quick_changes_make_one_preview(qtbot: QtBot, dialog: ExportDialog,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Options changed in a burst are previewed once, after they settle."""
    _settled(qtbot, dialog)
    shown: list[int] = []
    original = export_preview.PagePreview.show_pdf
    monkeypatch.setattr(export_preview.PagePreview, "show_pdf",
                        lambda self, pdf, count: (shown.append(count),
                                                  original(self, pdf, count))[1])
    for name in ("fit", "tiled", "report", "fit"):
        dialog.layout_buttons[name].setChecked(True)
    for index in range(dialog.paper_combo.count()):
        dialog.paper_combo.setCurrentIndex(index)
    _settled(qtbot, dialog)
    assert len(shown) == 1


def test_outlines_without_pdftoppm(qtbot: QtBot, dialog: ExportDialog,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Without poppler the pages are shown as numbered sheets of their true shape, and the
    status says how to see them drawn."""
    monkeypatch.setattr(export_preview, "pdftoppm_path", lambda: None)
    dialog.layout_buttons["report"].setChecked(True)
    dialog.orientation_combo.setCurrentIndex(dialog.orientation_combo.findData("portrait"))
    _settled(qtbot, dialog)
    assert dialog.preview.thumbnail_count() == dialog.page_count()
    size = _thumb_size(dialog)
    assert size.height() > size.width()
    assert "poppler" in dialog.preview.status.text()


def test_page_sizes_are_read_from_the_pdf() -> None:
    """Every page's box is found, in order, with the paper's size in points."""
    pdf = render_pdf(sample_map(), PdfOptions(layout="tiled", paper="a3",
                                              orientation="portrait"))
    sizes = page_sizes(pdf)
    assert len(sizes) == count_pages(pdf)
    width, height = sizes[-1]
    assert abs(width - 841.9) < 1 and abs(height - 1190.6) < 1


def test_large_map_previews_on_request(qtbot: QtBot, tmp_path: Path) -> None:
    """A map too large to render on every change says to press Count pages, and shows the
    pages once it is pressed."""
    journey = grid_map(10, 4, notes_per_cell=AUTO_COUNT_MAX_NOTES // 40 + 1)
    widget = ExportDialog(journey, tmp_path / "big.journey")
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh_preview()
    assert widget.preview.thumbnail_count() == 0
    assert "Count pages" in widget.preview.status.text()
    widget.count_button.click()
    _settled(qtbot, widget)
    assert widget.preview.thumbnail_count() == 1


def test_png_choices_preview_and_request(qtbot: QtBot, dialog: ExportDialog) -> None:
    """PNG shows the board's image and its pixel size; "only the selected notes" makes a
    smaller board; the request carries the resolution and the notes."""
    dialog.format_buttons["png"].setChecked(True)
    _settled(qtbot, dialog)
    assert dialog.preview.thumbnail_count() == 1
    whole = dialog.image_box.size_label.text()
    assert "pixels" in whole and dialog.path_edit.text().endswith(".png")
    assert not dialog.pdf_box.isVisible() and dialog.image_box.isVisible()
    dialog.image_box.selection_check.setChecked(True)
    _settled(qtbot, dialog)
    assert dialog.image_box.size_label.text() != whole
    dialog.image_box.resolution_combo.setCurrentIndex(0)  # 1×, 72 dpi
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.ok_button.click()
    request = dialog.request()
    assert request is not None and request.format == "png"
    assert request.png_options == PngOptions(1.0, tuple(dialog._selection))
    assert request.note_ids == dialog._selection


def test_too_large_png_cannot_be_exported(qtbot: QtBot, tmp_path: Path) -> None:
    """A resolution giving more pixels than allowed says so and disables Export."""
    from test_image_export import _wide_map

    widget = ExportDialog(_wide_map(12), tmp_path / "wide.png")
    qtbot.addWidget(widget)
    assert widget.export_format() == "png"
    widget.image_box.resolution_combo.setCurrentIndex(widget.image_box.resolution_combo.count()
                                                      - 1)
    assert "too large" in widget.image_box.size_label.text()
    assert not widget.ok_button.isEnabled()
    widget.image_box.resolution_combo.setCurrentIndex(0)
    assert widget.ok_button.isEnabled()


def test_svg_of_the_selection_is_written(qapp: object, tmp_path: Path) -> None:
    """An SVG request for two notes writes a drawing holding them and not the others."""
    journey = sample_map()
    chosen = journey.notes[0], journey.notes[-1]
    path = tmp_path / "part.svg"
    write_export(journey, ExportRequest(path, "svg", None, None, tuple(n.id for n in chosen)))
    svg = path.read_text(encoding="utf-8")
    for note in chosen:
        assert note.text.split()[0] in svg
    other = next(n for n in journey.notes if n.stage not in {c.stage for c in chosen})
    assert other.text not in svg


def test_window_offers_the_selection_and_writes_the_png(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """File ▸ Export passes the board's selection to the dialog and writes the PNG it asks
    for."""
    from canvas_app.ui.main_window import MainWindow

    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: prompts.SaveChoice.DISCARD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sample_map(), settings)
    qtbot.addWidget(window)
    window.show()
    chosen = [window.document.journey.notes[2].id]
    window.view.select_notes(chosen)
    offered: list[tuple[str, ...]] = []
    target = tmp_path / "note.png"

    def choose(parent: object, journey: object, suggested: Path,
               selection: tuple[str, ...] = ()) -> ExportRequest:
        offered.append(tuple(selection))
        return ExportRequest(target, "png", None, PngOptions(1.0, tuple(selection)),
                             tuple(selection))

    monkeypatch.setattr(export_dialog, "choose_export", choose)
    window.window_actions.export.trigger()
    assert offered == [tuple(chosen)]
    image = QImage(str(target))
    assert not image.isNull() and image.width() < 600
    window.close()
