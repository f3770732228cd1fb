"""Two screens: with a second (virtual) screen attached, F5 puts the clean audience board full
screen on it and the laptop keeps the editor; every step of every sample map is legible on the
1920×1080 projector; edits follow; hidden notes stay off the projector. Runs in a child process:
the offscreen platform's screens come from a config file read at start-up (conftest fixes the
platform of this process to a single screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from canvas_app.scene.presentation_steps import LEGIBLE_FRACTION

HERE = Path(__file__).resolve().parent
SAMPLES = sorted((HERE.parent / "sample_canvases").glob("*.journey"))
SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
]}


def test_presenting_with_a_second_screen(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, str(HERE / "presentation_two_screens_child.py"), str(tmp_path),
         *map(str, SAMPLES)],
        capture_output=True, text=True, timeout=300, env=env, cwd=HERE.parent)
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["screens"] == ["laptop", "projector"]
    assert set(found["samples"]) == {p.stem for p in SAMPLES}
    for name, record in found["samples"].items():
        assert record["audience_screen"] == "projector", name
        assert record["audience_full_screen"], name
        assert record["audience_geometry"] == [1366, 0, 1920, 1080], name
        assert record["viewport"] == [1920, 1080], name
        assert record["editor_screen"] == "laptop" and not record["editor_full_screen"], name
        assert record["editor_menu_bar"], name  # the laptop keeps the editor with its chrome
        assert record["presenting_is_audience"], name
        assert not record["hidden_in_audience"] and record["hidden_in_editor"], name
        assert record["steps"] > 10, name
        assert record["min_fraction"] >= LEGIBLE_FRACTION - 1e-9, (name, record["min_fraction"])
        assert record["edit_reaches_audience"] and record["hide_reaches_audience"], name
        last_stage = record["last_step"][0]
        assert record["last_step"][1] is None
        assert record["page_up_step"] == [last_stage - 1, None], name
        assert record["audience_selection"] == [], name
        assert record["closed_after_escape"] and not record["active_after_escape"], name
    assert (tmp_path / "audience.png").stat().st_size > 20_000
