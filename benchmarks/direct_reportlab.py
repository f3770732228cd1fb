"""The PDF floor: the same notes drawn directly with reportlab (a rounded rectangle and wrapped text
each, same embedded font), with no model, no validation and no layout engine.

Run as a script (`python benchmarks/direct_reportlab.py MAP.journey OUT.pdf`) it is the floor for the
whole `journey-canvas export` command: it reads the JSON with `json.load` and draws.
"""

from __future__ import annotations

import json
import sys
from typing import Any, BinaryIO

NOTE_WIDTH = 200.0
FONT_SIZE = 11.0
LEADING = 14.0


def draw_notes(notes: list[dict[str, Any]], stage_ids: list[str], lane_ids: list[str],
               out: str | BinaryIO, font_file: str) -> None:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("Floor", font_file))
    column = {stage: i for i, stage in enumerate(stage_ids)}
    row = {lane: i for i, lane in enumerate(lane_ids)}
    placed: dict[tuple[int, int], float] = {}
    boxes = []
    for note in notes:
        lines = simpleSplit(note["text"], "Floor", FONT_SIZE, NOTE_WIDTH - 16)
        height = 16 + LEADING * len(lines)
        cell = (column[note["stage"]], row[note["lane"]])
        y = placed.get(cell, 0.0)
        placed[cell] = y + height + 8
        boxes.append((cell, y, height, lines))
    lane_height = [0.0] * len(lane_ids)
    for (col, lane), used in placed.items():
        lane_height[lane] = max(lane_height[lane], used)
    lane_top = [0.0]
    for height in lane_height:
        lane_top.append(lane_top[-1] + height + 20)
    width = 40 + len(stage_ids) * (NOTE_WIDTH + 20)
    height = lane_top[-1] + 40
    scale = min(1.0, 14000 / max(width, height))
    canvas = Canvas(out, pagesize=(width * scale, height * scale), initialFontName="Floor")
    canvas.scale(scale, scale)
    canvas.setFont("Floor", FONT_SIZE)
    for (col, lane), y, box_height, lines in boxes:
        x = 20 + col * (NOTE_WIDTH + 20)
        top = height - 20 - lane_top[lane] - y
        canvas.setFillColorRGB(1, 0.95, 0.6)
        canvas.roundRect(x, top - box_height, NOTE_WIDTH, box_height, 6, stroke=1, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        text = canvas.beginText(x + 8, top - 8 - FONT_SIZE)
        text.setFont("Floor", FONT_SIZE, LEADING)
        for line in lines:
            text.textLine(line)
        canvas.drawText(text)
    canvas.showPage()
    canvas.save()


def main(argv: list[str]) -> int:
    source, out_path = argv
    with open(source, "rb") as handle:
        document = json.load(handle)
    journey = document["map"]
    # The font package directly: importing canvas_app here would load the model and pydantic.
    from fontpkg_be_vietnam_pro import ROOT

    font_file = str(ROOT / "files" / "BeVietnamPro-Regular.ttf")
    draw_notes(journey["notes"], [s["id"] for s in journey["stages"]],
               [lane["id"] for lane in journey["lanes"]], out_path, font_file)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
