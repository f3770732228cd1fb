"""Finding notes: a query (words, kinds, tags, personas) and the ids of the notes it matches.

Text matches ignore case and accents (`text.fold`, which folds Vietnamese đ by hand). Folded note
text is cached per note record, so typing in the search field never re-folds an unchanged map.
"""

from __future__ import annotations

from dataclasses import dataclass

from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import NoteKind
from canvas_app.model.records import Note
from canvas_app.model.text import fold


@dataclass(frozen=True)
class NoteQuery:
    """What to look for. Filters combine with AND; the values inside one filter with OR.

    `text` is split into words that must all occur (in any order) in a note's text or tags.
    """

    text: str = ""
    kinds: frozenset[NoteKind] = frozenset()
    tags: frozenset[str] = frozenset()
    persona_ids: frozenset[str] = frozenset()

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.text).split())

    @property
    def is_empty(self) -> bool:
        """True when the query asks for nothing, so every note matches and none is highlighted."""
        return not (self.words or self.kinds or self.tags or self.persona_ids)


@dataclass(slots=True)
class _Folded:
    """A note record and its folded search keys, valid while the map still holds that record."""

    note_id: str
    note: Note
    haystack: str
    tags: frozenset[str]


class _FoldCache:
    """Folded text per note id. Edits replace only the records they change (records are frozen
    and shared between map versions), so an entry is reused while its record is the same object.
    """

    def __init__(self) -> None:
        self._entries: dict[str, _Folded] = {}
        # The last map's notes tuple and its entries in note order: typing in the search field
        # queries the same map again and again, so this skips even the per-note identity check.
        self._last_notes: tuple[Note, ...] | None = None
        self._last_entries: list[_Folded] = []

    def entries(self, journey: JourneyMap) -> list[_Folded]:
        notes = journey.notes
        if notes is self._last_notes:
            return self._last_entries
        entries = self._entries
        result = []
        for note in notes:
            entry = entries.get(note.id)
            if entry is None or entry.note is not note:
                entry = _fold_note(note)
                entries[note.id] = entry
            result.append(entry)
        # Forget notes that are gone once they outnumber the live ones (e.g. another map opened).
        if len(entries) > 2 * len(notes) + 64:
            self._entries = {entry.note_id: entry for entry in result}
        self._last_notes = notes
        self._last_entries = result
        return result


def _fold_note(note: Note) -> _Folded:
    folded_tags = [fold(tag) for tag in note.tags]
    # Tags join the text so a word of the query may be found in either.
    haystack = "\n".join([fold(note.text), *folded_tags])
    return _Folded(note.id, note, haystack, frozenset(folded_tags))


_CACHE = _FoldCache()


def matching_notes(journey: JourneyMap, query: NoteQuery) -> set[str]:
    """The ids of the notes of `journey` that `query` matches (every note for an empty query)."""
    entries = _CACHE.entries(journey)
    # One pass per word: a plain comprehension is several times faster than all() per note.
    for word in query.words:
        entries = [entry for entry in entries if word in entry.haystack]
    if query.kinds:
        kinds = query.kinds
        entries = [entry for entry in entries if entry.note.kind in kinds]
    if query.tags:
        tags = frozenset(fold(tag) for tag in query.tags)
        entries = [entry for entry in entries if not tags.isdisjoint(entry.tags)]
    if query.persona_ids:
        personas = query.persona_ids
        entries = [entry for entry in entries if entry.note.persona in personas]
    return {entry.note_id for entry in entries}
