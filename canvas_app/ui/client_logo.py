"""The client's logo on the report cover: pick an image, check and shrink it like a persona photo,
and store it in the map (undoably); or remove it.

The logo is a property of the map (saved in the file, version 2), not an export option, so a
consultant sets it once and every later report carries it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from canvas_app.document.editor import Editor
from canvas_app.ui import prompts
from canvas_app.ui.persona_photo import PhotoError, image_file_filter, photo_from_file


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientLogo", text)


def choose_logo(parent: QWidget, editor: Editor) -> bool:
    """Ask for an image file and make it the map's logo; False when cancelled or refused (the
    refusal is explained and the map keeps its logo)."""
    directory = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    path = prompts.open_file_path(parent, _tr("Choose the Client's Logo"), directory,
                                  image_file_filter())
    if path is None:
        return False
    try:
        logo = photo_from_file(path)
    except PhotoError as error:
        prompts.show_error(parent, _tr("Cannot use this logo"), str(error))
        return False
    editor.set_map_properties(logo=logo)
    return True


def remove_logo(editor: Editor) -> bool:
    """Remove the map's logo; False when it has none."""
    if editor.document.journey.logo is None:
        return False
    editor.set_map_properties(logo=None)
    return True
