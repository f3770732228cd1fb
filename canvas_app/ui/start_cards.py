"""The start screen's cards: a board preview over a title (plain text, at most two lines), laid out
in a grid that reflows with the width. Previews are painted by the template preview's
`render_board_pixmap` a few at a time after the screen shows, so opening the window stays quick.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from canvas_app.model.layout_geometry import BoardLayout
from canvas_app.ui.template_preview import render_board_pixmap

PREVIEW_SIZE = QSize(208, 128)
CARD_WIDTH = 232
_GAP = 12
_TITLE_LINES = 2

LayoutSource = Callable[[], BoardLayout]


def two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` wrapped at word boundaries into at most two lines of `width` pixels, the second
    elided when it does not fit."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == _TITLE_LINES - 1:
            current = " ".join(words[index:])
            break
        current = word
    lines.append(current)
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                     for line in lines[:_TITLE_LINES])


class StartCard(QToolButton):
    """One choice on the start screen: a preview and a title; `key` says what it opens."""

    def __init__(self, key: str, title: str, tooltip: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.full_title = title
        self.setObjectName("startCard")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(PREVIEW_SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)
        self.setAccessibleName(title)
        self.setAccessibleDescription(tooltip)
        text_width = CARD_WIDTH - 16
        self.setText(two_lines(title, QFontMetrics(self.font()), text_width))
        lines = QFontMetrics(self.font()).lineSpacing() * _TITLE_LINES
        self.setFixedSize(CARD_WIDTH, PREVIEW_SIZE.height() + lines + 22)
        self.has_preview = False

    def set_preview(self, pixmap: QPixmap) -> None:
        self.setIcon(QIcon(pixmap))
        self.has_preview = True


class CardGrid(QWidget):
    """Cards in rows as wide as the grid allows; tall enough for all of them (it lives in a
    scroll area). `card_clicked(key)` fires when a card is clicked or pressed with the keyboard."""

    card_clicked = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._cards: list[StartCard] = []
        self._pending: list[tuple[StartCard, LayoutSource]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)

    def cards(self) -> list[StartCard]:
        return list(self._cards)

    def clear(self) -> None:
        for card in self._cards:
            card.deleteLater()
        self._cards.clear()
        self._pending.clear()
        self._relayout()

    def add_card(self, key: str, title: str, tooltip: str, layout: LayoutSource) -> StartCard:
        """A card opening `key`; its preview is `layout()` painted later."""
        card = StartCard(key, title, tooltip, self)
        card.setIcon(QIcon(self._blank_preview()))
        card.clicked.connect(lambda _checked=False, k=key: self.card_clicked.emit(k))
        card.show()
        self._cards.append(card)
        self._pending.append((card, layout))
        self._relayout()
        self._timer.start()
        return card

    def previews_pending(self) -> int:
        return len(self._pending)

    def render_all_previews(self) -> None:
        """Paint every preview still waiting (tests; a screenshot)."""
        while self._pending:
            self._render_next()

    def _render_next(self) -> None:
        if not self._pending:
            self._timer.stop()
            return
        card, source = self._pending.pop(0)
        card.set_preview(render_board_pixmap(source(), PREVIEW_SIZE, self.devicePixelRatioF(),
                                             self._preview_background()))

    def _preview_background(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Window).darker(106)

    def _blank_preview(self) -> QPixmap:
        pixmap = QPixmap(PREVIEW_SIZE)
        pixmap.fill(self._preview_background())
        return pixmap

    def _columns(self) -> int:
        return max(1, (self.width() + _GAP) // (CARD_WIDTH + _GAP))

    def _relayout(self) -> None:
        columns = self._columns()
        for index, card in enumerate(self._cards):
            row, column = divmod(index, columns)
            card.move(column * (CARD_WIDTH + _GAP), row * (card.height() + _GAP))
        rows = (len(self._cards) + columns - 1) // columns
        card_height = self._cards[0].height() if self._cards else 0
        self.setFixedHeight(max(0, rows * (card_height + _GAP) - _GAP))

    def sizeHint(self) -> QSize:
        return QSize(3 * (CARD_WIDTH + _GAP), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(CARD_WIDTH, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()
