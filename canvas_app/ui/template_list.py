"""The template dialog's list: templates grouped under headings, each drawn as a bold title over
its wrapped description (plain text drawn with QPainter, never rich text).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

TEMPLATE_ID_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2

_PAD_X = 10
_PAD_Y = 7
_GAP = 2
_HEADING_TOP = 12

Index = QModelIndex | QPersistentModelIndex


class TemplateItemDelegate(QStyledItemDelegate):
    """Paints a template as title + description, and a group heading as small capitals."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        description = QFont(option.font)
        heading = QFont(option.font)
        heading.setWeight(QFont.Weight.DemiBold)
        heading.setCapitalization(QFont.Capitalization.AllUppercase)
        heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        heading.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        return title, description, heading

    def _text_width(self) -> int:
        # Reserve the scroll bar's width whether or not it shows: its appearance does not relayout
        # the items, and heights measured without it would clip a wrapped line.
        view = self._view
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        inner = view.width() - 2 * view.frameWidth() - scroll_bar
        return max(120, inner - 2 * _PAD_X)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, description_font, heading_font = self._fonts(option)
        width = self._text_width()
        if index.data(HEADING_ROLE):
            return QSize(width, QFontMetrics(heading_font).height() + _HEADING_TOP + 4)
        title = QFontMetrics(title_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, str(index.data()))
        description = QFontMetrics(description_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
            str(index.data(DESCRIPTION_ROLE) or ""))
        return QSize(width, title.height() + _GAP + description.height() + 2 * _PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title_font, description_font, heading_font = self._fonts(option)
        rect = option.rect
        palette = option.palette
        painter.save()
        if index.data(HEADING_ROLE):
            painter.setFont(heading_font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text_rect = rect.adjusted(_PAD_X, _HEADING_TOP, -_PAD_X, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             str(index.data()))
            painter.restore()
            return
        self.initStyleOption(option, index)
        option.text = ""  # the style draws the selection panel and focus; the text is ours
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected
                            else QPalette.ColorRole.Text)
        area = rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        painter.setFont(title_font)
        painter.setPen(ink)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        title_rect = painter.boundingRect(area, flags, str(index.data()))
        painter.drawText(area, flags, str(index.data()))
        painter.setFont(description_font)
        muted = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(muted))
        painter.drawText(area.adjusted(0, title_rect.height() + _GAP, 0, 0), flags,
                         str(index.data(DESCRIPTION_ROLE) or ""))
        painter.restore()


def make_template_list(parent: QWidget) -> QListWidget:
    """An empty list set up for templates: one selection, relaid out when its width changes."""
    widget = QListWidget(parent)
    widget.setObjectName("templateList")
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the wrapped width
    widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setItemDelegate(TemplateItemDelegate(widget))
    return widget


def add_heading(widget: QListWidget, text: str) -> QListWidgetItem:
    """A group heading: not selectable, so the keyboard skips it."""
    item = QListWidgetItem(text, widget)
    item.setData(HEADING_ROLE, True)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


def add_template(widget: QListWidget, template_id: str, title: str,
                 description: str) -> QListWidgetItem:
    item = QListWidgetItem(title, widget)
    item.setData(TEMPLATE_ID_ROLE, template_id)
    item.setData(DESCRIPTION_ROLE, description)
    item.setToolTip(description)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item
