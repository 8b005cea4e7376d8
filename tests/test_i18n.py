"""Every label the library can show has an Indonesian translation, with the same placeholders,
in one gettext catalogue that ``make messages`` keeps in step with the code."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from conftest import ROOT

from medsos import i18n

LOCALE = ROOT / "src" / "medsos" / "locale"
CATALOGUE = LOCALE / "id" / "LC_MESSAGES" / "medsos.po"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def _messages_script():
    spec = importlib.util.spec_from_file_location("messages", ROOT / "scripts" / "messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _extracted() -> dict[str, list[str]]:
    """msgid -> places in src/medsos where it is used (babel.cfg's mapping, as make messages)."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    found: dict[str, list[str]] = {}
    for filename, lineno, message, _comments, _ctx in extract_from_dir(
        ROOT / "src", method_map=method_map, options_map=options_map, keywords=KEYWORDS
    ):
        for msgid in message if isinstance(message, tuple) else (message,):
            if msgid:
                found.setdefault(msgid, []).append(f"{filename}:{lineno}")
    return found


def _catalogue(lang: str = "id") -> dict[str, object]:
    with CATALOGUE.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    return {(m.id[0] if isinstance(m.id, tuple) else m.id): m for m in catalog if m.id}


def _fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}


def test_the_library_has_one_catalogue_per_language():
    leftovers = sorted(
        p.relative_to(ROOT).as_posix()
        for p in LOCALE.glob("*/LC_MESSAGES/*.po")
        if p.name != "medsos.po"
    )
    assert CATALOGUE.exists()
    assert not leftovers, f"run `make messages` to fold these into medsos.po: {leftovers}"


def test_every_library_message_has_an_indonesian_translation():
    catalogue = _catalogue("id")
    missing = {m: where for m, where in _extracted().items() if m not in catalogue}
    untranslated = [
        m.id
        for m in catalogue.values()
        if not (m.string if isinstance(m.string, str) else all(m.string))
    ]
    assert not missing, "not in the catalogue (run make messages, then translate): " + "\n".join(
        f"{m!r} at {w[0]}" for m, w in sorted(missing.items())
    )
    assert not untranslated, f"empty msgstr in {CATALOGUE.name}: {untranslated}"


def test_the_catalogue_holds_no_message_the_code_no_longer_uses():
    with CATALOGUE.open("rb") as fh:
        catalog = read_po(fh, locale="id")
    unused = sorted(set(_catalogue("id")) - set(_extracted()))
    assert not catalog.obsolete, f"obsolete (#~) entries: {list(catalog.obsolete)}"
    assert not unused, f"in the catalogue but not in the code (make messages drops them): {unused}"


def test_make_messages_would_change_nothing(tmp_path):
    """The round trip: pybabel extract from the code, pybabel update of the catalogue."""
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    assert _messages_script().up_to_date(locale=locale), "the catalogue is stale: run make messages"


def test_make_messages_folds_an_old_per_part_catalogue_into_the_domain(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    folder = locale / "id" / "LC_MESSAGES"
    (folder / "l09.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "A label from another branch"\nmsgstr "Label dari cabang lain"\n',
        encoding="utf-8",
    )
    messages = _messages_script()
    assert messages.fold(locale) == [folder / "l09.po"]
    assert not (folder / "l09.po").exists()
    with (folder / "medsos.po").open("rb") as fh:
        catalog = read_po(fh, locale="id")
    assert catalog.get("A label from another branch").string == "Label dari cabang lain"
    assert catalog.get("How to fix:").string == "Cara memperbaiki:"


def test_folding_stops_on_two_translations_of_one_message(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(LOCALE, locale)
    clash = locale / "id" / "LC_MESSAGES" / "core9.po"
    clash.write_text('msgid "How to fix:"\nmsgstr "Perbaikan:"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="How to fix:"):
        _messages_script().fold(locale)
    assert clash.exists()


def test_no_message_is_marked_inside_an_f_string():
    """pybabel (on Python 3.11) cannot see ``_()`` inside an f-string: it would never be
    translated, and ``make messages`` would drop its translation."""
    hidden = []
    for path in sorted((ROOT / "src" / "medsos").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                hidden += [
                    f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id in KEYWORDS
                ]
    assert not hidden, "move these out of the f-string into a variable:\n" + "\n".join(hidden)


def test_no_translation_is_marked_fuzzy():
    fuzzy = [m.id for m in _catalogue("id").values() if m.fuzzy]
    assert not fuzzy, f"fuzzy entries are ignored by gettext; review them: {fuzzy}"


def test_translations_keep_the_same_placeholders():
    wrong = []
    for message in _catalogue("id").values():
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strs = message.string if isinstance(message.string, tuple) else (message.string,)
        if any(_fields(s) != _fields(ids[0]) for s in strs if s):
            wrong.append(message.id)
    assert not wrong, f"placeholders differ between English and Indonesian: {wrong}"


def test_language_follows_the_notebook_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("MEDSOS_LANG", raising=False)
    assert i18n.detect_language(Path("/x/notebooks/en")) == "en"
    assert i18n.detect_language(Path("/x/exercises/id")) == "id"
    assert i18n.detect_language(Path("/somewhere/else")) == i18n.DEFAULT
    monkeypatch.setenv("MEDSOS_LANG", "en")
    assert i18n.detect_language(Path("/x/notebooks/id")) == "en"


def test_switching_language_changes_labels_and_number_formats():
    i18n.set_language("id")
    assert i18n._("How to fix:") == "Cara memperbaiki:"
    assert i18n.number(1234567) == "1.234.567"
    assert i18n.date("2017-10-16") == "16 Okt 2017"
    i18n.set_language("en")
    assert i18n._("How to fix:") == "How to fix:"
    assert i18n.number(1234567) == "1,234,567"


def test_unknown_language_is_refused_with_the_codes_that_exist():
    from medsos.errors import CourseError

    with pytest.raises(CourseError, match="id, en"):
        i18n.set_language("fr")
    assert i18n.language() == "id"


def test_pick_and_column_choose_the_current_language():
    i18n.set_language("en")
    assert i18n.pick({"id": "tagar", "en": "hashtag"}) == "hashtag"
    assert i18n.column("name") == "name_en"


def test_placeholders_are_named_not_positional():
    positional = [m for m in _extracted() if re.search(r"\{\}|\{\d+\}|%[sd]", m)]
    assert not positional, f"use named placeholders so translators can reorder: {positional}"
