"""In-place editors on the board: a note's text (multi-line) and a header's title (one line).

Plain-text widgets in a QGraphicsProxyWidget, so they zoom with the board. Input methods
(Vietnamese Telex/VNI) work because composed text is never filtered: only Escape (cancel) and
Ctrl+Enter / Enter (commit) are intercepted. Clicking away commits; one editing session is one
call of the `on_commit` callback, so one undo step.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QGraphicsScene, QLineEdit, QPlainTextEdit

from canvas_app.model import limits
from canvas_app.model.fonts import FontWeight
from canvas_app.scene.canvas_font import canvas_qfont

Z_EDITOR = 100.0
# Focus leaving for these reasons is not "clicking away": a menu or another window took it.
_KEEP_OPEN = {Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason}


class _NoteTextEdit(QPlainTextEdit):
    def __init__(self, session: "InlineEditor") -> None:
        super().__init__()
        self._session = session

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._session.cancel()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._session.commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _KEEP_OPEN:
            self._session.commit()

    def content_height(self) -> float:
        """Height of the wrapped text in pixels (the document counts lines, not pixels)."""
        height = 0.0
        block = self.document().firstBlock()
        while block.isValid():
            height += self.blockBoundingRect(block).height()
            block = block.next()
        return height


class _TitleLineEdit(QLineEdit):
    def __init__(self, session: "InlineEditor") -> None:
        super().__init__()
        self._session = session

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._session.cancel()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._session.commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in _KEEP_OPEN:
            self._session.commit()


class InlineEditor(QObject):
    """One editing session at a time over a rectangle of the scene."""

    def __init__(self, scene_of: Callable[[], QGraphicsScene], parent: Optional[QObject] = None
                 ) -> None:
        super().__init__(parent)
        self._scene_of = scene_of
        self._proxy: Optional[QGraphicsProxyWidget] = None
        self._widget: Optional[_NoteTextEdit | _TitleLineEdit] = None
        self._on_commit: Optional[Callable[[str], None]] = None
        self._on_close: Optional[Callable[[bool], None]] = None
        self._original = ""
        self._min_height = 0.0
        self.key: Optional[str] = None  # what is being edited (a note id, "stage:<id>", …)

    @property
    def active(self) -> bool:
        return self._proxy is not None

    @property
    def widget(self) -> Optional[QPlainTextEdit | QLineEdit]:
        return self._widget

    @property
    def proxy(self) -> Optional[QGraphicsProxyWidget]:
        return self._proxy

    def edit_note(self, key: str, text: str, rect: QRectF, fill: str, ink: str, font_size: float,
                  padding: tuple[float, float], on_commit: Callable[[str], None],
                  on_close: Optional[Callable[[bool], None]] = None) -> QPlainTextEdit:
        """Open a multi-line editor over a note; `on_commit(text)` runs if the text changed,
        then `on_close(committed)` in every case."""
        self.close()
        widget = _NoteTextEdit(self)
        widget.setPlainText(text)
        widget.setFont(canvas_qfont(font_size, FontWeight.REGULAR))
        widget.setInputMethodHints(Qt.InputMethodHint.ImhMultiLine)
        widget.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.document().setDocumentMargin(0.0)
        pad_x, pad_y = padding
        # Colours are "#RRGGBB" from the layout, never user text.
        widget.setStyleSheet(
            f"QPlainTextEdit {{ background: {fill}; color: {ink}; border: 2px solid #1565C0;"
            f" border-radius: 5px; padding: {max(pad_y - 2, 0):.0f}px {max(pad_x - 2, 0):.0f}px; }}"
        )
        cursor = widget.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        widget.setTextCursor(cursor)
        self._min_height = rect.height()
        self._open(key, widget, rect, text, on_commit, on_close)
        widget.textChanged.connect(self._fit_height)
        self._fit_height()
        return widget

    def edit_title(self, key: str, text: str, rect: QRectF, font_size: float,
                   on_commit: Callable[[str], None]) -> QLineEdit:
        """Open a one-line editor over a header."""
        self.close()
        widget = _TitleLineEdit(self)
        widget.setText(text)
        widget.setMaxLength(limits.MAX_TITLE)
        widget.setFont(canvas_qfont(font_size, FontWeight.SEMIBOLD))
        widget.setStyleSheet("QLineEdit { background: #FFFFFF; color: #1D2530;"
                             " border: 2px solid #1565C0; border-radius: 3px; padding: 2px 6px; }")
        widget.selectAll()
        height = max(30.0, min(rect.height(), 40.0))
        top = rect.y() + (rect.height() - height) / 2
        self._min_height = height
        self._open(key, widget, QRectF(rect.x(), top, rect.width(), height), text, on_commit, None)
        return widget

    def _open(self, key: str, widget: _NoteTextEdit | _TitleLineEdit, rect: QRectF,
              text: str, on_commit: Callable[[str], None],
              on_close: Optional[Callable[[bool], None]]) -> None:
        proxy = QGraphicsProxyWidget()
        proxy.setWidget(widget)
        proxy.setZValue(Z_EDITOR)
        proxy.setPos(rect.x(), rect.y())
        proxy.resize(rect.width(), rect.height())
        self._scene_of().addItem(proxy)
        self._proxy, self._widget = proxy, widget
        self._on_commit, self._on_close = on_commit, on_close
        self._original = text
        self.key = key
        proxy.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_to(self, rect: QRectF) -> None:
        """Follow the edited record when the board reflows under the editor."""
        if self._proxy is not None:
            self._proxy.setPos(rect.x(), rect.y())
            self._min_height = max(rect.height(), self._min_height)
            self._proxy.resize(rect.width(), self._proxy.size().height())
            self._fit_height()

    def _fit_height(self) -> None:
        widget, proxy = self._widget, self._proxy
        if not isinstance(widget, _NoteTextEdit) or proxy is None:
            return
        margins = widget.contentsMargins()
        wanted = widget.content_height() + margins.top() + margins.bottom() + 6.0
        height = max(self._min_height, wanted)
        if abs(proxy.size().height() - height) > 0.5:
            proxy.resize(proxy.size().width(), height)

    def text(self) -> str:
        widget = self._widget
        if isinstance(widget, _NoteTextEdit):
            return widget.toPlainText()
        if isinstance(widget, _TitleLineEdit):
            return widget.text()
        return ""

    def commit(self) -> None:
        """Close the editor and hand over the text (if it changed)."""
        if self._proxy is None:
            return
        text = self.text()[: limits.MAX_TEXT]
        on_commit, on_close = self._on_commit, self._on_close
        changed = text != self._original
        self._close_widgets()
        if changed and on_commit is not None:
            on_commit(text)
        if on_close is not None:
            on_close(True)

    def cancel(self) -> None:
        """Close the editor and drop what was typed."""
        if self._proxy is None:
            return
        on_close = self._on_close
        self._close_widgets()
        if on_close is not None:
            on_close(False)

    def close(self) -> None:
        """Commit any open session (starting another one, or the board is going away)."""
        self.commit()

    def _close_widgets(self) -> None:
        proxy = self._proxy
        # Cleared first: hiding the proxy moves focus, and that focus-out must not commit again.
        self._proxy = self._widget = None
        self._on_commit = self._on_close = None
        self.key = None
        if proxy is not None:
            proxy.hide()
            # The scene owns the proxy and the proxy its widget: Qt deletes both, once.
            proxy.deleteLater()
