"""Test helpers for the layout and PDF tests: hand-built sample maps, and the Debian PDF tools
(pdftotext, pdffonts, pdfinfo, qpdf) run on real files with their output parsed.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from canvas_app.model import (
    BlueprintLine,
    Connector,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    Language,
    LineKind,
    MapType,
    Note,
    NoteKind,
    Persona,
    Phase,
    Stage,
)

MARKUP = '<b>x</b> & <img src="/etc/passwd"> <font color=red>&amp;</font>'


def sample_map(language: Language = Language.VI) -> JourneyMap:
    """Three lanes (one of them emotions) × five stages in two phases, Vietnamese notes, a line."""
    phases = (Phase(id="ph1", title="Trước khi mua"), Phase(id="ph2", title="Sau khi mua"))
    titles = ("Nhận biết", "Tìm hiểu", "Mua hàng", "Sử dụng", "Trung thành")
    stages = tuple(
        Stage(id=f"s{i}", title=title, phase="ph1" if i < 3 else "ph2")
        for i, title in enumerate(titles)
    )
    lanes = (
        Lane(id="act", title="Hành động của khách hàng", kind=LaneKind.ACTIONS),
        Lane(id="emo", title="Cảm xúc", kind=LaneKind.EMOTIONS),
        Lane(id="pain", title="Điểm đau", kind=LaneKind.PAIN_POINTS),
    )
    texts = {
        ("s0", "act"): ["Thấy quảng cáo trên mạng xã hội", "Nghe bạn bè giới thiệu"],
        ("s1", "act"): ["Đánh giá sản phẩm", "So sánh giá giữa các cửa hàng trực tuyến"],
        ("s2", "act"): ["Đặt hàng với ưu đãi", MARKUP],
        ("s3", "act"): ["Nhận hàng và mở hộp\nKiểm tra bảo hành"],
        ("s4", "act"): ["Trải nghiệm khách hàng tốt nên mua lại"],
        ("s0", "pain"): ["Quá nhiều quảng cáo"],
        ("s2", "pain"): ["Phí giao hàng cao bất ngờ ở bước cuối cùng"],
        ("s3", "pain"): ["Hướng dẫn sử dụng khó hiểu"],
    }
    notes = []
    for (stage, lane), cell in texts.items():
        for order, text in enumerate(cell):
            notes.append(Note(id=f"n-{stage}-{lane}-{order}", stage=stage, lane=lane, order=order,
                              kind=NoteKind.PAIN_POINT if lane == "pain" else NoteKind.ACTION,
                              text=text))
    emotions = {"s0": [1], "s1": [2, -1], "s3": [-2], "s4": [2]}
    for stage, scores in emotions.items():
        for order, score in enumerate(scores):
            notes.append(Note(id=f"n-{stage}-emo-{order}", stage=stage, lane="emo", order=order,
                              kind=NoteKind.EMOTION, text=f"Cảm xúc {score:+d}", emotion=score))
    notes[0] = notes[0].model_copy(update={"votes": 3, "tags": ("ưu tiên", "web"),
                                           "evidence": Evidence.OBSERVED})
    return JourneyMap(
        title="Hành trình mua sắm trực tuyến",
        description="Bản đồ mẫu",
        language=language,
        map_type=MapType.CURRENT_STATE,
        framework="aida",
        personas=(Persona(id="p1", name="Chị Lan", quote="Tôi muốn mua nhanh và yên tâm.",
                          demographics="32 tuổi, nhân viên văn phòng, Hà Nội",
                          goals_motivations="Tiết kiệm thời gian, được ưu đãi",
                          pain_points="Phí giao hàng không rõ ràng"),),
        phases=phases,
        stages=stages,
        lanes=lanes,
        lines=(BlueprintLine(id="line1", kind=LineKind.INTERACTION, after_lane="act"),),
        notes=tuple(notes),
        connectors=(
            Connector(id="c1", source="n-s1-act-0", target="n-s2-act-0", label="dẫn tới"),
            Connector(id="c2", source="n-s1-act-0", target="n-s1-act-1"),
            Connector(id="c3", source="n-s3-act-0", target="n-s2-pain-0"),
        ),
    )


def blueprint_map() -> JourneyMap:
    """A service blueprint in English: five lanes, the three blueprint lines, one custom label."""
    stages = tuple(Stage(id=f"b{i}", title=t) for i, t in
                   enumerate(("Book", "Arrive", "Check in", "Stay", "Check out")))
    kinds = (LaneKind.PHYSICAL_EVIDENCE, LaneKind.ACTIONS, LaneKind.FRONTSTAGE,
             LaneKind.BACKSTAGE, LaneKind.SUPPORT_PROCESSES)
    lanes = tuple(Lane(id=f"L{i}", title=k.value.replace("-", " ").capitalize(), kind=k)
                  for i, k in enumerate(kinds))
    notes = []
    for si, stage in enumerate(stages):
        for li, lane in enumerate(lanes):
            if (si + li) % 3 == 0:
                continue
            notes.append(Note(id=f"bn{si}{li}", stage=stage.id, lane=lane.id,
                              text=f"{lane.title} step for {stage.title.lower()}"))
    lines = (
        BlueprintLine(id="i", kind=LineKind.INTERACTION, after_lane="L1"),
        BlueprintLine(id="v", kind=LineKind.VISIBILITY, after_lane="L2"),
        BlueprintLine(id="n", kind=LineKind.INTERNAL_INTERACTION, after_lane="L3",
                      label="Internal line — reservations team hands over to housekeeping"),
    )
    return JourneyMap(title="Hotel stay blueprint", map_type=MapType.SERVICE_BLUEPRINT,
                      stages=stages, lanes=lanes, lines=lines, notes=tuple(notes))


def grid_map(stage_count: int, lane_count: int, notes_per_cell: int = 1) -> JourneyMap:
    """A plain map of the given size with short notes in every cell (for page-count checks)."""
    stages = tuple(Stage(id=f"g{i}", title=f"Stage {i + 1}") for i in range(stage_count))
    lanes = tuple(Lane(id=f"r{i}", title=f"Lane {i + 1}") for i in range(lane_count))
    notes = tuple(
        Note(id=f"gn{s}-{r}-{k}", stage=stage.id, lane=lane.id, order=k,
             text=f"Note {s}.{r}.{k} for tiling")
        for s, stage in enumerate(stages)
        for r, lane in enumerate(lanes)
        for k in range(notes_per_cell)
    )
    return JourneyMap(title=f"Grid {stage_count}×{lane_count}", stages=stages, lanes=lanes,
                      notes=notes)


# -- the Debian tools ---------------------------------------------------------------------------


def _run(arguments: list[str]) -> str:
    result = subprocess.run(arguments, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise AssertionError(f"{arguments[0]} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def qpdf_check(path: Path) -> str:
    """`qpdf --check` output; raises when qpdf reports a damaged file."""
    return _run(["qpdf", "--check", str(path)])


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    arguments = ["pdftotext", "-enc", "UTF-8"]
    if first is not None:
        arguments += ["-f", str(first)]
    if last is not None:
        arguments += ["-l", str(last)]
    return _run(arguments + [str(path), "-"])


def squeeze(text: str) -> str:
    """`text` with every run of whitespace made one space (pdftotext breaks lines freely)."""
    return " ".join(text.split())


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool


def pdf_fonts(path: Path) -> list[FontRow]:
    """The rows of `pdffonts`: name, type, emb, sub."""
    lines = _run(["pdffonts", str(path)]).splitlines()[2:]
    rows = []
    for line in lines:
        # name type encoding emb sub uni object ID; the type may contain a space ("Type 1").
        match = re.match(r"^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$",
                         line)
        if match is None:
            raise AssertionError(f"unexpected pdffonts line: {line!r}")
        rows.append(FontRow(match[1], match[2], match[4] == "yes", match[5] == "yes"))
    return rows


def pdf_info(path: Path, page: int | None = None) -> dict[str, str]:
    """`pdfinfo` fields (with per-page sizes as "Page N size" when `page` is given)."""
    arguments = ["pdfinfo", "-enc", "UTF-8"]
    if page is not None:
        arguments += ["-f", str(page), "-l", str(page)]
    info = {}
    for line in _run(arguments + [str(path)]).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_size(path: Path, page: int = 1) -> tuple[float, float]:
    """Width and height of `page` in points."""
    info = pdf_info(path, page)
    size = info.get(f"Page {page:>4} size") or info.get(f"Page {page} size") or info["Page size"]
    match = re.match(r"([\d.]+) x ([\d.]+) pts", size)
    assert match is not None, size
    return float(match[1]), float(match[2])


# -- outlines, content streams and pixels -------------------------------------------------------


@dataclass(frozen=True)
class OutlineEntry:
    title: str
    page: int  # 1-based
    level: int


def pdf_outline(path: Path) -> list[OutlineEntry]:
    """The bookmarks of a PDF, depth first, from `qpdf --json` (pdfinfo does not list them)."""
    import json

    data = json.loads(_run(["qpdf", "--json", "--json-key=outlines", str(path)]))
    entries: list[OutlineEntry] = []

    def walk(items: list[dict[str, object]], level: int) -> None:
        for item in items:
            page = item.get("destpageposfrom1")
            assert isinstance(page, int), item
            entries.append(OutlineEntry(str(item["title"]), page, level))
            kids = item.get("kids") or []
            assert isinstance(kids, list)
            walk(kids, level + 1)

    walk(data["outlines"], 0)
    return entries


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def page_content(path: Path, page: int) -> str:
    """The decoded content stream(s) of `page` (1-based), as text."""
    import json

    pages = json.loads(_run(["qpdf", "--json", "--json-key=pages", str(path)]))["pages"]
    parts = []
    for reference in pages[page - 1]["contents"]:
        number = reference.split()[0]
        result = subprocess.run(["qpdf", f"--show-object={number}", "--filtered-stream-data",
                                 str(path)], capture_output=True, check=True)
        parts.append(result.stdout.decode("latin-1"))
    return "\n".join(parts)


@dataclass(frozen=True)
class GrayImage:
    """A page rendered in grey levels (0 black … 255 white); `scale` pixels per point."""

    width: int
    height: int
    pixels: bytes
    scale: float

    def at(self, x: float, y: float) -> int:
        """The grey level at page point (x, y), y down from the top."""
        column = min(max(int(x * self.scale), 0), self.width - 1)
        row = min(max(int(y * self.scale), 0), self.height - 1)
        return self.pixels[row * self.width + column]


def render_gray(path: Path, page: int, dpi: int = 144) -> GrayImage:
    """`page` rendered by pdftoppm as a greyscale image (PGM parsed here, no imaging library)."""
    result = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                             str(path)], capture_output=True, check=True)
    data = result.stdout
    fields: list[bytes] = []
    index = 0
    while len(fields) < 4:  # P5, width, height, maxval
        while data[index:index + 1].isspace():
            index += 1
        start = index
        while not data[index:index + 1].isspace():
            index += 1
        fields.append(data[start:index])
    assert fields[0] == b"P5", fields[0]
    width, height = int(fields[1]), int(fields[2])
    pixels = data[index + 1:index + 1 + width * height]
    assert len(pixels) == width * height
    return GrayImage(width, height, pixels, dpi / 72)
