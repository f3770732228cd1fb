"""The client's logo: set from the Insert menu's action (a real image file through the file-picker
seam), one undo step, saved in the file, drawn on the report cover (and the poster's cover page)
at its place, refused clearly when the file is no image, and removable."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path
from canvas_app.fileio.pdf_cover import LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH, LOGO_TOP
from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.ui import prompts
from pdf_tools import page_count, pdf_text, qpdf_check, render_gray
from test_ui_window import action, make_window, quiet_prompts  # noqa: F401 - autouse fixture

MARGIN = 54.0  # the cover's margin (pdf_cover)


def logo_file(folder: Path, width: int = 400, height: int = 100) -> Path:
    """A wide, black logo (so it shows as dark pixels on a white page)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    path = folder / "logo.png"
    assert image.save(str(path))
    return path


def pick(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """The file picker answers `path`; returns the titles it was asked with."""
    asked: list[str] = []

    def answer(parent: object, title: str, directory: str, name_filter: str) -> Path | None:
        asked.append(title)
        return path

    monkeypatch.setattr(prompts, "open_file_path", answer)
    return asked


def test_setting_the_logo_is_one_undo_step_and_saved_with_the_map(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, tmp_path)
    remove = action(window, "action_remove_logo")
    assert not remove.isEnabled()  # nothing to remove yet
    asked = pick(monkeypatch, logo_file(tmp_path))
    action(window, "action_set_logo").trigger()
    assert asked == ["Choose the Client's Logo"]
    logo = window.document.journey.logo
    assert logo is not None and logo.media_type in ("image/png", "image/jpeg")
    assert remove.isEnabled()
    stack = window.document.undo_stack
    assert stack.undoText() == "Set client logo"
    stack.undo()
    assert window.document.journey.logo is None and not remove.isEnabled()
    stack.redo()
    assert window.document.journey.logo == logo
    target = tmp_path / "with-logo.journey"
    monkeypatch.setattr(prompts, "save_file_path", lambda *args, **kwargs: target)
    action(window, "action_save_as").trigger()
    assert load_path(target).logo == logo


def test_removing_the_logo_undoes(qtbot: QtBot, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, tmp_path)
    pick(monkeypatch, logo_file(tmp_path))
    action(window, "action_set_logo").trigger()
    action(window, "action_remove_logo").trigger()
    assert window.document.journey.logo is None
    assert window.document.undo_stack.undoText() == "Remove client logo"
    window.document.undo_stack.undo()
    assert window.document.journey.logo is not None


def test_a_file_that_is_no_image_is_refused_and_the_logo_kept(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        quiet_prompts: list[str]) -> None:  # noqa: F811 - the errors it collected
    window = make_window(qtbot, tmp_path)
    pick(monkeypatch, logo_file(tmp_path))
    action(window, "action_set_logo").trigger()
    kept = window.document.journey.logo
    bogus = tmp_path / "logo.png.txt"
    bogus.write_text("<svg onload=alert(1)>", encoding="utf-8")
    pick(monkeypatch, bogus)
    action(window, "action_set_logo").trigger()
    assert window.document.journey.logo == kept
    assert quiet_prompts and "not a PNG, JPEG" in quiet_prompts[-1]
    pick(monkeypatch, None)  # cancelled: nothing changes, nothing is said
    count = window.document.undo_stack.count()
    action(window, "action_set_logo").trigger()
    assert window.document.undo_stack.count() == count and len(quiet_prompts) == 1


def _dark_share(path: Path, page: int, box: tuple[float, float, float, float]) -> float:
    """The share of dark pixels inside `box` (x, y, w, h in points) on `page`."""
    image = render_gray(path, page, dpi=72)
    x, y, w, h = box
    samples = [image.at(x + w * i / 10, y + h * j / 10) for i in range(1, 10) for j in range(1, 10)]
    return sum(1 for level in samples if level < 60) / len(samples)


@pytest.mark.parametrize("layout", ["report", "poster"])
def test_the_cover_shows_the_logo_at_the_top_left(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str) -> None:
    window = make_window(qtbot, tmp_path)
    pick(monkeypatch, logo_file(tmp_path, 400, 100))  # 4:1 → limited by the box's width
    action(window, "action_set_logo").trigger()
    journey = window.document.journey
    with_logo, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    options = PdfOptions(layout=layout, cover=True)  # type: ignore[arg-type]
    export_pdf(journey, with_logo, options)
    export_pdf(journey.model_copy(update={"logo": None}), without, options)
    for pdf in (with_logo, without):
        assert "No syntax or stream encoding errors" in qpdf_check(pdf)
    images = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", str(with_logo)],
                            capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 3, images  # header, rule, one image
    assert subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", str(without)],
                          capture_output=True, text=True, check=True
                          ).stdout.strip().count("\n") == 1
    width = LOGO_MAX_WIDTH
    height = width / 4
    assert height <= LOGO_MAX_HEIGHT
    box = (MARGIN, LOGO_TOP, width, height)
    assert _dark_share(with_logo, 1, box) > 0.95
    assert _dark_share(without, 1, box) < 0.05
    # The title still reads below the logo, on the same number of pages.
    assert journey.title.split()[0] in pdf_text(with_logo, 1, 1)
    assert page_count(with_logo) == page_count(without)


def test_a_transparent_logo_keeps_its_transparency_on_the_cover(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A logo on a transparent background shows the page through it, not a black box."""
    image = QImage(400, 100, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    for x in range(180, 220):  # a black square in the middle
        for y in range(30, 70):
            image.setPixelColor(x, y, QColor("#000000"))
    path = tmp_path / "transparent.png"
    assert image.save(str(path))
    window = make_window(qtbot, tmp_path)
    pick(monkeypatch, path)
    action(window, "action_set_logo").trigger()
    pdf = tmp_path / "report.pdf"
    export_pdf(window.document.journey, pdf, PdfOptions(layout="report"))
    scale = LOGO_MAX_WIDTH / 400  # the logo is drawn 180 points wide
    centre = (MARGIN + 190 * scale, LOGO_TOP + 40 * scale, 20 * scale, 20 * scale)
    corner = (MARGIN, LOGO_TOP, 60 * scale, 20 * scale)
    assert _dark_share(pdf, 1, centre) > 0.9
    assert _dark_share(pdf, 1, corner) == 0.0
