"""Benchmarks of the headless core: load, save, validate, layout and PDF export of 100, 1 000 and
5 000 notes, each beside its floor measured in the same run (plain `json.loads` of the same bytes;
the same notes drawn directly with reportlab; a script that only draws, as a whole command).

    python benchmarks/run.py            # a table
    python benchmarks/run.py --json     # one JSON object of named figures
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from canvas_app.fileio.codec import dump_bytes, load_bytes  # noqa: E402
from canvas_app.model import JourneyMap  # noqa: E402
from canvas_app.model.fonts import font_path  # noqa: E402
from direct_reportlab import draw_notes  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

SIZES = (100, 1_000, 5_000)


def best_of(function: Callable[[], Any], repeat: int) -> float:
    """Median wall time of `function` in milliseconds over `repeat` runs (after one warm-up)."""
    function()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def command_ms(arguments: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(arguments, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(size: int, repeat: int, workdir: Path) -> dict[str, float]:
    from canvas_app.fileio.pdf_export import PdfOptions, render_pdf
    from canvas_app.model.layout import compute_layout

    journey = synthetic_map(size)
    data = dump_bytes(journey)
    parsed = json.loads(data)
    figures: dict[str, float] = {}
    figures["json_loads_ms"] = best_of(lambda: json.loads(data), repeat)
    figures["load_ms"] = best_of(lambda: load_bytes(data), repeat)
    figures["save_ms"] = best_of(lambda: dump_bytes(journey), repeat)
    figures["validate_ms"] = best_of(lambda: JourneyMap.model_validate(parsed["map"]), repeat)
    figures["layout_ms"] = best_of(lambda: compute_layout(journey), repeat)
    options = PdfOptions(layout="poster")
    figures["pdf_ms"] = best_of(lambda: render_pdf(journey, options), max(3, repeat // 2))
    font = str(font_path())
    stage_ids = [stage.id for stage in journey.stages]
    lane_ids = [lane.id for lane in journey.lanes]
    notes = parsed["map"]["notes"]
    figures["pdf_floor_ms"] = best_of(
        lambda: draw_notes(notes, stage_ids, lane_ids, io.BytesIO(), font), max(3, repeat // 2)
    )
    map_file = workdir / f"map-{size}.journey"
    map_file.write_bytes(data)
    python = sys.executable
    env_repeat = max(3, repeat // 2)
    figures["export_command_ms"] = command_ms(
        [python, "-m", "canvas_app", "export", str(map_file), "-o", str(workdir / "a.pdf")],
        env_repeat,
    )
    figures["export_command_floor_ms"] = command_ms(
        [python, str(HERE / "direct_reportlab.py"), str(map_file), str(workdir / "b.pdf")],
        env_repeat,
    )
    figures["load_ratio"] = figures["load_ms"] / figures["json_loads_ms"]
    figures["pdf_ratio"] = figures["pdf_ms"] / figures["pdf_floor_ms"]
    figures["export_command_ratio"] = (
        figures["export_command_ms"] / figures["export_command_floor_ms"]
    )
    figures["file_bytes"] = float(len(data))
    return figures


FLOORS = {"load_ratio": 3.0, "pdf_ratio": 1.5, "export_command_ratio": 1.5}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure (median)")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as temp:
        for size in args.sizes:
            results[str(size)] = measure(size, args.repeat, Path(temp))
    if args.json:
        print(json.dumps({"core": results, "floors": FLOORS, "python": sys.version.split()[0],
                          "cpus": os.cpu_count()}, indent=2, sort_keys=True))
        return 0
    columns = list(next(iter(results.values())).keys())
    print(f"{'figure':<26}" + "".join(f"{size + ' notes':>16}" for size in results))
    for column in columns:
        row = "".join(f"{results[size][column]:>16.2f}" for size in results)
        floor = f"   (floor ≤ {FLOORS[column]}×)" if column in FLOORS else ""
        print(f"{column:<26}{row}{floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
