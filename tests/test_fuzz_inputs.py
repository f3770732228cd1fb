"""Fuzzing the loaders with mutated valid files: every `.journey` and CSV mutation gives either a
valid map (that saves and reloads equal) or one clear line of InputError, quickly, and the file
read is never changed. Also: photo headers declaring huge images are refused at load."""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from random import Random
from typing import Callable, Iterator

import pytest
from fuzz_mutations import (
    CSV_MUTATIONS,
    JOURNEY_MUTATIONS,
    journey_seeds,
    mutate,
    tiny_jpeg,
    tiny_png,
    with_photos,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import small_map

from canvas_app.fileio.codec import dump_bytes, load_bytes, load_path
from canvas_app.fileio.csv_io import import_csv_path
from canvas_app.fileio.errors import FileFormatError, InputError
from canvas_app.fileio.image_header import image_size
from canvas_app.model import limits
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import Persona, Photo
from canvas_app.model.templates import build_map

ROOT = Path(__file__).resolve().parent.parent
CSV_DIR = Path(__file__).resolve().parent / "data" / "csv"
TIME_LIMIT_S = 2.0  # generous for slow CI machines; the benchmark reports real figures

JOURNEY_SEEDS = journey_seeds([small_map(), with_photos(small_map()), JourneyMap()])
CSV_SEEDS = [path.read_bytes() for path in sorted(CSV_DIR.iterdir())]
CSV_BASE = build_map("current-state")
FUZZ_SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                         suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def check_load(path: Path, data: bytes, load: Callable[[Path], JourneyMap]) -> JourneyMap | None:
    """Load `data` from a file: a valid map or a one-line InputError, within the time limit,
    the file unchanged. Returns the map, or None if refused."""
    path.write_bytes(data)
    before = fingerprint(path)
    started = time.perf_counter()
    try:
        journey: JourneyMap | None = load(path)
    except InputError as error:
        message = str(error)
        assert message and "\n" not in message and "\r" not in message, repr(message)
        journey = None
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_LIMIT_S, f"took {elapsed:.2f} s"
    assert fingerprint(path) == before
    if journey is not None:
        # Whatever loads is a real map: it saves and loads back equal.
        assert load_bytes(dump_bytes(journey)) == journey
    return journey


@FUZZ_SETTINGS
@given(rng=st.randoms(use_true_random=False), seed=st.sampled_from(JOURNEY_SEEDS))
def test_mutated_map_files_load_or_are_refused_clearly(work_dir: Path, rng: Random,
                                                       seed: bytes) -> None:
    """A mutated `.journey` file is a valid map or a clear FileFormatError, never a crash."""
    _, data = mutate(seed, rng, JOURNEY_SEEDS, JOURNEY_MUTATIONS)
    check_load(work_dir / "mutated.journey", data, load_path)


@FUZZ_SETTINGS
@given(rng=st.randoms(use_true_random=False), seed=st.sampled_from(CSV_SEEDS),
       with_base=st.booleans())
def test_mutated_csv_files_import_or_are_refused_clearly(work_dir: Path, rng: Random,
                                                         seed: bytes, with_base: bool) -> None:
    """A mutated CSV imports as a valid map or is refused with one CsvFormatError line."""
    _, data = mutate(seed, rng, CSV_SEEDS, CSV_MUTATIONS)
    base = CSV_BASE if with_base else None
    check_load(work_dir / "mutated.csv", data, lambda path: import_csv_path(path, base=base))


def test_every_mutation_kind_runs_on_every_seed(work_dir: Path) -> None:
    """Each named mutation, applied with a few seeds, only ever loads or refuses cleanly."""
    for mutations, seeds, load in (
        (JOURNEY_MUTATIONS, JOURNEY_SEEDS, load_path),
        (CSV_MUTATIONS, CSV_SEEDS, import_csv_path),
    ):
        for name, mutation in sorted(mutations.items()):
            for index, seed in enumerate(seeds):
                data = mutation(seed, Random(f"{name}-{index}"), seeds)
                check_load(work_dir / f"kind-{name}", data, load)


def photo_map(media_type: str, data: bytes) -> bytes:
    persona = Persona(id="p1", name="Lan", photo=Photo(
        media_type=media_type, data=base64.b64encode(data).decode("ascii")))
    return dump_bytes(JourneyMap(personas=(persona,)))


@pytest.mark.parametrize("media_type, data", [
    ("image/png", tiny_png(100_000, 100_000)),
    ("image/png", tiny_png(20_000, 10)),
    ("image/jpeg", tiny_jpeg(65_000, 65_000)),
    ("image/jpeg", tiny_jpeg(6_000, 5_000)),
])
def test_a_photo_declaring_a_huge_image_is_refused(media_type: str, data: bytes) -> None:
    """A tiny photo whose header declares billions of pixels (a decompression bomb) is refused
    at load, naming the persona and the size."""
    with pytest.raises(FileFormatError, match=r"personas\[0\]\.photo: the photo declares"):
        load_bytes(photo_map(media_type, data))


@pytest.mark.parametrize("media_type, data", [
    ("image/png", tiny_png(100_000, 100_000)),
    ("image/jpeg", tiny_jpeg(65_000, 65_000)),
])
def test_a_logo_declaring_a_huge_image_is_refused_like_a_photo(media_type: str,
                                                               data: bytes) -> None:
    """The client's logo (format version 2) is checked like a persona photo, by the full loader
    and by the start-up draft reader alike."""
    from canvas_app.fileio.draft_load import read_draft

    logo = Photo(media_type=media_type, data=base64.b64encode(data).decode("ascii"))
    file = dump_bytes(JourneyMap(logo=logo))
    with pytest.raises(FileFormatError, match=r"map\.logo: the photo declares"):
        load_bytes(file)
    assert read_draft(file) is None  # the draft reader leaves it to the full loader
    fine = dump_bytes(JourneyMap(logo=Photo(media_type="image/png",
                                            data=base64.b64encode(tiny_png(400, 100)).decode())))
    assert load_bytes(fine).logo is not None


@pytest.mark.parametrize("media_type, data", [
    ("image/png", tiny_png(4_000, 3_000)),
    ("image/jpeg", tiny_jpeg(6_000, 4_000)),
    ("image/png", b"not an image at all"),
])
def test_reasonable_or_unmeasurable_photos_load(media_type: str, data: bytes) -> None:
    """A 12-megapixel PNG, a 24-megapixel JPEG, or bytes no header parser recognises all load
    (the screen's decoder, with its own limit, decides what to show)."""
    assert load_bytes(photo_map(media_type, data)).personas[0].photo is not None


def test_image_headers_are_measured_without_decoding() -> None:
    """PNG and JPEG sizes come from their headers, past JPEG segments before the frame; a
    header cut short gives None."""
    png = image_size(tiny_png(64, 48))
    assert png is not None
    assert (png.kind, png.width, png.height, png.pixels) == ("png", 64, 48, 3072)
    jpeg = tiny_jpeg(640, 480)
    size = image_size(jpeg)
    assert size is not None and (size.kind, size.width, size.height) == ("jpeg", 640, 480)
    assert image_size(jpeg[:12]) is None and image_size(b"\xff\xd8\xff\xda") is None
    assert limits.MAX_PHOTO_PIXELS >= 6_000 * 4_000


@pytest.mark.skipif(sys.platform == "win32", reason="atheris runs on POSIX here")
def test_a_short_atheris_session_finds_no_crash() -> None:
    """If atheris is installed, a coverage-guided run over both loaders ends without a crash."""
    pytest.importorskip("atheris")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "fuzz_inputs.py"), "--atheris", "1500"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert "atheris: no crash" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_given_as_csv_is_refused_without_blocking(tmp_path: Path) -> None:
    """Importing a FIFO (which would block a reader forever) or a device is refused at once."""
    fifo = tmp_path / "notes.csv"
    os.mkfifo(fifo)
    started = time.perf_counter()
    with pytest.raises(InputError, match="not a regular file"):
        import_csv_path(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        import_csv_path("/dev/zero")
    assert time.perf_counter() - started < 1.0
