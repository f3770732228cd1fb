"""Refresh the translation sources (`*.ts`) from the code and compile them (`*.qm`).

    python resources/i18n/update_translations.py          # update the .ts files, compile .qm
    python resources/i18n/update_translations.py --check  # only report what is out of date
    python resources/i18n/update_translations.py --merge-from OTHER.ts  # after a merge conflict

Extraction follows the code's own translation calls (see docs/i18n.md): `self.tr(...)` in a class
(context: the class name, as PySide6 looks it up), `QCoreApplication.translate(context, ...)`,
`QT_TRANSLATE_NOOP`, and module helpers that wrap `translate` with a fixed context (`_tr(text)`,
`commands.tr(source, *args)`, `tr_count(singular, plural, n)`), and the messages of the Qt-free
core: `msg("template", ...)` and `N_("template")` from `canvas_app.model.messages` (context
`CoreMessage`; the interface translates them in `canvas_app/ui/core_messages.py`). `pyside6-lupdate`'s Python
parser reads several of these wrongly (helpers are invisible to it, the commands' context comes
out empty), so the messages are extracted here with `ast`; the output is Qt's TS format, sorted,
without line numbers or obsolete entries, so running this twice on unchanged code changes
nothing. Translations already in a .ts are kept; new messages are added unfinished. `.qm` files
are compiled with `pyside6-lrelease`, for every `*.ts` in this folder (also the hand-written
`qt_extra_vi.ts` with Vietnamese for Qt's own buttons and dialogs).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent.parent
SOURCES = PROJECT / "canvas_app"
LANGUAGES = {"vi": "vi_VN"}
APP_CATALOGUE = "journey_canvas"
_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
# The core's message markers (canvas_app/model/messages.py) and their translation context.
CORE_MESSAGES_MODULE = "canvas_app.model.messages"
CORE_MARKERS = {"msg", "N_"}
CORE_CONTEXT = "CoreMessage"

Key = tuple[str, str, str]  # context, source text, disambiguation comment


@dataclass
class Extraction:
    """The messages found in the code (key → numerus?) and calls that cannot be extracted."""

    messages: dict[Key, bool] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, context: str, source: str, comment: str, numerus: bool) -> None:
        key = (context, source, comment)
        self.messages[key] = self.messages.get(key, False) or numerus


@dataclass(frozen=True)
class _Helper:
    """A function wrapping `translate`: which parameters carry the text, context and count."""

    text_params: tuple[int, ...]
    context: Optional[str]          # a fixed context, or None when a parameter gives it
    context_param: Optional[int] = None
    count_param: Optional[int] = None


# -- reading the code ------------------------------------------------------------------------


def _string(node: Optional[ast.expr], constants: dict[str, str]) -> Optional[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    return None


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id in _APPLICATIONS)


def _params(function: ast.FunctionDef) -> list[str]:
    return [arg.arg for arg in function.args.posonlyargs + function.args.args]


def _param_default(function: ast.FunctionDef, index: int) -> Optional[ast.expr]:
    positional = function.args.posonlyargs + function.args.args
    defaults = function.args.defaults
    offset = len(positional) - len(defaults)
    return defaults[index - offset] if index >= offset else None


def _helper_of(function: ast.FunctionDef, constants: dict[str, str]) -> Optional[_Helper]:
    """How `function` translates, if it passes one of its parameters to `translate`."""
    params = _params(function)
    choices: dict[str, tuple[int, ...]] = {}  # local = a if … else b (both parameters)
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                node.targets[0], ast.Name) and isinstance(node.value, ast.IfExp):
            options = (node.value.body, node.value.orelse)
            if all(isinstance(o, ast.Name) and o.id in params for o in options):
                choices[node.targets[0].id] = tuple(
                    params.index(o.id) for o in options if isinstance(o, ast.Name))
    for node in ast.walk(function):
        if not (isinstance(node, ast.Call) and _is_translate(node) and len(node.args) >= 2):
            continue
        text = node.args[1]
        if not isinstance(text, ast.Name):
            continue
        if text.id in params:
            text_params: tuple[int, ...] = (params.index(text.id),)
        elif text.id in choices:
            text_params = choices[text.id]
        else:
            continue
        context_node = node.args[0]
        context = _string(context_node, constants)
        context_param = None
        if context is None and isinstance(context_node, ast.Name) and context_node.id in params:
            context_param = params.index(context_node.id)
            context = _string(_param_default(function, context_param), constants)
        count_param = None
        if len(node.args) >= 4 and isinstance(node.args[3], ast.Name) and \
                node.args[3].id in params:
            count_param = params.index(node.args[3].id)
        return _Helper(text_params, context, context_param, count_param)
    return None


def _module_name(path: Path) -> str:
    relative = path.relative_to(SOURCES.parent).with_suffix("")
    return ".".join(relative.parts)


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                node.targets[0], ast.Name):
            value = _string(node.value, {})
            if value is not None:
                found[node.targets[0].id] = value
    return found


class _ModuleReader(ast.NodeVisitor):
    """Collects the messages of one module."""

    def __init__(self, where: str, constants: dict[str, str], helpers: dict[str, _Helper],
                 out: Extraction, markers: frozenset[str] = frozenset()) -> None:
        self.where = where
        self.constants = constants
        self.helpers = helpers
        self.out = out
        self.markers = markers  # local names of the core's msg() and N_()
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.aliases: list[set[str]] = [set()]  # names bound to self.tr in each function

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        aliases = set(self.aliases[-1])
        for statement in ast.walk(node):  # tr = self.tr: calls to tr(...) are self.tr(...)
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and \
                    isinstance(statement.targets[0], ast.Name) and \
                    isinstance(statement.value, ast.Attribute) and statement.value.attr == "tr":
                owner = statement.value.value
                if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                    aliases.add(statement.targets[0].id)
                else:
                    self._problem(statement, "an alias of tr() on an object whose class is "
                                             "unknown here")
        self.aliases.append(aliases)
        self.generic_visit(node)
        self.aliases.pop()
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _problem(self, node: ast.AST, text: str) -> None:
        self.out.problems.append(f"{self.where}:{getattr(node, 'lineno', 0)}: {text}")

    def _message(self, node: ast.Call, context: Optional[str], text_node: Optional[ast.expr],
                 comment_node: Optional[ast.expr], counted: bool) -> None:
        if text_node is None:
            return
        source = _string(text_node, self.constants)
        if source is None:
            if isinstance(text_node, (ast.JoinedStr, ast.BinOp)):
                self._problem(node, "a translated text must be one literal string")
            return  # a name or lookup: marked elsewhere (QT_TRANSLATE_NOOP), not checkable here
        if context is None:
            self._problem(node, f"no translation context for {source!r}")
            return
        comment = _string(comment_node, self.constants) or ""
        numerus = counted and ("%n" in source or "%Ln" in source)
        self.out.add(context, source, comment, numerus)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = list(node.args)

        def arg(index: int) -> Optional[ast.expr]:
            return args[index] if index < len(args) else None

        def counted(index: int) -> bool:
            value = arg(index)
            return value is not None and not (isinstance(value, ast.Constant) and value.value is None)

        if isinstance(func, ast.Name) and func.id in self.aliases[-1]:
            context = self.classes[-1] if self.classes else None
            self._message(node, context, arg(0), arg(1), counted(2))
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
                context = self.classes[-1] if self.classes else None
                self._message(node, context, arg(0), arg(1), counted(2))
            else:
                self._problem(node, "tr() on an object whose class is unknown here: use "
                                    "self.tr or QCoreApplication.translate(context, …)")
        elif isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            self._message(node, _string(arg(0), self.constants), arg(1), arg(2), False)
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            self._message(node, self.classes[-1] if self.classes else None, arg(0), None, False)
        elif _is_translate(node):
            context = _string(arg(0), self.constants)
            text = arg(1)
            inside_helper = bool(self.functions) and self.functions[-1] in self.helpers
            if not (inside_helper and isinstance(text, ast.Name)):
                if context is None and not inside_helper:
                    self._problem(node, "translate() needs a literal context")
                else:
                    self._message(node, context, text, arg(2), counted(3))
        elif isinstance(func, ast.Name) and func.id in self.markers:
            # A core message: the template is the first argument (a name or lookup holds a
            # template marked with N_ where it was written).
            self._message(node, CORE_CONTEXT, arg(0), None, False)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            helper = self.helpers[func.id]
            context = helper.context
            if helper.context_param is not None and arg(helper.context_param) is not None:
                context = _string(arg(helper.context_param), self.constants)
            is_counted = helper.count_param is not None and counted(helper.count_param)
            for index in helper.text_params:
                self._message(node, context, arg(index), None, is_counted)
        self.generic_visit(node)


def extract(root: Path = SOURCES) -> Extraction:
    """Every translatable message under `root`, with the calls that could not be read."""
    trees = {}
    for path in sorted(root.rglob("*.py")):
        trees[path] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module_helpers: dict[str, dict[str, _Helper]] = {}
    module_constants: dict[Path, dict[str, str]] = {}
    for path, tree in trees.items():
        constants = _constants(tree)
        module_constants[path] = constants
        helpers = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                helper = _helper_of(node, constants)
                if helper is not None:
                    helpers[node.name] = helper
        module_helpers[_module_name(path)] = helpers
    out = Extraction()
    for path, tree in trees.items():
        helpers = dict(module_helpers[_module_name(path)])
        markers = set(CORE_MARKERS) if _module_name(path) == CORE_MESSAGES_MODULE else set()
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == CORE_MESSAGES_MODULE:
                markers.update(alias.asname or alias.name for alias in node.names
                               if alias.name in CORE_MARKERS)
            if isinstance(node, ast.ImportFrom) and node.module in module_helpers:
                for alias in node.names:
                    found = module_helpers[node.module].get(alias.name)
                    if found is not None:
                        helpers[alias.asname or alias.name] = found
        where = str(path.relative_to(root.parent))
        _ModuleReader(where, module_constants[path], helpers, out,
                      frozenset(markers)).visit(tree)
    return out


# -- TS files ------------------------------------------------------------------------------


@dataclass
class Translation:
    text: str = ""
    forms: tuple[str, ...] = ()
    finished: bool = False


def read_ts(path: Path) -> dict[Key, Translation]:
    """The translations a .ts file holds (obsolete and vanished entries included)."""
    found: dict[Key, Translation] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            element = message.find("translation")
            if element is None:
                continue
            forms = tuple(form.text or "" for form in element.iter("numerusform"))
            state = element.get("type")
            found[(name, source, comment)] = Translation(
                element.text or "" if not forms else "", forms,
                state not in ("unfinished", "obsolete", "vanished"))
    return found


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def render_ts(language: str, messages: dict[Key, bool],
              translations: dict[Key, Translation]) -> str:
    """A TS document: contexts and messages sorted, no locations, no obsolete entries."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    by_context: dict[str, list[Key]] = {}
    for key in messages:
        by_context.setdefault(key[0], []).append(key)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for key in sorted(by_context[context], key=lambda k: (k[1], k[2])):
            numerus = messages[key]
            found = translations.get(key, Translation())
            lines.append('    <message numerus="yes">' if numerus else "    <message>")
            lines.append(f"        <source>{_escape(key[1])}</source>")
            if key[2]:
                lines.append(f"        <comment>{_escape(key[2])}</comment>")
            unfinished = "" if found.finished else ' type="unfinished"'
            if numerus:
                forms = found.forms or ((found.text,) if found.text else ())
                lines.append(f"        <translation{unfinished}>")
                for form in forms or ("",):
                    lines.append(f"            <numerusform>{_escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                text = found.text or (found.forms[0] if found.forms else "")
                lines.append(f"        <translation{unfinished}>{_escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_messages(path: Path) -> dict[Key, bool]:
    """The messages (and whether each is numerus) of a hand-written .ts file."""
    found: dict[Key, bool] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.get("numerus") == "yes"
    return found


# -- compiling ------------------------------------------------------------------------------


def lrelease_command() -> list[str]:
    """pyside6-lrelease from this interpreter's environment (or the PATH)."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6 (its tools included)")
    return [found]


def compile_qm(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([*lrelease_command(), "-silent", str(ts_path), "-qm", str(qm_path)],
                   check=True, stdout=subprocess.DEVNULL)


def compiled_bytes(ts_path: Path) -> bytes:
    """What lrelease makes of `ts_path` now (for the up-to-date check)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.qm"
        compile_qm(ts_path, target)
        return target.read_bytes()


# -- the command ----------------------------------------------------------------------------


def app_ts_path(language: str) -> Path:
    return HERE / f"{APP_CATALOGUE}_{language}.ts"


def expected_app_ts(language: str, extraction: Optional[Extraction] = None,
                    merge_from: Iterable[Path] = ()) -> str:
    found = extraction if extraction is not None else extract()
    translations = read_ts(app_ts_path(language))
    for other in merge_from:
        # Another branch's catalogue (a merge conflict): its finished translations fill the
        # messages this one has not translated yet.
        for key, translation in read_ts(other).items():
            if translation.finished and not translations.get(key, Translation()).finished:
                translations[key] = translation
    return render_ts(LANGUAGES[language], found.messages, translations)


def all_ts_files() -> list[Path]:
    return sorted(HERE.glob("*.ts"))


def out_of_date() -> list[str]:
    """The files that running this script would change (empty when everything is current)."""
    stale = []
    extraction = extract()
    for language in LANGUAGES:
        path = app_ts_path(language)
        if not path.exists() or path.read_text(encoding="utf-8") != expected_app_ts(
                language, extraction):
            stale.append(path.name)
    for ts_path in all_ts_files():
        qm_path = ts_path.with_suffix(".qm")
        if ts_path.name in stale or not qm_path.exists() or \
                qm_path.read_bytes() != compiled_bytes(ts_path):
            stale.append(qm_path.name)
    return stale


def update(merge_from: Iterable[Path] = ()) -> list[str]:
    """Rewrite the application .ts files and compile every .ts; returns the files changed."""
    changed = []
    merge_from = list(merge_from)
    extraction = extract()
    for problem in extraction.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for language in LANGUAGES:
        path = app_ts_path(language)
        text = expected_app_ts(language, extraction, merge_from)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path.name)
    for ts_path in all_ts_files():
        qm_path = ts_path.with_suffix(".qm")
        data = compiled_bytes(ts_path)
        if not qm_path.exists() or qm_path.read_bytes() != data:
            qm_path.write_bytes(data)
            changed.append(qm_path.name)
    return changed


def unfinished(path: Path) -> list[str]:
    """Messages of a .ts without a finished, non-empty translation."""
    missing = []
    for key, translation in read_ts(path).items():
        texts = translation.forms or (translation.text,)
        if not translation.finished or not all(text.strip() for text in texts):
            missing.append(f"{key[0]}: {key[1]!r}")
    return missing


def main(argv: Optional[Iterable[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a .ts or .qm file is out of date")
    parser.add_argument("--merge-from", type=Path, nargs="*", default=[], metavar="TS",
                        help="also take finished translations from these .ts files (resolving "
                             "a merge: the other branch's catalogue)")
    options = parser.parse_args(list(argv) if argv is not None else None)
    if options.check:
        stale = out_of_date()
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    for name in update(options.merge_from):
        print(f"updated {name}")
    for ts_path in all_ts_files():
        for entry in unfinished(ts_path):
            print(f"{ts_path.name}: untranslated: {entry}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
