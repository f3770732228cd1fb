"""CSV import and export: the spreadsheet dialects accepted, mapping onto a base map, every error
message, the formula-injection guard, and lossless import -> export -> import round trips.

Fixtures in tests/data/csv are exact bytes as spreadsheets write them (see .gitattributes there):
excel_csv_utf8.csv (Excel "CSV UTF-8": BOM, comma, CRLF), excel_semicolon.csv (Excel where the list
separator is ";"), excel_unicode_text.txt (Excel "Unicode text": UTF-16 LE BOM, tab, CRLF),
google_sheets.csv (no BOM, comma, CRLF), lf_no_bom.csv (LF line ends), excel_ansi_cp1252.csv
(Excel's legacy "CSV (Comma delimited)": not UTF-8). The first five hold the same notes.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_app.fileio.csv_io import export_csv, export_csv_path, import_csv, import_csv_path
from canvas_app.fileio.csv_write import HEADER, guard_formula, unguard_formula
from canvas_app.fileio.errors import CsvFormatError
from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.kinds import Language, LaneKind, LineKind, MapType, NoteKind
from canvas_app.model.records import BlueprintLine, Lane, Note, Persona, Phase, Stage
from canvas_app.model.templates import build_map
from canvas_app.model.text import clean_line

DATA = Path(__file__).parent / "data" / "csv"
SAME_NOTES = (
    "excel_csv_utf8.csv",
    "excel_semicolon.csv",
    "excel_unicode_text.txt",
    "google_sheets.csv",
    "lf_no_bom.csv",
)

NoteFields = tuple[str, str, int, str, str, str | None, int | None, int, tuple[str, ...], str | None]


def note_fields(journey: JourneyMap) -> list[NoteFields]:
    """Every exported field of every note, with cells named by title, in display order."""
    names = {persona.id: persona.name for persona in journey.personas}
    result = []
    for stage in journey.stages:
        for lane in journey.lanes:
            for note in journey.notes_in(stage.id, lane.id):
                result.append(
                    (
                        stage.title,
                        lane.title,
                        note.order,
                        note.text,
                        note.kind.value,
                        note.color,
                        note.emotion,
                        note.votes,
                        note.tags,
                        names[note.persona] if note.persona else None,
                    )
                )
    return result


def load(text: str, **options: object) -> JourneyMap:
    return import_csv(text.encode("utf-8"), source="notes.csv", **options)  # type: ignore[arg-type]


def error_of(data: bytes | str, **options: object) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(CsvFormatError) as caught:
        import_csv(raw, source="notes.csv", **options)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message and message.startswith("notes.csv: ")
    return message


# -- dialects --------------------------------------------------------------------------------


EXPECTED_FIXTURE_NOTES: list[NoteFields] = [
    ("Nhận biết", "Hành động", 0, "Thấy quảng cáo trên Facebook", "action", None, None, 3,
     ("mạng xã hội", "quảng cáo"), "Lan"),
    ("Nhận biết", "Cảm xúc", 0, "Tò mò", "emotion", "#FFCC00", 1, 0, (), "Lan"),
    ("Cân nhắc", "Hành động", 0, "So sánh\tđọc đánh giá", "action", None, None, 0, (), None),
    ("Cân nhắc", "Điểm đau", 0, 'Giá "cao" quá,\nkhông rõ phí ship; chờ lâu', "pain-point",
     "#FFCDD2", -2, 5, ("giá", "phí"), "Minh"),
]


@pytest.mark.parametrize("name", SAME_NOTES)
def test_spreadsheet_dialects_read_alike(name: str) -> None:
    """Excel (UTF-8/semicolon/UTF-16 tab) and Sheets files with the same content give the same map."""
    journey = import_csv_path(DATA / name)
    assert journey.title == Path(name).stem
    assert [stage.title for stage in journey.stages] == ["Nhận biết", "Cân nhắc"]
    assert [(lane.title, lane.kind) for lane in journey.lanes] == [
        ("Hành động", LaneKind.ACTIONS),
        ("Cảm xúc", LaneKind.EMOTIONS),
        ("Điểm đau", LaneKind.PAIN_POINTS),
    ]
    assert note_fields(journey) == EXPECTED_FIXTURE_NOTES
    assert [persona.name for persona in journey.personas] == ["Lan", "Minh"]
    assert journey.map_type is MapType.CURRENT_STATE and journey.framework is None
    assert journey.language is Language.EN


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_delimiter_line_end_and_bom(delimiter: str, newline: str, bom: str) -> None:
    """Each delimiter is found from the header; CRLF, LF and CR line ends and a BOM all work."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(["Stage", "Lane", "Text"])
    writer.writerow(["A", "L", "one, two; three\tfour"])
    writer.writerow(["A", "L", 'line 1\nline "2"'])
    journey = load(bom + buffer.getvalue())
    assert [note.text for note in journey.notes] == ["one, two; three\tfour", 'line 1\nline "2"']


def test_excel_multiline_cell_with_crlf_inside() -> None:
    """A quoted cell's own CRLF line breaks become LF, and the cell stays one record."""
    journey = load('stage,lane,text\r\nA,L,"first\r\nsecond ""quoted"""\r\nA,L,next\r\n')
    assert [note.text for note in journey.notes] == ['first\nsecond "quoted"', "next"]


def test_header_names_are_forgiving() -> None:
    """Header names match case-insensitively with spaces ignored, in any order; others are ignored."""
    journey = load(" TEXT ,Id,  Lane,STAGE ,Colour\nhello,17,L,S,abc\n")
    note = journey.notes[0]
    assert (note.text, note.color) == ("hello", "#AABBCC")
    assert journey.stages[0].title == "S" and journey.lanes[0].title == "L"


def test_a_comment_column_after_the_known_ones_is_ignored() -> None:
    """Columns the app does not read may come last and hold cells; only cells past the header's
    last named column are "more cells than the header names"."""
    journey = load("stage,lane,text,comment\nA,L,x,checked by Minh\n")
    assert [note.text for note in journey.notes] == ["x"]
    assert "row 2 has 5 cells but the header names only 4 columns" in error_of(
        "stage,lane,text,comment\nA,L,x,hi,stray\n")


def test_vietnamese_header_names() -> None:
    """A planner's own spreadsheet with the interface's Vietnamese column names imports (NFD
    from a Mac and any case too); Excel's semicolons are still detected from those names."""
    text = ("Giai đoạn;Làn;Nội dung;Loại;Màu;Cảm xúc;Phiếu bầu;Thẻ;Chân dung;Ghi chú riêng\r\n"
            "Mua hàng;Cảm xúc;Hơi lo;Cảm xúc;#ffcdd2;-1;3;giá, ưu tiên;Chị Lan;bỏ qua\r\n")
    for variant in (text, unicodedata.normalize("NFD", text), text.upper()):
        journey = load(variant)
        note = journey.notes[0]
        assert journey.stages[0].title.casefold() == "mua hàng"
        assert note.text.casefold() == "hơi lo" and note.kind is NoteKind.EMOTION
        assert (note.color, note.emotion, note.votes) == ("#FFCDD2", -1, 3)
        assert [tag.casefold() for tag in note.tags] == ["giá", "ưu tiên"]
        assert journey.personas[0].name.casefold() == "chị lan"
    with pytest.raises(CsvFormatError, match="column 'stage' twice"):
        load("stage,Giai đoạn,lane,text\nA,B,C,D\n")


def test_sep_line_names_the_delimiter() -> None:
    """Excel's optional first line "sep=;" sets the delimiter and is not the header."""
    journey = load("sep=;\r\nstage;lane;text\r\nA;L;x,y\r\n")
    assert journey.notes[0].text == "x,y"
    assert load("SEP=|\nstage|lane|text\nA|L|x;y,z\n").notes[0].text == "x;y,z"


def test_decomposed_vietnamese_is_normalised() -> None:
    """NFD input (as macOS produces) is stored NFC in titles, text, tags and personas."""
    nfc = "Nhận biết,Điểm đau,Giá cao quá,giá cả,Người dùng"
    header = "stage,lane,text,tags,persona\n"
    journey = load(unicodedata.normalize("NFD", header + nfc + "\n"))
    assert note_fields(journey) == [
        ("Nhận biết", "Điểm đau", 0, "Giá cao quá", "pain-point", None, None, 0, ("giá cả",),
         "Người dùng")
    ]
    assert all(unicodedata.is_normalized("NFC", value) for value in nfc.split(","))


def test_empty_rows_are_skipped_and_order_is_first_appearance() -> None:
    """Blank rows are skipped; stages and lanes come in order of first appearance."""
    journey = load("stage,lane,text\n\nB,Y,1\n,,\nA,X,2\nB,X,3\n , ,\t\nB,Y,4\n")
    assert [stage.title for stage in journey.stages] == ["B", "A"]
    assert [lane.title for lane in journey.lanes] == ["Y", "X"]
    assert [(note.text, note.order) for note in journey.notes] == [
        ("1", 0), ("2", 0), ("3", 0), ("4", 1)
    ]


def test_rows_without_note_columns_only_declare_stage_and_lane() -> None:
    """A row with a stage and a lane but no note data creates them (in order) and no note."""
    journey = load("stage,lane,text,votes\nA,X,,\nB,Y,,\nB,X,note,\nC,Z,,0\n")
    assert [stage.title for stage in journey.stages] == ["A", "B", "C"]
    assert [lane.title for lane in journey.lanes] == ["X", "Y", "Z"]
    assert [(note.text, note.votes) for note in journey.notes] == [("note", 0), ("", 0)]


def test_header_only_gives_a_map_without_notes() -> None:
    """A file with just the header imports as a map with no notes."""
    assert load("stage,lane,text\r\n").notes == ()


# -- cell values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("pain-point", NoteKind.PAIN_POINT),
        ("Pain point", NoteKind.PAIN_POINT),
        ("PAIN POINTS", NoteKind.PAIN_POINT),
        ("điểm đau", NoteKind.PAIN_POINT),
        ("DIEM DAU", NoteKind.PAIN_POINT),
        ("Ý tưởng", NoteKind.IDEA),
        ("question", NoteKind.QUESTION),
        ("kpi", NoteKind.KPI),
    ],
)
def test_kind_values_and_labels(cell: str, kind: NoteKind) -> None:
    """`kind` takes NoteKind values or their English/Vietnamese labels, case/accent-insensitively."""
    assert load(f"stage,lane,text,kind\nA,L,x,{cell}\n").notes[0].kind is kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Emotions", LaneKind.EMOTIONS),
        ("Cảm xúc", LaneKind.EMOTIONS),
        ("cam xuc", LaneKind.EMOTIONS),
        ("Pain points", LaneKind.PAIN_POINTS),
        ("Điểm đau", LaneKind.PAIN_POINTS),
        ("pain-points", LaneKind.PAIN_POINTS),
        ("Touchpoints", LaneKind.TOUCHPOINTS),
        ("Điểm chạm", LaneKind.TOUCHPOINTS),
        ("Backstage", LaneKind.BACKSTAGE),
        ("Customer emotions", LaneKind.EMOTIONS),
        ("Cảm xúc mong đợi", LaneKind.EMOTIONS),
        ("Hành động hậu trường", LaneKind.BACKSTAGE),
        ("Anything else", LaneKind.NOTES),
    ],
)
def test_new_lane_kind_from_title(title: str, kind: LaneKind) -> None:
    """A new lane's kind comes from its title in either language; notes get that kind's default."""
    journey = load(f"stage,lane,text\nA,{title},x\n")
    assert journey.lanes[0].kind is kind
    assert journey.notes[0].kind.value == {
        LaneKind.EMOTIONS: "emotion",
        LaneKind.PAIN_POINTS: "pain-point",
        LaneKind.TOUCHPOINTS: "touchpoint",
        LaneKind.BACKSTAGE: "backstage",
        LaneKind.NOTES: "note",
    }[kind]


@pytest.mark.parametrize("map_type", [map_type.value for map_type in MapType])
@pytest.mark.parametrize("framework", [None, "aida", "value-journey", "lifecycle-marketing"])
@pytest.mark.parametrize("language", ["en", "vi"])
def test_template_maps_round_trip_their_structure(
    map_type: str, framework: str | None, language: str
) -> None:
    """Every template map exported (without notes) re-imports with its stages, lanes and kinds."""
    journey = build_map(map_type, framework, language)
    again = import_csv(export_csv(journey))
    assert [stage.title for stage in again.stages] == [stage.title for stage in journey.stages]
    assert [(lane.title, lane.kind) for lane in again.lanes] == [
        (lane.title, lane.kind) for lane in journey.lanes
    ]


def test_new_lane_kind_from_its_notes() -> None:
    """An untitled-kind lane takes the kind of most of its notes; unkinded notes follow the lane."""
    journey = load(
        "stage,lane,text,kind\nA,Feelings?,a,emotion\nA,Feelings?,b,emotion\nA,Feelings?,c,idea\n"
        "A,Feelings?,d,\n"
    )
    assert journey.lanes[0].kind is LaneKind.EMOTIONS
    assert [note.kind for note in journey.notes] == [
        NoteKind.EMOTION, NoteKind.EMOTION, NoteKind.IDEA, NoteKind.EMOTION
    ]


def test_cell_formats_are_normalised() -> None:
    """Colours become #RRGGBB, "+1" and "−1" are emotions, empty votes are 0, tags split on , and ;."""
    journey = load(
        "stage,lane,text,color,emotion,votes,tags\n"
        'A,L,1,#abc,+1,,"a; b ,c;;a"\n'
        "A,L,2,12ab9F,\u22122,42,\n"
        "A,L,3, ,0, 7 ,  \n"
    )
    values = [(n.color, n.emotion, n.votes, n.tags) for n in journey.notes]
    assert values == [
        ("#AABBCC", 1, 0, ("a", "b", "c")),
        ("#12AB9F", -2, 42, ()),
        (None, 0, 7, ()),
    ]


# -- a base map ----------------------------------------------------------------------------------


def make_base() -> JourneyMap:
    phase = Phase(id="ph1", title="Trước mua")
    stages = (Stage(id="s1", title="Nhận biết", phase="ph1"), Stage(id="s2", title="Cân nhắc"))
    lanes = (
        Lane(id="l1", title="Hành động", kind=LaneKind.ACTIONS),
        Lane(id="l2", title="Cảm xúc", kind=LaneKind.EMOTIONS),
    )
    return JourneyMap(
        title="Template",
        description="kept",
        map_type=MapType.SERVICE_BLUEPRINT,
        framework="aida",
        language=Language.VI,
        personas=(Persona(id="p1", name="Chị Lan"),),
        phases=(phase,),
        stages=stages,
        lanes=lanes,
        lines=(BlueprintLine(id="b1", kind=LineKind.VISIBILITY, after_lane="l1"),),
        notes=(Note(id="n0", stage="s1", lane="l1", order=4, text="already there"),),
    )


def test_import_onto_a_base_map() -> None:
    """Titles fold-match the base's stages, lanes and personas; new ones are appended after them."""
    base = make_base()
    journey = load(
        "stage,lane,text,persona\n"
        "Mua hàng,Ghi chú,new stage and lane,\n"
        "NHAN BIET,hanh dong,onto s1/l1,chi lan\n"
        "cân nhắc,CẢM XÚC,onto s2/l2,Anh Minh\n",
        base=base,
    )
    assert [stage.id for stage in journey.stages[:2]] == ["s1", "s2"]
    assert [stage.title for stage in journey.stages] == ["Nhận biết", "Cân nhắc", "Mua hàng"]
    assert [lane.id for lane in journey.lanes[:2]] == ["l1", "l2"]
    assert (journey.lanes[2].title, journey.lanes[2].kind) == ("Ghi chú", LaneKind.NOTES)
    assert (journey.map_type, journey.framework) == (MapType.SERVICE_BLUEPRINT, "aida")
    assert journey.language is Language.VI and journey.description == "kept"
    assert journey.title == "notes"
    assert journey.phases == base.phases and journey.lines == base.lines
    assert [persona.name for persona in journey.personas] == ["Chị Lan", "Anh Minh"]
    by_text = {note.text: note for note in journey.notes}
    assert by_text["onto s1/l1"].persona == "p1"
    assert (by_text["onto s1/l1"].stage, by_text["onto s1/l1"].lane) == ("s1", "l1")
    assert by_text["onto s1/l1"].order == 5  # after the base's note in that cell
    assert by_text["onto s2/l2"].kind is NoteKind.EMOTION
    assert by_text["already there"].id == "n0"


def test_title_and_language_options() -> None:
    """A given title and language override the file stem and the base's language."""
    journey = load("stage,lane,text\nA,L,x\n", base=make_base(), title="Hành trình", language="en")
    assert journey.title == "Hành trình" and journey.language is Language.EN


def test_bad_options_are_refused() -> None:
    """An unknown language is a programming error; an over-long title is a one-line CsvFormatError."""
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        load("stage,lane,text\nA,L,x\n", language="fr")
    assert "title" in error_of("stage,lane,text\nA,L,x\n", title="t" * (limits.MAX_TITLE + 1))


def test_notes_get_fresh_ids_and_cell_order() -> None:
    """Imported notes get unique fresh ids and order 0..n-1 per cell in row order."""
    journey = load("stage,lane,text\nA,L,a\nA,M,b\nA,L,c\nA,L,d\n")
    assert len({note.id for note in journey.notes}) == 4
    assert [(note.text, note.order) for note in journey.notes] == [
        ("a", 0), ("b", 0), ("c", 1), ("d", 2)
    ]


# -- errors --------------------------------------------------------------------------------------

HEAD = "stage,lane,text,kind,color,emotion,votes,tags,persona\n"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("A,L,x,,,5,,,\n", "row 2, column 'emotion': '5' is not a whole number from -2 to 2"),
        ("A,L,x,,,1.5,,,\n", "row 2, column 'emotion': '1.5' is not a whole number from -2 to 2"),
        ("A,L,x,,,,-1,,\n", "row 2, column 'votes': '-1' is not a whole number from 0 to 10000"),
        ("A,L,x,,,,many,,\n", "row 2, column 'votes': 'many' is not a whole number from 0 to"),
        ("A,L,x,,red,,,,\n", "row 2, column 'color': 'red' is not a colour like #FFCDD2"),
        ("A,L,x,bogus,,,,,\n", "row 2, column 'kind': 'bogus' is not a note kind (use one of: note,"),
        (",L,x,,,,,,\n", "row 2, column 'stage': the cell is empty; every note needs a stage"),
        ("A, ,x,,,,,,\n", "row 2, column 'lane': the cell is empty; every note needs a lane"),
        ("A,L,x,,,,," + "t" * 65 + ",\n", "row 2, column 'tags': the tag 'tttt"),
        ("A,L,x,,,,," + ";".join(map(str, range(33))) + ",\n", "column 'tags': 33 tags, more"),
        ("A," + "L" * 301 + ",x,,,,,,\n", "row 2, column 'lane': the title is 301 characters"),
        ("A,L,x,,,,,,," + "extra\n", "row 2 has 10 cells but the header names only 9 columns (a cell containing the delimiter comma must be in double quotes)"),
        ('A,L,"never closed\n', "row 2: a quoted cell is never closed"),
        ('A,L,"closed"after\n', "row 2: text follows the closing quote of a quoted cell"),
    ],
)
def test_bad_row_names_row_and_column(rows: str, expected: str) -> None:
    """A bad cell is refused in one line naming the spreadsheet row and the column."""
    assert expected in error_of(HEAD + rows)


def test_row_numbers_count_records_not_lines() -> None:
    """Rows are numbered as a spreadsheet does: a cell with line breaks is still one row."""
    text = (
        "stage,lane,text,emotion\r\n"
        + 'A,Emotions,"one\r\ntwo\r\nthree",1\r\n' * 5
        + "A,Emotions,bad,5\r\n"
    )
    assert error_of(text) == (
        "notes.csv: row 7, column 'emotion': '5' is not a whole number from -2 to 2"
    )


def test_long_text_is_refused() -> None:
    """A note text over the model's limit is refused naming its row and column."""
    message = error_of(HEAD + "A,L," + "x" * (limits.MAX_TEXT + 1) + ",,,,,,\n")
    assert "row 2, column 'text': the text is 10001 characters" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("stage,text\nA,x\n", "row 1: missing required column 'lane'"),
        ("Giai doan,Lan,Noi dung\nA,B,C\n", "missing required columns 'stage', 'lane', 'text'"),
        ("stage,lane,text,TEXT\n", "row 1: the header has column 'text' twice"),
        ("\n\n,,\nstage lane text\n", "row 4: missing required columns"),
    ],
)
def test_bad_header(text: str, expected: str) -> None:
    """A header without the required columns (or with one twice) is refused in one line."""
    assert expected in error_of(text)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "notes.csv: the file is empty"),
        (b"\xef\xbb\xbf \r\n\r\n", "notes.csv: the file is empty"),
        (b"\xff\xfe", "notes.csv: the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (binary data at byte offset 8)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "this is an Excel workbook (.xlsx) or another zip file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "this is an old Excel workbook (.xls)"),
        ("stage,lane,text\n".encode("utf-16-le"), "looks like UTF-16 text without a byte-order"),
        (b"\xff\xfes\x00\xd8", "not valid UTF-16 text"),
        (b"\xff\xfes\x00\x00\x00", "not a text file (binary data at character 1)"),
    ],
)
def test_unreadable_files(data: bytes, expected: str) -> None:
    """Empty files, binary junk and spreadsheets-not-CSV each get one clear line."""
    assert expected in error_of(data)


def test_non_utf8_names_offset_and_suggests_csv_utf8() -> None:
    """Excel's legacy ANSI CSV is refused naming the byte offset and suggesting CSV UTF-8."""
    with pytest.raises(CsvFormatError) as caught:
        import_csv_path(DATA / "excel_ansi_cp1252.csv")
    assert str(caught.value) == (
        f"{DATA / 'excel_ansi_cp1252.csv'}: not UTF-8 text (byte 0xE0 at byte offset 30, line 2); "
        'save it as "CSV UTF-8" and import that'
    )


def test_size_and_count_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files over MAX_CSV_BYTES and more than MAX_NOTES rows, stages or lanes are refused."""
    big = ("stage,lane,text\n" + "A,L,x\n" * 10).encode()
    monkeypatch.setattr(limits, "MAX_CSV_BYTES", len(big) - 1)
    assert "larger than the" in error_of(big)
    monkeypatch.setattr(limits, "MAX_CSV_BYTES", 32 * 1024 * 1024)
    monkeypatch.setattr(limits, "MAX_NOTES", 3)
    assert error_of(big) == "notes.csv: row 5: more than 3 notes; split the file"
    monkeypatch.setattr(limits, "MAX_STAGES", 2)
    monkeypatch.setattr(limits, "MAX_LANES", 2)
    assert error_of("stage,lane,text\nA,L,x\nB,L,x\nC,L,x\n") == (
        "notes.csv: row 4, column 'stage': more than 2 stages"
    )
    assert "row 4, column 'lane': more than 2 lanes" in error_of(
        "stage,lane,text\nA,L,x\nA,M,x\nA,N,x\n"
    )


def test_base_notes_count_toward_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The base map's notes count toward MAX_NOTES."""
    monkeypatch.setattr(limits, "MAX_NOTES", 2)
    message = error_of("stage,lane,text\nA,L,x\nA,L,y\n", base=make_base())
    assert message == "notes.csv: row 3: a map holds at most 2 notes"


def test_path_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing file, a folder and an oversized file are refused without reading it whole."""
    with pytest.raises(CsvFormatError, match="no such file"):
        import_csv_path(tmp_path / "missing.csv")
    with pytest.raises(CsvFormatError, match="is a folder"):
        import_csv_path(tmp_path)
    big = tmp_path / "big.csv"
    big.write_bytes(b"stage,lane,text\n" + b"A,L,x\n" * 100)
    monkeypatch.setattr(limits, "MAX_CSV_BYTES", 100)
    with pytest.raises(CsvFormatError, match="larger than the"):
        import_csv_path(big)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_map_or_one_line_error(data: bytes) -> None:
    """Arbitrary bytes never raise anything but a one-line CsvFormatError."""
    try:
        journey = import_csv(b"stage,lane,text,emotion,votes,color\n" + data, source="x.csv")
    except CsvFormatError as error:
        assert "\n" not in str(error) and str(error).startswith("x.csv: ")
    else:
        assert isinstance(journey, JourneyMap)


# -- export --------------------------------------------------------------------------------------


def small_map(**note_fields: object) -> JourneyMap:
    persona = Persona(id="p1", name="Lan")
    stage = Stage(id="s1", title="Nhận biết")
    lane = Lane(id="l1", title="Cảm xúc", kind=LaneKind.EMOTIONS)
    fields: dict[str, object] = {"id": "n1", "stage": "s1", "lane": "l1"} | note_fields
    return JourneyMap(
        personas=(persona,),
        stages=(stage,),
        lanes=(lane,),
        notes=(Note.model_validate(fields),),
    )


def test_export_bytes_are_excel_shaped() -> None:
    """Export writes a UTF-8 BOM, CRLF rows, a comma header and quotes only where needed."""
    journey = small_map(
        text='Vui, "rất" vui\ndòng 2', kind=NoteKind.EMOTION, color="#ffcc00", emotion=2, votes=3,
        tags=("a", "b c"), persona="p1",
    )
    assert export_csv(journey) == (
        "\ufeffstage,lane,text,kind,color,emotion,votes,tags,persona\r\n"
        'Nhận biết,Cảm xúc,"Vui, ""rất"" vui\ndòng 2",emotion,#FFCC00,2,3,"a, b c",Lan\r\n'
    ).encode("utf-8")
    assert ",".join(HEADER) == "stage,lane,text,kind,color,emotion,votes,tags,persona"


def test_export_path_writes_atomically(tmp_path: Path) -> None:
    """export_csv_path replaces the target with the exported bytes and leaves no temp file."""
    target = tmp_path / "notes.csv"
    target.write_bytes(b"old")
    journey = small_map(text="x")
    export_csv_path(journey, target)
    assert target.read_bytes() == export_csv(journey)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.csv"]


def test_round_trip_keeps_every_note_field() -> None:
    """import -> export -> import keeps text, kind, colour, emotion, votes, tags, persona and cell."""
    first = import_csv_path(DATA / "excel_csv_utf8.csv")
    second = import_csv(export_csv(first), source="again.csv")
    assert note_fields(second) == note_fields(first) == EXPECTED_FIXTURE_NOTES
    assert [(lane.title, lane.kind) for lane in second.lanes] == [
        (lane.title, lane.kind) for lane in first.lanes
    ]
    assert export_csv(second) == export_csv(first)


def test_round_trip_of_a_map_with_awkward_titles() -> None:
    """Empty and look-alike stage titles export as distinct names so no cells merge on import."""
    journey = JourneyMap(
        stages=(Stage(id="s1", title=""), Stage(id="s2", title="Mua"), Stage(id="s3", title="MÚA")),
        lanes=(Lane(id="l1", title="L"),),
        notes=tuple(
            Note(id=f"n{i}", stage=f"s{i}", lane="l1", text=str(i)) for i in (1, 2, 3)
        ),
    )
    again = import_csv(export_csv(journey))
    assert [stage.title for stage in again.stages] == ["Stage 1", "Mua", "MÚA (2)"]
    assert [note.text for note in again.notes] == ["1", "2", "3"]


def test_export_declares_empty_and_late_stages_and_lanes() -> None:
    """Stages and lanes without notes, and a lane first used in a later stage, keep their order."""
    journey = JourneyMap(
        stages=tuple(Stage(id=f"s{i}", title=f"S{i}") for i in range(4)),
        lanes=tuple(Lane(id=f"l{i}", title=f"L{i}") for i in range(3)),
        notes=(
            Note(id="n1", stage="s1", lane="l2", text=""),
            Note(id="n2", stage="s3", lane="l0", text="=x"),
        ),
    )
    data = export_csv(journey)
    assert data.decode("utf-8-sig").splitlines()[1:4] == [
        "S0,L0,,,,,,,", "S0,L1,,,,,,,", "S0,L2,,,,,,,"
    ]
    again = import_csv(data)
    assert [stage.title for stage in again.stages] == ["S0", "S1", "S2", "S3"]
    assert [lane.title for lane in again.lanes] == ["L0", "L1", "L2"]
    assert note_fields(again) == note_fields(journey)
    plain = small_map(text="x")
    assert export_csv(plain).count(b"\r\n") == 2  # no declaration rows when none are needed


DANGEROUS = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "＝1+1", "'=1", "''+x"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_formula_injection_guard(value: str) -> None:
    """Cells a spreadsheet would run as formulas get a leading apostrophe; import removes it."""
    journey = JourneyMap(
        personas=(Persona(id="p1", name=clean_line(value) or "p"),),
        stages=(Stage(id="s1", title=clean_line(value) or "s"),),
        lanes=(Lane(id="l1", title=clean_line(value) + " lane"),),
        notes=(Note(id="n1", stage="s1", lane="l1", text=value, tags=(clean_line(value),),
                    persona="p1"),),
    )
    data = export_csv(journey)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    for cell in rows[1]:
        assert not cell or cell[0] not in "=+-@\t\r＝＋－＠", cell
    assert rows[1][2] == "'" + value
    again = import_csv(data)
    assert note_fields(again) == note_fields(journey)


@pytest.mark.parametrize("value", ["'", "'quoted'", "plain", "", "a=b", " =x", "-"])
def test_guard_is_reversible(value: str) -> None:
    """unguard_formula(guard_formula(x)) == x, and harmless cells are left alone."""
    assert unguard_formula(guard_formula(value)) == value
    if value[:1] not in ("-",):
        assert guard_formula(value) == value


# -- property-based round trip -------------------------------------------------------------------

_AWKWARD = st.sampled_from(
    [",", ";", '"', "'", "\n", "\r\n", "\r", "\t", "=", "+", "-", "@", " ", "ệ", "Đ", "ữ",
     "e\u0302\u0301", "\ufeff", "\u2028", "sep=;"]
)
_TEXT = st.lists(st.one_of(_AWKWARD, st.characters(codec="utf-8")), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, title=_TEXT, persona=_TEXT, tag=_TEXT)
def test_arbitrary_text_round_trips(text: str, title: str, persona: str, tag: str) -> None:
    """Any note text (and stage title, persona name, tag) survives export -> import exactly."""
    tag = clean_line(tag.replace(",", " ").replace(";", " "))
    journey = JourneyMap(
        personas=(Persona(id="p1", name=persona),),
        stages=(Stage(id="s1", title=title),),
        lanes=(Lane(id="l1", title="Lane"),),
        notes=(
            Note(id="n1", stage="s1", lane="l1", text=text, tags=(tag,) if tag else (),
                 persona="p1" if clean_line(persona) else None),
            Note(id="n2", stage="s1", lane="l1", order=1, text=text[::-1]),
        ),
    )
    again = import_csv(export_csv(journey))
    expected = note_fields(journey)
    if not journey.stages[0].title:
        expected = [("Stage 1", *fields[1:]) for fields in expected]
    assert note_fields(again) == expected
