"""Translations: every string the GUI translates is in i18n/*.ts, finished, and shows in French,
German and Spanish when QGIS runs in that language.

What the code asks the translator for is read from the code itself, the way
the translator is asked at run time: ``self.tr("…")`` in class ``C`` looks in
context ``C``; ``QCoreApplication.translate("Ctx", "…")`` and
``QT_TRANSLATE_NOOP("Ctx", "…")`` in ``Ctx``; a Designer form's strings in its
class's context. ``make translations`` (pylupdate5) must file them the same way.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from arcgis_token_auth.plugin.core import errors
from arcgis_token_auth.plugin.core.credentials import CredentialKind
from arcgis_token_auth.plugin.core.phrases import Moment
from arcgis_token_auth.plugin.gui import texts
from arcgis_token_auth.plugin.gui.add_layers_dialog import AddLayersDialog
from arcgis_token_auth.plugin.gui.connections_dialog import ConnectionsDialog
from arcgis_token_auth.plugin.gui.status import TokenStatus
from arcgis_token_auth.plugin.integration import service
from arcgis_token_auth.plugin.integration.errors import PluginError
from arcgis_token_auth.plugin.integration.store import ConnectionHealth
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from tests.conftest import REPO_ROOT
from tests.qgis.integration import load_plugin, unload_plugin

LANGUAGES = ("fr", "de", "es")
I18N = REPO_ROOT / "i18n"
# What `make translations` extracts (the Makefile's TRANSLATED_SOURCES): every module of the plugin.
SOURCES = sorted(path for path in (REPO_ROOT / "plugin").rglob("*.py") if "__pycache__" not in path.parts)
FORMS = sorted((REPO_ROOT / "ui").glob("*.ui"))
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+\}")
TRAILING_COMMA = re.compile(r",\s*(#[^\n]*\s*)*\)$")  # before the call's closing parenthesis


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    where: str


# -- what the code asks for ----------------------------------------------------------------
def _literal(node: ast.expr):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_messages(path: Path) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[Message] = []

    def visit(node: ast.AST, enclosing_class: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            enclosing_class = node.name
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            where = f"{path.relative_to(REPO_ROOT)}:{node.lineno}"
            arguments = [_literal(argument) for argument in node.args]
            if name == "tr" and arguments and arguments[0] is not None:
                assert enclosing_class, f"{where}: tr() outside a class has no context pylupdate5 can know"
                found.append(Message(enclosing_class, arguments[0], where))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(arguments) >= 2 and None not in arguments[:2]:
                found.append(Message(arguments[0], arguments[1], where))
        for child in ast.iter_child_nodes(node):
            visit(child, enclosing_class)

    visit(tree, None)
    return found


def form_messages(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()  # noqa: S314 - the repository's own files
    context = root.findtext("class")
    return [
        Message(context, element.text, path.name)
        for element in root.iter("string")
        if element.text and element.get("notr") != "true"
    ]


def code_messages() -> list[Message]:
    return [message for path in SOURCES for message in python_messages(path)] + [
        message for path in FORMS for message in form_messages(path)
    ]


def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()  # noqa: S314 - the repository's own files
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def translation_of(message: Message, language: str) -> str:
    return read_ts(I18N / f"arcgis_token_auth_{language}.ts")[(message.context, message.source)].text


# -- the files -------------------------------------------------------------------------------
def test_the_scan_finds_the_gui_strings():
    found = {(m.context, m.source) for m in code_messages()}
    assert ("ConnectionEditor", "Test Connection") in found  # a form
    assert ("TokenStatus", "Not signed in") in found  # self.tr
    assert ("Texts", "API key") in found  # QCoreApplication.translate
    assert ("ArcGISAuthError", errors.InvalidCredentialsError.template) in found  # QT_TRANSLATE_NOOP
    assert len(found) > 150


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_finished(language):
    entries = read_ts(I18N / f"arcgis_token_auth_{language}.ts")
    problems = []
    for message in code_messages():
        translation = entries.get((message.context, message.source))
        if translation is None:
            problems.append(f"missing: {message}")
        elif translation.get("type") in ("unfinished", "obsolete", "vanished") or not (translation.text or "").strip():
            problems.append(f"unfinished: {message}")
        elif sorted(PLACEHOLDER.findall(message.source)) != sorted(PLACEHOLDER.findall(translation.text)):
            problems.append(f"placeholders differ: {message} → {translation.text!r}")
    assert not problems, f"i18n/arcgis_token_auth_{language}.ts (run `make translations`):\n" + "\n".join(problems)
    leftovers = [key for key, translation in entries.items() if translation.get("type") == "unfinished"]
    assert not leftovers, f"unfinished entries: {leftovers}"


def test_placeholders_are_named_fields():
    """One way to fill a placeholder: a named field, ``{server}``, filled with ``.format(server=…)`` —
    not Qt's ``%1`` nor a positional ``{}``, which a translator cannot tell apart or reorder safely."""
    others = [m for m in code_messages() if re.search(r"%\d|%n|\{\d*\}", m.source)]
    assert not others, others


def test_no_marked_text_is_followed_by_a_trailing_comma():
    """pylupdate5 silently skips ``QT_TRANSLATE_NOOP("Ctx", "text",)`` and ``translate("Ctx", "text",)``
    (a formatter's trailing comma after the last argument): the text would never reach i18n/*.ts."""
    skipped = []
    for path in SOURCES:
        code = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(code)):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("translate", "QT_TRANSLATE_NOOP") and TRAILING_COMMA.search(ast.get_source_segment(code, node)):
                skipped.append(f"{path.relative_to(REPO_ROOT)}:{node.lineno}")
    assert not skipped, f"remove the comma after the text, or pylupdate5 skips it: {skipped}"


def test_pylupdate5_files_strings_where_the_code_looks_for_them(tmp_path):
    """`make translations` must put each string under the context the translator is asked for."""
    pylupdate = shutil.which("pylupdate5")
    assert pylupdate is not None, "pylupdate5 missing: scripts/setup.sh installs pyqt5-dev-tools"
    output = tmp_path / "extracted.ts"
    subprocess.run([pylupdate, *map(str, SOURCES + FORMS), "-ts", str(output)], check=True, capture_output=True)
    assert set(read_ts(output)) == {(m.context, m.source) for m in code_messages()}


def _subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _subclasses(subclass)


def test_every_error_template_is_marked_for_translation_where_it_is_written():
    """A new error class needs its translations and nothing else: its template is extracted from it."""
    extracted = {(m.context, m.source) for m in code_messages()}
    templates = {cls.template for cls in _subclasses(errors.ExplainedError)} - {PluginError.template}
    assert len(templates) > 50
    unmarked = {template for template in templates if (template.context, template) not in extracted}
    assert not unmarked, f"templates pylupdate5 does not see: {unmarked}"
    words = [*service._HEALTH_HINTS.values(), errors.THE_SERVER, *(kind.secret_name for kind in CredentialKind)]
    assert all((phrase.context, phrase) in extracted for phrase in words)


def test_a_hint_travels_on_the_error_and_is_shown_after_it():
    missing = errors.MissingSecretError("https://gis.example.com", secret_name="password", connection_name="A")
    hint = service._HEALTH_HINTS[ConnectionHealth.LOCKED]
    hinted = missing.with_hint(hint)
    assert str(hinted) == f"{missing} {hint}" and texts.error_text(hinted) == f"{missing} {hint}"
    assert missing.hint is None, "the engine's own error object is left as it was"
    assert isinstance(hinted, errors.MissingSecretError) and hinted.context == missing.context


# -- QGIS in another language --------------------------------------------------------------
@pytest.fixture(scope="module")
def compiled_translations():
    """The .qm files, built with lrelease as `make package` does (they are not in git)."""
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    sources = [I18N / f"arcgis_token_auth_{language}.ts" for language in LANGUAGES]
    subprocess.run([lrelease, "-silent", *map(str, sources)], check=True)
    return [source.with_suffix(".qm") for source in sources]


@pytest.fixture
def plugin_in(compiled_translations, trusted_ca):
    """Start the plugin with QGIS's user interface in ``language``; it installs its translator then."""
    started = []

    def start(language: str):
        settings = QgsSettings()
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)
        plugin = load_plugin()
        started.append(plugin)
        return plugin

    yield start
    for plugin in started:
        unload_plugin(plugin)
    QgsSettings().remove("locale")


def shown_texts(widget: QWidget) -> set[str]:
    """Every piece of text a user can see in the dialog (and its tooltips).

    Not the standard buttons (Save, Cancel, Close): Qt's own translations, which QGIS loads, name them.
    """
    seen = {widget.windowTitle()}
    for child in widget.findChildren(QWidget):
        if isinstance(child.parent(), QDialogButtonBox):
            continue
        seen.add(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            seen.add(child.text())
        if isinstance(child, QGroupBox):
            seen.add(child.title())
        if isinstance(child, QLineEdit):
            seen.add(child.placeholderText())
        if isinstance(child, QSpinBox):
            seen.add(child.suffix())
        if isinstance(child, QComboBox):
            seen.update(child.itemText(index) for index in range(child.count()))
        model = getattr(child, "model", lambda: None)()
        if model is not None and hasattr(model, "headerData"):
            headers = (model.headerData(section, Qt.Orientation.Horizontal) for section in range(model.columnCount()))
            seen.update(str(header or "") for header in headers)
    return {text for text in seen if text}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dialogs_speak_the_language_of_qgis(language, plugin_in, arcgis_server, qtbot):
    plugin = plugin_in(language)
    assert plugin._translator.installed, "the plugin installs its translator for QGIS's language"
    status = TokenStatus(plugin.service)
    manager = ConnectionsDialog(plugin.service, status)
    add_layers = AddLayersDialog(plugin.service, status)
    for dialog in (manager, add_layers):
        qtbot.addWidget(dialog)
    qtbot.mouseClick(manager.addButton, Qt.MouseButton.LeftButton)
    dialogs = {"manager": manager, "editor": manager.editor, "add layers": add_layers}

    english = {m.source for m in code_messages() if translation_of(m, language) != m.source}
    for name, dialog in dialogs.items():
        untranslated = shown_texts(dialog) & english
        assert not untranslated, f"{name} shows English in {language}: {untranslated}"
    title = next(m for m in code_messages() if m.source == "ArcGIS Connections")
    assert manager.windowTitle() == translation_of(title, language)

    # The core's messages: template, the words put into it, and the service's hint.
    refused = errors.InvalidCredentialsError(arcgis_server.origin)
    template = next(m for m in code_messages() if m.source == refused.template)
    expected = translation_of(template, language).format(server=arcgis_server.origin)
    assert texts.error_text(refused) == expected != str(refused)
    missing = errors.MissingSecretError("", secret_name=CredentialKind.PASSWORD.secret_name, connection_name="City GIS")
    assert "City GIS" in texts.error_text(missing) and "password" not in texts.error_text(missing)
    hint = service._HEALTH_HINTS[ConnectionHealth.LOCKED]
    hint_message = next(m for m in code_messages() if m.source == hint)
    assert texts.error_text(missing.with_hint(hint)).endswith(translation_of(hint_message, language))


def test_without_a_translation_the_dialogs_stay_in_english(plugin_in, qtbot):
    plugin = plugin_in("en")
    assert not plugin._translator.installed
    dialog = ConnectionsDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ArcGIS Connections"
    assert QCoreApplication.translate("Texts", "API key") == "API key"


# -- dates ---------------------------------------------------------------------------------
def month_abbreviation(locale: QLocale, epoch_seconds: float) -> str:
    month = QDateTime.fromSecsSinceEpoch(int(epoch_seconds)).date().month()
    return locale.monthName(month, QLocale.FormatType.ShortFormat)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_follow_the_language_of_qgis_on_an_english_system(language, plugin_in, arcgis_server, qtbot):
    """QGIS speaks ``language`` (its user interface's setting, or ``--lang``) while the system is English."""
    assert QLocale().language() in (QLocale.Language.C, QLocale.Language.English), "the test system's locale"
    plugin = plugin_in(language)
    local = QLocale(language)
    manager = ConnectionsDialog(plugin.service, TokenStatus(plugin.service))
    qtbot.addWidget(manager)
    manager.show()
    qtbot.mouseClick(manager.addButton, Qt.MouseButton.LeftButton)
    editor = manager.editor
    editor.urlEdit.setText(arcgis_server.services_url)
    editor.usernameEdit.setText("alice")
    editor.secretEdit.setText("alice-secret")
    qtbot.mouseClick(editor.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.testing, timeout=20_000)
    expiry = editor.expiryResultLabel.text()
    in_an_hour = time.time() + 3600
    assert month_abbreviation(local, in_an_hour) in expiry, expiry
    assert str(QDateTime.fromSecsSinceEpoch(int(in_an_hour)).date().year()) in expiry, expiry
    assert month_abbreviation(QLocale(QLocale.Language.English), in_an_hour) not in expiry, expiry

    # A moment inside a message of the core (English: "2026-12-05 10:00 UTC") too.
    expired = errors.ApiKeyExpiredError("", connection_name="City GIS", expires_on=Moment(1796464800))
    assert "2026-12-05 10:00 UTC" in str(expired)
    text = texts.error_text(expired)
    assert f"{month_abbreviation(local, 1796464800)}" in text and "2026" in text, text
    assert "2026-12-05" not in text and "UTC" not in text, text


def test_dates_follow_the_date_format_chosen_in_qgis(plugin_in):
    """Options > General > Locale: QGIS makes that locale Qt's default at start-up, as here."""
    settings = QgsSettings()
    settings.setValue("locale/globalLocale", "de_DE")
    previous = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        plugin_in("en")
        shown = texts.moment(1796464800)  # 2026-12-05 10:00 UTC
    finally:
        QLocale.setDefault(previous)
    assert "Dez." in shown and "2026" in shown, shown


def test_what_a_web_map_leaves_out_is_said_in_the_language_of_qgis(plugin_in):
    """The reasons are marked phrases (a str subclass): they must be translated where they are shown, in
    the content browser and in Load ArcGIS Web Map's output alike (one rendering, ``left_out_lines``)."""
    from arcgis_token_auth.plugin.core.webmap import UNOPENED_TYPES
    from arcgis_token_auth.plugin.integration.web_maps import NO_FILTER, MadeWebMap

    plugin_in("fr")
    made = MadeWebMap("Ville", [], [("Stations", UNOPENED_TYPES["CSV"]), ("Points", NO_FILTER)])
    lines = made.left_out_lines()
    assert lines[0] == "Stations : un fichier CSV", lines
    assert lines[1].startswith("Points : ") and "definition expression" not in lines[1], lines
