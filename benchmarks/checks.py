"""Benchmarks of the completeness checks (they run after every edit): the full pass, the
incremental update after an edit of one stage, and the method's step states, on 5 000 and 20 000
notes — on the synthetic map as it is (few findings) and on a worst case where every third note is
an assumption and the map has two personas and no note a persona (every note has a finding).

    python benchmarks/checks.py          # a table
    python benchmarks/checks.py --json   # one JSON object of named figures

Aim: an edit's update within a few ms at 5 000 notes (it runs on every keystroke that commits).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from canvas_app.model import JourneyMap, Persona  # noqa: E402
from canvas_app.model.checks import FindingCache, compute_findings  # noqa: E402
from canvas_app.model.kinds import Evidence  # noqa: E402
from canvas_app.model.method_steps import step_states  # noqa: E402
from run import best_of  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

SIZES = (5_000, 20_000)


def worst_case(journey: JourneyMap) -> JourneyMap:
    notes = tuple(note.model_copy(update={"evidence": Evidence.ASSUMED}) if i % 3 == 0 else note
                  for i, note in enumerate(journey.notes))
    personas = (Persona(id="p-a", name="An"), Persona(id="p-b", name="Bình"))
    fields = {name: getattr(journey, name) for name in JourneyMap.model_fields}
    return JourneyMap(**{**fields, "notes": notes, "personas": personas})


def measure(journey: JourneyMap, repeat: int) -> dict[str, float]:
    journey.cells  # as after any edit: the cells cache is carried from map to map
    findings = compute_findings(journey)
    cache = FindingCache()
    cache.update(journey)
    one_stage = [journey.stages[1].id]
    return {
        "findings": float(len(findings)),
        "full_pass_ms": best_of(lambda: compute_findings(journey), repeat),
        "one_stage_update_ms": best_of(lambda: cache.update(journey, one_stage), repeat),
        "steps_ms": best_of(lambda: step_states(journey, findings), repeat),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeat", type=int, default=9, help="runs per figure (median)")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    for size in SIZES:
        base = synthetic_map(size)
        results[f"{size} notes"] = measure(base, args.repeat)
        results[f"{size} worst"] = measure(worst_case(base), args.repeat)
    if args.json:
        print(json.dumps({"checks": results}, indent=2, sort_keys=True))
        return 0
    columns = list(next(iter(results.values())))
    print(f"{'figure':<22}" + "".join(f"{name:>14}" for name in results))
    for column in columns:
        print(f"{column:<22}" + "".join(f"{results[n][column]:>14.2f}" for n in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
