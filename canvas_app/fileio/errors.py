"""Typed errors for bad input. Each carries one sentence naming the problem: a `Message`
(`canvas_app.model.messages`), English in `str(error)` and `error.message` (the command line,
logs), translated by the interface from `error.core_message`."""

from __future__ import annotations

import errno as errno_codes

from canvas_app.model.messages import ExplainedError, Message, literal, msg


class InputError(ExplainedError):
    """Input the program refuses: the message names the problem and, where possible, where."""

    def __init__(self, message: Message | str) -> None:
        super().__init__(message)
        self.message = str(self.core_message)


class FileFormatError(InputError):
    """A `.journey` file that is not one, is broken, or breaks the model's rules."""


class NewerVersionError(FileFormatError):
    """A `.journey` file written by a newer Journey Canvas than this one."""

    def __init__(self, message: Message | str, file_version: int,
                 supported_version: int) -> None:
        super().__init__(message)
        self.file_version = file_version
        self.supported_version = supported_version


class CsvFormatError(InputError):
    """A CSV file that cannot be imported; the message names the row and column."""


class ExportError(InputError):
    """An export that could not be written (bad destination, unsupported option)."""


class SaveError(InputError):
    """A map that could not be written; the message says why in plain words. The document stays
    open and modified, so nothing is lost: the UI offers Save As."""

    def __init__(self, message: Message | str, path: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.errno = errno


def read_failure(error: OSError) -> Message:
    """Why a file could not be read, in words a translation can carry (the system's own
    `strerror` is English whatever the interface speaks)."""
    code = error.errno
    if code in (errno_codes.EACCES, errno_codes.EPERM):
        return msg("you are not allowed to read it")
    if code == errno_codes.ENOENT:
        return msg("it does not exist")
    if code == errno_codes.ENOTDIR:
        return msg("part of the path is a file, not a folder")
    if code == errno_codes.ENAMETOOLONG:
        return msg("the name is too long")
    return literal(error.strerror or type(error).__name__)
