"""The long crash-recovery run (not part of the quick suite), headless: start a process that edits
a map every few milliseconds with autosave on, SIGKILL it at a random moment, then recover as the
next start would and check the map is one the process really had, no older than its last
reported snapshot. The window-level version belongs with the main window.

    python benchmarks/kill_recover.py            # 100 runs
    python benchmarks/kill_recover.py --runs 20
"""

from __future__ import annotations

import argparse
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from canvas_app.document.autosave import DEFAULT_DELAY_MS  # noqa: E402
from canvas_app.fileio.codec import dump_bytes  # noqa: E402
from canvas_app.fileio.recovery import RecoveryStore  # noqa: E402

CHILD = ROOT / "tests" / "autosave_child.py"


def one_run(rng: Random, folder: Path) -> tuple[bool, str, float]:
    """(passed, what happened, seconds from kill to recovered map)."""
    state, map_path = folder / "state", folder / "map.journey"
    child = subprocess.Popen([sys.executable, str(CHILD), str(state), str(map_path), "continuous"],
                             cwd=CHILD.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout is not None
    seen = []
    while True:  # wait for the first snapshot, then kill at a random moment
        line = child.stdout.readline()
        if not line:
            return False, "child ended early: " + (child.stderr.read() if child.stderr else ""), 0
        seen.append(line.strip())
        if line.startswith("written"):
            break
    time.sleep(rng.uniform(0.0, 1.0))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    killed = time.perf_counter()
    lines = seen + [line.strip() for line in rest.splitlines() if line.strip()]
    edits = [line.split()[1] for line in lines if line.startswith("edit")]
    reported = [line.split()[1] for line in lines if line.startswith("written")]
    entries = RecoveryStore(state).list()
    if len(entries) != 1:
        return False, f"{len(entries)} recovery entries offered", 0
    recovered = hashlib.sha256(dump_bytes(RecoveryStore(state).load(entries[0]))).hexdigest()
    elapsed = time.perf_counter() - killed
    if recovered not in edits:
        return False, "the recovered map is not a state the process had", elapsed
    behind = len(edits) - 1 - edits.index(recovered)
    if edits.index(recovered) < edits.index(reported[-1]):
        return False, "the recovered map is older than the last snapshot reported", elapsed
    return True, f"{len(edits)} edits, recovered {behind} edits behind the last", elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if sys.platform == "win32":
        print("SIGKILL is POSIX; skipped")
        return 0
    rng = Random(args.seed)
    passed = 0
    for index in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="journey-kill-") as folder:
            ok, what, _ = one_run(rng, Path(folder))
        passed += ok
        if not ok:
            print(f"run {index}: FAILED: {what}")
    print(f"kill -9 and recover: {passed}/{args.runs} runs recovered a map the process really had "
          f"(child autosave delay 20 ms; the application default is {DEFAULT_DELAY_MS} ms)")
    return 0 if passed == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
