"""Hostile and broken `.journey` files: each is refused with one line naming the problem, fast,
without another exception type escaping and without the file on disk being touched."""

from __future__ import annotations

import gzip
import json
import os
import random
import time
from pathlib import Path
from typing import Any

import pytest
from strategies import small_map

from canvas_app.fileio.codec import dump_bytes, load_bytes, load_path
from canvas_app.fileio.errors import FileFormatError

VALID = dump_bytes(small_map())
DEEP = 10_000


def snapshot(path: Path) -> tuple[int, int, bytes] | None:
    """Size, modification time and first 64 KiB of a readable regular file (None otherwise)."""
    if not (path.is_file() and os.access(path, os.R_OK)):
        return None
    try:
        status = path.stat()
        with path.open("rb") as handle:
            return status.st_size, status.st_mtime_ns, handle.read(65536)
    except OSError:
        return None


def refused_file(path: Path, *expected: str) -> str:
    """Load `path`, assert a one-line FileFormatError containing `expected`, within a second,
    with the file unchanged; return the message."""
    before = snapshot(path)
    started = time.perf_counter()
    with pytest.raises(FileFormatError) as caught:
        load_path(path)
    elapsed = time.perf_counter() - started
    message = str(caught.value)
    assert elapsed < 1.0, f"took {elapsed:.2f} s"
    assert "\n" not in message and "\r" not in message, message
    assert message.startswith(str(path)), message
    for needle in expected:
        assert needle in message, message
    assert snapshot(path) == before
    return message


def refused(tmp_path: Path, data: bytes, *expected: str) -> str:
    """Write `data` to a file and check it is refused as `refused_file` describes."""
    path = tmp_path / "hostile.journey"
    path.write_bytes(data)
    return refused_file(path, *expected)


def envelope(**map_fields: Any) -> dict[str, Any]:
    """The parsed small map with `map_fields` replaced."""
    parsed: dict[str, Any] = json.loads(VALID)
    parsed["map"].update(map_fields)
    return parsed


def encoded(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


# -- broken JSON -----------------------------------------------------------------------------


def test_every_truncation_of_a_valid_file_is_a_format_error() -> None:
    """Cutting a valid file anywhere (short of only its trailing newline) gives FileFormatError."""
    end = len(VALID.rstrip())
    started = time.perf_counter()
    for cut in range(end):
        with pytest.raises(FileFormatError) as caught:
            load_bytes(VALID[:cut], source="cut.journey")
        assert "\n" not in str(caught.value)
    assert time.perf_counter() - started < 10.0
    assert load_bytes(VALID[:end]) == small_map()


def test_a_truncated_file_says_it_may_be_truncated(tmp_path: Path) -> None:
    """A file cut in the middle names the JSON position and suggests truncation."""
    refused(tmp_path, VALID[: len(VALID) // 2], "not valid JSON at line", "truncated")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"   \n\t ", "the file is empty"),
        (b"hello world", "not valid JSON"),
        (b"{not json}", "not valid JSON"),
        (b"<<<<<<< HEAD\n" + VALID + b"=======\n" + VALID + b">>>>>>> branch\n", "not valid JSON"),
        (VALID + b"{}", "not valid JSON"),
        (b"[]", "the JSON is an array, not an object"),
        (b"[1, 2, 3]", "the JSON is an array"),
        (b"42", "the JSON is a number"),
        (b"-1.5e3", "the JSON is a number"),
        (b'"a string"', "the JSON is a string"),
        (b"null", "the JSON is true, false or null"),
        (b"true", "the JSON is true, false or null"),
    ],
)
def test_json_that_is_not_an_object_is_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    """Empty files, non-JSON, merge conflicts and JSON of the wrong shape are refused."""
    refused(tmp_path, data, expected)


# -- wrong envelope --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"format": "journey-kanvas"}, 'expected "format": "journey-canvas"'),
        ({"format": None}, 'expected "format"'),
        ({"format": 1}, 'expected "format"'),
        ({"version": "1"}, '"version" must be a positive whole number'),
        ({"version": 0}, '"version" must be a positive whole number'),
        ({"version": -3}, '"version" must be a positive whole number'),
        ({"version": 1.5}, '"version" must be a positive whole number'),
        ({"version": None}, '"version" must be a positive whole number'),
        ({"version": 10**100}, "newer Journey Canvas"),
        ({"map": []}, "map: Input should be a valid dictionary"),
        ({"map": "x"}, "map: Input should be a valid dictionary"),
        ({"extra": 1}, "unknown top-level field 'extra'"),
    ],
)
def test_a_wrong_envelope_is_refused(tmp_path: Path, change: dict[str, Any], expected: str) -> None:
    """The format tag, the version and the map must be there and of the right kind."""
    parsed = envelope()
    parsed.update(change)
    refused(tmp_path, encoded(parsed), expected)


@pytest.mark.parametrize("missing", ["format", "version", "map"])
def test_a_missing_envelope_member_is_refused(tmp_path: Path, missing: str) -> None:
    """Each of format, version and map is required."""
    parsed = envelope()
    del parsed[missing]
    refused(tmp_path, encoded(parsed), "hostile.journey: ")


# -- wrong content ---------------------------------------------------------------------------


def _with_note(index: int, **fields: Any) -> dict[str, Any]:
    parsed = envelope()
    parsed["map"]["notes"][index].update(fields)
    return parsed


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [
        (envelope(title=5), "map.title: Input should be a valid string"),
        (envelope(notes={}), "map.notes: Input should be a valid"),
        (envelope(lanes=[{"id": "x"}]), "map.lanes[0].title: Field required"),
        (envelope(map_type="mind-map"), "map.map_type: Input should be"),
        (_with_note(1, votes="many"), "map.notes[1].votes"),
        (_with_note(0, tags="urgent"), "map.notes[0].tags"),
        (_with_note(2, emotion="happy"), "map.notes[2].emotion"),
        (_with_note(2, emotion=3), "map.notes[2].emotion: Input should be less than or equal to 2"),
        (_with_note(0, color="red"), "map.notes[0].color"),
        (_with_note(0, id="has space"), "map.notes[0].id"),
        (_with_note(0, secret="x"), "map.notes[0].secret: Extra inputs are not permitted"),
        (_with_note(3, text="x" * 10_001), "map.notes[3].text"),
    ],
)
def test_wrong_types_and_values_are_refused_with_their_path(
    tmp_path: Path, parsed: dict[str, Any], expected: str
) -> None:
    """A value of the wrong type or out of bounds is named by its path in the map."""
    refused(tmp_path, encoded(parsed), expected)


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [
        (_with_note(0, stage="s-gone"), "map.notes[0]: stage 's-gone' does not exist"),
        (_with_note(4, persona="p-gone"), "map.notes[4]: persona 'p-gone' does not exist"),
        (envelope(connectors=[{"id": "c1", "source": "n1", "target": "n9"}]),
         "map.connectors[0]: note 'n9' does not exist"),
        (_with_note(1, id="n1"), "map.notes[1]: id 'n1' is used more than once"),
        (_with_note(1, id="s-aware"), "map.notes[1]: id 's-aware' is used more than once"),
    ],
)
def test_dangling_and_duplicate_ids_are_refused(
    tmp_path: Path, parsed: dict[str, Any], expected: str
) -> None:
    """References to missing records and reused ids are refused at the record that has them."""
    refused(tmp_path, encoded(parsed), expected)


# -- sizes, depth and numbers ----------------------------------------------------------------


def test_a_200_mb_file_is_refused_by_its_size_before_reading(tmp_path: Path) -> None:
    """A huge file (here sparse: a 200 MB string) is refused from its size alone, quickly."""
    path = tmp_path / "huge.journey"
    with path.open("wb") as handle:
        handle.write(b'{"format": "journey-canvas", "version": 1, "map": {"title": "')
        handle.truncate(200 * 1024 * 1024)
    refused_file(path, "200.0 MB", "larger than the 64 MB")


def test_huge_bytes_in_memory_are_refused_by_size() -> None:
    """load_bytes refuses data over the limit before parsing it."""
    with pytest.raises(FileFormatError, match="larger than the 64 MB"):
        load_bytes(b" " * (64 * 1024 * 1024 + 1))


@pytest.mark.parametrize(
    "data",
    [
        b"[" * DEEP + b"]" * DEEP,
        b'{"a":' * DEEP + b"1" + b"}" * DEEP,
        b'{"format": "journey-canvas", "version": 1, "map": ' + b"[" * DEEP + b"]" * DEEP + b"}",
        b'{"format": "journey-canvas", "version": 1, "map": '
        + b'{"a":' * DEEP + b"1" + b"}" * DEEP + b"}",
        b'{"format": "journey-canvas", "version": 1, "map": {"notes": '
        + b"[" * DEEP + b"]" * DEEP + b"}}",
        b'{"format": "journey-canvas", "version": 1, "map": {"title": '
        + b'{"a":' * DEEP + b"1" + b"}" * DEEP + b"}}",
    ],
    ids=["arrays", "objects", "map-arrays", "map-objects", "notes-arrays", "title-objects"],
)
def test_ten_thousand_deep_nesting_is_refused(tmp_path: Path, data: bytes) -> None:
    """Deeply nested arrays or objects (anywhere) are refused without a RecursionError."""
    refused(tmp_path, data, "nested too deeply")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"format": "journey-canvas", "version": 1' + b"0" * 5000 + b', "map": {}}',
         "a number is far too long"),
        (encoded(_with_note(1, votes=10**30)), "map.notes[1].votes"),
        (encoded(_with_note(1, order=-(10**30))), "map.notes[1].order"),
        (encoded(envelope(lanes=[{"id": "l", "title": "L", "height": 1e308}])),
         "map.lanes[0].height"),
        (b'{"format": "journey-canvas", "version": 1, "map": {"lanes": '
         b'[{"id": "l", "title": "L", "height": 1e999}]}}', "map.lanes[0].height"),
        (b'{"format": "journey-canvas", "version": 1, "map": {"stages": '
         b'[{"id": "s", "title": "S", "width": 0.' + b"1" * 5000 + b"}]}}",
         "map.stages[0].width"),
    ],
    ids=["5000-digit-version", "votes", "order", "float-max", "float-overflow", "long-fraction"],
)
def test_huge_numbers_are_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    """Numbers far out of range, or too long to convert, are refused with a clear reason."""
    refused(tmp_path, data, expected)


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity"])
@pytest.mark.parametrize("where", ["version", "height"])
def test_nan_and_infinity_literals_are_refused(tmp_path: Path, literal: bytes, where: str) -> None:
    """NaN and Infinity are not JSON, wherever they appear."""
    if where == "version":
        data = b'{"format": "journey-canvas", "version": ' + literal + b', "map": {}}'
    else:
        data = (b'{"format": "journey-canvas", "version": 1, "map": {"lanes": '
                b'[{"id": "l", "title": "L", "height": ' + literal + b"}]}}")
    refused(tmp_path, data, "is not a JSON number")


# -- duplicate keys --------------------------------------------------------------------------


def test_duplicate_keys_keep_the_last_value_on_every_path() -> None:
    """As in most JSON readers the last duplicate wins, the same on the fast and slow paths."""
    fast = b'{"format": "journey-canvas", "version": 1, "map": {"title": "a", "title": "b"}}'
    assert load_bytes(fast).title == "b"
    # A lone surrogate forces the slow path (json module); it must agree.
    slow = b'{"format": "journey-canvas", "version": 1, "map": {"title": "a", "title": "b\\ud800"}}'
    assert load_bytes(slow).title == "b"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"format": "journey-canvas", "format": "other", "version": 1, "map": {}}',
         'expected "format"'),
        (b'{"format": "journey-canvas", "version": 1, "version": 7, "map": {}}', "version 7"),
        (b'{"format": "journey-canvas", "version": 1, "map": {}, "map": []}',
         "map: Input should be a valid dictionary"),
        (b'{"format": "journey-canvas", "version": 1, "map": {"lanes": '
         b'[{"id": "l", "title": "L", "kind": "actions", "kind": "bogus"}]}}',
         "map.lanes[0].kind"),
    ],
)
def test_a_duplicate_key_with_a_bad_last_value_is_refused(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    """A valid first value cannot hide a bad duplicate after it."""
    refused(tmp_path, data, expected)


# -- not text, not JSON ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "not UTF-8 text: byte 0x89 at offset 0"),
        (random.Random(7).randbytes(4096), "not UTF-8 text"),
        (json.dumps(json.loads(VALID)).encode("utf-16"), "not UTF-8 text: byte 0xff at offset 0"),
        (json.dumps(json.loads(VALID)).encode("utf-16-le"), "not valid JSON"),
        (gzip.compress(VALID, mtime=0), "not UTF-8 text: byte 0x8b at offset 1"),
        (bytes(100), "not valid JSON"),
        (b"\xef\xbb\xbf", "the file is empty"),
    ],
    ids=["png", "random", "utf-16", "utf-16-le", "gzip", "nul-bytes", "bom-only"],
)
def test_binary_junk_is_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    """Images, random bytes, UTF-16 text and compressed files are refused as not a map."""
    refused(tmp_path, data, expected)


# -- not a readable file ---------------------------------------------------------------------


def test_a_folder_is_refused(tmp_path: Path) -> None:
    """Opening a folder says it is a folder."""
    folder = tmp_path / "folder.journey"
    folder.mkdir()
    refused_file(folder, "is a folder")


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    """Opening a file that does not exist says so."""
    refused_file(tmp_path / "missing.journey", "no such file")


def test_a_path_through_a_file_is_refused(tmp_path: Path) -> None:
    """A path whose parent is a file cannot be read (this fails even for root)."""
    parent = tmp_path / "plain.txt"
    parent.write_text("x")
    refused_file(parent / "map.journey", "cannot be read")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    """A file without read permission is refused (skipped where permissions do not bind, as root)."""
    path = tmp_path / "locked.journey"
    path.write_bytes(VALID)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("permissions do not stop root (the /proc/self/mem test covers root)")
        refused_file(path, "cannot be read")
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == VALID


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_file_whose_read_fails_is_refused() -> None:
    """A regular file the system refuses to read (even to root) gives the system's reason."""
    refused_file(Path("/proc/self/mem"), "cannot be read (Input/output error)")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO would block a reader forever; it is refused as not a regular file."""
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    refused_file(fifo, "is not a regular file")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused() -> None:
    """/dev/zero never ends; it is refused before reading."""
    refused_file(Path("/dev/zero"), "is not a regular file")


# -- tolerated oddities ----------------------------------------------------------------------


def test_lone_surrogate_escapes_are_dropped_not_refused(tmp_path: Path) -> None:
    """A JSON escape of a lone surrogate (legal JSON, not encodable) is dropped from the text."""
    parsed = envelope()
    text = json.dumps(parsed).replace('"Mua tr\\u00e0 s\\u1eefa qua \\u1ee9ng d\\u1ee5ng"',
                                      '"Mua\\udc80 tr\\u00e0"')
    path = tmp_path / "surrogate.journey"
    path.write_text(text, encoding="ascii")
    assert load_path(path).title == "Mua trà"
