"""One Vietnamese glossary for the interface and the deliverables.

docs/i18n.md's glossary ("*giai đoạn* (stage)") is the reference. These tests hold to it the
interface's Vietnamese catalogue and the words the PDF prints on its own (page kickers, legend,
lane and note kinds, persona sections), so a client reading the report and a facilitator pointing
at the screen name things the same way. Vietnamese PDFs are written and read back with pdftotext.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from pdf_tools import grid_map, sample_map, squeeze

from canvas_app.fileio.pdf_cover import _WORDS as COVER_WORDS
from canvas_app.fileio.pdf_export import PdfOptions, export_pdf
from canvas_app.fileio.pdf_words import PERSONA_FIELDS, lane_kind_label, report_words
from canvas_app.model import Language
from canvas_app.model.kinds import KIND_LABELS, LaneKind, NoteKind

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "i18n" / "journey_canvas_vi.ts"
GLOSSARY_DOC = ROOT / "docs" / "i18n.md"

# Terms whose English word is unambiguous in the interface's sentences, so every sentence that
# uses it must use the glossary's Vietnamese term. ("Board" is left out on purpose: "board type"
# means the kind of map, "loại bản đồ".)
CHECKED_TERMS = ("stage", "phase", "lane", "persona", "connector", "template")
# Sentences that name CSV columns: their English column names are a file contract, kept as is.
CSV_COLUMN_SENTENCE = re.compile(r"naming at least stage, lane and text")
# The word the PDF used for a stage before the glossary was settled; "bước" means "step".
RETIRED_STAGE_WORD = "bước"


def glossary() -> dict[str, str]:
    """English term → Vietnamese term, read from docs/i18n.md's glossary paragraph."""
    text = GLOSSARY_DOC.read_text(encoding="utf-8")
    section = text.split("### Vietnamese glossary", 1)[1].split("\n## ", 1)[0]
    pairs = re.findall(r"\*([^*]+)\*\s*\(([a-z ]+)\)", section)
    return {english: vietnamese for vietnamese, english in pairs}


def _plain(text: str) -> str:
    """A catalogue text without its mnemonic ampersands and surrounding space."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def catalogue() -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message in the Vietnamese catalogue."""
    messages = []
    for context in ElementTree.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append((name, message.findtext("source") or "",
                             forms or [translation.text or ""]))
    return messages


def ui_word(context: str, source: str) -> str:
    """The interface's Vietnamese for one message (its only or first form, mnemonics removed)."""
    for name, text, translations in catalogue():
        if name == context and _plain(text) == source:
            return _plain(translations[0])
    raise AssertionError(f"no message {source!r} in context {context!r}")


def test_the_glossary_names_the_terms_the_tests_check() -> None:
    terms = glossary()
    assert terms["stage"] == "giai đoạn"
    assert terms["phase"] == "chặng"
    for english in CHECKED_TERMS:
        assert english in terms, english


@pytest.mark.parametrize("english", CHECKED_TERMS)
def test_every_interface_sentence_uses_the_glossary_term(english: str) -> None:
    vietnamese = glossary()[english]
    word = re.compile(rf"\b{english}s?\b", re.IGNORECASE)
    checked, strays = 0, []
    for context, source, translations in catalogue():
        if not word.search(_plain(source)) or CSV_COLUMN_SENTENCE.search(source):
            continue
        checked += 1
        for translation in translations:
            if vietnamese not in _plain(translation).lower():
                strays.append(f"{context}: {source!r} → {translation!r}")
    assert checked > 0
    assert not strays, f"{english} should be “{vietnamese}”:\n" + "\n".join(strays)


def test_report_words_use_the_glossary() -> None:
    terms, words = glossary(), report_words("vi")
    assert words["stage"].format(first=2, count=5).lower().startswith(terms["stage"])
    assert words["stages"].format(first=2, last=3, count=5).lower().startswith(terms["stage"])
    assert words["phase"].format(index=1, count=2).lower().startswith(terms["phase"])
    assert terms["stage"] in words["emotions_hint"]
    for key, text in words.items():
        assert RETIRED_STAGE_WORD not in text.lower(), key


def test_pdf_lane_and_note_kinds_match_the_interface() -> None:
    for kind in LaneKind:
        english = lane_kind_label(kind, "en")
        assert lane_kind_label(kind, "vi") == ui_word("LaneKind", english), kind
    for note_kind in NoteKind:
        labels = KIND_LABELS[note_kind]
        assert labels["vi"] == ui_word("NoteKind", labels["en"]), note_kind


def test_pdf_persona_sections_match_the_persona_editor() -> None:
    for field, english, vietnamese in PERSONA_FIELDS:
        assert ui_word("PersonaForm", english) == vietnamese, field
        if field in COVER_WORDS["vi"]:
            assert COVER_WORDS["vi"][field] == vietnamese, field
    assert ui_word("PersonaForm", "Quote") == report_words("vi")["quote"]


def _report_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, text=True, check=True)
    return squeeze(result.stdout)


def test_a_vietnamese_report_prints_the_interface_words(tmp_path: Path) -> None:
    """Phase and stage kickers, the legend's lane kinds: read back from a real report."""
    with_phases = tmp_path / "phases.pdf"
    export_pdf(sample_map(Language.VI), with_phases, PdfOptions(layout="report"))
    # Page kickers are set in capitals: compare case-folded.
    text = _report_text(with_phases).casefold()
    assert "chặng 1/2" in text and "chặng 2/2" in text
    assert ui_word("LaneKind", "Pain points").casefold() in text
    assert not re.search(r"\bbước \d", text)

    without_phases = grid_map(12, 2).model_copy(update={"language": Language.VI})
    plain = tmp_path / "stages.pdf"
    export_pdf(without_phases, plain, PdfOptions(layout="report"))
    text = _report_text(plain).casefold()
    assert re.search(r"giai đoạn 1\s*[–-]\s*\d+/12", text), text[:2000]
    assert not re.search(r"\bbước \d", text)


# The same English words with different meanings in two places: "Action" is a note kind and the
# recovery dialog's column of what will be done with a file; "Close" in the File menu closes the
# window ("Đóng cửa sổ"), on a dock's title bar only the panel ("Đóng").
HOMONYMS = {"Action", "Close"}


def test_the_same_words_get_the_same_translation_everywhere() -> None:
    """One English label translated two ways ("Board type:" as "Kiểu bảng:" in one dialog and
    "Loại bản đồ:" in another) reads as two different things."""
    translations: dict[str, set[tuple[str, ...]]] = {}
    for _context, source, forms in catalogue():
        translations.setdefault(_plain(source), set()).add(tuple(_plain(f) for f in forms))
    differing = {source: variants for source, variants in translations.items()
                 if len(variants) > 1 and source not in HOMONYMS}
    assert not differing, differing
