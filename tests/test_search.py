"""Note search (model/search.py): accent- and case-insensitive words, tags, kind and persona filters."""

from __future__ import annotations

import time

from canvas_app.model import JourneyMap, Lane, LaneKind, Note, NoteKind, Persona, Stage
from canvas_app.model.edits import update_notes
from canvas_app.model.search import NoteQuery, matching_notes


def search_map() -> JourneyMap:
    """Two stages, two lanes, two personas and notes in Vietnamese and English."""
    return JourneyMap(
        title="Tìm kiếm",
        personas=(Persona(id="p-lan", name="Lan"), Persona(id="p-duc", name="Đức")),
        stages=(Stage(id="s1", title="Khám phá"), Stage(id="s2", title="Mua hàng")),
        lanes=(
            Lane(id="l-act", title="Hành động", kind=LaneKind.ACTIONS),
            Lane(id="l-pain", title="Điểm đau", kind=LaneKind.PAIN_POINTS),
        ),
        notes=(
            Note(id="n1", stage="s1", lane="l-act", kind=NoteKind.ACTION,
                 text="Đọc Đánh giá trên mạng", persona="p-lan"),
            Note(id="n2", stage="s1", lane="l-act", order=1, kind=NoteKind.ACTION,
                 text="Hỏi bạn bè", tags=("Ưu tiên",), persona="p-duc"),
            Note(id="n3", stage="s2", lane="l-pain", kind=NoteKind.PAIN_POINT,
                 text="Giao hàng chậm, đánh giá thấp", tags=("giao hàng",)),
            Note(id="n4", stage="s2", lane="l-pain", order=1, kind=NoteKind.IDEA,
                 text="Read the REVIEWS first", persona="p-lan"),
            Note(id="n5", stage="s2", lane="l-act", kind=NoteKind.ACTION, text="Đặt hàng"),
        ),
    )


def test_accents_and_case_are_ignored() -> None:
    """"danh gia" finds "Đánh giá" in any case, and so does the accented query itself."""
    journey = search_map()
    assert matching_notes(journey, NoteQuery(text="danh gia")) == {"n1", "n3"}
    assert matching_notes(journey, NoteQuery(text="ĐÁNH GIÁ")) == {"n1", "n3"}
    assert matching_notes(journey, NoteQuery(text="reviews")) == {"n4"}


def test_d_with_stroke_folds_to_d() -> None:
    """đ/Đ match a plain d (Unicode has no decomposition for it) and a plain d query finds them."""
    journey = search_map()
    assert matching_notes(journey, NoteQuery(text="dat hang")) == {"n5"}
    assert matching_notes(journey, NoteQuery(text="doc")) == {"n1"}
    assert matching_notes(journey, NoteQuery(text="đọc")) == {"n1"}


def test_every_word_is_required_in_any_order() -> None:
    """Several words must all occur, whatever their order; a missing word excludes the note."""
    journey = search_map()
    assert matching_notes(journey, NoteQuery(text="cham giao")) == {"n3"}
    assert matching_notes(journey, NoteQuery(text="  first   read ")) == {"n4"}
    assert matching_notes(journey, NoteQuery(text="danh gia cham")) == {"n3"}
    assert matching_notes(journey, NoteQuery(text="danh gia xyz")) == set()


def test_words_match_tags() -> None:
    """A word of the query may be found in a note's tags instead of its text."""
    journey = search_map()
    assert matching_notes(journey, NoteQuery(text="uu tien")) == {"n2"}
    assert matching_notes(journey, NoteQuery(text="ban uu")) == {"n2"}


def test_kind_tag_and_persona_filters_combine_with_and() -> None:
    """Values within one filter are alternatives; different filters must all hold."""
    journey = search_map()
    assert matching_notes(journey, NoteQuery(kinds=frozenset({NoteKind.ACTION}))) == {
        "n1", "n2", "n5"}
    assert matching_notes(
        journey, NoteQuery(kinds=frozenset({NoteKind.IDEA, NoteKind.PAIN_POINT}))) == {"n3", "n4"}
    assert matching_notes(journey, NoteQuery(persona_ids=frozenset({"p-lan"}))) == {"n1", "n4"}
    assert matching_notes(journey, NoteQuery(kinds=frozenset({NoteKind.ACTION}),
                                             persona_ids=frozenset({"p-lan"}))) == {"n1"}
    assert matching_notes(journey, NoteQuery(tags=frozenset({"giao hàng", "Ưu tiên"}))) == {
        "n2", "n3"}
    assert matching_notes(journey, NoteQuery(text="danh gia",
                                             tags=frozenset({"giao hàng"}))) == {"n3"}


def test_tag_filter_ignores_case_and_accents() -> None:
    """A tag chosen in the filter matches the same tag spelt with other case or accents."""
    journey = search_map()
    assert matching_notes(journey, NoteQuery(tags=frozenset({"uu tien"}))) == {"n2"}


def test_empty_query_matches_every_note() -> None:
    """A blank query is empty (nothing to highlight) and matches all notes."""
    journey = search_map()
    assert NoteQuery().is_empty
    assert NoteQuery(text="   ").is_empty
    assert not NoteQuery(text="a").is_empty
    assert not NoteQuery(persona_ids=frozenset({"p-lan"})).is_empty
    assert matching_notes(journey, NoteQuery()) == {note.id for note in journey.notes}


def test_edited_note_is_searched_with_its_new_text() -> None:
    """After an edit the changed note is matched by its new text, not a cached old one."""
    journey = search_map()
    assert matching_notes(journey, NoteQuery(text="nhanh")) == set()
    edited, _ = update_notes(journey, ["n3"], text="Giao hàng nhanh")
    assert matching_notes(edited, NoteQuery(text="nhanh")) == {"n3"}
    assert matching_notes(edited, NoteQuery(text="cham")) == set()
    # The old map still answers for its own text.
    assert matching_notes(journey, NoteQuery(text="cham")) == {"n3"}


def big_map(count: int) -> JourneyMap:
    """`count` notes over 40 stages and two lanes, with Vietnamese text."""
    stages = tuple(Stage(id=f"s{i}", title=f"Giai đoạn {i}") for i in range(40))
    lanes = (Lane(id="a", title="A"), Lane(id="b", title="B"))
    words = "khách hàng so sánh giá đánh giá đặt hàng giao nhận thanh toán ưu đãi".split()
    notes = tuple(
        Note(id=f"n{i}", stage=f"s{i % 40}", lane="ab"[i % 2], order=i // 80,
             text=" ".join(words[(i + j) % len(words)] for j in range(8)) + f" số {i}",
             tags=("ưu tiên",) if i % 5 == 0 else ())
        for i in range(count)
    )
    return JourneyMap(title="Big", stages=stages, lanes=lanes, notes=notes)


def test_twenty_thousand_notes_search_in_a_few_milliseconds() -> None:
    """Once folded, a query over 20 000 notes takes a few milliseconds (well under a frame)."""
    journey = big_map(20_000)
    matching_notes(journey, NoteQuery(text="x"))  # folds and caches once
    queries = ["d", "da", "danh", "danh gia", "danh gia uu dai", "so 1999"]
    start = time.perf_counter()
    for text in queries:
        found = matching_notes(journey, NoteQuery(text=text))
    per_query = (time.perf_counter() - start) / len(queries)
    assert "n1999" in found
    assert per_query < 0.015, f"{per_query * 1000:.1f} ms per query"
