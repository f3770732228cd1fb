"""The document layer: the map being edited, its undo history, and the editor that changes it.

Imports the model, fileio, and Qt's non-widget modules (QtCore, QtGui) only.
"""

from canvas_app.document.change_set import ChangeSet
from canvas_app.document.document import Document
from canvas_app.document.editor import Editor

__all__ = ["ChangeSet", "Document", "Editor"]
