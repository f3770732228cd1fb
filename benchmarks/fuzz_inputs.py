"""The long fuzz run (not part of the quick suite): mutated `.journey` files and CSVs through the
real loaders, reporting how many loaded, were refused with a clear message, or crashed, and the
slowest input. Every input is reproducible from its seed and index.

    python benchmarks/fuzz_inputs.py                      # 10 000 files and 10 000 CSVs
    python benchmarks/fuzz_inputs.py --files 500 --csvs 500 --json
    python benchmarks/fuzz_inputs.py --atheris 20000      # coverage-guided, if atheris installs

A crash is any exception other than InputError, a message on more than one line, a loaded map that
does not save and load back equal, or the input file changed by reading it. Crashing inputs are
copied to a folder printed at the end.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from random import Random
from typing import Any, Callable, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

if __name__ == "__main__" and "--atheris-child" in sys.argv:
    # Coverage guidance needs the loaders instrumented as they are first imported.
    import atheris

    with atheris.instrument_imports(include=["canvas_app"]):
        import canvas_app.fileio.codec  # noqa: F401
        import canvas_app.fileio.csv_io  # noqa: F401

from canvas_app.fileio.codec import dump_bytes, load_bytes, load_path  # noqa: E402
from canvas_app.fileio.csv_io import export_csv, import_csv_path  # noqa: E402
from canvas_app.fileio.errors import InputError  # noqa: E402
from canvas_app.model.journey_map import JourneyMap  # noqa: E402
from canvas_app.model.templates import build_map  # noqa: E402
from fuzz_mutations import (  # noqa: E402
    CSV_MUTATIONS,
    JOURNEY_MUTATIONS,
    Mutation,
    mutate,
    with_photos,
)
from strategies import small_map  # noqa: E402

Loader = Callable[[Path], JourneyMap]


def journey_seeds() -> list[bytes]:
    """Valid map files: a hand-made map (with and without photos), an empty one, every sample."""
    maps = [small_map(), with_photos(small_map()), JourneyMap(), build_map("service-blueprint")]
    seeds = [dump_bytes(journey) for journey in maps]
    seeds += [path.read_bytes() for path in sorted((ROOT / "sample_canvases").glob("*.journey"))]
    return seeds


def csv_seeds() -> list[bytes]:
    """Valid CSVs: the Excel/Sheets fixtures and the export of every sample."""
    seeds = [path.read_bytes() for path in sorted((ROOT / "tests" / "data" / "csv").iterdir())]
    for path in sorted((ROOT / "sample_canvases").glob("*.journey")):
        seeds.append(export_csv(load_path(path)))
    return seeds


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def run_one(path: Path, data: bytes, load: Loader) -> tuple[str, float, str]:
    """("valid" | "refused" | "crashed", milliseconds, detail) for one input."""
    path.write_bytes(data)
    before = fingerprint(path)
    started = time.perf_counter()
    try:
        journey = load(path)
        outcome, detail = "valid", ""
    except InputError as error:
        journey, outcome, detail = None, "refused", str(error)
        if "\n" in detail or "\r" in detail or not detail:
            outcome = "crashed"
    except Exception:  # noqa: BLE001 — anything else is exactly what this run looks for
        journey, outcome, detail = None, "crashed", traceback.format_exc(limit=6)
    elapsed = (time.perf_counter() - started) * 1000
    if fingerprint(path) != before:
        outcome, detail = "crashed", "the input file changed while it was read"
    if journey is not None:
        try:
            if load_bytes(dump_bytes(journey)) != journey:
                outcome, detail = "crashed", "a loaded map does not reload equal"
        except Exception:  # noqa: BLE001
            outcome, detail = "crashed", "a loaded map cannot be saved and reloaded"
    return outcome, elapsed, detail


def campaign(name: str, count: int, seeds: Sequence[bytes], mutations: dict[str, Mutation],
             load: Loader, seed: int, work: Path, crashes: Path) -> dict[str, Any]:
    counts = {"valid": 0, "refused": 0, "crashed": 0}
    times: list[float] = []
    slowest = (0.0, "")
    by_kind: dict[str, int] = {}
    path = work / f"input.{name}"
    for index in range(count):
        rng = Random(f"{seed}-{name}-{index}")
        kind, data = mutate(rng.choice(list(seeds)), rng, seeds, mutations)
        outcome, elapsed, detail = run_one(path, data, load)
        counts[outcome] += 1
        times.append(elapsed)
        by_kind[kind.split("+")[0]] = by_kind.get(kind.split("+")[0], 0) + 1
        if elapsed > slowest[0]:
            slowest = (elapsed, f"#{index} ({kind}, {len(data)} bytes)")
        if outcome == "crashed":
            crashes.mkdir(parents=True, exist_ok=True)
            (crashes / f"{name}-{index}.bin").write_bytes(data)
            print(f"CRASH {name} #{index} ({kind}): {detail.strip().splitlines()[-1]}",
                  file=sys.stderr)
    return {
        "inputs": count, **counts,
        "median_ms": round(statistics.median(times), 2) if times else 0.0,
        "slowest_ms": round(slowest[0], 1), "slowest_input": slowest[1],
        "mutations": dict(sorted(by_kind.items())),
    }


def atheris_child(runs: int) -> None:
    """Coverage-guided fuzzing of both loaders (the first byte picks which) with libFuzzer."""
    import atheris

    from canvas_app.fileio import codec, csv_io

    def target(data: bytes) -> None:
        if not data:
            return
        try:
            if data[0] % 2:
                csv_io.import_csv(data[1:], source="fuzz.csv")
            else:
                codec.load_bytes(data[1:], source="fuzz.journey")
        except InputError as error:
            if "\n" in str(error):
                raise AssertionError(f"a message on several lines: {error!r}") from None

    corpus = Path(tempfile.mkdtemp(prefix="journey-atheris-"))
    for index, data in enumerate(journey_seeds()[:4]):
        (corpus / f"map{index}").write_bytes(b"\x00" + data)
    for index, data in enumerate(csv_seeds()[:6]):
        (corpus / f"csv{index}").write_bytes(b"\x01" + data)
    atheris.Setup([sys.argv[0], f"-runs={runs}", "-max_len=65536", "-timeout=10", str(corpus)],
                  target)
    atheris.Fuzz()


def run_atheris(runs: int) -> int:
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("atheris: not installed (pip install atheris); skipped")
        return 0
    started = time.perf_counter()
    child = subprocess.run([sys.executable, __file__, "--atheris-child", str(runs)],
                           capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    done = [line for line in child.stderr.splitlines() if line.startswith("#") and "DONE" in line]
    if child.returncode != 0:
        print(child.stderr[-4000:], file=sys.stderr)
        print(f"atheris: CRASH after {elapsed:.1f} s (exit code {child.returncode})")
        return 1
    print(f"atheris: no crash in {runs} runs ({elapsed:.1f} s) {done[-1] if done else ''}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=10_000, help="mutated .journey files")
    parser.add_argument("--csvs", type=int, default=10_000, help="mutated CSV files")
    parser.add_argument("--seed", type=int, default=7, help="replays the same inputs")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--atheris", type=int, metavar="RUNS", help="coverage-guided runs instead")
    parser.add_argument("--atheris-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.atheris_child is not None:
        atheris_child(args.atheris_child)
        return 0
    if args.atheris is not None:
        return run_atheris(args.atheris)
    gc.collect()
    with tempfile.TemporaryDirectory(prefix="journey-fuzz-") as folder:
        work = Path(folder)
        crashes = Path(tempfile.gettempdir()) / f"journey-fuzz-crashes-{os.getpid()}"
        started = time.perf_counter()
        report = {
            "journey": campaign("journey", args.files, journey_seeds(), JOURNEY_MUTATIONS,
                                load_path, args.seed, work, crashes),
            "csv": campaign("csv", args.csvs, csv_seeds(), CSV_MUTATIONS, import_csv_path,
                            args.seed, work, crashes),
        }
        report["seconds"] = round(time.perf_counter() - started, 1)  # type: ignore[assignment]
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name in ("journey", "csv"):
            r = report[name]
            print(f"{name:8} {r['inputs']:6} inputs: {r['valid']:6} valid, {r['refused']:6} "
                  f"refused clearly, {r['crashed']} crashed; median {r['median_ms']} ms, slowest "
                  f"{r['slowest_ms']} ms ({r['slowest_input']})")
        print(f"total {report['seconds']} s")
    crashed = report["journey"]["crashed"] + report["csv"]["crashed"]  # type: ignore[index]
    if crashed:
        print(f"crashing inputs saved in {crashes}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
