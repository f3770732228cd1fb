"""The long crash-recovery run against the real program in a window (not part of the quick suite;
tests/test_ui_recovery.py runs three): start `python -m canvas_app FILE` (offscreen) whose test
script (canvas_app/ui/edit_script.py) adds notes through the editor at a human pace, SIGKILL it at
a random moment, start it again on the same file, click Restore All in the recovery dialog, save
and quit. The saved map must hold exactly the first k edits, with k at least the number of edits
the autosaver had to have written by the kill:

- every edit followed by a pause of at least the autosave delay (+ slack) before the kill, and
- every edit made at least 5 delays (+ slack) before it (continuous editing postpones a snapshot
  by at most 4 delays; see canvas_app/document/autosave.py).

It also checks that the restarted program exits 0, leaves no recovery files and no lock file.

    python benchmarks/kill_recover_window.py               # 100 runs, 2 at a time
    python benchmarks/kill_recover_window.py --runs 10 --jobs 1
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from canvas_app.document.autosave import DEFAULT_DELAY_MS  # noqa: E402
from canvas_app.fileio.codec import load_path, save_path  # noqa: E402
from canvas_app.fileio.lockfile import lock_path_for  # noqa: E402
from canvas_app.model.journey_map import JourneyMap  # noqa: E402
from canvas_app.model.records import Lane, Stage  # noqa: E402
from canvas_app.ui.edit_script import TEST_SCRIPT_ENV  # noqa: E402

DELAY = DEFAULT_DELAY_MS / 1000
# Qt timers may fire late on a busy machine and the snapshot takes a moment to write.
SLACK = 0.5
BURST_LIMIT = 5 * DELAY
START_TIMEOUT = 60.0


@dataclass
class RunResult:
    problem: str  # "" when the run passed
    made: int = 0  # edits logged before the kill
    due: int = 0  # edits the snapshot had to hold
    recovered: int = 0  # edits in the map saved after the restart
    restart_seconds: float = 0.0  # restart, restore, save and quit


def edit_script(rng: Random, seconds: float) -> str:
    """Edits for `seconds`: mostly quick ones (60-400 ms apart), a quarter followed by a pause
    longer than the autosave delay, as someone thinking between notes (always 3 s or more after
    the third, so a kill 4 s after the first edit has something the snapshot must hold)."""
    lines, elapsed, number = ["recover"], 0.0, 0
    while elapsed < seconds:
        number += 1
        if number == 3:
            gap = rng.uniform(3000, 3500)
        elif rng.random() < 0.25:
            gap = rng.uniform(2200, 3500)
        else:
            gap = rng.uniform(60, 400)
        lines += [f"add s1 l1 edit {number}", f"wait {int(gap)}"]
        elapsed += gap / 1000
    return "\n".join(lines) + "\n"


def due_edits(times: list[float], kill: float) -> int:
    """How many of the first edits (made at `times`, monotonic seconds) the snapshot on disk
    must hold at `kill` under the autosaver's rules."""
    due = 0
    for index, moment in enumerate(times):
        following = times[index + 1] if index + 1 < len(times) else kill
        if min(following, kill) - moment >= DELAY + SLACK or kill - moment >= BURST_LIMIT + SLACK:
            due = index + 1
    return due


def one_run(seed: int, folder: Path, kill_from: float, kill_within: float) -> RunResult:
    rng = Random(seed)
    map_path = folder / "plan.journey"
    save_path(JourneyMap(title="Kill test", stages=(Stage(id="s1", title="Order"),),
                         lanes=(Lane(id="l1", title="Actions"),)), map_path)
    edits = folder / "edits.txt"
    edits.write_text(edit_script(rng, kill_within + 4), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "JOURNEY_CANVAS_STATE_DIR": str(folder / "state"),
           "XDG_CONFIG_HOME": str(folder / "config"), TEST_SCRIPT_ENV: str(edits)}
    command = [sys.executable, "-m", "canvas_app", str(map_path)]
    child = subprocess.Popen(command, env=env, cwd=folder, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    log = Path(f"{edits}.log")
    first = _wait_for_first_edit(log, child)
    if first is None:
        child.kill()
        return RunResult("the program made no edit: " + _stderr(child))
    time.sleep(max(0.0, first + rng.uniform(kill_from, kill_within) - time.monotonic()))
    kill = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    times = [float(line.split()[2]) for line in log.read_text(encoding="utf-8").splitlines()
             if line.split()[1] == "add"]
    result = RunResult("", made=len(times), due=due_edits(times, kill))

    restart = folder / "restart.txt"
    restart.write_text("recover\nsave\nquit\n", encoding="utf-8")
    started = time.perf_counter()
    try:
        done = subprocess.run(command, env={**env, TEST_SCRIPT_ENV: str(restart)}, cwd=folder,
                              capture_output=True, text=True, timeout=START_TIMEOUT)
    except subprocess.TimeoutExpired:
        result.problem = "the restarted program did not finish"
        return result
    result.restart_seconds = time.perf_counter() - started
    texts = [note.text for note in load_path(map_path).notes]
    result.recovered = len(texts)
    leftovers = list((folder / "state" / "recovery").glob("*"))
    if done.returncode != 0:
        result.problem = f"the restarted program exited with {done.returncode}: {done.stderr[-500:]}"
    elif texts != [f"edit {number}" for number in range(1, len(texts) + 1)]:
        result.problem = f"the saved map is not a run of the first edits: {texts[:5]}…"
    elif len(texts) < result.due:
        result.problem = f"{result.due} edits were due, only {len(texts)} recovered"
    elif len(texts) > result.made + 1:  # the kill may fall between an edit and its log line
        result.problem = f"{len(texts)} edits recovered, only {result.made} were made"
    elif leftovers:
        result.problem = f"recovery files left after saving: {[p.name for p in leftovers]}"
    elif lock_path_for(map_path).exists():
        result.problem = "the lock file was left behind"
    return result


def _wait_for_first_edit(log: Path, child: subprocess.Popen[bytes]) -> float | None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and child.poll() is None:
        if log.exists():
            for line in log.read_text(encoding="utf-8").splitlines():
                if line.split()[1:2] == ["add"]:
                    return float(line.split()[2])
        time.sleep(0.01)
    return None


def _stderr(child: subprocess.Popen[bytes]) -> str:
    try:
        _, err = child.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        return ""
    return (err or b"").decode("utf-8", "replace")[-500:]


def run_many(runs: int, seed: int, jobs: int, kill_from: float, kill_within: float,
             folder: Path | None = None) -> list[RunResult]:
    """`runs` runs, `jobs` at a time, each in its own folder (under `folder` if given), killed
    between `kill_from` and `kill_within` seconds after the first edit."""

    def run(index: int) -> RunResult:
        base = folder if folder is not None else Path(tempfile.gettempdir())
        with tempfile.TemporaryDirectory(prefix=f"kill-window-{index}-", dir=base) as place:
            return one_run(seed * 1000 + index, Path(place), kill_from, kill_within)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(run, range(runs)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kill-from", type=float, default=0.0,
                        help="seconds after the first edit from which the kill may fall")
    parser.add_argument("--kill-within", type=float, default=10.0,
                        help="seconds after the first edit within which the kill falls")
    args = parser.parse_args()
    if sys.platform == "win32":
        print("SIGKILL is POSIX; skipped")
        return 0
    started = time.perf_counter()
    results = run_many(args.runs, args.seed, args.jobs, args.kill_from, args.kill_within)
    for index, result in enumerate(results):
        if result.problem:
            print(f"run {index}: FAILED: {result.problem}")
    passed = [result for result in results if not result.problem]
    made = sum(result.made for result in results)
    recovered = sum(result.recovered for result in passed)
    due = sum(result.due for result in passed)
    lost = [result.made - result.recovered for result in passed]
    print(f"kill -9 in a window and recover: {len(passed)}/{len(results)} runs passed "
          f"({args.jobs} at a time, {time.perf_counter() - started:.0f} s)")
    restored = sum(1 for result in passed if result.recovered)
    print(f"  edits made before the kills: {made}; due by the autosave rules: {due}; "
          f"recovered: {recovered}; runs with a map restored: {restored}")
    if lost:
        print(f"  edits lost per run (all newer than the rules require): median "
              f"{statistics.median(lost):g}, max {max(lost)}")
        restarts = [result.restart_seconds for result in passed]
        print(f"  restart + restore + save + quit: median {statistics.median(restarts):.2f} s")
    print(f"  autosave delay {DEFAULT_DELAY_MS} ms (slack {SLACK} s; continuous editing written "
          f"within {BURST_LIMIT:g} s)")
    return 0 if len(passed) == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
