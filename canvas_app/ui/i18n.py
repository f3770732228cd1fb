"""The interface language: which translators are installed (ours and Qt's own strings), chosen
from the system locale unless the preferences name one, switchable while the program runs.

Installing or removing a translator makes Qt send every widget a LanguageChange event; windows
re-apply their texts then (see `retranslate.py`), so a switch loses no work.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtWidgets import QAbstractButton

SETTINGS_KEY = "interface/language"
SYSTEM = "system"
ENGLISH = "en"
VIETNAMESE = "vi"
CHOICES = (SYSTEM, ENGLISH, VIETNAMESE)
# The catalogues loaded for a language, most specific last (Qt consults the last installed
# first): Qt's own translation if this Qt ships one, our strings for Qt's standard buttons and
# dialogs, then the application's own strings.
_QT_CATALOGUE = "qtbase"
_OUR_CATALOGUES = ("qt_extra", "journey_canvas")

_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = ENGLISH


def translations_folder() -> Path:
    """Where the compiled catalogues (`*.qm`) are installed: canvas_app.resources/i18n."""
    from importlib import resources  # (only when a catalogue is loaded)

    return Path(str(resources.files("canvas_app.resources"))) / "i18n"


def system_language() -> str:
    """"vi" when the system locale is Vietnamese, "en" otherwise (the source language)."""
    return VIETNAMESE if QLocale.system().language() == QLocale.Language.Vietnamese else ENGLISH


def stored_choice(settings: QSettings) -> str:
    """The preference: "system", "en" or "vi" (anything else reads as "system")."""
    value = settings.value(SETTINGS_KEY, SYSTEM)
    return value if isinstance(value, str) and value in CHOICES else SYSTEM


def store_choice(settings: QSettings, choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown interface language {choice!r}")
    settings.setValue(SETTINGS_KEY, choice)


def resolve(choice: str) -> str:
    """The language a choice means here: "system" follows the system locale."""
    return system_language() if choice == SYSTEM else choice


def current_language() -> str:
    """The language the interface is shown in now ("en" or "vi")."""
    return _current


def locale_for(language: str) -> QLocale:
    """How numbers and dates are written for `language`: the system's own conventions when it
    speaks that language (en_GB stays en_GB), else the language's usual country."""
    system = QLocale.system()
    if language == VIETNAMESE:
        wanted = QLocale.Language.Vietnamese
        if system.language() == wanted:
            return system
        return QLocale(wanted, QLocale.Country.Vietnam)
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_language(language: str, app: Optional[QCoreApplication] = None) -> str:
    """Show the interface in `language` ("en" or "vi"; a "system" choice is resolved first):
    replace the installed translators and the default QLocale. Returns the language used."""
    global _current
    language = resolve(language)
    if language not in (ENGLISH, VIETNAMESE):
        raise ValueError(f"unsupported interface language {language!r}")
    application = app if app is not None else QCoreApplication.instance()
    if application is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:  # English is the source language: no catalogue at all
        for translator in _translators(language):
            application.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    _current = language
    return language


def apply_stored_language(settings: QSettings, app: Optional[QCoreApplication] = None) -> str:
    """At start-up: install the language the preferences ask for (the system's by default)."""
    return install_language(resolve(stored_choice(settings)), app)


def retranslate_qt_chrome(root: QObject) -> None:
    """Re-name the buttons Qt itself puts in docks and tab bars: Qt names them once, when
    made, and not again on a language change (screen readers would keep the old words)."""
    for button in root.findChildren(QAbstractButton):
        name = button.objectName()
        if name == "qt_dockwidget_closebutton":
            button.setAccessibleName(QCoreApplication.translate("QDockWidget", "Close"))
            button.setAccessibleDescription(
                QCoreApplication.translate("QDockWidget", "Closes the dock widget"))
        elif name == "qt_dockwidget_floatbutton":
            button.setAccessibleName(QCoreApplication.translate("QDockWidget", "Float"))
            button.setAccessibleDescription(QCoreApplication.translate(
                "QDockWidget", "Undocks and re-attaches the dock widget"))
        elif name == "ScrollLeftButton":
            button.setAccessibleName(QCoreApplication.translate("QTabBar", "Scroll Left"))
        elif name == "ScrollRightButton":
            button.setAccessibleName(QCoreApplication.translate("QTabBar", "Scroll Right"))


def catalogue_path(name: str, language: str) -> Path:
    """The compiled catalogue `name` for `language`, e.g. journey_canvas_vi.qm."""
    return translations_folder() / f"{name}_{language}.qm"


def _translators(language: str) -> list[QTranslator]:
    found: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    # Qt ships no Vietnamese today; should a later Qt do so, its catalogue is used under ours.
    if qt_translator.load(f"{_QT_CATALOGUE}_{language}", qt_folder):
        found.append(qt_translator)
    for name in _OUR_CATALOGUES:
        translator = QTranslator()
        path = catalogue_path(name, language)
        if translator.load(str(path)):
            found.append(translator)
        else:  # a broken installation: the interface stays (partly) English rather than failing
            _log.warning("translation catalogue missing or unreadable: %s", path)
    return found
