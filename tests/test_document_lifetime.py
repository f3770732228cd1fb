"""A document with unsaved edits can be freed either way, by Python's garbage collector or by Qt
deleting its parent: its undo stack's last cleanChanged must reach no half-destroyed object."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from canvas_app.document import Document, Editor
from test_edits import small_map


def test_a_collected_document_with_unsaved_edits_is_freed(qtbot: QtBot) -> None:
    """A modified document in a reference cycle is collected (nothing keeps it alive) without
    its stack calling back into it."""
    refs = []
    for _ in range(20):
        document = Document(small_map())
        Editor(document).rename_stage("s1", "Đã đổi")
        assert document.modified
        holder = QObject()
        holder.document = document  # type: ignore[attr-defined]
        holder.cycle = holder  # type: ignore[attr-defined]
        refs.append(weakref.ref(document))
        del document, holder
    gc.collect()
    assert all(ref() is None for ref in refs)


def test_a_document_deleted_by_qt_with_unsaved_edits(qtbot: QtBot) -> None:
    """Deleting the parent of a modified document raises nothing (pytest-qt would report an
    exception in the event loop) and still reports edits until then."""
    parent = QObject()
    document = Document(small_map(), parent=parent)
    seen: list[bool] = []
    document.modified_changed.connect(seen.append)
    Editor(document).rename_stage("s1", "Đã đổi")
    assert seen == [True]
    destroyed: list[bool] = []
    parent.destroyed.connect(lambda *_: destroyed.append(True))
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert destroyed == [True]
