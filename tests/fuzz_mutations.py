"""Mutations of valid `.journey` files and CSVs for the fuzz test and `benchmarks/fuzz_inputs.py`:
byte-level (flips, deletions, insertions, splices, truncations) and structure-aware (JSON values
of the wrong type, missing keys, duplicate ids, dangling references, deep nesting; CSV columns,
quotes, delimiters, encodings). Every mutation is driven by a `random.Random`, so a seed replays it.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import struct
import zlib
from random import Random
from typing import Any, Callable, Sequence

from canvas_app.fileio.codec import dump_bytes
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Persona, Photo

INTERESTING_BYTES = [b"\x00", b"\xff", b'"', b"{", b"}", b"[", b"]", b",", b":", b"\\", b"\n",
                     b"\r\n", b"\xef\xbb\xbf", b"\xc3", b"\xed\xa0\x80", b"9" * 400, b"-", b"e999",
                     b"NaN", b"Infinity", b"null", b"true", b'\\ud800', b"\t", b";"]
ODD_VALUES: list[Any] = [None, True, False, 0, -1, 2**63, -(2**70), 1e308, -1e-308, 3.5, "",
                         "x" * 20_000, "#zzzzzz", "25:99", "\u0000\u202e\u0301", "\ud800",
                         "../../etc/passwd", "<b>bold</b>", "=cmd|' /C calc'!A0", [], {},
                         [1, 2, 3], {"id": "x"}, "e\u0301" * 10]
REFERENCE_KEYS = ("stage", "lane", "phase", "persona", "source", "target", "after_lane")
DEEP_MARKER = "\u0000deep\u0000"

Mutation = Callable[[bytes, Random, Sequence[bytes]], bytes]


# -- seeds ------------------------------------------------------------------------------------


def tiny_png(width: int, height: int) -> bytes:
    """A real PNG header (and an empty data stream) declaring `width` x `height` pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + \
        chunk(b"IEND", b"")


def tiny_jpeg(width: int, height: int) -> bytes:
    """JPEG markers up to a baseline frame header declaring `width` x `height`."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + frame + b"\xff\xd9"


def with_photos(journey: JourneyMap) -> JourneyMap:
    """`journey` plus two personas carrying small real PNG and JPEG photos."""
    photos = [("image/png", tiny_png(64, 48)), ("image/jpeg", tiny_jpeg(40, 30))]
    extra = tuple(
        Persona(id=f"photo-{index}", name=f"Photo {index}",
                photo=Photo(media_type=kind, data=base64.b64encode(data).decode("ascii")))
        for index, (kind, data) in enumerate(photos)
    )
    return JourneyMap.model_validate({**journey.model_dump(), "personas": journey.personas + extra})


# -- byte-level -------------------------------------------------------------------------------


def _position(data: bytes, rng: Random) -> int:
    return rng.randrange(len(data) + 1)


def flip_bits(data: bytes, rng: Random, _: Sequence[bytes]) -> bytes:
    if not data:
        return data
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def delete_span(data: bytes, rng: Random, _: Sequence[bytes]) -> bytes:
    start = _position(data, rng)
    return data[:start] + data[start + rng.randint(1, 64):]


def insert_bytes(data: bytes, rng: Random, _: Sequence[bytes]) -> bytes:
    where = _position(data, rng)
    if rng.random() < 0.6:
        piece = rng.choice(INTERESTING_BYTES) * rng.choice((1, 1, 2, 50))
    else:
        piece = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return data[:where] + piece + data[where:]


def duplicate_span(data: bytes, rng: Random, _: Sequence[bytes]) -> bytes:
    start = _position(data, rng)
    piece = data[start:start + rng.randint(1, 400)]
    where = _position(data, rng)
    return data[:where] + piece + data[where:]


def splice(data: bytes, rng: Random, donors: Sequence[bytes]) -> bytes:
    donor = rng.choice(donors) if donors else data
    return data[:_position(data, rng)] + donor[_position(donor, rng):]


def truncate(data: bytes, rng: Random, _: Sequence[bytes]) -> bytes:
    return data[:_position(data, rng)]


BYTE_MUTATIONS: dict[str, Mutation] = {
    "flip": flip_bits, "delete": delete_span, "insert": insert_bytes,
    "duplicate": duplicate_span, "splice": splice, "truncate": truncate,
}


# -- JSON-aware ---------------------------------------------------------------------------------


def _slots(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key-or-index) in a parsed JSON tree."""
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            _slots(value, found)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((node, index))
            _slots(value, found)
    return found


def _records_with_ids(tree: Any) -> list[dict[str, Any]]:
    return [container[key] for container, key in _slots(tree, [])
            if isinstance(container[key], dict) and "id" in container[key]]


def mutate_json(data: bytes, rng: Random, _: Sequence[bytes]) -> bytes:
    """Parse, change one thing the way a broken or hostile writer would, serialize again."""
    try:
        tree = json.loads(data.decode("utf-8-sig"))
        slots = _slots(tree, [])
        records = _records_with_ids(tree)
    except (ValueError, RecursionError):  # not JSON (any more), or nested too deeply to walk
        return flip_bits(data, rng, ())
    operation = rng.choice(("retype", "retype", "delete_key", "add_key", "duplicate_id",
                            "dangling", "duplicate_element", "shuffle", "deep", "clear"))
    if operation == "duplicate_id" and len(records) >= 2:
        first, second = rng.sample(records, 2)
        second["id"] = first["id"]
    elif operation == "dangling":
        refs = [(c, k) for c, k in slots if isinstance(c, dict) and k in REFERENCE_KEYS]
        if refs:
            container, key = rng.choice(refs)
            container[key] = rng.choice(("nope", "", None, 7))
    elif operation == "delete_key":
        keyed = [(c, k) for c, k in slots if isinstance(c, dict)]
        if keyed:
            container, key = rng.choice(keyed)
            container.pop(key, None)
    elif operation == "add_key":
        dicts = [c[k] for c, k in slots if isinstance(c[k], dict)] or [tree]
        rng.choice(dicts)[rng.choice(("extra", "__proto__", "id", "é"))] = rng.choice(ODD_VALUES)
    elif operation in ("duplicate_element", "shuffle", "clear"):
        lists = [c[k] for c, k in slots if isinstance(c[k], list) and c[k]]
        if lists:
            chosen = rng.choice(lists)
            if operation == "duplicate_element":
                chosen.insert(rng.randrange(len(chosen) + 1), json.loads(json.dumps(chosen[0])))
            elif operation == "shuffle":
                rng.shuffle(chosen)
            else:
                chosen.clear()
    elif slots:
        container, key = rng.choice(slots)
        container[key] = DEEP_MARKER if operation == "deep" else rng.choice(ODD_VALUES)
    text = json.dumps(tree, ensure_ascii=rng.random() < 0.5, indent=rng.choice((None, 2)))
    depth = rng.choice((50, 500, 5_000))
    text = text.replace(json.dumps(DEEP_MARKER), "[" * depth + "]" * depth)
    return text.encode("utf-8", "surrogatepass")


JOURNEY_MUTATIONS: dict[str, Mutation] = {**BYTE_MUTATIONS, "json": mutate_json,
                                          "json2": mutate_json, "json3": mutate_json}


# -- CSV-aware ------------------------------------------------------------------------------------


def mutate_csv_rows(data: bytes, rng: Random, _: Sequence[bytes]) -> bytes:
    """Re-read the CSV into rows, damage it like a spreadsheet or a person would, write it back."""
    text = data.decode("utf-8-sig", errors="replace")
    rows = list(csv.reader(io.StringIO(text, newline=""))) or [[""]]
    operation = rng.choice(("drop_column", "rename_header", "extra_cells", "short_row", "quote",
                            "huge_cell", "many_rows", "odd_value", "duplicate_header", "blank"))
    row = rng.choice(rows)
    if operation == "drop_column" and rows[0]:
        index = rng.randrange(len(rows[0]))
        for each in rows:
            del each[index:index + 1]
    elif operation == "rename_header" and rows[0]:
        rows[0][rng.randrange(len(rows[0]))] = rng.choice(("", "???", "Stage", "text ", "ghi chú"))
    elif operation == "duplicate_header" and rows[0]:
        rows[0].append(rng.choice(rows[0]))
    elif operation == "extra_cells":
        row.extend(["x"] * rng.randint(1, 40))
    elif operation == "short_row" and row:
        del row[rng.randrange(len(row)):]
    elif operation == "quote" and row:
        row[rng.randrange(len(row))] += '"'
    elif operation == "huge_cell" and row:
        row[rng.randrange(len(row))] = "ả" * rng.choice((5_000, 20_000))
    elif operation == "many_rows" and 1 < len(rows) < 5_000:
        # Up to ~20 000 rows: enough to be slow for a careless importer, cheap to generate.
        rows.extend(rows[1:] * rng.randint(2, max(2, 20_000 // len(rows))))
    elif operation == "odd_value" and row:
        row[rng.randrange(len(row))] = str(rng.choice(ODD_VALUES))
    elif operation == "blank":
        rows.insert(rng.randrange(len(rows) + 1), [])
    out = io.StringIO(newline="")
    delimiter = rng.choice((",", ",", ";", "\t", "|"))
    writer = csv.writer(out, delimiter=delimiter, lineterminator=rng.choice(("\r\n", "\n", "\r")))
    writer.writerows(rows)
    encoding = rng.choice(("utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"))
    return out.getvalue().encode(encoding, errors="replace")


CSV_MUTATIONS: dict[str, Mutation] = {**BYTE_MUTATIONS, "rows": mutate_csv_rows,
                                      "rows2": mutate_csv_rows}


def mutate(data: bytes, rng: Random, donors: Sequence[bytes],
           mutations: dict[str, Mutation]) -> tuple[str, bytes]:
    """One to three stacked mutations of `data`; returns their names and the result."""
    names = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        name = rng.choice(sorted(mutations))
        data = mutations[name](data, rng, donors)
        names.append(name.rstrip("23"))
    return "+".join(names), data


def journey_seeds(maps: Sequence[JourneyMap]) -> list[bytes]:
    """Canonical bytes of each map (the valid files mutations start from)."""
    return [dump_bytes(journey) for journey in maps]
