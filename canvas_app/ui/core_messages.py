"""The core's messages in the interface language: errors from loading, importing, saving and
editing are made by the Qt-free core as `Message`s (an English template with named placeholders,
see `canvas_app/model/messages.py`); here each template is looked up in the catalogue
(`QCoreApplication.translate("CoreMessage", template)`) and filled with numbers written the
interface locale's way (`QLocale`), nested messages translated in turn.

`str(error)` stays English for the command line and logs; the interface shows `error_text(error)`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from canvas_app.model.messages import Message, MessageFormatter

# Specs the locale writes: none (a quantity: digits grouped), ".2f" (fixed decimals), "g" and
# ".3g" (general). "d" (a position: row 1234 is not "row 1.234") and others go to Python.
_LOCALE_SPEC = re.compile(r"^(?:\.(\d+))?([fg]?)$")


class _LocaleFormatter(MessageFormatter):
    """Fills templates translated into the interface language, with QLocale numbers."""

    def __init__(self) -> None:
        super().__init__()
        self._locale = QLocale()

    def translate(self, template: str) -> str:
        # The context is written out (CONTEXT) so the extraction script can read this call.
        return QCoreApplication.translate("CoreMessage", template)

    def number(self, value: int | float, spec: str) -> str:
        match = _LOCALE_SPEC.match(spec)
        if match is None:
            return format(value, spec)
        precision, kind = match.groups()
        try:
            if isinstance(value, int) and not kind and precision is None:
                return self._locale.toString(value)
            digits = int(precision) if precision is not None else 6
            return self._locale.toString(float(value), kind or "g", digits)
        except OverflowError:  # beyond what QLocale takes (a number from a hostile file)
            return format(value, spec)


def translated(message: Message | str) -> str:
    """`message` in the interface language (a plain string is shown as it is)."""
    if isinstance(message, str):
        return message
    return _LocaleFormatter().render(message)


def error_text(error: BaseException) -> str:
    """What to tell the user about `error`: the core's message translated, the system's reason
    for an OSError, else the error's own text."""
    message = getattr(error, "core_message", None)
    if isinstance(message, Message):
        return translated(message)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)
