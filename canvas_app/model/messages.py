"""Messages the Qt-free core says to the user: an English template with named placeholders and
the values that fill it, translatable by the interface without the core knowing about Qt.

The core (model, fileio) must not import Qt, yet its refusals — a broken file, a bad CSV cell,
a failed save, an edit the model refuses — are shown in Vietnamese dialogs. So a refusal does
not carry a finished sentence but a `Message`:

    raise FileFormatError(msg("{file}: no such file", file=path))

- `msg(template, **params)` builds one; the template is one literal string, which
  `resources/i18n/update_translations.py` extracts into the catalogue under the context
  `CONTEXT` (like a `tr()` call). `N_(template)` marks a template kept in a table.
- `str(message)` is the English sentence (the command line, logs, `str(error)`), formatted by
  Python exactly as before this module existed.
- The interface (`canvas_app/ui/core_messages.py`) looks the template up with
  `QCoreApplication.translate(CONTEXT, template)` and fills it with numbers written by `QLocale`.
- A value may itself be a Message (a reason inside a sentence); it is translated in turn.

Placeholders are `{name}` or `{name:spec}` (Python's format syntax, names only). A number with
no spec is a quantity (the interface groups its digits); `{row:d}` is a position or an ordinal
(never grouped); `{size:.1f}` a decimal; other specs (`02x`) are formatted as Python does.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any, Mapping, Union

CONTEXT = "CoreMessage"

Param = Union[str, int, float, "Message"]


def N_(template: str) -> str:
    """Mark `template` for extraction (it is translated later, where a Message uses it)."""
    return template


@dataclass(frozen=True)
class Message:
    """A template (English, `{name}` placeholders, listed in the catalogue) and its values."""

    template: str
    params: tuple[tuple[str, Param], ...] = ()

    def __str__(self) -> str:
        return MessageFormatter().render(self)

    @property
    def values(self) -> dict[str, Param]:
        return dict(self.params)

    def replaced(self, **changes: Param) -> "Message":
        """The same message with some values changed."""
        return Message(self.template, tuple({**self.values, **changes}.items()))


def msg(template: str, /, **params: Param) -> Message:
    """A message of the core (see the module docstring); `template` must be one literal."""
    return Message(template, tuple(params.items()))


def literal(text: str) -> Message:
    """Text that has no translation (from the system or an old caller), shown as it is."""
    return Message("{text}", (("text", text),))


def as_message(value: "Message | str") -> Message:
    return value if isinstance(value, Message) else literal(value)


class MessageFormatter(string.Formatter):
    """Fills a template. This base writes English as Python formats it; the interface's
    subclass translates templates and writes numbers the locale's way."""

    def translate(self, template: str) -> str:
        return template

    def number(self, value: int | float, spec: str) -> str:
        return format(value, spec)

    def render(self, message: Message) -> str:
        template = self.translate(message.template)
        values = message.values
        try:
            return self.vformat(template, (), values)
        except (KeyError, IndexError, ValueError):
            if template == message.template:
                raise
            # A translation with a broken placeholder must not hide the problem: say it in English.
            return self.vformat(message.template, (), values)

    def format_field(self, value: Any, format_spec: str) -> str:
        # A spec is for numbers: a value given as words instead ("greater than 10^12") or as
        # text is shown as it is.
        if isinstance(value, Message):
            return self.render(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return self.number(value, format_spec)
        return str(value)

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, int):
            raise IndexError("core messages use named placeholders only")
        return kwargs[key]


def placeholders(template: str) -> set[str]:
    """The names a template uses (`{file}`, `{row:d}` → {"file", "row"})."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class ExplainedError(Exception):
    """An error whose text is a Message: `str(error)` is English, `error.core_message` the
    translatable message the interface shows in the user's language."""

    def __init__(self, message: "Message | str", *args: object) -> None:
        self.core_message = as_message(message)
        super().__init__(str(self.core_message), *args)

    def __str__(self) -> str:
        return str(self.core_message)


class ExplainedValueError(ExplainedError, ValueError):
    """A ValueError with a Message, for validators (pydantic keeps it in the error's context,
    so the summary of a validation error can translate it)."""
