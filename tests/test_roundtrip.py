"""Property tests: any valid map survives save and load unchanged, saving is idempotent, and
mangled files never produce anything but a FileFormatError or a valid map."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import journey_maps, small_map

from canvas_app.fileio.codec import dump_bytes, load_bytes, load_path, save_path
from canvas_app.fileio.errors import FileFormatError
from canvas_app.model.journey_map import JourneyMap

EXAMPLES = settings(max_examples=100, deadline=None)
SMALL_FILE = dump_bytes(small_map())


@EXAMPLES
@given(journey_maps())
def test_load_of_dump_gives_the_same_map_and_dump_is_idempotent(journey: JourneyMap) -> None:
    """load_bytes(dump_bytes(m)) == m for every valid map, and saving it again gives the same
    UTF-8 bytes."""
    data = dump_bytes(journey)
    reloaded = load_bytes(data)
    assert reloaded == journey
    assert dump_bytes(reloaded) == data
    assert data.endswith(b"}\n")
    data.decode("utf-8")


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(journey_maps())
def test_save_path_and_load_path_round_trip(tmp_path: Path, journey: JourneyMap) -> None:
    """Through a real file, a map comes back equal and the file holds the canonical bytes."""
    path = tmp_path / "map.journey"
    save_path(journey, path)
    assert load_path(path) == journey
    assert path.read_bytes() == dump_bytes(journey)


def _mutated(data: bytes, edits: list[tuple[int, int, int, bytes]]) -> bytes:
    """Apply (kind, position, length, payload) edits: 0 flips a bit, 1 deletes, 2 inserts."""
    buffer = bytearray(data)
    for kind, position, length, payload in edits:
        if not buffer:
            buffer.extend(payload)
            continue
        at = position % len(buffer)
        if kind == 0:
            buffer[at] ^= 1 << (length % 7)  # low bits: ASCII stays ASCII
        elif kind == 1:
            del buffer[at : at + 1 + length % 16]
        else:
            buffer[at:at] = payload
    return bytes(buffer)


_EDITS = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.integers(0, 1 << 20),
        st.integers(0, 64),
        # JSON tokens and UTF-8 text mostly, so mutations get past the UTF-8 check and reach
        # the parser and the validators; raw bytes sometimes.
        st.one_of(
            st.sampled_from([b'"', b"{", b"}", b"[", b"]", b",", b":", b"\\", b"\\u", b"\\ud800",
                             b"null", b"-1", b"1e999", b"NaN", b'"x":', b"0", b"true", b"\xc3"]),
            st.text(min_size=1, max_size=4).map(lambda text: text.encode("utf-8")),
            st.binary(min_size=1, max_size=4),
        ),
    ),
    min_size=1,
    max_size=6,
)


def _check_loads_or_refuses(data: bytes) -> None:
    try:
        journey = load_bytes(data, source="fuzz")
    except FileFormatError as error:
        assert str(error).startswith("fuzz") and "\n" not in str(error)
        return
    # Whatever was accepted is a real, valid map that saves and loads back equal.
    assert isinstance(journey, JourneyMap)
    assert load_bytes(dump_bytes(journey)) == journey


@settings(max_examples=200, deadline=None)
@given(_EDITS)
def test_mutated_sample_files_give_a_format_error_or_a_valid_map(
    edits: list[tuple[int, int, int, bytes]]
) -> None:
    """Flipping, deleting and inserting bytes in a valid file never raises anything else."""
    _check_loads_or_refuses(_mutated(SMALL_FILE, edits))


@EXAMPLES
@given(journey_maps(max_notes=6), _EDITS)
def test_mutated_generated_files_give_a_format_error_or_a_valid_map(
    journey: JourneyMap, edits: list[tuple[int, int, int, bytes]]
) -> None:
    """The same holds for mutations of generated maps (other shapes, other text)."""
    _check_loads_or_refuses(_mutated(dump_bytes(journey), edits))
