"""The search and filter panel: a find field and kind / tag / persona filters over the open map.

It reports the matching note ids (`highlight_changed`) for the board to highlight, or None when
nothing is asked for; it never touches the board itself.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import NoteKind
from canvas_app.model.search import NoteQuery, matching_notes
from canvas_app.model.text import fold
from canvas_app.ui.labels import kind_icon, kind_label
from canvas_app.ui.search_sorting import collated, map_collator

DEBOUNCE_MS = 150
_KEY_ROLE = Qt.ItemDataRole.UserRole
_MIN_LIST_HEIGHT = 60  # about three rows: a longer list scrolls rather than push the others out


class _RoomyRowDelegate(QStyledItemDelegate):
    """Rows with room above the cap height: Vietnamese capitals carry stacked marks ("Ấ", "Ẩ")
    that a row of the bare font height clips."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), round(option.fontMetrics.height() * 1.5)))


class SearchPanel(QWidget):
    """Find notes by words (case- and accent-insensitive) and filter them by kind, tag, persona."""

    highlight_changed = Signal(object)  # set[str] of matching note ids, or None for no query

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._journey: JourneyMap | None = None
        self._highlight: set[str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._update)
        self._build()

    # -- public API ---------------------------------------------------------------------------

    def set_journey(self, journey: JourneyMap | None) -> None:
        """Show `journey`'s kinds, tags and personas, keeping the query and checked filters."""
        self._journey = journey
        self._fill_lists()
        self._update()

    def focus_search(self) -> None:
        """Put the keyboard in the find field with its text selected, ready to type over."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def query(self) -> NoteQuery:
        """The query the field and the checked filters make."""
        return NoteQuery(
            text=self.search_field.text(),
            kinds=frozenset(NoteKind(key) for key in self._checked(self.kind_list)),
            tags=frozenset(self._checked(self.tag_list)),
            persona_ids=frozenset(self._checked(self.persona_list)),
        )

    def highlight(self) -> set[str] | None:
        """The ids last reported by `highlight_changed` (None: no query)."""
        return None if self._highlight is None else set(self._highlight)

    def clear(self) -> None:
        """Empty the field and uncheck every filter: nothing is highlighted any more."""
        self.search_field.clear()
        for widget in (self.kind_list, self.tag_list, self.persona_list):
            self._set_all_unchecked(widget)
        self._update()

    def show_only_persona(self, persona_id: str) -> None:
        """Filter by that one persona alone (the find text and other filters cleared)."""
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        for widget in (self.kind_list, self.tag_list, self.persona_list):
            self._set_all_unchecked(widget)
        self.persona_list.blockSignals(True)
        for row in range(self.persona_list.count()):
            item = self.persona_list.item(row)
            if item.data(_KEY_ROLE) == persona_id:
                item.setCheckState(Qt.CheckState.Checked)
                self.persona_list.setCurrentItem(item)
        self.persona_list.blockSignals(False)
        self._update()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._schedule)
        self.search_field.returnPressed.connect(self._update)
        self.search_field.installEventFilter(self)
        layout.addWidget(self.search_field)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("searchCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.count_label)

        self._filter_labels: dict[QListWidget, QLabel] = {}
        self.kind_list = self._filter_list("kindFilter", layout)
        self.tag_list = self._filter_list("tagFilter", layout)
        self.persona_list = self._filter_list("personaFilter", layout)

        # Lists no taller than their rows: when all fit, the room left goes below them.
        layout.addStretch(0)
        self._lists_layout = layout
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("searchClear")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.search_field)
        self._set_texts()
        self._fill_lists()
        self._show_count(0, 0, empty=True)

    def _set_texts(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Find notes (text or tag)"))
        self.search_field.setAccessibleName(self.tr("Find notes"))
        self.search_field.setToolTip(
            self.tr("Words are found in any order, ignoring case and accents. Esc clears."))
        for widget, title in ((self.kind_list, self.tr("Kinds")), (self.tag_list, self.tr("Tags")),
                              (self.persona_list, self.tr("Personas"))):
            self._filter_labels[widget].setText(title)
            widget.setAccessibleName(title)
        self.clear_button.setText(self.tr("Clear search and filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            self._fill_lists()  # kind names
            self._update()  # the count line
        super().changeEvent(event)

    def _filter_list(self, name: str, layout: QVBoxLayout) -> QListWidget:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        widget = QListWidget(self)
        widget.setObjectName(name)
        self._filter_labels[widget] = label
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        widget.setUniformItemSizes(True)
        widget.setItemDelegate(_RoomyRowDelegate(widget))
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        widget.setMinimumHeight(_MIN_LIST_HEIGHT)
        widget.itemChanged.connect(self._update)
        # Space toggles the current item (Qt's default); Enter should too, as users expect.
        widget.itemActivated.connect(self._toggle)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return widget

    def _fill_lists(self) -> None:
        journey = self._journey
        kinds_checked = set(self._checked(self.kind_list))
        tags_checked = {fold(tag) for tag in self._checked(self.tag_list)}
        personas_checked = set(self._checked(self.persona_list))

        counts: dict[NoteKind, int] = {}
        tags: dict[str, str] = {}  # folded -> first spelling seen
        if journey is not None:
            for note in journey.notes:
                counts[note.kind] = counts.get(note.kind, 0) + 1
                for tag in note.tags:
                    tags.setdefault(fold(tag), tag)
        # Every kind in the map, and any kind still checked, in the vocabulary's order.
        kind_items = [(kind.value, f"{kind_label(kind)} ({counts.get(kind, 0)})", kind_icon(kind, 14))
                      for kind in NoteKind if kind in counts or kind.value in kinds_checked]
        self._refill(self.kind_list, kind_items, kinds_checked)

        collator = map_collator(journey.language if journey is not None else "en")
        for folded in tags_checked - tags.keys():
            tags[folded] = folded  # a checked tag no longer used stays visible to uncheck
        tag_items = [(spelling, f"#{spelling}", None)
                     for spelling in collated(tags.values(), str, collator)]
        self._refill(self.tag_list, tag_items, {tags[key] for key in tags_checked})

        personas = collated(journey.personas if journey is not None else (),
                            lambda persona: persona.name, collator)
        persona_items = [(persona.id, persona.name, None) for persona in personas]
        self._refill(self.persona_list, persona_items, personas_checked)

    def _refill(self, widget: QListWidget, items: Sequence[tuple[str, str, QIcon | None]],
                checked: set[str]) -> None:
        widget.setEnabled(bool(items))
        wanted = [(key, text, key in checked) for key, text, _icon in items]
        if wanted == self._shown(widget):
            return  # unchanged (most edits): keep the scroll position and the current item
        widget.blockSignals(True)  # rebuilding is not a user's filter change
        current = widget.currentItem()
        current_key = current.data(_KEY_ROLE) if current is not None else None
        widget.clear()
        for key, text, icon in items:
            item = QListWidgetItem(text, widget)  # list items never interpret markup
            item.setData(_KEY_ROLE, key)
            if icon is not None:
                item.setIcon(icon)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in checked
                               else Qt.CheckState.Unchecked)
            if key == current_key:
                widget.setCurrentItem(item)
        widget.blockSignals(False)
        self._size_to_rows(widget)

    def _size_to_rows(self, widget: QListWidget) -> None:
        """Share the height by the lists' lengths (ten kinds get more room than one persona) and
        never make a list taller than its rows, so no list scrolls while another has room."""
        rows = widget.count()
        self._lists_layout.setStretchFactor(widget, max(1, rows))
        row_height = widget.sizeHintForRow(0) if rows else 0
        frame = 2 * widget.frameWidth() + 2
        content = max(rows, 1) * max(row_height, 1) + frame
        widget.setMinimumHeight(min(_MIN_LIST_HEIGHT, content))
        widget.setMaximumHeight(max(widget.minimumHeight(), content))

    # -- behaviour ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
                and self.search_field.text()):
            self.search_field.clear()
            self._update()  # at once: the user asked to stop searching
            return True
        return super().eventFilter(watched, event)

    def _schedule(self) -> None:
        self._timer.start()  # restarts: only a pause in typing runs the search

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update(self) -> None:
        self._timer.stop()
        journey = self._journey
        query = self.query()
        total = len(journey.notes) if journey is not None else 0
        if journey is None or query.is_empty:
            highlight: set[str] | None = None
            self._show_count(total, total, empty=True)
        else:
            highlight = matching_notes(journey, query)
            self._show_count(len(highlight), total, empty=False)
        if highlight != self._highlight:
            self._highlight = highlight
            self.highlight_changed.emit(None if highlight is None else set(highlight))

    def _show_count(self, matched: int, total: int, *, empty: bool) -> None:
        locale = QLocale()  # the interface language's number format (1,234 or 1.234)
        if empty:
            text = self.tr("1 note") if total == 1 else self.tr("%1 notes").replace(
                "%1", locale.toString(total))
        elif total == 1:
            text = self.tr("%1 of 1 note").replace("%1", locale.toString(matched))
        else:
            text = self.tr("%1 of %2 notes").replace("%1", locale.toString(matched)).replace(
                "%2", locale.toString(total))
        self.count_label.setText(text)

    @staticmethod
    def _shown(widget: QListWidget) -> list[tuple[str, str, bool]]:
        items = (widget.item(row) for row in range(widget.count()))
        return [(str(item.data(_KEY_ROLE)), item.text(),
                 item.checkState() == Qt.CheckState.Checked) for item in items]

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [str(widget.item(row).data(_KEY_ROLE)) for row in range(widget.count())
                if widget.item(row).checkState() == Qt.CheckState.Checked]

    @staticmethod
    def _set_all_unchecked(widget: QListWidget) -> None:
        widget.blockSignals(True)
        for row in range(widget.count()):
            widget.item(row).setCheckState(Qt.CheckState.Unchecked)
        widget.blockSignals(False)
