"""Real file-system obstacles for tests: folders nothing can be written to, even by root."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def chattr(flag: str, path: Path) -> bool:
    """Set or clear the immutable attribute (root only, ext4 and similar); False if unsupported."""
    if not IS_ROOT or shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nothing can be created in or removed from, for real: immutable for root (chmod
    does not stop root), mode 0555 for anyone else."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    yield from _frozen(folder)


def freeze(folder: Path) -> None:
    """Make an existing folder read-only as `read_only_folder` does (undone by `thaw`)."""
    if IS_ROOT:
        if not chattr("+i", folder):
            pytest.skip("cannot make a folder immutable here")
    else:
        folder.chmod(0o555)


def thaw(folder: Path) -> None:
    if IS_ROOT:
        chattr("-i", folder)
    else:
        folder.chmod(0o755)


def _frozen(folder: Path) -> Iterator[Path]:
    freeze(folder)
    try:
        yield folder
    finally:
        thaw(folder)
