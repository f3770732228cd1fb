"""Start-up crash recovery: offer the snapshots left by processes that are gone, then restore,
discard or keep each as the user chose. Restored maps open in windows marked modified, with their
original file, autosaving under the same snapshot (now owned by this process).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from canvas_app.fileio.errors import InputError
from canvas_app.fileio.recovery import RecoveryStore
from canvas_app.model.journey_map import JourneyMap
from canvas_app.ui import prompts, recovery_dialog, session_prompts
from canvas_app.ui.core_messages import error_text
from canvas_app.ui.labels import fill
from canvas_app.ui.recovery_dialog import RecoveryChoice

# Opens a window on a restored map: (map, original file or None, snapshot key) -> the window.
OpenRestored = Callable[[JourneyMap, Optional[Path], str], object]


def offer_recovery(open_restored: OpenRestored, store: Optional[RecoveryStore] = None,
                   parent: Optional[QWidget] = None) -> list[object]:
    """Ask about every recoverable snapshot and act on the answers; returns the windows opened
    on restored maps (none when there was nothing to recover)."""
    store = store if store is not None else RecoveryStore.default()
    entries = store.list()
    if not entries:
        return []
    choices = recovery_dialog.choose_recoveries(parent, entries)
    discard = {key for key, choice in choices.items() if choice is RecoveryChoice.DISCARD}
    if discard and not session_prompts.confirm_discard_recovered(parent, len(discard)):
        discard = set()  # kept for the next start
    opened: list[object] = []
    for entry in entries:
        choice = choices.get(entry.key, RecoveryChoice.LATER)
        if choice is RecoveryChoice.RESTORE:
            try:
                journey = store.load(entry)
            except (InputError, OSError) as error:
                message = error_text(error)
                prompts.show_error(parent, _tr("Cannot restore the map"), fill(_tr(
                    "%1\n\nThe recovery files stay in %2."), message, store.directory))
                continue
            try:
                # Adopt it: this process now owns the snapshot, so another instance started
                # meanwhile does not offer it too (what `RecoveryStore.adopt` does, without
                # reading the snapshot twice).
                store.write(entry.key, journey, entry.original_path, entry.disk_digest)
            except OSError:
                pass  # an unwritable state folder: the autosaver reports it when it next writes
            opened.append(open_restored(journey, entry.original_path, entry.key))
        elif entry.key in discard:
            try:
                store.discard(entry)
            except OSError:
                pass  # offered again next time
    return opened


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery_flow", text)
