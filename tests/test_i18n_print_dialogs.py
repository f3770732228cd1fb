"""Qt's own print, page-setup, printer-properties and print-preview dialogs speak Vietnamese.

Qt ships no Vietnamese catalogue; `resources/i18n/qt_extra_vi.ts` carries Vietnamese for the
strings these dialogs use (QPrintDialog, QPrintWidget, QPrintSettingsOutput,
QPrintPropertiesDialog/Widget, QPageSetupWidget, QCupsJobWidget, QPrintPreviewDialog, paper
names of QPageSize). The real dialogs are opened offscreen, without blocking, in English and in
Vietnamese, and every text a user can read is compared: in Vietnamese none is left English.
"""

from __future__ import annotations

import re
from typing import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canvas_app.ui import i18n, prompts
from canvas_app.ui.printing import mode_choice

# Texts that are the same in Vietnamese: unit symbols, "OK", international paper names.
SAME_IN_VIETNAMESE = {"OK", "...", "mm", "Cicero (CC)", "Didot (DD)", "Pica (P̸)"}
_PAPER_NAME = re.compile(r"^(A\d|B\d|JIS |PRC |ANSI |Architect |Letter|Legal|Ledger|Tabloid|"
                         r"Executive|Folio|Fan-fold|Note$|Quarto|Statement|Super |\d)")
_GRID = re.compile(r"^\d+ \(\d+x\d+\)$")  # pages per sheet: "4 (2x2)"
_LETTERS = re.compile(r"[^\W\d_]")

Texts = dict[str, tuple[str, ...]]


def _path(widget: QWidget, top: QWidget) -> str:
    parts = []
    node: QWidget | None = widget
    while node is not None and node is not top:
        parent = node.parentWidget()
        siblings = [c for c in parent.findChildren(type(node), options=Qt.FindChildOption.
                                                   FindDirectChildrenOnly)] if parent else []
        parts.append(node.objectName() or f"{type(node).__name__}[{siblings.index(node)}]")
        node = parent
    return "/".join(reversed(parts))


def dialog_texts(dialog: QWidget) -> Texts:
    """Every text of `dialog` a user reads or hears, by widget path (also on tabs not shown
    and in parts hidden for the current printer, which another printer shows)."""
    found: Texts = {"": (dialog.windowTitle(),)}
    for widget in dialog.findChildren(QWidget):
        values = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            values.append(widget.text())
        if isinstance(widget, QGroupBox):
            values.append(widget.title())
        if isinstance(widget, QComboBox):
            values += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            values += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QDoubleSpinBox):
            values.append(widget.suffix())
        values += [action.text() for action in widget.actions()]
        found[_path(widget, dialog)] = tuple(values)
    return found


def english_left(english: Texts, vietnamese: Texts) -> list[tuple[str, str]]:
    """Texts with words that are still the English ones in the Vietnamese dialog."""
    left = []
    for path, values in english.items():
        assert path in vietnamese, path
        for before, after in zip(values, vietnamese[path]):
            if before != after or not _LETTERS.search(before):
                continue
            if before in SAME_IN_VIETNAMESE or _GRID.match(before) or (
                    path.endswith("pageSizeCombo") and _PAPER_NAME.match(before)):
                continue
            left.append((path, before))
    return left


@pytest.fixture
def printer() -> Iterator[QPrinter]:
    yield QPrinter(QPrinter.PrinterMode.HighResolution)


def print_dialog_texts(qtbot: QtBot, printer: QPrinter, language: str) -> tuple[Texts, Texts]:
    """The print dialog's texts with its options shown (the "Options >>" button clicked for
    real), and those of the Printer Properties dialog its Properties button opens."""
    i18n.install_language(language)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()  # not exec(): the test keeps running while the dialog is open
    qtbot.waitExposed(dialog)
    options = [b for b in dialog.findChildren(QPushButton) if ">>" in b.text()]
    assert len(options) == 1
    qtbot.mouseClick(options[0], Qt.MouseButton.LeftButton)
    texts = dialog_texts(dialog)
    properties: Texts = {}

    def read_properties() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, QDialog) or shown is dialog:
            QTimer.singleShot(10, read_properties)
            return
        properties.update(dialog_texts(shown))
        shown.reject()

    button = dialog.findChild(QPushButton, "properties")
    assert button is not None and button.isEnabled()
    QTimer.singleShot(0, read_properties)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(properties))
    dialog.reject()
    return texts, properties


def test_the_print_dialog_and_its_properties_are_vietnamese(qtbot: QtBot, printer: QPrinter
                                                             ) -> None:
    """QPrintDialog with its options open and the Printer Properties dialog (Page, Advanced
    and Job Options tabs): no English text is left in Vietnamese."""
    try:
        english, english_properties = print_dialog_texts(qtbot, printer, i18n.ENGLISH)
        vietnamese, vietnamese_properties = print_dialog_texts(qtbot, printer, i18n.VIETNAMESE)
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert english_left(english, vietnamese) == []
    assert english_left(english_properties, vietnamese_properties) == []
    shown = {text for values in vietnamese.values() for text in values}
    assert {"&In", "&Tùy chọn <<", "T&huộc tính", "Phạm vi in", "Chế độ màu", "In hai mặt", "Bản in",
            "Tùy chọn", "In ra tệp (PDF)"} <= shown
    shown = {text for values in vietnamese_properties.values() for text in values}
    assert {"Thuộc tính máy in", "Trang", "Tùy chọn lệnh in", "Khổ giấy:", "Hướng giấy", "Dọc",
            "Ngang", "Lề", "Phong bì C5", "Hẹn giờ &in:", "Milimét (mm)"} <= shown


def page_setup_texts(qtbot: QtBot, printer: QPrinter, language: str) -> Texts:
    i18n.install_language(language)
    dialog = QPageSetupDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = dialog_texts(dialog)
    dialog.reject()
    return texts


def test_the_page_setup_dialog_is_vietnamese(qtbot: QtBot, printer: QPrinter) -> None:
    try:
        english = page_setup_texts(qtbot, printer, i18n.ENGLISH)
        vietnamese = page_setup_texts(qtbot, printer, i18n.VIETNAMESE)
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert english_left(english, vietnamese) == []
    assert vietnamese[""] == ("Thiết lập trang",)
    shown = {text for values in vietnamese.values() for text in values}
    assert {"Giấy", "Khổ giấy:", "Rộng:", "Cao:", "lề trên", "Số trang mỗi &tờ:",
            "Trái sang phải, trên xuống dưới", "Tùy chỉnh"} <= shown


def preview_texts(qtbot: QtBot, printer: QPrinter, language: str) -> Texts:
    i18n.install_language(language)
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = dialog_texts(dialog)
    dialog.reject()
    return texts


def test_the_print_preview_toolbar_is_vietnamese(qtbot: QtBot, printer: QPrinter) -> None:
    try:
        english = preview_texts(qtbot, printer, i18n.ENGLISH)
        vietnamese = preview_texts(qtbot, printer, i18n.VIETNAMESE)
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert english_left(english, vietnamese) == []
    shown = {text for values in vietnamese.values() for text in values}
    assert {"Trang sau", "Trang trước", "Vừa chiều rộng", "Phóng to", "Thiết lập trang",
            "Hiện hai trang đối diện"} <= shown
    assert "100,0%" in shown  # the zoom list follows the Vietnamese locale


def test_the_apps_print_dialog_is_vietnamese(qtbot: QtBot) -> None:
    """What File ▸ Print opens (prompts.ask_print, modal): Qt's dialog with our Board tab,
    all in Vietnamese; cancelling answers None."""
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(10, inspect)
            return
        tabs = dialog.findChild(QTabWidget, "tabs")
        seen["title"] = dialog.windowTitle()
        seen["tabs"] = [tabs.tabText(i) for i in range(tabs.count())] if tabs else []
        seen["buttons"] = sorted(b.text() for b in dialog.findChildren(QPushButton)
                                 if b.isVisible())
        dialog.reject()

    i18n.install_language(i18n.VIETNAMESE)
    try:
        QTimer.singleShot(0, inspect)
        assert prompts.ask_print(None, QPrinter(), mode_choice(None)) is None
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert seen["title"] == "In"
    assert seen["tabs"] == ["Bản in", "Tùy chọn", "Bảng"]
    assert seen["buttons"] == sorted(["&In", "Hủy", "&Tùy chọn >>", "T&huộc tính"])


def test_print_dialog_messages_are_in_the_catalogue(qapp: QApplication) -> None:
    """The dialog's warnings (a file that exists, a bad page range, conflicting options) are
    translated too, placeholders kept."""
    i18n.install_language(i18n.VIETNAMESE)
    try:
        overwrite = QCoreApplication.translate(
            "QPrintDialog", "%1 already exists.\nDo you want to overwrite it?")
        syntax = QCoreApplication.translate(
            "QPrintDialog", "%1 does not follow the correct syntax. Please use ',' to separate "
            "ranges and pages, '-' to define ranges and make sure ranges do not intersect with "
            "each other.")
        conflicts = QCoreApplication.translate(
            "QPrintPropertiesDialog",
            "There are conflicts in page setup options. Do you want to fix them?")
        login = QCoreApplication.translate("QCupsPrinterSupport",
                                           "Authentication needed to use %1 on %2.")
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert overwrite == "%1 đã có.\nBạn có muốn ghi đè lên tệp này không?"
    assert syntax.startswith("%1 không đúng cú pháp.")
    assert conflicts.startswith("Các tùy chọn thiết lập trang mâu thuẫn")
    assert login == "Cần xác thực để dùng %1 trên %2."
