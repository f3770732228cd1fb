"""The first problem of a pydantic ValidationError as one translatable Message naming its place
(`map.notes[3].emotion: Input should be less than or equal to 2`).

pydantic's own messages are English sentences made from an error type and a context
(`less_than_equal`, `{"le": 2}`); each type a map can produce has its template here, worded
exactly as pydantic words it (so the English stays what it always was), marked for translation.
A validator's own refusal (`value_error`) keeps its exception in the context: when that carries
a Message (`ExplainedValueError`, `IntegrityError`) it is used as it is. Anything else falls
back to pydantic's English text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Optional


from canvas_app.model.messages import ExplainedError, Message, N_, literal, msg

if TYPE_CHECKING:
    from pydantic import ValidationError

# pydantic error type -> template (pydantic's wording; placeholders are its context keys).
_TEMPLATES = {
    "missing": N_("Field required"),
    "extra_forbidden": N_("Extra inputs are not permitted"),
    "model_type": N_("Input should be a valid dictionary or instance of {class_name}"),
    "model_attributes_type": N_(
        "Input should be a valid dictionary or object to extract fields from"),
    "none_required": N_("Input should be None"),
    "greater_than": N_("Input should be greater than {gt}"),
    "greater_than_equal": N_("Input should be greater than or equal to {ge}"),
    "less_than": N_("Input should be less than {lt}"),
    "less_than_equal": N_("Input should be less than or equal to {le}"),
    "finite_number": N_("Input should be a finite number"),
    "iterable_type": N_("Input should be iterable"),
    "string_type": N_("Input should be a valid string"),
    "string_unicode": N_(
        "Input should be a valid string, unable to parse raw data as a unicode string"),
    "string_pattern_mismatch": N_("String should match pattern '{pattern}'"),
    "dict_type": N_("Input should be a valid dictionary"),
    "list_type": N_("Input should be a valid list"),
    "tuple_type": N_("Input should be a valid tuple"),
    "bool_type": N_("Input should be a valid boolean"),
    "bool_parsing": N_("Input should be a valid boolean, unable to interpret input"),
    "int_type": N_("Input should be a valid integer"),
    "int_parsing": N_("Input should be a valid integer, unable to parse string as an integer"),
    "int_parsing_size": N_("Unable to parse input string as an integer, exceeded maximum size"),
    "int_from_float": N_("Input should be a valid integer, got a number with a fractional part"),
    "float_type": N_("Input should be a valid number"),
    "float_parsing": N_("Input should be a valid number, unable to parse string as a number"),
    "recursion_loop": N_("Recursion error - cyclic reference detected"),
}
# Lengths: pydantic adds an "s" unless the bound is 1; both spellings are whole templates.
_LENGTHS = {
    ("string_too_short", False): N_("String should have at least {min_length} characters"),
    ("string_too_short", True): N_("String should have at least 1 character"),
    ("string_too_long", False): N_("String should have at most {max_length} characters"),
    ("string_too_long", True): N_("String should have at most 1 character"),
}
_ITEMS = {
    ("too_short", "Tuple"): N_(
        "Tuple should have at least {min_length} items after validation, not {actual_length}"),
    ("too_long", "Tuple"): N_(
        "Tuple should have at most {max_length} items after validation, not {actual_length}"),
    ("too_short", "List"): N_(
        "List should have at least {min_length} items after validation, not {actual_length}"),
    ("too_long", "List"): N_(
        "List should have at most {max_length} items after validation, not {actual_length}"),
}
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
_INTEGRITY_PLACE = re.compile(r"^([a-z_]+\[\d+\]): ")


def describe_validation_error(error: ValidationError, prefix: str = "", *,
                              dotted: bool = False) -> Message:
    """One line for the first problem pydantic found, naming its place (`map.notes[3].emotion`;
    with `dotted`, the place is written `notes.3.emotion` and `prefix` is not added)."""
    problems = error.errors(include_url=False, include_input=False)
    first = problems[0]
    loc = first["loc"]
    if dotted:
        where = ".".join(str(part) for part in loc)
    else:
        where = prefix
        for part in loc:
            if isinstance(part, int):
                where += f"[{part}]"
            else:
                # Keys come from the file: keep them short and on one line.
                key = one_line(str(part))
                where += f".{key}" if where else key
    problem = _problem(first)
    if not loc and not dotted:
        # Integrity errors name their own place inside the map ("notes[3]: …").
        place = problem.values.get("place")
        if isinstance(place, str) and problem.template.startswith("{place}: "):
            problem = problem.replaced(place=f"{prefix}.{place}" if prefix else place)
            where = ""
    summary = msg("{where}: {problem}", where=where, problem=problem) if where else problem
    extra = len(problems) - 1
    if extra == 1:
        return msg("{summary} (and 1 more problem)", summary=summary)
    if extra > 1:
        return msg("{summary} (and {count} more problems)", summary=summary, count=extra)
    return summary


def _problem(detail: Any) -> Message:
    """The problem of one pydantic error detail, as a Message."""
    kind = str(detail["type"])
    context: dict[str, Any] = dict(detail.get("ctx") or {})
    fallback = literal(one_line(str(detail["msg"]), limit=1000))
    if kind in ("value_error", "assertion_error"):
        cause = context.get("error")
        if isinstance(cause, ExplainedError):
            return cause.core_message
        text = str(detail["msg"])
        for head in ("Value error, ", "Assertion failed, "):
            text = text.removeprefix(head)
        place = _INTEGRITY_PLACE.match(text)
        if place:  # a plain ValueError naming its place: keep the place apart
            return msg("{place}: {problem}", place=place.group(1),
                       problem=literal(one_line(text[place.end():], limit=1000)))
        return literal(one_line(text, limit=1000))
    template: Optional[str] = _TEMPLATES.get(kind)
    if kind in ("string_too_short", "string_too_long"):
        bound = context.get("min_length", context.get("max_length"))
        template = _LENGTHS.get((kind, bound == 1))
    elif kind in ("too_short", "too_long"):
        bound = context.get("min_length", context.get("max_length"))
        template = None if bound == 1 else _ITEMS.get((kind, str(context.get("field_type"))))
    elif kind in ("enum", "literal_error"):
        return _choices(str(context.get("expected", ""))) or fallback
    if template is None:
        return fallback
    values = {}
    for name in _names(template):
        if name not in context:
            return fallback
        value = context[name]
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            value = int(value)  # pydantic writes a bound of 40.0 as "40"
        values[name] = value if isinstance(value, (int, float)) and not isinstance(
            value, bool) else one_line(str(value), limit=200)
    result = msg(template, **values)
    # Wording pydantic changed in a later version: its own text is then the truthful one.
    return result if str(result) == str(detail["msg"]) else fallback


def _names(template: str) -> list[str]:
    return re.findall(r"{(\w+)", template)


def _choices(expected: str) -> Optional[Message]:
    """"Input should be 'a', 'b' or 'c'" with the "or" translatable (pydantic's `expected`)."""
    values = _QUOTED.findall(expected)
    if not values:
        return None
    shown = [f"'{value}'" for value in values]
    if len(shown) == 1:
        choices: Message | str = shown[0]
    else:
        choices = msg("{choices} or {last}", choices=", ".join(shown[:-1]), last=shown[-1])
    result = msg("Input should be {expected}", expected=choices)
    return result if str(result) == f"Input should be {expected}" else None


def one_line(text: str, limit: int = 60) -> str:
    """`text` made safe for a one-line message: control characters escaped, length capped."""
    shown = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text[: limit + 1])
    return shown if len(text) <= limit else shown[:limit] + "…"
