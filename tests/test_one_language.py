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
from pathlib import Path

import pytest
from conftest import ROOT
from language_support import ALLOWLIST, other_language_sentences

NOTEBOOKS = [
    path
    for lang in ("id", "en")
    for folder in ("notebooks", "exercises")
    for path in sorted((ROOT / folder / lang).glob("*.ipynb"))
]


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
