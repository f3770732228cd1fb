"""Translations: every user-visible string is marked and translated into Vietnamese, the shipped
catalogues are current, and switching the interface language keeps the open map and its history
while every text of the window (Qt's own buttons included) turns Vietnamese."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabBar,
    QUndoView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from canvas_app.model.kinds import KIND_LABELS, Language, NoteKind
from canvas_app.scene.kind_marks import kind_label
from canvas_app.ui import i18n, prompts
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.template_dialog import TemplateDialog
from test_edits import small_map

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  I18N / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """The interface in Vietnamese for one test, English again afterwards."""
    i18n.install_language(i18n.VIETNAMESE)
    try:
        yield
    finally:
        i18n.install_language(i18n.ENGLISH)


# -- marked and translated ------------------------------------------------------------------------

# Calls that put text in front of the user, and which argument (or keyword) is that text.
_TEXT_CALLS = {
    "setText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setWindowTitle": (0,), "setPlaceholderText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setTitle": (0,), "setIconText": (0,),
    "setLabelText": (0,), "setEmptyLabel": (0,), "setSpecialValueText": (0,), "setSuffix": (0,),
    "setPrefix": (0,), "setTabText": (1,), "setTabToolTip": (1,), "showMessage": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "addItem": (0,), "addItems": (0,),
    "insertItem": (1,), "setItemText": (1,), "addMenu": (0,), "addAction": (0,),
    "addTab": (1,), "insertTab": (2,), "setHorizontalHeaderLabels": (0,),
    "setHeaderLabels": (0,), "addRow": (0,), "insertRow": (1,), "setButtonText": (1,),
    "addButton": (0,), "drawText": (-1,), "show_error": (1, 2), "show_about": (1, 2),
    "ask_text": (1, 2), "ask_item": (1, 2), "choose_color": (2,), "open_file_path": (1, 3),
    "save_file_path": (1, 3), "getText": (1, 2), "getItem": (1, 2), "getColor": (2,),
    "getOpenFileName": (1, 3), "getSaveFileName": (1, 3), "getExistingDirectory": (1,),
}
_MESSAGE_BOX = {"warning", "information", "critical", "question", "about"}
_TEXT_CLASSES = {"QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                 "QDockWidget", "QMenu", "QToolButton", "QListWidgetItem", "QTableWidgetItem",
                 "QCommandLinkButton", "QToolBar"}
_TEXT_KEYWORDS = {"text", "title", "label", "caption", "toolTip", "statusTip", "placeholderText"}
# Literal strings shown on purpose without translation: (file, text).
ALLOWED_LITERALS = {
    ("canvas_app/ui/preferences_dialog.py", "English"),  # each language named in itself
    ("canvas_app/ui/preferences_dialog.py", "Tiếng Việt"),
    ("canvas_app/ui/image_export.py", "Software"),  # a PNG metadata key, not shown
}
_LETTER = re.compile(r"[^\W\d_]")


def _wordy(text: str) -> bool:
    return bool(_LETTER.search(re.sub(r"%L?[0-9n]", "", text)))


def _literal_texts(node: ast.Call) -> list[str]:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else (
        func.id if isinstance(func, ast.Name) else "")
    if name in _TEXT_CLASSES:
        positions: tuple[int, ...] = tuple(range(len(node.args)))
    elif name in _MESSAGE_BOX and isinstance(func, ast.Attribute) and isinstance(
            func.value, ast.Name) and func.value.id == "QMessageBox":
        positions = (1, 2)
    elif name in _TEXT_CALLS:
        positions = _TEXT_CALLS[name]
        # addItem(icon, text, data) and addAction(icon, text): the text comes after the icon.
        if name in ("addItem", "addAction", "insertItem") and node.args and "icon" in \
                ast.unparse(node.args[0]).lower():
            positions = tuple(p + 1 for p in positions)
    else:
        return []
    values = [node.args[p] for p in positions if -len(node.args) <= p < len(node.args)]
    values += [k.value for k in node.keywords if k.arg in _TEXT_KEYWORDS]
    found = []
    for value in values:
        parts = value.elts if isinstance(value, (ast.List, ast.Tuple)) else [value]
        for part in parts:
            if isinstance(part, ast.Constant) and isinstance(part.value, str) and _wordy(
                    part.value):
                found.append(part.value)
            elif isinstance(part, ast.JoinedStr) and any(
                    isinstance(v, ast.Constant) and _wordy(str(v.value)) for v in part.values):
                found.append(ast.unparse(part))
    return found


def unmarked_strings() -> list[str]:
    """Literal texts handed to the user without going through translation."""
    sources = sorted((ROOT / "canvas_app" / "ui").rglob("*.py")) + sorted(
        (ROOT / "canvas_app" / "scene").rglob("*.py")) + [ROOT / "canvas_app" / "app.py"]
    problems = []
    for path in sources:
        relative = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                for text in _literal_texts(node):
                    if (relative, text) not in ALLOWED_LITERALS:
                        problems.append(f"{relative}:{node.lineno}: {text!r}")
    return problems


def test_every_user_visible_literal_is_marked_for_translation() -> None:
    """No literal string reaches a label, button, title, tip, menu or message in the ui and
    scene code without tr()/translate (deliberate exceptions are listed above)."""
    assert unmarked_strings() == []


def test_the_scanner_catches_an_unmarked_string() -> None:
    """The check above really finds literals (a label, an f-string title, an icon-first item)."""
    tree = ast.parse('QLabel("Hello")\nw.setWindowTitle(f"Map {name}")\n'
                     'c.addItem(swatch_icon(x), "Pain point", "p")\nw.setObjectName("name")\n'
                     'w.setText(self.tr("Fine"))\n')
    found = [text for node in ast.walk(tree) if isinstance(node, ast.Call)
             for text in _literal_texts(node)]
    assert found == ["Hello", "f'Map {name}'", "Pain point"]


def test_every_translation_call_can_be_extracted() -> None:
    """Every tr()/translate call has a known context and one literal text (an f-string or a
    tr() on an object of unknown class could not be translated)."""
    assert tool.extract().problems == []


def test_the_vietnamese_catalogue_matches_the_code() -> None:
    """journey_canvas_vi.ts holds exactly the messages of the code (none missing, none stale):
    running update_translations.py would not change it."""
    path = tool.app_ts_path("vi")
    assert path.read_text(encoding="utf-8") == tool.expected_app_ts("vi"), (
        "run: python resources/i18n/update_translations.py, then translate what is new")


def test_every_vietnamese_entry_is_finished() -> None:
    """No message of any .ts is unfinished or empty."""
    for ts_path in tool.all_ts_files():
        assert tool.unfinished(ts_path) == [], ts_path.name


def test_translations_keep_placeholders_and_one_mnemonic() -> None:
    """A translation has the same %1…%9, %n and %Ln placeholders as its source, and a
    mnemonic (&) exactly where the source has one."""
    placeholder = re.compile(r"%L?[1-9n]")
    for ts_path in tool.all_ts_files():
        for (context, source, _comment), found in tool.read_ts(ts_path).items():
            for text in found.forms or (found.text,):
                assert sorted(placeholder.findall(text)) == sorted(
                    placeholder.findall(source)), (context, source, text)
                mnemonics = len(re.findall(r"&(?!&)", text.replace("&&", "")))
                wanted = len(re.findall(r"&(?!&)", source.replace("&&", "")))
                assert mnemonics == wanted, (context, source, text)


def test_compiled_catalogues_are_current() -> None:
    """Each shipped .qm is byte for byte what pyside6-lrelease makes of its .ts now."""
    for ts_path in tool.all_ts_files():
        qm_path = ts_path.with_suffix(".qm")
        assert qm_path.exists(), qm_path.name
        assert qm_path.read_bytes() == tool.compiled_bytes(ts_path), qm_path.name


def test_rendering_a_catalogue_is_reproducible() -> None:
    """The same messages and translations always give the same TS text (sorted, no line
    numbers), whatever order they come in."""
    existing = tool.read_ts(tool.app_ts_path("vi"))
    messages = tool.extract().messages
    shuffled = dict(reversed(list(messages.items())))
    first = tool.render_ts("vi_VN", messages, existing)
    assert first == tool.render_ts("vi_VN", shuffled, existing)
    assert "<location" not in first and 'type="obsolete"' not in first


def test_lupdate_finds_no_message_the_extractor_misses(tmp_path: Path) -> None:
    """Every source text Qt's own pyside6-lupdate finds in the code is in our catalogue (it
    reads contexts wrongly for some helpers, but must not see strings we do not)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed with this PySide6")
    target = tmp_path / "lupdate.ts"
    subprocess.run([str(lupdate), "-silent", "-extensions", "py", "-locations", "none",
                    str(ROOT / "canvas_app"), "-ts", str(target)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ours = {key[1] for key in tool.extract().messages}
    theirs = {key[1] for key in tool.read_ts(target)}
    assert theirs - ours == set()


def test_compiled_catalogues_are_package_data() -> None:
    """pyproject ships resources/i18n/*.qm with the package, where i18n looks for them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["canvas_app.resources"]
    assert "i18n/*.qm" in patterns
    for name in ("journey_canvas", "qt_extra"):
        assert i18n.catalogue_path(name, "vi").exists()


def test_kind_names_use_the_glossary_of_the_maps(qapp: QApplication) -> None:
    """In Vietnamese, the interface names note kinds exactly as Vietnamese maps do."""
    i18n.install_language(i18n.VIETNAMESE)
    try:
        for kind in NoteKind:
            assert kind_label(kind) == KIND_LABELS[kind]["vi"]
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert kind_label(NoteKind.PAIN_POINT) == "Pain point"


# -- choosing and switching the language ----------------------------------------------------------


def test_language_comes_from_the_system_unless_the_preferences_name_one(
        qapp: QApplication, tmp_path: Path) -> None:
    """"system" (the default) follows the system locale; a stored choice wins; numbers follow
    the chosen language."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.stored_choice(settings) == i18n.SYSTEM
    assert i18n.resolve(i18n.SYSTEM) == i18n.system_language()
    i18n.store_choice(settings, i18n.VIETNAMESE)
    try:
        assert i18n.apply_stored_language(settings) == "vi"
        assert QCoreApplication.translate("Actions", "Undo") == "Hoàn tác"
        assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Không lưu"
        assert QLocale().language() == QLocale.Language.Vietnamese
        assert QLocale().toString(1234567) == "1.234.567"
    finally:
        i18n.install_language(i18n.ENGLISH)
    assert QCoreApplication.translate("Actions", "Undo") == "Undo"
    assert QLocale().language() == QLocale.Language.English


def _path(obj: QWidget | QAction, top: QWidget) -> str:
    """A stable name for an object of the window: object names or class[index] up to `top`."""
    parts = []
    node = obj
    while node is not None and node is not top:
        parent = node.parent()
        name = node.objectName()
        if not name:
            siblings = [c for c in parent.children() if type(c) is type(node)] if parent else []
            name = f"{type(node).__name__}[{siblings.index(node) if node in siblings else 0}]"
        parts.append(name)
        node = parent
    return "/".join(reversed(parts))


def window_texts(window: MainWindow) -> dict[str, tuple[object, ...]]:
    """Every text the window's widgets and actions show, by object path (the undo history and
    the Open Recent entries, rebuilt each time they are shown, and Qt's covered spare tab bars
    left out)."""
    found: dict[str, tuple[object, ...]] = {}
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QUndoView) or "menu_recent" in _path(widget, window):
            continue
        values: list[object] = [widget.windowTitle(), widget.toolTip(), widget.statusTip(),
                                widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            values.append(widget.text())
        if isinstance(widget, QLineEdit):
            values.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            values.append(tuple(widget.itemText(i) for i in range(widget.count())))
            values.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            values.append(tuple((widget.item(i).text(), widget.item(i).toolTip())
                                for i in range(widget.count())))
        if isinstance(widget, (QMenu, QGroupBox)):
            values.append(widget.title())
        if isinstance(widget, QTabBar):
            # The main window keeps spare dock tab bars around, covered by other widgets:
            # only a tab bar the user can see counts.
            shown = window.childAt(widget.mapTo(window, widget.rect().center()))
            if shown is widget or widget.isAncestorOf(shown):
                values.append(tuple(widget.tabText(i) for i in range(widget.count())))
        if isinstance(widget, QAbstractSpinBox):
            values.append(widget.specialValueText())
        found[_path(widget, window)] = tuple(values)
    for action in window.findChildren(QAction):
        path = _path(action, window)
        if action.objectName() in ("action_undo", "action_redo") or "menu_recent" in path:
            continue
        found[path] = (action.text(), action.iconText(), action.toolTip(), action.statusTip())
    return found


def make_window(qtbot: QtBot, tmp_path: Path, name: str) -> MainWindow:
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(small_map(), settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_switching_to_vietnamese_keeps_the_map_and_matches_a_window_made_in_vietnamese(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a map open, edits made, notes selected and a zoom set, switching to Vietnamese
    keeps the document, its undo history (its commands renamed), the selection and the zoom,
    and leaves every text of the window exactly as in a window opened in Vietnamese."""
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: prompts.SaveChoice.DISCARD)
    window = make_window(qtbot, tmp_path, "switched")
    window.editor.rename_stage("s2", "So sánh giá")
    window.editor.move_notes(["n3"], "s2", "l-act", 0)
    window.view.select_notes(["n3", "n4"])
    window.view.set_zoom(1.5)
    journey, stack = window.document.journey, window.document.undo_stack
    commands = [stack.command(i) for i in range(stack.count())]
    try:
        i18n.install_language(i18n.VIETNAMESE)
        qtbot.wait(10)
        assert window.document.journey is journey and window.document.journey.language is \
            Language.EN
        assert [stack.command(i) for i in range(stack.count())] == commands
        assert [stack.text(i) for i in range(stack.count())] == [
            "Đổi tên giai đoạn “Compare”", "Di chuyển ghi chú"]
        assert stack.index() == 2 and window.document.modified
        assert window.view.selected_note_ids() == ["n3", "n4"]
        assert window.view.zoom() == pytest.approx(1.5)
        assert window.menuBar().findChild(QMenu, "menu_file").title() == "&Tệp"
        assert window.menuBar().findChild(QMenu, "menu_edit").title() == "Chỉnh &sửa"
        assert window.window_actions.undo.text() == "Hoàn tác: Di chuyển ghi chú"
        assert window.panels.inspector.describe() == "Đã chọn 2 ghi chú"
        assert window.status.zoom.text() == "150%"
        fresh = make_window(qtbot, tmp_path, "fresh")
        fresh.document.reset(journey)
        fresh.view.select_notes(["n3", "n4"])
        fresh.view.set_zoom(1.5)
        qtbot.wait(10)
        switched_texts, fresh_texts = window_texts(window), window_texts(fresh)
        different = {path: (switched_texts.get(path), fresh_texts.get(path))
                     for path in switched_texts.keys() | fresh_texts.keys()
                     if switched_texts.get(path) != fresh_texts.get(path)}
        assert different == {}
        i18n.install_language(i18n.ENGLISH)
        qtbot.wait(10)
        assert window.menuBar().findChild(QMenu, "menu_file").title() == "&File"
        assert window.window_actions.undo.text() == "Undo Move note"
    finally:
        i18n.install_language(i18n.ENGLISH)


def test_close_prompt_buttons_are_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    """The "save your changes?" box shows Qt's standard Save, Discard and Cancel buttons in
    Vietnamese (Qt ships no Vietnamese: our qt_extra catalogue provides them)."""
    seen: dict[str, object] = {}

    def answer() -> None:
        # Never raise here: an exception would leave the modal box open and the test hanging.
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, answer)
            return
        box = boxes[0]
        seen["text"] = box.text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        box.reject()

    QTimer.singleShot(0, answer)
    choice = prompts.ask_save_changes(None, "Bản đồ.journey")
    assert choice is prompts.SaveChoice.CANCEL
    assert seen["text"] == "Bạn có muốn lưu các thay đổi của “Bản đồ.journey” không?"
    assert seen["buttons"] == sorted(["Lưu", "Không lưu", "Hủy"])


def test_template_dialog_offers_both_map_languages_whatever_the_interface(
        qtbot: QtBot, vietnamese: None) -> None:
    """In a Vietnamese interface the new-map dialog still offers English and Vietnamese maps,
    and an English map built there stays English."""
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert {combo.itemData(i) for i in range(combo.count())} == {"en", "vi"}
    assert dialog.windowTitle() == "Bản đồ mới từ mẫu"
    dialog.select_template(dialog.template_ids()[0])
    dialog.set_language(Language.EN)
    assert (made := dialog.preview_map()) is not None and made.language is Language.EN
    dialog.set_language(Language.VI)
    assert (made := dialog.preview_map()) is not None and made.language is Language.VI


def test_counts_and_zoom_follow_the_interface_locale(qtbot: QtBot, tmp_path: Path,
                                                     vietnamese: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """In Vietnamese the status bar counts notes and shows the zoom the Vietnamese way."""
    monkeypatch.setattr(prompts, "ask_save_changes", lambda *args: prompts.SaveChoice.DISCARD)
    window = make_window(qtbot, tmp_path, "counts")
    window.view.select_notes(["n1", "n2"])
    assert window.status.note_count.text() == "6 ghi chú (đã chọn 2)"
    window.view.set_zoom(2.0)
    assert window.status.zoom.text() == "200%"
    assert window.status.zoom.toolTip() == "Thu phóng (bấm để chọn mức có sẵn)"


def test_preferences_store_and_apply_the_language(qapp: QApplication, tmp_path: Path) -> None:
    """Choosing Tiếng Việt in the preferences stores it and switches at once; choosing the
    system setting goes back to the system's language."""
    from canvas_app.ui.preferences_dialog import apply_preferences

    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    try:
        apply_preferences(settings, i18n.VIETNAMESE, False)
        assert settings.value(i18n.SETTINGS_KEY) == "vi"
        assert i18n.current_language() == "vi"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
        apply_preferences(settings, i18n.SYSTEM, False)
        assert i18n.current_language() == i18n.system_language()
    finally:
        i18n.install_language(i18n.ENGLISH)
