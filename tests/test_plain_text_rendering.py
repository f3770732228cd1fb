"""User text is drawn as plain text on the board: markup in a note is never laid out as HTML."""

from __future__ import annotations

from canvas_app.model.fonts import FontWeight
from canvas_app.scene.canvas_font import ensure_canvas_font, static_text


def test_markup_in_a_note_is_one_plain_line(qapp: object) -> None:
    """A note reading like HTML with an image keeps its literal size (no image, no bold)."""
    ensure_canvas_font()
    markup = static_text('<b>x</b> <img src="/etc/hosts" width="120" height="120">',
                         FontWeight.REGULAR)
    plain = static_text("plain words", FontWeight.REGULAR)
    assert markup.size().height() == plain.size().height()
    assert markup.text().startswith("<b>x</b>")
