"""Dot voting, driven through the real window: the Start Dot Voting dialog, dots placed by
clicking notes on the board, the per-voter budget, next voter, taking dots back (Shift+click,
right-click, the − key), the Votes panel's tally and highlight, reset, undo/redo of each step,
and the session and votes saved and reopened (and still in CSV and PDF exports)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from canvas_app.fileio.codec import load_path
from canvas_app.fileio.csv_io import export_csv
from canvas_app.fileio.pdf_export import export_pdf
from canvas_app.model import edit_votes
from canvas_app.model.edit_checks import EditError
from canvas_app.model.edits import update_notes
from canvas_app.ui import prompts
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.voting_dialog import VotingDialog
from canvas_app.ui.voting_panel import VotingPanel, tally, top_voted
from pdf_tools import pdf_text
from scene_helpers import click, note_center, press, release, type_text
from test_edits import assert_consistent, small_map
from test_ui_window import make_window, quiet_prompts  # noqa: F401 (autouse: no modal box)

SHIFT = Qt.KeyboardModifier.ShiftModifier
RIGHT = Qt.MouseButton.RightButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, tmp_path)


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def votes(window: MainWindow) -> dict[str, int]:
    return {note.id: note.votes for note in window.document.journey.notes if note.votes}


def dots_used(window: MainWindow) -> list[int]:
    session = window.document.journey.voting
    assert session is not None
    return [voter.dots_used for voter in session.voters]


def start_named(window: MainWindow, monkeypatch: pytest.MonkeyPatch, names: str,
                dots: int = 2) -> None:
    """Start a session through the real dialog: type the dots and the names, press Start."""
    def fill_in(dialog: QDialog) -> int:
        assert isinstance(dialog, VotingDialog)
        dialog.show()
        dialog.dots_spin.setValue(dots)
        dialog.names_edit.setFocus()
        for line in names.split("\n"):
            type_text(dialog.names_edit, line)
            QTest.keyClick(dialog.names_edit, Qt.Key.Key_Return)
        assert dialog.ok_button.isEnabled()
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", fill_in)
    QTest.keyClick(window.view, Qt.Key.Key_F9)
    # The dialog has closed: the window manager would give the window back its activation.
    window.activateWindow()
    for _ in range(200):
        if window.isActiveWindow():
            break
        QTest.qWait(10)
    assert window.isActiveWindow()


def vote_click(window: MainWindow, note_id: str,
               modifiers: Qt.KeyboardModifier = NONE) -> None:
    click(window.view, note_center(window.view, note_id), modifiers)


# -- the model ----------------------------------------------------------------------------------


def test_model_edits_keep_the_map_consistent_and_enforce_the_budget() -> None:
    journey = small_map()
    with pytest.raises(EditError):
        edit_votes.place_dot(journey, "n1", 0)  # no session
    journey, _ = edit_votes.start_voting(journey, 1, ["An", "Bình"])
    journey, summary = edit_votes.place_dot(journey, "n1", 0)
    assert summary.notes.updated == {"n1"} and summary.properties == {"voting"}
    assert_consistent(journey)
    with pytest.raises(EditError, match="used all 1 dots"):
        edit_votes.place_dot(journey, "n2", 0)
    with pytest.raises(EditError):
        edit_votes.remove_dot(journey, "n1", 1)  # Bình has placed nothing
    with pytest.raises(EditError):
        edit_votes.start_voting(journey, 0, ["An"])  # at least one dot
    with pytest.raises(EditError):
        edit_votes.start_voting(journey, 3, [])
    journey, _ = edit_votes.reset_votes(journey)
    assert all(note.votes == 0 for note in journey.notes)
    assert journey.voting is not None and journey.voting.voters[0].dots_used == 0
    journey, _ = edit_votes.end_voting(journey)
    assert journey.voting is None
    assert_consistent(journey)


def test_tally_order_and_top_n_with_ties() -> None:
    journey = small_map()
    for note_id, count in (("n1", 2), ("n2", 5), ("n3", 2), ("n4", 1)):
        journey, _ = update_notes(journey, [note_id], votes=count)
    # Most votes first; ties in collation order of their text ("Read reviews" before "Search").
    assert [note.id for note in tally(journey)] == ["n2", "n3", "n1", "n4"]
    assert top_voted(journey, 1) == {"n2"}
    assert top_voted(journey, 2) == {"n2", "n1", "n3"}  # the tie at the cut is kept whole
    assert top_voted(journey, 10) == {"n1", "n2", "n3", "n4"}


# -- the session on the board -------------------------------------------------------------------


def test_voting_by_clicking_notes_with_budget_next_voter_and_take_back(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    start_named(window, monkeypatch, "Lan\nMinh\n", dots=2)
    session = window.document.journey.voting
    assert session is not None and [v.name for v in session.voters] == ["Lan", "Minh"]
    assert session.dots_per_participant == 2
    overlay = window.workshop.voting_overlay
    assert overlay.isVisible() and overlay.name_label.text() == "Voting: Lan"
    assert overlay.dots_label.text().startswith("2 of 2 dots left")
    # Lan: two dots on n1 and n4; a third click is refused (beep, message), nothing changes.
    vote_click(window, "n1")
    vote_click(window, "n4")
    assert votes(window) == {"n1": 1, "n4": 1} and dots_used(window) == [2, 0]
    assert overlay.dots_label.text().startswith("0 of 2 dots left")
    assert overlay.hint_label.text() == "Lan has used all their dots: next voter, please"
    count = window.document.undo_stack.count()
    vote_click(window, "n2")
    assert votes(window) == {"n1": 1, "n4": 1}
    assert window.document.undo_stack.count() == count
    assert overlay.hint_label.text() == "Lan has used all their dots"
    # The click selected the note but never opened the in-place editor.
    assert window.view.selected_note_ids() == ["n2"]
    assert not window.view.inline_editor.active
    # Next voter by its shortcut; Minh votes twice on n4 (several dots on one note are fine).
    QTest.keyClick(window.view, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert overlay.name_label.text() == "Voting: Minh"
    vote_click(window, "n4")
    vote_click(window, "n4")
    assert votes(window) == {"n1": 1, "n4": 3} and dots_used(window) == [2, 2]
    # Minh cannot take back Lan's dot on n1; Shift+click on n4 takes one of his back.
    vote_click(window, "n1", SHIFT)
    assert votes(window)["n1"] == 1 and overlay.hint_label.text() == "Minh has no dot on this note"
    vote_click(window, "n4", SHIFT)
    assert votes(window) == {"n1": 1, "n4": 2} and dots_used(window) == [2, 1]
    # A right-click takes back too (and opens no context menu).
    point = note_center(window.view, "n4")
    press(window.view, point, button=RIGHT)
    release(window.view, point, button=RIGHT)
    assert votes(window) == {"n1": 1, "n4": 1} and dots_used(window) == [2, 0]
    # A click on the empty board still works as usual (clears the selection).
    rect = window.view.board_scene.index.cell_rects[("s4", "l-emo")]
    click(window.view, QPointF(rect.x + rect.width / 2, rect.y + rect.height - 4))
    assert window.view.selected_note_ids() == []


def test_each_dot_is_one_undo_step_with_a_translated_name(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    start_named(window, monkeypatch, "Lan\nMinh", dots=3)
    stack = window.document.undo_stack
    base = stack.count()
    vote_click(window, "n1")
    vote_click(window, "n1")
    vote_click(window, "n3", SHIFT)  # refused: no step
    assert stack.count() == base + 2
    assert stack.text(base) == "Dot from Lan on “Search”"
    stack.undo()
    assert votes(window) == {"n1": 1} and dots_used(window) == [1, 0]
    stack.undo()
    assert votes(window) == {} and dots_used(window) == [0, 0]
    stack.undo()  # the session start itself
    assert window.document.journey.voting is None
    assert not window.workshop.voting_overlay.isVisible()
    stack.redo()
    stack.redo()
    assert votes(window) == {"n1": 1} and dots_used(window) == [1, 0]
    # The board repainted only the note that changed: its footer says the vote.
    assert window.view.board_scene.index.note_boxes["n1"].footer is not None
    # Taking a dot back is one step too, named after the voter; undo puts the dot back.
    vote_click(window, "n1", SHIFT)
    assert votes(window) == {} and dots_used(window) == [0, 0]
    assert stack.text(stack.index() - 1) == "Take back a dot of Lan from “Search”"
    stack.undo()
    assert votes(window) == {"n1": 1} and dots_used(window) == [1, 0]
    stack.redo()
    assert votes(window) == {} and dots_used(window) == [0, 0]
    assert window.view.board_scene.notes["n1"].votes == 0


def test_keyboard_plus_and_minus_record_dots_on_the_selected_note(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    start_named(window, monkeypatch, "Facilitator", dots=5)
    window.view.select_notes(["n6"])
    QTest.keyClick(window.view, Qt.Key.Key_Plus)
    QTest.keyClick(window.view, Qt.Key.Key_Plus)
    assert votes(window) == {"n6": 2}
    # A screen reader hears the keys, not only the mouse clicks, in the voting panel's description.
    description = window.workshop.voting_overlay.accessibleDescription()
    assert "press + on the selected one" in description and "or − takes one back" in description
    QTest.keyClick(window.view, Qt.Key.Key_Minus)
    assert votes(window) == {"n6": 1} and dots_used(window) == [1]
    # Typed into a text field, + is a character, not a vote.
    search = window.panels.search
    window.show_search()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus)
    assert votes(window) == {"n6": 1}
    assert search is not None


def test_anonymous_participants_and_clearing_earlier_votes(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.editor.set_note_fields(["n2"], votes=4)

    def anonymous(dialog: QDialog) -> int:
        assert isinstance(dialog, VotingDialog)
        dialog.show()
        assert dialog.clear_box.isVisible()  # offered: a note already has votes
        dialog.anonymous.setChecked(True)
        dialog.count_spin.setValue(3)
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(prompts, "run_dialog", anonymous)
    action(window, "action_vote_start").trigger()
    session = window.document.journey.voting
    assert session is not None
    assert [v.name for v in session.voters] == ["Participant 1", "Participant 2",
                                                "Participant 3"]
    assert votes(window) == {}  # cleared in the same step
    window.document.undo_stack.undo()
    assert votes(window) == {"n2": 4} and window.document.journey.voting is None


def test_dialog_refuses_an_empty_or_too_long_list_with_one_message(qtbot: QtBot) -> None:
    dialog = VotingDialog(False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.clear_box.isVisible()
    dialog.named.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "Type at least one name, or choose anonymous participants."
    type_text(dialog.names_edit, "Lan")
    QTest.keyClick(dialog.names_edit, Qt.Key.Key_Return)
    type_text(dialog.names_edit, "x" * 121)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "Name 2 is longer than 120 characters."
    dialog.names_edit.setPlainText("Lan\n\n  Minh  \n")
    assert dialog.ok_button.isEnabled() and dialog.names() == ["Lan", "Minh"]


# -- the Votes panel ----------------------------------------------------------------------------


def test_votes_panel_tally_highlight_reset_and_end(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    start_named(window, monkeypatch, "Lan\nMinh\nHoa", dots=3)
    dock = window.workshop.votes_dock
    assert dock is not None and dock.isVisible() and dock.windowTitle() == "Votes"
    panel = dock.widget()
    assert isinstance(panel, VotingPanel)
    for note_id in ("n4", "n4", "n1"):
        vote_click(window, note_id)
    window.workshop.voting.next_voter()
    for note_id in ("n4", "n6", "n1"):
        vote_click(window, note_id)
    qtbot.waitUntil(lambda: panel.tally_ids() == ["n4", "n1", "n6"])
    first = panel.table.topLevelItem(0)
    assert (first.text(0), first.text(1)) == ("3", "Compare prices")
    assert first.toolTip(1) == "Compare prices (stage: Compare)"
    assert panel.summary.text() == ("3 dots per participant · 3 participants · "
                                    "6 of 9 dots placed")
    assert panel.voters.item(1).text() == "▸ Minh — 3 of 3 dots used"
    # Clicking a voter in the list makes them the current voter.
    rect = panel.voters.visualItemRect(panel.voters.item(2))
    QTest.mouseClick(panel.voters.viewport(), Qt.MouseButton.LeftButton, NONE, rect.center())
    assert window.workshop.voting.current_voter().name == "Hoa"  # type: ignore[union-attr]
    # Highlight the top 2 (n4, and n1 with 2 votes): the others are dimmed on the board.
    panel.top_spin.setValue(2)
    QTest.mouseClick(panel.highlight_box, Qt.MouseButton.LeftButton)
    assert action(window, "action_vote_highlight").isChecked()
    assert window.view.board_scene.highlight == {"n4", "n1"}
    assert window.view.board_scene.notes["n6"].opacity() < 1.0
    # A new vote moves the highlight along.
    vote_click(window, "n6")
    vote_click(window, "n6")
    assert window.view.board_scene.highlight == {"n4", "n6"}
    # Ctrl+Shift+H turns it off: the board is back to normal (no search running).
    QTest.keyClick(window.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert window.view.board_scene.highlight is None
    # Clicking a tally row selects that note on the board.
    qtbot.waitUntil(lambda: panel.tally_ids()[:1] == ["n6"] or panel.tally_ids()[:1] == ["n4"])
    row = panel.table.topLevelItem(0)
    rect = panel.table.visualItemRect(row)
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, NONE, rect.center())
    assert window.view.selected_note_ids() == [panel.tally_ids()[0]]
    # Reset (its button in the panel): one undo step back to zero for notes and voters.
    stack = window.document.undo_stack
    QTest.mouseClick(panel.buttons["reset"], Qt.MouseButton.LeftButton)
    assert votes(window) == {} and dots_used(window) == [0, 0, 0]
    assert stack.text(stack.index() - 1) == "Reset votes"
    qtbot.waitUntil(lambda: panel.tally_ids() == [])
    stack.undo()
    assert votes(window) == {"n4": 3, "n1": 2, "n6": 3} and dots_used(window) == [3, 3, 2]
    qtbot.waitUntil(lambda: panel.tally_ids() == ["n4", "n6", "n1"])
    # End voting: the votes stay, the overlay goes, clicks edit as usual again.
    QTest.keyClick(window.view, Qt.Key.Key_F9, SHIFT)
    assert window.document.journey.voting is None
    assert votes(window) == {"n4": 3, "n1": 2, "n6": 3}
    assert not window.workshop.voting_overlay.isVisible()
    vote_click(window, "n2")
    assert votes(window) == {"n4": 3, "n1": 2, "n6": 3}
    assert window.view.selected_note_ids() == ["n2"]
    stack.undo()
    assert window.document.journey.voting is not None


def test_workshop_menu_lists_the_voting_commands(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "menu_workshop")
    assert menu is not None
    names = {a.objectName() for a in menu.actions()}
    assert {"action_vote_start", "action_vote_next", "action_vote_clicking",
            "action_vote_place", "action_vote_take_back", "action_vote_highlight",
            "action_vote_reset", "action_vote_end", "action_vote_panel"} <= names
    assert not action(window, "action_vote_next").isEnabled()  # no session yet
    action(window, "action_vote_panel").trigger()
    assert window.workshop.votes_dock is not None and window.workshop.votes_dock.isVisible()


# -- saved, reopened and exported ---------------------------------------------------------------


def test_session_and_votes_are_saved_and_reopened(
        qtbot: QtBot, tmp_path: Path, window: MainWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:
    start_named(window, monkeypatch, "Lan\nMinh", dots=2)
    vote_click(window, "n1")
    vote_click(window, "n1")
    window.workshop.voting.next_voter()
    vote_click(window, "n3")
    path = tmp_path / "voted.journey"
    window.document.save_as(path)
    reopened = load_path(path)
    assert reopened.voting == window.document.journey.voting
    assert {n.id: n.votes for n in reopened.notes if n.votes} == {"n1": 2, "n3": 1}
    (tmp_path / "second").mkdir()
    other = make_window(qtbot, tmp_path / "second", reopened)
    # Reopened, the session waits: clicks edit until voting by clicking is switched on again.
    assert not other.workshop.voting_overlay.isVisible()
    assert action(other, "action_vote_next").isEnabled()
    action(other, "action_vote_clicking").trigger()
    assert other.workshop.voting.current_voter().name == "Minh"  # type: ignore[union-attr]
    # Minh's dot from before the reopening may be taken back (the file does not say where,
    # but n3's vote is unknown and so is one of Minh's); Minh still has one dot to place.
    vote_click(other, "n3", SHIFT)
    assert {n.id: n.votes for n in other.document.journey.notes if n.votes} == {"n1": 2}
    vote_click(other, "n2")
    vote_click(other, "n2")
    vote_click(other, "n2")
    assert {n.id: n.votes for n in other.document.journey.notes if n.votes} == {
        "n1": 2, "n2": 2}


def test_csv_and_pdf_still_show_votes(tmp_path: Path) -> None:
    journey = small_map()
    journey, _ = edit_votes.start_voting(journey, 3, ["Lan"])
    journey, _ = edit_votes.place_dot(journey, "n4", 0)
    journey, _ = edit_votes.place_dot(journey, "n4", 0)
    rows = list(csv.DictReader(io.StringIO(export_csv(journey).decode("utf-8-sig"))))
    assert {row["text"]: row["votes"] for row in rows}["Compare prices"] == "2"
    pdf = tmp_path / "voted.pdf"
    export_pdf(journey, pdf)
    assert "2 votes" in pdf_text(pdf)



def test_vote_badge_reads_at_projector_zoom(qtbot: QtBot, window: MainWindow) -> None:
    """A note with votes carries a round badge with the count, at least 16 screen pixels
    across even zoomed out; a note without votes has none."""
    from canvas_app.scene.layout_painter import qrect
    from canvas_app.scene.vote_badge import BADGE_FILL, badge_rect

    view = window.view
    view.set_zoom(0.6)
    window.editor.set_note_fields(["n1"], votes=3)
    assert view.board_scene.notes["n1"].votes == 3 and view.board_scene.notes["n2"].votes == 0
    note = qrect(view.board_scene.index.note_boxes["n1"].rect)
    badge = badge_rect(note, 0.6)
    assert badge.width() * 0.6 >= 16 - 1e-6
    view.centerOn(note.center())
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    # A point of the badge's ring inside, left of its digit: the badge's fill.
    inside = view.mapFromScene(badge.center().x() - badge.width() * 0.3, badge.center().y())
    colour = image.pixelColor(inside)
    assert abs(colour.red() - BADGE_FILL.red()) < 30 and abs(colour.blue() - BADGE_FILL.blue()) < 30
    other = qrect(view.board_scene.index.note_boxes["n2"].rect)
    spot = badge_rect(other, 0.6)
    assert image.pixelColor(view.mapFromScene(spot.center())) != colour


def test_audience_window_shows_the_current_voter(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The room sees whose turn it is on the audience window (no button there); the votes'
    badges are on its notes too."""
    from canvas_app.ui.voting_overlay import VotingOverlay

    window.presentation.open_audience_window(full_screen=False)
    audience = window.presentation.audience_view()
    assert audience is not None
    qtbot.waitExposed(audience)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start_named(window, monkeypatch, "Lan\nMinh", dots=2)
    overlay = next(o for o in audience.findChildren(VotingOverlay))
    assert overlay.next_button is None
    assert overlay.isVisible() and overlay.name_label.text() == "Voting: Lan"
    vote_click(window, "n4")
    assert overlay.dots_label.text().startswith("1 of 2 dots left")
    assert audience.board_scene.notes["n4"].votes == 1
    QTest.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert overlay.name_label.text() == "Voting: Minh"
    window.presentation.close_audience_window()
