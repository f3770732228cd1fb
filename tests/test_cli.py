"""The `journey-canvas` command line: its output, files and exit codes are a contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from canvas_app import __version__
from canvas_app.cli_commands import run
from canvas_app.fileio.codec import load_path

MAP_TYPES = ("current-state", "day-in-the-life", "future-state", "service-blueprint")
FRAMEWORKS = ("aida", "acc", "accsr", "accra", "acpra", "value-journey", "customer-states",
              "lifecycle-marketing", "customer-lifecycle")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command in a fresh interpreter, as a script would."""
    return subprocess.run([sys.executable, "-m", "canvas_app", *args], capture_output=True,
                          text=True, timeout=120)


def test_version_and_help() -> None:
    """--version prints the program name and version; --help lists every command."""
    version = cli("--version")
    assert version.returncode == 0
    assert version.stdout.strip() == f"Journey Canvas {__version__}"
    help_text = cli("--help")
    assert help_text.returncode == 0
    for command in ("templates", "new", "import", "export", "validate"):
        assert command in help_text.stdout


def test_templates_lists_one_id_and_title_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    """`templates` prints every map type and framework id, each followed by a tab and its title."""
    assert run(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    ids = [line.split("\t")[0] for line in lines]
    for template_id in (*MAP_TYPES, *FRAMEWORKS, "buyer-persona"):
        assert template_id in ids
    assert all(len(line.split("\t")) == 2 and line.split("\t")[1].strip() for line in lines)
    assert run(["templates", "--lang", "vi"]) == 0
    vietnamese = capsys.readouterr().out
    assert any(ch in vietnamese for ch in "ảạắằẩậếềểệốồổộ")


@pytest.mark.parametrize("map_type", MAP_TYPES)
def test_new_writes_a_valid_map_of_each_type(tmp_path: Path, map_type: str) -> None:
    """`new --type T` writes a valid map of that type, with a title and language when asked."""
    output = tmp_path / "m.journey"
    code = run(["new", "--type", map_type, "--lang", "vi", "--title", "Hành trình", "-o",
                str(output)])
    assert code == 0
    journey = load_path(output)
    assert journey.map_type.value == map_type
    assert journey.title == "Hành trình"
    assert journey.language.value == "vi"
    assert journey.stages and journey.lanes


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_new_with_each_framework(tmp_path: Path, framework: str) -> None:
    """`new --framework FW` stores the framework and takes its stages."""
    output = tmp_path / "m.journey"
    assert run(["new", "--type", "current-state", "--framework", framework, "-o",
                str(output)]) == 0
    journey = load_path(output)
    assert journey.framework == framework
    assert len(journey.stages) >= 3


def test_usage_errors_exit_2_with_one_line() -> None:
    """Wrong arguments exit 2 with a single line on stderr and no traceback."""
    for args in (("new",), ("new", "--type", "nope", "-o", "x.journey"), ("frobnicate",),
                 ("export", "a.journey", "-o", "a.docx")):
        result = cli(*args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_validate_exit_codes(tmp_path: Path) -> None:
    """`validate` exits 0 for a valid map and 1 with the reason for a broken one."""
    good = tmp_path / "good.journey"
    assert run(["new", "--type", "service-blueprint", "-o", str(good)]) == 0
    ok = cli("validate", str(good))
    assert ok.returncode == 0 and "valid" in ok.stdout
    bad = tmp_path / "bad.journey"
    bad.write_bytes(good.read_bytes()[:-30])
    result = cli("validate", str(bad))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.journey" in result.stderr and "JSON" in result.stderr
    newer = tmp_path / "newer.journey"
    newer.write_text('{"format": "journey-canvas", "version": 99, "map": {}}', encoding="utf-8")
    result = cli("validate", str(newer))
    assert result.returncode == 1 and "99" in result.stderr


def test_import_export_csv_round_trip(tmp_path: Path) -> None:
    """A CSV imports onto a template's stages and exports back with every note."""
    source = tmp_path / "notes.csv"
    source.write_bytes(
        "\ufeffstage;lane;text;emotion\r\n"
        "Awareness;Actions;Xem quảng cáo;\r\n"
        "Awareness;Emotions;Tò mò;1\r\n"
        'Decision;Pain points;"Giá cao; ""khó"" chọn";\r\n'.encode("utf-8")
    )
    output = tmp_path / "imported.journey"
    assert run(["import", str(source), "-o", str(output), "--type", "current-state"]) == 0
    journey = load_path(output)
    texts = sorted(note.text for note in journey.notes)
    assert texts == sorted(["Xem quảng cáo", "Tò mò", 'Giá cao; "khó" chọn'])
    assert journey.stages[0].title == "Awareness"
    exported = tmp_path / "out.csv"
    assert run(["export", str(output), "-o", str(exported)]) == 0
    again = tmp_path / "again.journey"
    assert run(["import", str(exported), "-o", str(again)]) == 0
    assert sorted(note.text for note in load_path(again).notes) == texts


def test_import_reports_bad_row(tmp_path: Path) -> None:
    """A bad CSV row exits 1 naming its row and column."""
    source = tmp_path / "bad.csv"
    source.write_text("stage,lane,text,emotion\nA,Emotions,ok,1\nA,Emotions,bad,9\n",
                      encoding="utf-8")
    result = cli("import", str(source), "-o", str(tmp_path / "x.journey"))
    assert result.returncode == 1
    assert "row 3" in result.stderr and "emotion" in result.stderr
    assert not (tmp_path / "x.journey").exists()


@pytest.mark.parametrize("layout", ("poster", "fit", "tiled"))
def test_export_pdf_layouts(tmp_path: Path, layout: str) -> None:
    """`export -o map.pdf --layout L` writes a PDF; qpdf finds it well-formed."""
    source = tmp_path / "m.journey"
    assert run(["new", "--type", "current-state", "--lang", "vi", "-o", str(source)]) == 0
    output = tmp_path / "m.pdf"
    assert run(["export", str(source), "-o", str(output), "--layout", layout, "--paper", "a3"]) == 0
    assert output.read_bytes().startswith(b"%PDF")
    check = subprocess.run(["qpdf", "--check", str(output)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_export_journey_normalises(tmp_path: Path) -> None:
    """Exporting to .journey re-saves canonically (the same bytes the codec writes)."""
    source = tmp_path / "m.journey"
    assert run(["new", "--type", "future-state", "-o", str(source)]) == 0
    messy = tmp_path / "messy.journey"
    messy.write_text(source.read_text(encoding="utf-8").replace("\n", "\r\n").replace("  ", "\t"),
                     encoding="utf-8")
    output = tmp_path / "clean.journey"
    assert run(["export", str(messy), "-o", str(output)]) == 0
    assert output.read_bytes() == source.read_bytes()


def test_failed_export_leaves_old_file(tmp_path: Path) -> None:
    """An export that fails (bad input) leaves an existing output file untouched."""
    output = tmp_path / "out.pdf"
    output.write_bytes(b"precious")
    broken = tmp_path / "broken.journey"
    broken.write_bytes(b"\x00\x01junk")
    result = cli("export", str(broken), "-o", str(output))
    assert result.returncode == 1
    assert output.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.journey", "out.pdf"]


def test_cli_never_imports_qt() -> None:
    """Running a command does not load PySide6 (start-up stays lean, the CLI works headless)."""
    script = ("import sys; from canvas_app.cli_commands import run; run(['templates']); "
              "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "False"
