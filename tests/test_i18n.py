"""Every label the library can show has an Indonesian translation, with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from conftest import ROOT

from medsos import i18n

LOCALE = ROOT / "src" / "medsos" / "locale"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def _extracted() -> dict[str, list[str]]:
    """msgid -> places in src/medsos where it is used."""
    found: dict[str, list[str]] = {}
    for filename, lineno, message, _comments, _ctx in extract_from_dir(
        ROOT / "src" / "medsos", method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        for msgid in message if isinstance(message, tuple) else (message,):
            if msgid:
                found.setdefault(msgid, []).append(f"{filename}:{lineno}")
    return found


def _catalogue(lang: str) -> dict[str, object]:
    entries: dict[str, object] = {}
    for po in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh, locale=lang):
                if message.id:
                    key = message.id[0] if isinstance(message.id, tuple) else message.id
                    entries[key] = message
    return entries


def _fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None}


def test_every_library_message_has_an_indonesian_translation():
    catalogue = _catalogue("id")
    missing = {m: where for m, where in _extracted().items() if m not in catalogue}
    untranslated = [
        m.id
        for m in catalogue.values()
        if not (m.string if isinstance(m.string, str) else all(m.string))
    ]
    assert not missing, "untranslated (add to a .po in locale/id): " + "\n".join(
        f"{m!r} at {w[0]}" for m, w in sorted(missing.items())
    )
    assert not untranslated, f"empty msgstr: {untranslated}"


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


def test_no_msgid_is_translated_differently_in_two_catalogues():
    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for po in sorted((LOCALE / "id" / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh, locale="id"):
                if not message.id or isinstance(message.id, tuple):
                    continue
                if message.id in seen and seen[message.id][1] != message.string:
                    clashes.append((message.id, seen[message.id][0], po.name))
                seen[message.id] = (po.name, message.string)
    assert not clashes, clashes


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
