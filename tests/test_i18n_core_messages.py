"""Messages of the Qt-free core (file, CSV, save and edit errors) in the interface language.

The core raises errors carrying a `Message` (an English template marked with `msg()`/`N_()` and
its values); the interface translates the template and writes the numbers with QLocale. Here:
real broken files, CSVs, a read-only folder and refused edits go through the real window, and
the message box says what is wrong in Vietnamese (naming the file, line, column or limit) and,
in English, exactly what `str(error)` says for the command line. Also: every core message is
marked, extracted and translated with its placeholders intact, and pydantic's validation
errors keep their English wording.
"""

from __future__ import annotations

import ast
import os
import string
import sys
from pathlib import Path
from random import Random
from typing import Any, Callable, Iterator

import pytest
from fuzz_mutations import CSV_MUTATIONS, JOURNEY_MUTATIONS, journey_seeds, mutate, with_photos
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_bytes, load_path, save_path
from canvas_app.fileio.csv_io import import_csv, import_csv_path
from canvas_app.fileio.errors import InputError
from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.messages import (
    CONTEXT,
    ExplainedError,
    Message,
    MessageFormatter,
    literal,
    msg,
)
from canvas_app.model.records import Phase, Stage
from canvas_app.model.templates import build_map
from canvas_app.ui import i18n, prompts, session_prompts
from canvas_app.ui.core_messages import error_text, translated
from canvas_app.ui.main_window import MainWindow
from fs_helpers import read_only_folder  # noqa: F401 (fixture)
from session_helpers import state_folder  # noqa: F401 (fixture)
from test_edits import small_map
from test_i18n import tool
from test_ui_window import quiet_prompts  # noqa: F401 (autouse)
from test_ui_window import action, make_window

ROOT = Path(__file__).resolve().parent.parent
CSV_DATA = Path(__file__).resolve().parent / "data" / "csv"
# The real message boxes, taken before the window tests' autouse fixture replaces them.
REAL_SHOW_ERROR = prompts.show_error
REAL_ASK_SAVE_FAILED = session_prompts.ask_save_failed




@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    i18n.install_language(i18n.VIETNAMESE)
    try:
        yield
    finally:
        i18n.install_language(i18n.ENGLISH)


# -- the real window says what went wrong -----------------------------------------------------


def read_next_box(seen: list[dict[str, str]], button: QMessageBox.StandardButton | None = None
                  ) -> None:
    """When the next modal message box shows, record its title and text, then click `button`
    (its first button when None) — a real click on the real box."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        seen.append({"title": box.windowTitle(), "text": box.text(),
                     "informative": box.informativeText()})
        target = box.button(button) if button is not None else None
        (target or box.buttons()[0]).click()

    QTimer.singleShot(0, attempt)


def refusal(load: Callable[[], object]) -> InputError:
    """The error the core raises for `load` (what the command line prints is `str()` of it)."""
    with pytest.raises(InputError) as caught:
        load()
    return caught.value


def open_through_menu(qtbot: QtBot, window: MainWindow, path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """File ▸ Open on `path` (the file picker answers it); the error box that follows."""
    monkeypatch.setattr(prompts, "show_error", REAL_SHOW_ERROR)
    monkeypatch.setattr(prompts, "open_file_path", lambda *args: path)
    seen: list[dict[str, str]] = []
    read_next_box(seen)
    action(window, "action_open").trigger()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_a_truncated_map_is_explained_in_the_interface_language(
        qtbot: QtBot, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A map file cut off mid-way: the box names the file, the line and the column."""
    path = tmp_path / "kế hoạch.journey"
    save_path(small_map(), path)
    data = path.read_bytes()
    path.write_bytes(data[: data.index(b'": ', len(data) // 2) + 3])  # cut before a value
    error = refusal(lambda: load_path(path))
    window = make_window(qtbot, tmp_path)
    box = open_through_menu(qtbot, window, path, monkeypatch)
    if language == i18n.VIETNAMESE:
        assert box["title"] == "Không mở được bản đồ"
        line, column = error.core_message.values["line"], error.core_message.values["column"]
        assert box["text"] == (
            f"{path}: JSON không hợp lệ ở dòng {line}, cột {column} (thiếu một giá trị); "
            "tệp có thể bị cắt cụt hoặc bị hỏng")
    else:
        assert box["title"] == "Cannot open the map"
        assert box["text"] == str(error)
        assert "not valid JSON at line" in box["text"] and "truncated" in box["text"]
    assert window.document.journey == small_map()  # the open map is untouched


def test_a_newer_version_is_explained(qtbot: QtBot, tmp_path: Path, language: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A map from a newer Journey Canvas: the box gives both versions and what to do."""
    path = tmp_path / "newer.journey"
    path.write_bytes(save_bytes_with_version(small_map(), 7))
    error = refusal(lambda: load_path(path))
    window = make_window(qtbot, tmp_path)
    box = open_through_menu(qtbot, window, path, monkeypatch)
    if language == i18n.VIETNAMESE:
        assert box["text"] == (
            f"{path}: tệp có định dạng phiên bản 7, do một bản Journey Canvas mới hơn ghi ra; "
            "chương trình này chỉ đọc được đến phiên bản 2. Hãy cập nhật Journey Canvas.")
    else:
        assert box["text"] == str(error) == (
            f"{path}: the file is format version 7, written by a newer Journey Canvas; this "
            "program reads versions up to 2. Please update Journey Canvas.")


def save_bytes_with_version(journey: JourneyMap, version: int) -> bytes:
    from canvas_app.fileio.codec import dump_bytes

    return dump_bytes(journey).replace(b'"version": 2', f'"version": {version}'.encode(), 1)


def test_a_file_over_the_size_limit_is_explained_with_locale_numbers(
        qtbot: QtBot, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 70.5 MB map file (sparse: nothing is read) is refused by its size; Vietnamese writes
    the decimal comma."""
    path = tmp_path / "huge.journey"
    with path.open("wb") as handle:
        handle.truncate(int(70.5 * 1_048_576))
    error = refusal(lambda: load_path(path))
    window = make_window(qtbot, tmp_path)
    box = open_through_menu(qtbot, window, path, monkeypatch)
    if language == i18n.VIETNAMESE:
        assert box["text"] == (f"{path}: tệp nặng 70,5 MB, vượt quá 64 MB mà một tệp bản đồ "
                               "được phép có")
    else:
        assert box["text"] == str(error) == (
            f"{path}: the file is 70.5 MB, larger than the 64 MB a map file may be")


def test_a_photo_over_the_pixel_limit_is_explained(qtbot: QtBot, tmp_path: Path, language: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A persona photo declaring 20 000 × 20 000 pixels (a decompression bomb): the box names
    the persona's place and the limit."""
    import base64

    from fuzz_mutations import tiny_png

    from canvas_app.model.records import Persona, Photo

    journey = small_map()
    bomb = Persona(id="p-bomb", name="Bom", photo=Photo(
        media_type="image/png", data=base64.b64encode(tiny_png(20_000, 20_000)).decode()))
    data = journey.model_dump(mode="json")
    data["personas"].append(bomb.model_dump(mode="json"))
    path = tmp_path / "bomb.journey"
    save_path(JourneyMap.model_validate(data), path)
    error = refusal(lambda: load_path(path))
    window = make_window(qtbot, tmp_path)
    box = open_through_menu(qtbot, window, path, monkeypatch)
    if language == i18n.VIETNAMESE:
        assert box["text"] == (
            f"{path}: map.personas[1].photo: ảnh khai báo kích thước 20.000 × 20.000 điểm ảnh; "
            "mỗi cạnh chỉ được tối đa 16.384 điểm ảnh")
    else:
        # Quantities are grouped the English way in the window; the command line prints digits.
        assert str(error) == (f"{path}: map.personas[1].photo: the photo declares 20000 × 20000 "
                              "pixels; a side may be at most 16384 pixels")
        assert box["text"] == (f"{path}: map.personas[1].photo: the photo declares 20,000 × "
                               "20,000 pixels; a side may be at most 16,384 pixels")


def test_a_malformed_csv_import_is_explained(qtbot: QtBot, tmp_path: Path, language: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """File ▸ Import CSV on a CSV with an emotion out of range: the box names the file, the
    row and the column."""
    path = tmp_path / "ghi chú.csv"
    path.write_text("stage,lane,text,emotion\nTìm hiểu,Hành động,Đọc đánh giá,1\n"
                    "Mua,Cảm xúc,Lo lắng,-7\n", encoding="utf-8")
    error = refusal(lambda: import_csv_path(path))
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(prompts, "show_error", REAL_SHOW_ERROR)
    monkeypatch.setattr(prompts, "open_file_path", lambda *args: path)
    seen: list[dict[str, str]] = []
    read_next_box(seen)
    action(window, "action_import_csv").trigger()
    qtbot.waitUntil(lambda: bool(seen))
    if language == i18n.VIETNAMESE:
        assert seen[0]["title"] == "Không nhập được tệp CSV"
        assert seen[0]["text"] == (f"{path}: hàng 3, cột 'emotion': '-7' không phải là số "
                                   "nguyên từ -2 đến 2")
    else:
        assert seen[0]["text"] == str(error) == (
            f"{path}: row 3, column 'emotion': '-7' is not a whole number from -2 to 2")
    assert window.document.journey == small_map()


def test_a_csv_that_is_not_utf8_is_explained(qtbot: QtBot, tmp_path: Path, vietnamese: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel's legacy "CSV (Comma delimited)" (Windows-1252): the box gives the byte, its line
    and what to do, in Vietnamese."""
    path = CSV_DATA / "excel_ansi_cp1252.csv"
    error = refusal(lambda: import_csv_path(path))
    values = error.core_message.values
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(prompts, "show_error", REAL_SHOW_ERROR)
    monkeypatch.setattr(prompts, "open_file_path", lambda *args: path)
    seen: list[dict[str, str]] = []
    read_next_box(seen)
    action(window, "action_import_csv").trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0]["text"] == (
        f"{path}: không phải văn bản UTF-8 (byte 0x{values['byte']:02X} ở vị trí byte "
        f"{values['offset']}, dòng {values['line']}); hãy lưu tệp dưới dạng \"CSV UTF-8\" rồi "
        "nhập tệp đó")


def test_an_edit_refusal_is_explained(qtbot: QtBot, tmp_path: Path, language: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Insert ▸ Phase over a stage in the middle of another phase would split that phase: the
    model refuses and the box names the phase; nothing changes."""
    journey = JourneyMap(
        phases=(Phase(id="ph", title="Thu hút"),),
        stages=(Stage(id="a", title="Biết", phase="ph"), Stage(id="b", title="Thích", phase="ph"),
                Stage(id="c", title="Tin", phase="ph")),
        lanes=small_map().lanes)
    window = make_window(qtbot, tmp_path, journey)
    window.view.set_current_cell("b", journey.lanes[0].id)
    monkeypatch.setattr(prompts, "show_error", REAL_SHOW_ERROR)
    seen: list[dict[str, str]] = []
    read_next_box(seen)
    action(window, "action_add_phase").trigger()
    qtbot.waitUntil(lambda: bool(seen))
    if language == i18n.VIETNAMESE:
        assert seen[0] == {"title": "Không thể thực hiện",
                           "text": "thao tác này sẽ chia chặng “Thu hút” làm hai",
                           "informative": ""}
    else:
        assert seen[0]["text"] == "this would split the phase “Thu hút” in two"
    assert window.document.journey is not None and len(window.document.journey.phases) == 1
    assert window.document.undo_stack.count() == 0


def test_a_full_map_refuses_a_stage_naming_the_limit(qtbot: QtBot, tmp_path: Path,
                                                     vietnamese: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Insert ▸ Stage on a map at the stage limit: the box gives the limit in Vietnamese."""
    journey = JourneyMap(stages=tuple(Stage(id=f"s{i}", title=str(i))
                                      for i in range(limits.MAX_STAGES)),
                         lanes=small_map().lanes[:1])
    window = make_window(qtbot, tmp_path, journey)
    monkeypatch.setattr(prompts, "show_error", REAL_SHOW_ERROR)
    seen: list[dict[str, str]] = []
    read_next_box(seen)
    action(window, "action_add_stage").trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0]["text"] == "một bản đồ chỉ được có tối đa 500 giai đoạn"
    assert len(window.document.journey.stages) == limits.MAX_STAGES


def test_a_save_into_a_read_only_folder_is_explained(
        qtbot: QtBot, tmp_path: Path, language: str, read_only_folder: Path,
        state_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Save As into a folder nothing can be written to (immutable even for root): the real
    "cannot save" box says why in the interface language and offers Save As."""
    monkeypatch.setattr(session_prompts, "ask_save_failed", REAL_ASK_SAVE_FAILED)
    target = read_only_folder / "kế hoạch.journey"
    monkeypatch.setattr(prompts, "save_file_path", lambda *args, **kwargs: target)
    window = make_window(qtbot, tmp_path)
    seen: list[dict[str, str]] = []
    read_next_box(seen, QMessageBox.StandardButton.Close)
    action(window, "action_save_as").trigger()
    qtbot.waitUntil(lambda: bool(seen))
    if language == i18n.VIETNAMESE:
        assert seen[0]["title"] == "Không lưu được bản đồ"
        assert seen[0]["text"] == (
            f"{target}: không lưu được: thư mục chỉ cho phép đọc hoặc bạn không có quyền ghi "
            "vào đó. Các thay đổi của bạn vẫn đang mở; hãy lưu chúng vào chỗ khác bằng Lưu "
            "thành.")
        assert seen[0]["informative"] == "Bản đồ vẫn mở với mọi thay đổi của bạn."
    else:
        assert seen[0]["text"] == (
            f"{target}: could not save: the folder is read-only or you are not allowed to "
            "write there. Your changes are still open; save them elsewhere with Save As.")
    assert not target.exists() and window.document.path is None


def test_a_snapshot_that_cannot_be_restored_is_explained(tmp_path: Path, vietnamese: None
                                                         ) -> None:
    """The name given to a recovery snapshot in its error is translated too."""
    from canvas_app.fileio.recovery import RecoveryStore

    store = RecoveryStore(tmp_path / "recovery")
    key = store.new_key()
    store.write(key, small_map(), None)
    entry = store.entry(key)
    assert entry is not None
    entry.snapshot.write_bytes(b"{")
    error = refusal(lambda: store.load(entry))
    assert str(error).startswith("the recovered copy of Sample: not valid JSON")
    assert error_text(error).startswith("bản khôi phục của Sample: JSON không hợp lệ ở dòng 1")


# -- the messages themselves ----------------------------------------------------------------------


def test_numbers_follow_the_locale_and_positions_stay_plain(vietnamese: None) -> None:
    """Quantities are grouped, decimals get the locale's comma, positions ({row:d}) and hex
    bytes stay as written; nested messages are translated too."""
    message = msg("{file}: row {row:d}: more than {limit} notes; split the file",
                  file="a.csv", row=12345, limit=200_000)
    assert str(message) == "a.csv: row 12345: more than 200000 notes; split the file"
    assert translated(message) == "a.csv: hàng 12345: nhiều hơn 200.000 ghi chú; hãy chia nhỏ tệp"
    nested = msg("{file}: cannot be read ({reason})", file="x", reason=msg("the disk is full"))
    assert translated(nested) == "x: không đọc được (ổ đĩa đã đầy)"
    byte = msg("{file}: not a Journey Canvas file (not UTF-8 text: byte 0x{byte:02x} at offset "
               "{offset:d})", file="x", byte=255, offset=1024)
    assert translated(byte) == ("x: không phải tệp Journey Canvas (không phải văn bản UTF-8: "
                                "byte 0xff ở vị trí 1024)")
    assert translated(literal("Input/output error")) == "Input/output error"
    huge = msg("{what} index {index:d} is outside 0..{size:d}", what="cell", index=10**30,
               size=3)
    assert "1000000000000000000000000000000" in translated(huge)


def test_a_broken_translation_falls_back_to_english() -> None:
    """A translation whose placeholder does not exist cannot hide the message."""

    class Broken(MessageFormatter):
        def translate(self, template: str) -> str:
            return "{nothing} hỏng"

    message = msg("{file}: the file is empty", file="x.journey")
    assert Broken().render(message) == "x.journey: the file is empty"


def _core_entries() -> dict[str, str]:
    return {source: found.text for (context, source, _), found in
            tool.read_ts(tool.app_ts_path("vi")).items() if context == CONTEXT}


def _fields(template: str) -> list[tuple[str, str]]:
    return sorted((name, spec or "") for _, name, spec, _ in string.Formatter().parse(template)
                  if name is not None)


def test_core_translations_keep_every_placeholder() -> None:
    """Each Vietnamese core message uses exactly the placeholders (and number formats) of its
    English template, by name only."""
    entries = _core_entries()
    assert len(entries) > 150
    for source, text in entries.items():
        fields = _fields(source)
        assert all(name and not name.isdigit() for name, _ in fields), source
        assert _fields(text) == fields, (source, text)


def test_the_ui_translates_in_the_core_context() -> None:
    """The interface looks core templates up in the context the extraction writes them in."""
    assert CONTEXT == tool.CORE_CONTEXT
    assert "QCoreApplication.translate(\"CoreMessage\"" in (
        ROOT / "canvas_app" / "ui" / "core_messages.py").read_text(encoding="utf-8")


# Error classes whose text the user reads, and the argument that carries it.
_EXPLAINED = {"InputError": 0, "FileFormatError": 0, "NewerVersionError": 0, "CsvFormatError": 0,
              "ExportError": 0, "SaveError": 0, "EditError": 0, "IntegrityError": 0,
              "ExplainedValueError": 0, "_NotJsonError": 0, "CellError": 1, "_refuse": 2}


def unmarked_core_messages(sources: list[Path]) -> list[str]:
    """Calls that hand a user-facing error a finished string (a literal or an f-string)
    instead of a msg(...)."""
    problems = []
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else (
                func.id if isinstance(func, ast.Name) else "")
            if name not in _EXPLAINED or len(node.args) <= _EXPLAINED[name]:
                continue
            argument = node.args[_EXPLAINED[name]]
            if isinstance(argument, (ast.JoinedStr, ast.BinOp)) or (
                    isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: "
                                f"{ast.unparse(argument)[:60]}")
    return problems


def test_every_core_error_message_is_marked() -> None:
    """In the core (and the image export the command line shares), an error the user reads is
    raised with msg(...): an f-string would reach the Vietnamese interface in English."""
    sources = sorted((ROOT / "canvas_app" / "model").rglob("*.py")) + sorted(
        (ROOT / "canvas_app" / "fileio").rglob("*.py")) + [
        ROOT / "canvas_app" / "ui" / "image_export.py"]
    assert unmarked_core_messages(sources) == []


def test_the_marker_check_finds_an_f_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('raise FileFormatError(f"{file}: no such file")\n'
                      'raise CellError("kind", "bad")\n'
                      'raise CsvFormatError(msg("{file}: x", file=f))\n', encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = unmarked_core_messages([sample])
    finally:
        ROOT = saved
    assert [line.split(":")[1] for line in found] == ["1", "2"]


def test_extraction_finds_core_messages_by_their_markers() -> None:
    """msg() calls and N_() tables of the core are in the catalogue under CoreMessage."""
    messages = {key[1] for key in tool.extract().messages if key[0] == CONTEXT}
    assert "{file}: no such file" in messages  # msg() in fileio/codec.py
    assert "a map may hold at most {limit} stages" in messages  # N_() table in edit_checks.py
    assert "Input should be less than or equal to {le}" in messages  # pydantic's wording
    assert "an old Excel workbook (.xls)" in messages  # N_() in a tuple of csv_read.py


def _templates(message: Message, found: set[str], literals: list[str]) -> None:
    if message.template == "{text}":
        literals.append(str(message))
    else:
        found.add(message.template)
    for _, value in message.params:
        if isinstance(value, Message):
            _templates(value, found, literals)


def test_hostile_inputs_are_refused_with_translated_messages(qapp: QApplication) -> None:
    """Hundreds of mutated map files and CSVs: every refusal is made of catalogued templates
    with a finished Vietnamese translation (no untranslated fallback text), and its English
    reads as before."""
    from strategies import small_map as strategy_map

    finished = {source for source, text in _core_entries().items() if text}
    seeds = journey_seeds([strategy_map(), with_photos(strategy_map()), JourneyMap()])
    csvs = [path.read_bytes() for path in sorted(CSV_DATA.iterdir())]
    base = build_map("current-state")
    rng = Random(20261125)
    found: set[str] = set()
    literals: list[str] = []
    refusals = 0
    for _ in range(1200):
        _, data = mutate(rng.choice(seeds), rng, seeds, JOURNEY_MUTATIONS)
        try:
            load_bytes(data, "mutated.journey")
        except InputError as error:
            refusals += 1
            _templates(error.core_message, found, literals)
    for _ in range(600):
        _, data = mutate(rng.choice(csvs), rng, csvs, CSV_MUTATIONS)
        try:
            import_csv(data, base=base, source="mutated.csv")
        except InputError as error:
            refusals += 1
            _templates(error.core_message, found, literals)
    assert refusals > 1000
    assert len(found) > 40
    assert found - finished == set()
    assert literals == []


@pytest.mark.parametrize("data", [
    {"title": 3},
    {"title": "x" * 400},
    {"notes": [{"id": "n", "stage": "s", "lane": "l", "emotion": 9}]},
    {"notes": [{"id": "n", "stage": "s", "lane": "l", "emotion": "bad"}]},
    {"notes": [{"id": "n", "stage": "s", "lane": "l", "emotion": 1.5}]},
    {"notes": [{"id": "n", "stage": "s", "lane": "l", "color": "red"}]},
    {"notes": [{"id": "n", "stage": "s", "lane": "l", "kind": "nope"}]},
    {"notes": [{"id": "n", "stage": "s", "lane": "l", "tags": [""]}]},
    {"notes": [{"id": "n", "stage": "s", "lane": "l", "extra": 1}]},
    {"notes": [{"id": "n", "lane": "l"}]},
    {"notes": {"id": "n"}},
    {"notes": ["n"]},
    {"lanes": [{"id": "l", "title": "L", "height": 3}]},
    {"stages": [{"id": "s", "title": "S", "width": 1e9}]},
    {"language": "fr"},
    {"voting": {"dots_per_participant": 2, "voters": [{"name": "A", "dots_used": 5}]}},
])
def test_validation_errors_keep_pydantics_english(data: dict[str, Any]) -> None:
    """The summary of a validation error is a translated template whose English is exactly
    what pydantic says (checked against pydantic's own message)."""
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as caught:
        JourneyMap.model_validate(data)
    first = caught.value.errors(include_url=False, include_input=False)[0]
    error = refusal(lambda: load_bytes(
        b'{"format": "journey-canvas", "version": 2, "map": ' +
        __import__("json").dumps(data).encode() + b"}", "x.journey"))
    found: set[str] = set()
    literals: list[str] = []
    _templates(error.core_message, found, literals)
    assert literals == []
    expected = str(first["msg"]).removeprefix("Value error, ")
    assert expected.split(": ")[-1] in str(error)


def test_an_explained_error_is_english_for_the_command_line(tmp_path: Path) -> None:
    """The command line prints str(error): English, whatever the interface speaks."""
    import subprocess

    path = tmp_path / "broken.journey"
    path.write_bytes(b'{"format": "journey-canvas", "version": 2, "map": {"title": 3}}')
    env = dict(os.environ, LANG="vi_VN.UTF-8", LC_ALL="vi_VN.UTF-8")
    result = subprocess.run([sys.executable, "-m", "canvas_app", "export", str(path), "-o",
                             str(tmp_path / "out.pdf")], capture_output=True, text=True,
                            env=env, cwd=ROOT)
    assert result.returncode != 0
    assert f"{path}: map.title: Input should be a valid string" in result.stderr
    error = ExplainedError(msg("{file}: the file is empty", file="a"))
    assert str(error) == "a: the file is empty" and error.args == ("a: the file is empty",)
    assert QCoreApplication.translate(CONTEXT, "{file}: the file is empty") == \
        "{file}: the file is empty"  # the English interface has no catalogue at all
