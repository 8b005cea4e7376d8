"""One language per notebook (issue #12, item 4): no sentence of the other language in the prose.

The Indonesian notebooks' markdown has no English sentence, and the English notebooks' none in
Indonesian, outside code, links, placeholders, quotations, titles in italics and the proper names of
a short reviewed allowlist (``tests/one_language_allowlist.txt``). A sentence counts as the other
language when it holds at least two of that language's common function words and more of them than
of its own: Indonesian prose never needs "the", "of" or "which", English prose never "yang" or
"dengan". (Code cells are checked in ``tests/test_parity.py``: they carry no human-language comment.)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

FUNCTION_WORDS = {
    "en": set(
        "the and of to is are was were for with that this from by not it be as at or which you your "
        "have has will would can could their they there what when who how than these those into "
        "about only also but been its our we do does did".split()
    ),
    "id": set(
        "yang dan di ke dari untuk dengan ini itu tidak adalah pada atau bisa anda juga akan "
        "sebagai dalam oleh karena lebih tetapi sudah belum apa siapa mana kita kami ada hanya "
        "saja bukan jika kalau sebuah setiap para".split()
    ),
}
OTHER = {"id": "en", "en": "id"}
ALLOWLIST = ROOT / "tests" / "one_language_allowlist.txt"
NOTEBOOKS = [
    path
    for lang in ("id", "en")
    for folder in ("notebooks", "exercises")
    for path in sorted((ROOT / folder / lang).glob("*.ipynb"))
]


def _allowed(lang: str) -> list[str]:
    phrases = []
    for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        where, _, phrase = line.partition(": ")
        if where in (lang, "*") and phrase.strip():
            phrases.append(phrase.strip())
    return phrases


def _prose(text: str, lang: str) -> str:
    """The markdown a reader reads as running text in ``lang``."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\{\{.*?\}\}|\{[^{}]*\}", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"https?://\S+|<[^>]+>", " ", text)
    text = re.sub(r"(?<!\*)\*(?!\*)[^*\n]+\*(?!\*)", " ", text)  # *italics*: titles, terms
    text = re.sub(r"\"[^\"\n]*\"|“[^”\n]*”", " ", text)  # quotations, quoted titles
    for phrase in _allowed(lang):
        text = text.replace(phrase, " ")
    return text


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;:])\s+|\s+·\s+|\||\n", text)
    return [part.strip() for part in parts if part.strip()]


def other_language_sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text`` (markdown written in ``lang``) that read as the other language."""
    found = []
    for sentence in _sentences(_prose(text, lang)):
        words = [w.lower() for w in re.findall(r"[A-Za-z']+", sentence)]
        own = sum(w in FUNCTION_WORDS[lang] for w in words)
        other = sum(w in FUNCTION_WORDS[OTHER[lang]] for w in words)
        if other >= 2 and other > own:
            found.append(sentence)
    return found


def test_the_detector_finds_the_other_language_and_leaves_names_and_titles():
    assert other_language_sentences("Tagar ini ramai. The chart shows what is counted.", "id")
    assert other_language_sentences(
        "The hashtag trended. Data ini tidak bisa dipakai untuk itu.", "en"
    )
    assert not other_language_sentences(
        "Studi *Beyond the Hashtags* (2016) menganalisis cuitan.", "id"
    )
    assert not other_language_sentences(
        'Twitter menyebut akun yang "sow the seeds of discord".', "id"
    )
    assert not other_language_sentences("Data diolah Our World in Data dari angka ITU.", "id")


def test_the_allowlist_stays_short_and_well_formed():
    lines = [
        line
        for line in ALLOWLIST.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(lines) <= 30, "a long allowlist hides translations still to write"
    assert all(line.split(": ", 1)[0] in ("id", "en", "*") for line in lines), lines


@pytest.mark.parametrize(
    "path", NOTEBOOKS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_a_notebooks_prose_is_in_one_language(path: Path):
    lang = path.parent.name
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    found = [
        f"cell {n}: {sentence[:120]}"
        for n, cell in enumerate(cells, start=1)
        if cell["cell_type"] == "markdown"
        for sentence in other_language_sentences("".join(cell["source"]), lang)
    ]
    assert not found, f"{len(found)} sentence(s) in the other language:\n" + "\n".join(found)
