"""Typed errors for bad input. Each carries one human sentence the UI and CLI show as is."""

from __future__ import annotations


class InputError(Exception):
    """Input the program refuses: the message names the problem and, where possible, where."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class FileFormatError(InputError):
    """A `.journey` file that is not one, is broken, or breaks the model's rules."""


class NewerVersionError(FileFormatError):
    """A `.journey` file written by a newer Journey Canvas than this one."""

    def __init__(self, message: str, file_version: int, supported_version: int) -> None:
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

    def __init__(self, message: str, path: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.errno = errno
