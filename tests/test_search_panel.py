"""The search panel: typing highlights matches after a pause, Esc clears, filters and lists sort by QCollator."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from canvas_app.model import JourneyMap, Lane, LaneKind, Note, NoteKind, Persona, Stage
from canvas_app.model.kinds import Language
from canvas_app.ui.search_panel import SearchPanel
from canvas_app.ui.search_sorting import collated, map_collator

NAMES = ("Đức", "Dũng", "Anh", "Ánh")


def panel_map(language: Language = Language.VI) -> JourneyMap:
    """Four personas with Vietnamese names, tags that differ only by accents, three note kinds."""
    return JourneyMap(
        title="Bảng",
        language=language,
        personas=tuple(Persona(id=f"p{i}", name=name) for i, name in enumerate(NAMES)),
        stages=(Stage(id="s1", title="Một"), Stage(id="s2", title="Hai")),
        lanes=(Lane(id="l1", title="Hành động", kind=LaneKind.ACTIONS),),
        notes=(
            Note(id="n1", stage="s1", lane="l1", kind=NoteKind.ACTION, text="Đánh giá sản phẩm",
                 tags=("đánh giá",), persona="p0"),
            Note(id="n2", stage="s1", lane="l1", order=1, kind=NoteKind.PAIN_POINT,
                 text="Giao hàng chậm", tags=("Ưu tiên", "Danh gia"), persona="p1"),
            Note(id="n3", stage="s2", lane="l1", kind=NoteKind.IDEA, text="Đặt lịch hẹn",
                 tags=("ảnh",), persona="p2"),
            Note(id="n4", stage="s2", lane="l1", order=1, kind=NoteKind.ACTION,
                 text="Thanh toán", persona="p3"),
        ),
    )


@pytest.fixture
def panel(qtbot) -> Iterator[SearchPanel]:  # type: ignore[no-untyped-def]
    widget = SearchPanel()
    qtbot.addWidget(widget)
    widget.set_journey(panel_map())
    widget.show()
    yield widget


def item_texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def check(widget: QListWidget, text: str) -> None:
    for row in range(widget.count()):
        if widget.item(row).text() == text:
            widget.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text!r} not in {item_texts(widget)}")


def test_typing_emits_matches_after_a_pause(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typed words without accents find the accented notes, emitted once typing pauses."""
    panel.focus_search()
    with qtbot.waitSignal(panel.highlight_changed, timeout=2000) as blocker:
        qtbot.keyClicks(panel.search_field, "danh gia")
    assert blocker.args == [{"n1", "n2"}]
    assert panel.count_label.text() == "2 of 4 notes"


def test_typing_is_debounced(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Keystrokes in quick succession give one emission for the final text, not one per key."""
    seen: list[object] = []
    panel.highlight_changed.connect(seen.append)
    qtbot.keyClicks(panel.search_field, "thanh")
    assert seen == []
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    qtbot.wait(50)
    assert seen == [{"n4"}]


def test_escape_clears_the_query(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Esc in the field empties it and reports None at once (nothing highlighted)."""
    with qtbot.waitSignal(panel.highlight_changed, timeout=2000):
        qtbot.keyClicks(panel.search_field, "dat")
    with qtbot.waitSignal(panel.highlight_changed, timeout=100) as blocker:
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Escape)
    assert blocker.args == [None]
    assert panel.search_field.text() == ""
    assert panel.highlight() is None
    assert panel.count_label.text() == "4 notes"


def test_filters_combine_with_the_text(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Checking a kind filters at once; a persona narrows further; the text narrows again."""
    with qtbot.waitSignal(panel.highlight_changed, timeout=100) as blocker:
        check(panel.kind_list, "Action (2)")
    assert blocker.args == [{"n1", "n4"}]
    with qtbot.waitSignal(panel.highlight_changed, timeout=100) as blocker:
        check(panel.persona_list, "Ánh")
    assert blocker.args == [{"n4"}]
    with qtbot.waitSignal(panel.highlight_changed, timeout=2000) as blocker:
        qtbot.keyClicks(panel.search_field, "xyz")
    assert blocker.args == [set()]
    with qtbot.waitSignal(panel.highlight_changed, timeout=100) as blocker:
        panel.clear_button.click()
    assert blocker.args == [None]


def test_tag_filter_lists_each_tag_once(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tags that differ only by case or accents are one entry, and checking it finds both notes."""
    assert len(item_texts(panel.tag_list)) == 3
    with qtbot.waitSignal(panel.highlight_changed, timeout=100) as blocker:
        check(panel.tag_list, "#đánh giá")
    assert blocker.args == [{"n1", "n2"}]


def test_keyboard_toggles_a_filter(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab reaches the kind list and Space checks the current kind."""
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=2000)
    panel.focus_search()
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Tab)
    assert panel.focusWidget() is panel.kind_list
    panel.kind_list.setCurrentRow(0)
    with qtbot.waitSignal(panel.highlight_changed, timeout=100) as blocker:
        qtbot.keyClick(panel.kind_list, Qt.Key.Key_Space)
    assert blocker.args == [{"n1", "n4"}]


def test_persona_and_tag_lists_are_collated_not_code_point_sorted(panel: SearchPanel) -> None:
    """Vietnamese names sort Anh, Ánh, Dũng, Đức (Python's sorted gives Anh, Dũng, Ánh, Đức)."""
    assert sorted(NAMES) == ["Anh", "Dũng", "Ánh", "Đức"]
    assert item_texts(panel.persona_list) == ["Anh", "Ánh", "Dũng", "Đức"]
    assert item_texts(panel.tag_list) == ["#ảnh", "#đánh giá", "#Ưu tiên"]


def test_collator_follows_the_map_language() -> None:
    """Vietnamese puts đ after every d; an English map's collator treats Đ like D."""
    vi = map_collator(Language.VI)
    assert collated(NAMES, str, vi) == ["Anh", "Ánh", "Dũng", "Đức"]
    en = map_collator(Language.EN)
    assert collated(["Đức", "Dũng", "Dan"], str, en) == ["Dan", "Đức", "Dũng"]


def test_set_journey_keeps_the_query(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new version of the map refreshes lists and matches while keeping text and filters."""
    with qtbot.waitSignal(panel.highlight_changed, timeout=2000):
        qtbot.keyClicks(panel.search_field, "thanh toan")
    check(panel.persona_list, "Ánh")
    journey = panel_map()
    extra = Note(id="n5", stage="s2", lane="l1", order=2, text="Thanh toán lại", persona="p3")
    bigger = JourneyMap.model_validate({**journey.model_dump(), "notes": [
        *journey.model_dump()["notes"], extra.model_dump()]})
    with qtbot.waitSignal(panel.highlight_changed, timeout=100) as blocker:
        panel.set_journey(bigger)
    assert blocker.args == [{"n4", "n5"}]
    assert panel.search_field.text() == "thanh toan"
    assert panel.query().persona_ids == frozenset({"p3"})


def test_user_text_is_plain(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A persona named with HTML is listed literally and the count label never parses markup."""
    journey = panel_map()
    data = journey.model_dump()
    data["personas"][0]["name"] = "<b>Bold</b> <img src='/etc/x.png'>"
    widget = SearchPanel()
    qtbot.addWidget(widget)
    widget.set_journey(JourneyMap.model_validate(data))
    assert "<b>Bold</b> <img src='/etc/x.png'>" in item_texts(widget.persona_list)
    assert widget.count_label.textFormat() == Qt.TextFormat.PlainText


def test_unchanged_lists_are_not_rebuilt(panel: SearchPanel, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new map version with the same kinds, tags and personas keeps the list items themselves."""
    before = panel.persona_list.item(2)
    panel.set_journey(panel_map())
    assert panel.persona_list.item(2) is before
    empty = SearchPanel()
    qtbot.addWidget(empty)
    assert not empty.tag_list.isEnabled()  # nothing to filter by without a map


def test_lists_share_the_height_by_their_lengths(qtbot) -> None:  # type: ignore[no-untyped-def]
    """In a short dock, a list of one persona takes one row, and the room goes to the longer
    lists; in a tall dock every list shows all its rows without scrolling."""
    kinds = (NoteKind.ACTION, NoteKind.THOUGHT, NoteKind.EMOTION, NoteKind.TOUCHPOINT,
             NoteKind.PAIN_POINT, NoteKind.OPPORTUNITY, NoteKind.IDEA)
    journey = panel_map().model_copy(update={
        "personas": (Persona(id="p0", name="Chị Lan"),),
        "notes": tuple(Note(id=f"k{i}", stage="s1", lane="l1", order=i, kind=kind,
                            text=f"Ghi chú {i}", tags=(f"thẻ {i}",))
                       for i, kind in enumerate(kinds)),
    })
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.set_journey(journey)
    panel.resize(300, 380)
    panel.show()
    qtbot.waitExposed(panel)
    row = panel.persona_list.sizeHintForRow(0)
    assert panel.persona_list.height() < 2 * row + 12  # one row and its frame
    assert panel.kind_list.height() > panel.persona_list.height() + row

    panel.resize(300, 900)
    qtbot.waitUntil(lambda: not panel.kind_list.verticalScrollBar().isVisible())
    for widget in (panel.kind_list, panel.tag_list, panel.persona_list):
        last = widget.visualItemRect(widget.item(widget.count() - 1))
        assert last.bottom() <= widget.viewport().height(), widget.objectName()
    assert panel.clear_button.geometry().top() >= panel.persona_list.geometry().bottom()
