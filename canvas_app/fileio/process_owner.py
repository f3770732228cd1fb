"""Who this program is (user, host, process id, process start token) and whether the process that
wrote a lock file or a recovery snapshot is still running. Used to tell live owners from stale ones.
"""

from __future__ import annotations

import enum
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


class ProcessState(enum.Enum):
    """What can be said about a recorded process from here."""

    ALIVE = "alive"
    GONE = "gone"
    OTHER_HOST = "other host"  # cannot be checked from this machine


@dataclass(frozen=True)
class ProcessIdentity:
    """A running Journey Canvas process as recorded in lock files and recovery sidecars.

    `start_token` tells a process from a later one reusing its id (a pid is reused after a reboot
    or a wrap-around); it is None where the platform does not expose a start time cheaply.
    """

    user: str
    display_name: str
    host: str
    pid: int
    start_token: str | None


@lru_cache(maxsize=1)
def current_process() -> ProcessIdentity:
    """This process."""
    pid = os.getpid()
    user = _login_name()
    return ProcessIdentity(
        user=user,
        display_name=_full_name() or user,
        host=host_name(),
        pid=pid,
        start_token=start_token(pid),
    )


def host_name() -> str:
    """This machine's name as other machines sharing a folder would see it in a lock file."""
    import socket  # (here, as getpass below: not needed to start the program)

    return socket.gethostname() or "unknown host"


def process_state(identity: ProcessIdentity) -> ProcessState:
    """Whether the recorded process still runs (only checkable for this host)."""
    if identity.host != host_name():
        return ProcessState.OTHER_HOST
    me = current_process()
    if identity.pid == me.pid:
        # Our own id: ours unless an earlier process with the same id wrote it before a reboot.
        same = identity.start_token is None or identity.start_token == me.start_token
        return ProcessState.ALIVE if same else ProcessState.GONE
    if not pid_alive(identity.pid):
        return ProcessState.GONE
    if identity.start_token is not None:
        now = start_token(identity.pid)
        if now is not None and now != identity.start_token:
            return ProcessState.GONE  # the id now belongs to another process
    return ProcessState.ALIVE


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine and is not a zombie."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only checks; on Windows os.kill would terminate it
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    except OSError:
        return True
    return not _is_zombie(pid)


def start_token(pid: int) -> str | None:
    """An id for the process's lifetime: boot id and start time on Linux, else None."""
    stat = _proc_stat_fields(pid)
    if stat is None or len(stat) < 20:
        return None
    boot = _boot_id()
    # Field 22 of /proc/<pid>/stat (index 19 after the command name) is the start time in ticks.
    return f"{boot}:{stat[19]}" if boot else stat[19]


def _proc_stat_fields(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    # The command name is in parentheses and may itself contain spaces or parentheses.
    closing = text.rfind(")")
    return text[closing + 1 :].split() if closing >= 0 else None


def _is_zombie(pid: int) -> bool:
    fields = _proc_stat_fields(pid)
    return fields is not None and len(fields) > 0 and fields[0] in ("Z", "X")


@lru_cache(maxsize=1)
def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        # No USER variable and no password entry (a container with an arbitrary uid).
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown user"


def _full_name() -> str:
    if sys.platform == "win32" or not hasattr(os, "getuid"):
        return ""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (KeyError, ImportError):
        return ""
    return gecos.split(",")[0].strip()


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        # Access denied means it exists (another user's process); anything else, it does not.
        return bool(kernel32.GetLastError() == 5)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
