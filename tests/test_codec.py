"""The `.journey` codec: canonical bytes, versions and migrations, atomic saves, error messages,
and the schema and documentation that describe the format."""

from __future__ import annotations

import difflib
import json
import os
import re
import signal
import stat
import sys
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import BaseModel
from strategies import small_map

from canvas_app.fileio import codec, migrations, schema
from canvas_app.fileio.codec import dump_bytes, load_bytes, load_path, save_path
from canvas_app.fileio.errors import FileFormatError, NewerVersionError
from canvas_app.model import kinds
from canvas_app.model.journey_map import JourneyMap
from canvas_app.model.records import (
    BlueprintLine,
    CampaignCard,
    Connector,
    Dismissal,
    FunnelFigure,
    Kpi,
    Lane,
    Note,
    Persona,
    Phase,
    Photo,
    Stage,
    Voter,
    VotingSession,
)

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "file-format.md"


def envelope_of(journey: JourneyMap) -> dict[str, Any]:
    """The parsed JSON of `journey`'s canonical bytes."""
    parsed: dict[str, Any] = json.loads(dump_bytes(journey))
    return parsed


def as_bytes(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope, ensure_ascii=False).encode("utf-8")


# -- canonical bytes -------------------------------------------------------------------------


def test_load_save_load_save_gives_identical_bytes() -> None:
    """Saving, loading and saving again reproduces the file byte for byte."""
    first = dump_bytes(small_map())
    reloaded = load_bytes(first)
    assert reloaded == small_map()
    assert dump_bytes(reloaded) == first
    assert dump_bytes(load_bytes(dump_bytes(reloaded))) == first


def test_a_hand_formatted_file_is_canonical_after_one_save() -> None:
    """A compact, reordered file loads to the same map and saves to the canonical bytes."""
    envelope = envelope_of(small_map())
    shuffled = {"map": dict(reversed(list(envelope["map"].items()))), "version": 1,
                "format": "journey-canvas"}
    data = json.dumps(shuffled, separators=(",", ":")).encode("ascii")
    assert load_bytes(data) == small_map()
    assert dump_bytes(load_bytes(data)) == dump_bytes(small_map())


def test_editing_one_note_changes_one_line() -> None:
    """A text edit of one note shows as one removed and one added line in a diff."""
    journey = small_map()
    notes = tuple(
        note.model_copy(update={"text": "Rất lo về phí giao hàng"}) if note.id == "n3" else note
        for note in journey.notes
    )
    before = dump_bytes(journey).decode("utf-8").splitlines()
    after = dump_bytes(journey.model_copy(update={"notes": notes})).decode("utf-8").splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ['-        "text": "Hơi lo về phí giao hàng",',
                       '+        "text": "Rất lo về phí giao hàng",']


def test_adding_a_note_only_adds_lines() -> None:
    """Appending a note only adds lines: its own fields, its braces and a comma."""
    journey = small_map()
    extra = Note(id="n6", stage="s-aware", lane="l-feel", text="Tò mò")
    before = dump_bytes(journey).decode("utf-8").splitlines()
    after = dump_bytes(
        journey.model_copy(update={"notes": journey.notes + (extra,)})
    ).decode("utf-8").splitlines()
    diff = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert [line for line in diff if line.startswith("-")] == []
    assert len(diff) == len(extra.model_dump()) + 2


def test_layout_is_indent_two_with_a_final_newline() -> None:
    """The file is indented by two spaces, uses LF only and ends with exactly one newline."""
    data = dump_bytes(small_map())
    text = data.decode("utf-8")
    assert text.startswith(
        f'{{\n  "format": "journey-canvas",\n  "version": {migrations.CURRENT_VERSION},\n  "map": {{\n'
    )
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert b"\r" not in data
    assert not data.startswith(b"\xef\xbb\xbf")


def _key_orders(value: Any, path: str, found: dict[str, list[str]]) -> None:
    if isinstance(value, dict):
        found.setdefault(path, list(value))
        for key, item in value.items():
            _key_orders(item, f"{path}.{key}", found)
    elif isinstance(value, list):
        for item in value:
            _key_orders(item, f"{path}[]", found)


def test_keys_follow_the_model_field_order() -> None:
    """Every object's keys are written in the model's field order, every field present."""
    found: dict[str, list[str]] = {}
    _key_orders(json.loads(dump_bytes(small_map())), "", found)
    expected: dict[str, type[BaseModel]] = {
        ".map": JourneyMap, ".map.personas[]": Persona, ".map.phases[]": Phase,
        ".map.stages[]": Stage, ".map.stages[].campaign": CampaignCard, ".map.lanes[]": Lane,
        ".map.lines[]": BlueprintLine, ".map.notes[]": Note, ".map.connectors[]": Connector,
    }
    assert found[""] == ["format", "version", "map"]
    for path, model in expected.items():
        assert found[path] == list(model.model_fields), path


def test_vietnamese_is_written_as_utf8_not_escaped() -> None:
    """Non-ASCII text is stored as UTF-8 characters, not \\u escapes, so files diff readably."""
    data = dump_bytes(small_map())
    assert "Mua trà sữa qua ứng dụng".encode("utf-8") in data
    assert b"\\u" not in data


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """A UTF-8 BOM (as some editors add) is ignored when reading."""
    data = b"\xef\xbb\xbf" + dump_bytes(small_map())
    assert load_bytes(data) == small_map()
    path = tmp_path / "bom.journey"
    path.write_bytes(data)
    assert load_path(path) == small_map()


def test_save_path_then_load_path_round_trips(tmp_path: Path) -> None:
    """A saved map loads back equal, and the file holds exactly the canonical bytes."""
    path = tmp_path / "map.journey"
    save_path(small_map(), path)
    assert path.read_bytes() == dump_bytes(small_map())
    assert load_path(path) == small_map()


# -- versions and migrations -----------------------------------------------------------------


def test_the_envelope_the_codec_and_the_migrations_agree_on_the_version() -> None:
    """CurrentEnvelope's version literal, ENVELOPE_VERSION and CURRENT_VERSION are one number."""
    literal = get_args(codec.CurrentEnvelope.model_fields["version"].annotation)
    assert literal == (codec.ENVELOPE_VERSION,)
    assert codec.ENVELOPE_VERSION == migrations.CURRENT_VERSION
    assert envelope_of(small_map())["version"] == migrations.CURRENT_VERSION


def test_a_newer_version_is_refused_naming_both_versions() -> None:
    """A file from a newer program raises NewerVersionError saying which versions are involved."""
    envelope = envelope_of(small_map())
    envelope["version"] = migrations.CURRENT_VERSION + 1
    with pytest.raises(NewerVersionError) as caught:
        load_bytes(as_bytes(envelope), source="future.journey")
    error = caught.value
    current = migrations.CURRENT_VERSION
    assert (error.file_version, error.supported_version) == (current + 1, current)
    message = str(error)
    assert message.startswith("future.journey: ")
    assert f"version {current + 1}" in message and f"up to {current}" in message
    assert "newer" in message


# The tests below pretend two more versions exist after the real current one C: a made-up
# "version C" file (notes used `colour`, the map had a `name`) goes through C→C+1 and C+1→C+2.
C = migrations.CURRENT_VERSION


def _old_file() -> dict[str, Any]:
    """A made-up "version C" file for a pretend current version C+2."""
    envelope = envelope_of(small_map())
    envelope["version"] = C
    for note in envelope["map"]["notes"]:
        note["colour"] = note.pop("color")
    envelope["map"]["name"] = envelope["map"].pop("title")
    return envelope


def _pretend_version_three(monkeypatch: pytest.MonkeyPatch, calls: list[int]) -> None:
    def v1_to_v2(envelope: dict[str, Any]) -> dict[str, Any]:
        calls.append(envelope["version"])
        for note in envelope["map"]["notes"]:
            note["color"] = note.pop("colour")
        return envelope

    def v2_to_v3(envelope: dict[str, Any]) -> dict[str, Any]:
        calls.append(envelope["version"])
        envelope["map"]["title"] = envelope["map"].pop("name")
        return envelope

    monkeypatch.setattr(migrations, "CURRENT_VERSION", C + 2)
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        {**migrations.MIGRATIONS, C: v1_to_v2, C + 1: v2_to_v3})


def test_an_older_version_is_migrated_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a pretend current version C+2, a version-C file goes through both steps, once each."""
    calls: list[int] = []
    _pretend_version_three(monkeypatch, calls)
    journey = load_bytes(as_bytes(_old_file()))
    assert calls == [C, C + 1]
    assert journey == small_map()
    # Saving writes the current version, and that file loads without migrating again.
    assert envelope_of(journey)["version"] == C + 2
    calls.clear()
    assert load_bytes(dump_bytes(journey)) == journey and calls == []


def test_the_fast_path_never_skips_a_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    """A version-C file that the version-C envelope would accept is still migrated once the
    current version is higher (the fast path only serves the current version)."""
    version_c = dump_bytes(small_map())

    def retitle(envelope: dict[str, Any]) -> dict[str, Any]:
        envelope["map"]["title"] += " (v2)"
        return envelope

    monkeypatch.setattr(migrations, "CURRENT_VERSION", C + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {C: retitle})
    assert load_bytes(version_c).title == "Mua trà sữa qua ứng dụng (v2)"


def test_a_migration_that_fails_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step that cannot handle the file gives a FileFormatError, not a crash."""
    _pretend_version_three(monkeypatch, [])
    envelope = _old_file()
    del envelope["map"]["name"]
    with pytest.raises(FileFormatError, match=f"cannot upgrade this version-{C} file"):
        load_bytes(as_bytes(envelope))


def test_a_missing_migration_step_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gap in the migration chain is reported as a file that cannot be upgraded."""
    version_c = dump_bytes(small_map())
    monkeypatch.setattr(migrations, "CURRENT_VERSION", C + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(FileFormatError, match="cannot upgrade"):
        load_bytes(version_c)


def test_a_version_older_than_supported_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Versions below OLDEST_VERSION are refused with a message saying so."""
    version_c = dump_bytes(small_map())
    monkeypatch.setattr(migrations, "CURRENT_VERSION", C + 2)
    monkeypatch.setattr(migrations, "OLDEST_VERSION", C + 1)
    with pytest.raises(FileFormatError, match=f"version {C} is no longer supported"):
        load_bytes(version_c)


# -- atomic saving ---------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_failing_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    """When the disk refuses the write (file size limit), the old file stays and no temp remains."""
    import resource

    path = tmp_path / "map.journey"
    save_path(JourneyMap(title="old"), path)
    old = path.read_bytes()
    big = small_map()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(old) + 100, hard))
    try:
        with pytest.raises(OSError):
            save_path(big, path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert path.read_bytes() == old
    assert _leftovers(tmp_path) == []


def test_saving_onto_a_folder_fails_cleanly(tmp_path: Path) -> None:
    """Replacing a non-empty folder fails, and the temporary file is removed."""
    folder = tmp_path / "map.journey"
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    with pytest.raises(OSError):
        save_path(small_map(), folder)
    assert (folder / "keep.txt").read_text() == "x"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saving_keeps_the_file_permissions(tmp_path: Path) -> None:
    """An existing file keeps its mode; a new file gets the umask's usual mode, not owner-only."""
    path = tmp_path / "map.journey"
    save_path(small_map(), path)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    save_path(JourneyMap(title="again"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert load_path(path).title == "again"
    assert _leftovers(tmp_path) == []


# -- error messages --------------------------------------------------------------------------


def test_errors_name_the_field_path() -> None:
    """A bad value is reported with its place in the file, e.g. map.notes[1].emotion."""
    envelope = envelope_of(small_map())
    envelope["map"]["notes"][1]["emotion"] = 7
    with pytest.raises(FileFormatError) as caught:
        load_bytes(as_bytes(envelope), source="a.journey")
    assert str(caught.value) == (
        "a.journey: map.notes[1].emotion: Input should be less than or equal to 2")


def test_integrity_errors_name_their_place_in_the_map() -> None:
    """A dangling reference is reported at the record that holds it."""
    envelope = envelope_of(small_map())
    envelope["map"]["notes"][2]["lane"] = "l-gone"
    with pytest.raises(FileFormatError) as caught:
        load_bytes(as_bytes(envelope), source="a.journey")
    assert str(caught.value) == "a.journey: map.notes[2]: lane 'l-gone' does not exist"


def test_several_problems_are_counted_in_one_line() -> None:
    """When many fields are wrong, the first is named and the rest counted."""
    envelope = envelope_of(small_map())
    envelope["map"]["notes"][0]["votes"] = -1
    envelope["map"]["notes"][3]["kind"] = "shout"
    with pytest.raises(FileFormatError) as caught:
        load_bytes(as_bytes(envelope))
    message = str(caught.value)
    assert "map.notes[0].votes" in message and "(and 1 more problem)" in message
    assert "\n" not in message


def test_a_key_from_the_file_cannot_break_the_message_line() -> None:
    """An unknown key with a line break or a huge length is escaped and shortened in the message."""
    envelope = envelope_of(small_map())
    envelope["map"]["lanes"][0]["evil\nkey" + "x" * 5000] = 1
    with pytest.raises(FileFormatError) as caught:
        load_bytes(as_bytes(envelope))
    message = str(caught.value)
    assert "\n" not in message and len(message) < 200
    assert "map.lanes[0].evil\\u000akey" in message


# -- schema and documentation ----------------------------------------------------------------


def test_committed_schema_matches_the_models() -> None:
    """resources/journey.schema.json is exactly what the models generate today."""
    committed = schema.schema_path().read_text(encoding="utf-8")
    assert committed == schema.schema_text(), (
        "resources/journey.schema.json is out of date: run "
        "`python -m canvas_app.fileio.schema --write` and commit the result"
    )


def test_schema_describes_the_envelope_and_every_vocabulary() -> None:
    """The schema is draft 2020-12, names no real host, and lists every enum value."""
    generated = schema.journey_schema()
    assert generated["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert re.fullmatch(r"https://[a-z.-]+\.invalid/.+\.json", generated["$id"])
    assert generated["properties"]["format"]["const"] == codec.FORMAT_TAG
    assert generated["properties"]["version"]["const"] == migrations.CURRENT_VERSION
    assert generated["required"] == ["format", "version", "map"]
    definitions = generated["$defs"]
    for enum in (kinds.MapType, kinds.LaneKind, kinds.NoteKind, kinds.Evidence, kinds.LineKind,
                 kinds.Language):
        assert definitions[enum.__name__]["enum"] == [member.value for member in enum]
    note = definitions["Note"]
    assert note["additionalProperties"] is False
    assert note["properties"]["tags"]["maxItems"] == 32


def test_schema_command_prints_and_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m canvas_app.fileio.schema` prints the schema; --write writes the file."""
    assert schema.main([]) == 0
    assert capsys.readouterr().out == schema.schema_text()
    target = tmp_path / "journey.schema.json"
    monkeypatch.setattr(schema, "schema_path", lambda: target)
    assert schema.main(["--write"]) == 0
    assert target.read_text(encoding="utf-8") == schema.schema_text()


def _doc_example() -> bytes:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## A complete example", 1)[1]
    block = re.search(r"```json\n(.*?\n)```", section, re.DOTALL)
    assert block, "docs/file-format.md has no ```json example block"
    return block.group(1).encode("utf-8")


def test_the_documented_example_loads_and_is_canonical() -> None:
    """The example in docs/file-format.md is a valid map, written exactly as the program would."""
    example = _doc_example()
    journey = load_bytes(example, source="docs example")
    assert dump_bytes(journey) == example
    assert all((journey.personas, journey.phases, journey.stages, journey.lanes, journey.lines,
                journey.notes, journey.connectors)), "the example should show every record type"


def test_the_documentation_lists_every_field_and_value() -> None:
    """docs/file-format.md names every record field and every vocabulary value."""
    text = DOC.read_text(encoding="utf-8")
    records: list[type[BaseModel]] = [JourneyMap, Persona, Photo, Phase, Stage, CampaignCard,
                                      Kpi, FunnelFigure, Lane, BlueprintLine, Note, Connector,
                                      VotingSession, Voter, Dismissal]
    for record in records:
        for field in record.model_fields:
            assert f"`{field}`" in text, f"{record.__name__}.{field} is not documented"
    for enum in (kinds.MapType, kinds.LaneKind, kinds.NoteKind, kinds.Evidence, kinds.LineKind,
                 kinds.Language):
        for member in enum:
            assert f"`{member.value}`" in text, f"{enum.__name__} {member.value} not documented"
