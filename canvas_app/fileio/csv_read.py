"""CSV import, first half: bytes -> text -> records -> header -> one checked `CsvRow` per row.

Accepts what Excel and Google Sheets write (UTF-8 with or without BOM, Excel's UTF-16 "Unicode
text", comma/semicolon/tab, CRLF/LF, quoted line breaks); every refusal is one CsvFormatError line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import replace
from typing import Iterator

from canvas_app.fileio.csv_cells import CellError, CsvRow, parse_cells
from canvas_app.fileio.csv_stage_columns import STAGE_COLUMNS, parse_stage_cells
from canvas_app.fileio.errors import CsvFormatError
from canvas_app.model import limits
from canvas_app.model.messages import N_, Message, msg
from canvas_app.model.text import clean_line

REQUIRED_COLUMNS = ("stage", "lane", "text")
OPTIONAL_COLUMNS = ("kind", "color", "emotion", "votes", "tags", "persona", *STAGE_COLUMNS)
# Other spellings people type in a header.
# Other names a header may use: the British spelling, and the Vietnamese names a planner writes in
# a spreadsheet of her own (the interface's words, accents included: "Lan" or "Mau" alone could be
# anything). Export keeps writing the English names, which are the file contract.
_COLUMN_ALIASES = {
    "colour": "color",
    "giai đoạn": "stage",
    "làn": "lane",
    "nội dung": "text",
    "loại": "kind",
    "loại ghi chú": "kind",
    "màu": "color",
    "cảm xúc": "emotion",
    "điểm cảm xúc": "emotion",
    "phiếu bầu": "votes",
    "thẻ": "tags",
    "chân dung": "persona",
}

DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab")}
# Excel understands a first line "sep=;" naming the delimiter; some tools write it.
_SEP_LINE = re.compile(r"\A[ \t]*sep=(.)[ \t]*(\r\n|\n|\r)", re.IGNORECASE)

_SAVE_AS_HINT = N_('save it as "CSV UTF-8" and import that')
# Spreadsheet files mistaken for CSV, by their first bytes.
_SIGNATURES = (
    (b"PK\x03\x04", N_("an Excel workbook (.xlsx) or another zip file")),
    (b"\xd0\xcf\x11\xe0", N_("an old Excel workbook (.xls)")),
    (b"%PDF", N_("a PDF document")),
)


def read_rows(data: bytes, source: str) -> Iterator[CsvRow]:
    """The non-empty rows of CSV `data` after the header, in file order.

    Raises CsvFormatError (file, row and column in one line) on the first problem.
    """
    text = decode(data, source)
    delimiter, text = _take_delimiter(text)
    records = _records(text, delimiter, source)
    columns, width = _read_header(records, delimiter, source)
    count = 0
    for row, record in records:
        if not any(cell.strip() for cell in record):
            continue  # spreadsheets keep empty rows as ",,,," lines; they are not notes
        extra = [cell for cell in record[width:] if cell.strip()]
        if extra:
            raise CsvFormatError(msg(
                "{file}: row {row:d} has {cells} cells but the header names only {width} "
                "columns (a cell containing the delimiter {delimiter} must be in double quotes)",
                file=source, row=row, cells=len(record), width=width,
                delimiter=_name(delimiter)))
        cells = {name: record[i] if i < len(record) else "" for name, i in columns.items()}
        try:
            parsed = parse_cells(row, cells)
            details = parse_stage_cells(cells)
            if details is not None:
                parsed = replace(parsed, stage_details=details)
        except CellError as error:
            raise CsvFormatError(msg(
                "{file}: row {row:d}, column '{column}': {problem}", file=source, row=row,
                column=error.column, problem=error.problem)) from None
        if parsed.is_note:
            count += 1
            if count > limits.MAX_NOTES:
                raise CsvFormatError(msg(
                    "{file}: row {row:d}: more than {limit} notes; split the file",
                    file=source, row=row, limit=limits.MAX_NOTES))
        yield parsed


def decode(data: bytes, source: str) -> str:
    """The text of `data`: UTF-16 if it has a UTF-16 BOM, else UTF-8 (BOM optional)."""
    if len(data) > limits.MAX_CSV_BYTES:
        raise CsvFormatError(msg(
            "{file}: the file is {size:.1f} MB, larger than the {limit} MB a CSV file may be",
            file=source, size=len(data) / 1_048_576, limit=limits.MAX_CSV_BYTES // 1_048_576))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text (*.txt)": UTF-16 with BOM, tab-separated.
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise CsvFormatError(msg(
                "{file}: not valid UTF-16 text (at byte offset {offset:d}); {hint}",
                file=source, offset=error.start, hint=msg(_SAVE_AS_HINT))) from None
    else:
        _refuse_binary(data, source)
        bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        try:
            text = data[bom:].decode("utf-8")
        except UnicodeDecodeError as error:
            offset = bom + error.start
            line = data.count(b"\n", 0, offset) + 1
            raise CsvFormatError(msg(
                "{file}: not UTF-8 text (byte 0x{byte:02X} at byte offset {offset:d}, line "
                "{line:d}); {hint}", file=source, byte=data[offset], offset=offset, line=line,
                hint=msg(_SAVE_AS_HINT))) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise CsvFormatError(msg("{file}: not a text file (binary data at character {offset:d})",
                                 file=source, offset=nul))
    if not text.strip():
        raise CsvFormatError(msg("{file}: the file is empty", file=source))
    return text


def _refuse_binary(data: bytes, source: str) -> None:
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise CsvFormatError(msg("{file}: this is {what}, not a CSV file; {hint}",
                                     file=source, what=msg(what), hint=msg(_SAVE_AS_HINT)))
    nul = data.find(b"\x00")
    if nul < 0:
        return
    head = data[:200]
    # ASCII as UTF-16 has a zero in every other byte.
    if len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) >= len(head) // 2 * 0.9:
        raise CsvFormatError(msg(
            "{file}: looks like UTF-16 text without a byte-order mark; {hint}", file=source,
            hint=msg(_SAVE_AS_HINT)))
    raise CsvFormatError(msg("{file}: not a text file (binary data at byte offset {offset:d})",
                             file=source, offset=nul))


def _take_delimiter(text: str) -> tuple[str, str]:
    """The delimiter (from a "sep=" line, else guessed from the header) and the text to parse."""
    text = text.removeprefix("\ufeff")
    declared = _SEP_LINE.match(text)
    if declared and declared.group(1) not in '"\r\n ':
        return declared.group(1), text[declared.end() :]
    return _guess_delimiter(text), text


def _guess_delimiter(text: str) -> str:
    """The delimiter under which the header names the most known columns (then the most cells)."""
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS) | set(_COLUMN_ALIASES)
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        header = _first_record(text, delimiter)
        names = [_column_key(cell) for cell in header]
        score = (sum(name in known for name in names), len(header))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _first_record(text: str, delimiter: str) -> list[str]:
    # Only the first few kilobytes: a header is short, and an unclosed quote in it would otherwise
    # make each guess read the whole file.
    reader = csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                return record
    except csv.Error:
        pass
    return []


def _records(text: str, delimiter: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) per record; a quoted cell with line breaks is one record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    row = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise CsvFormatError(msg("{file}: row {row:d}: {problem}", file=source, row=row + 1,
                                     problem=_describe_csv_error(error))) from None
        row += 1
        yield row, record


def _describe_csv_error(error: csv.Error) -> Message:
    message = str(error)
    if "unexpected end of data" in message:
        return msg("a quoted cell is never closed (a \" is missing)")
    if "field limit" in message:
        return msg("a cell is longer than {limit} characters (is a quote left open?)",
                   limit=csv.field_size_limit())
    if "expected after" in message:
        return msg(
            "text follows the closing quote of a quoted cell; write a quote inside a quoted "
            'cell as two quotes ("")')
    return msg("cannot be read as CSV ({reason})", reason=message)


def _read_header(
    records: Iterator[tuple[int, list[str]]], delimiter: str, source: str
) -> tuple[dict[str, int], int]:
    """Column name -> cell index, from the first non-empty record, and how many columns it names
    (columns the app does not read count too: a comment column after the last known one holds
    cells, which are not "more cells than the header names")."""
    for row, record in records:
        if any(cell.strip() for cell in record):
            break
    else:
        raise CsvFormatError(msg("{file}: the file is empty", file=source))
    columns: dict[str, int] = {}
    for index, cell in enumerate(record):
        name = _column_key(cell)
        name = _COLUMN_ALIASES.get(name, name)
        if name not in REQUIRED_COLUMNS and name not in OPTIONAL_COLUMNS:
            continue  # extra columns (ids, comments) are allowed and ignored
        if name in columns:
            raise CsvFormatError(msg("{file}: row {row:d}: the header has column '{column}' twice",
                                     file=source, row=row, column=name))
        columns[name] = index
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        found = ", ".join(clean_line(cell) for cell in record if cell.strip())[:200]
        names = ", ".join(repr(name) for name in missing)
        template = (N_("{file}: row {row:d}: missing required columns {columns}; the first row "
                       "must be a header naming at least stage, lane and text (found: {found}; "
                       "read as {delimiter}-separated)") if len(missing) > 1 else
                    N_("{file}: row {row:d}: missing required column {columns}; the first row "
                       "must be a header naming at least stage, lane and text (found: {found}; "
                       "read as {delimiter}-separated)"))
        raise CsvFormatError(msg(template, file=source, row=row, columns=names, found=found,
                                 delimiter=_name(delimiter)))
    named = max(index for index, cell in enumerate(record) if cell.strip()) + 1
    return columns, named


def _name(delimiter: str) -> Message | str:
    name = _DELIMITER_NAMES.get(delimiter)
    return msg(name) if name is not None else f"'{delimiter}'"


def _column_key(cell: str) -> str:
    return " ".join(clean_line(cell).casefold().split())
