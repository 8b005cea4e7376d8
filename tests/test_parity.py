"""The two languages stay in step: same notebooks, same code, same slides, translated prose.

The policy for code (issue #12, item 4): code cells are identical in both languages, so a code cell
students see (lesson, answer and check cells) holds no comment in a human language; what a reader
needs to know (an answer's form, an example) is in the markdown, once per language. Only solution
cells, in the facilitator's notebooks, may carry a comment.
"""

from __future__ import annotations

import io
import json
import tokenize
from pathlib import Path

import pytest
from conftest import ROOT

KINDS = ("notebooks", "exercises")
SLIDE_TYPES = {"slide", "subslide", "fragment", "-", "skip", "notes"}


def _pairs(kind: str) -> list[tuple[Path, Path]]:
    return [(p, ROOT / kind / "en" / p.name) for p in sorted((ROOT / kind / "id").glob("*.ipynb"))]


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


ALL_PAIRS = [pair for kind in KINDS for pair in _pairs(kind)]
ALL_NOTEBOOKS = sorted(p for kind in KINDS for p in (ROOT / kind).glob("*/*.ipynb"))


@pytest.mark.parametrize("kind", KINDS)
def test_both_languages_have_the_same_notebooks(kind):
    ids = sorted(p.name for p in (ROOT / kind / "id").glob("*.ipynb"))
    ens = sorted(p.name for p in (ROOT / kind / "en").glob("*.ipynb"))
    assert ids == ens


def test_there_is_at_least_one_lesson():
    assert ALL_PAIRS, "no notebooks found"


@pytest.mark.parametrize("pair", ALL_PAIRS, ids=lambda p: p[0].name if isinstance(p, tuple) else p)
def test_code_cells_and_slide_structure_are_identical(pair):
    nb_id, nb_en = (_read(p) for p in pair)
    cells_id, cells_en = nb_id["cells"], nb_en["cells"]
    assert [c["cell_type"] for c in cells_id] == [c["cell_type"] for c in cells_en], "cell order"
    for n, (a, b) in enumerate(zip(cells_id, cells_en, strict=True), start=1):
        if a["cell_type"] == "code":
            assert "".join(a["source"]) == "".join(b["source"]), f"code cell {n} differs"
        assert a["metadata"].get("slideshow") == b["metadata"].get("slideshow"), f"slides, cell {n}"
        assert a["metadata"].get("tags", []) == b["metadata"].get("tags", []), f"tags, cell {n}"
        assert a["metadata"].get("medsos", {}) == b["metadata"].get("medsos", {}), f"cell {n}"


@pytest.mark.parametrize("pair", ALL_PAIRS, ids=lambda p: p[0].name if isinstance(p, tuple) else p)
def test_prose_is_translated_not_copied(pair):
    nb_id, nb_en = (_read(p) for p in pair)
    copied = []
    for n, (a, b) in enumerate(zip(nb_id["cells"], nb_en["cells"], strict=True), start=1):
        text = "".join(a["source"])
        if a["cell_type"] == "markdown" and len(text.split()) >= 6 and text == "".join(b["source"]):
            copied.append(n)
    assert not copied, f"markdown cells identical in both languages: {copied}"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_cell_says_how_it_appears_on_slides(path):
    nb = _read(path)
    missing = [
        n
        for n, c in enumerate(nb["cells"], start=1)
        if c["metadata"].get("slideshow", {}).get("slide_type") not in SLIDE_TYPES
    ]
    assert not missing, f"cells without slideshow.slide_type: {missing}"
    assert nb["cells"][0]["metadata"]["slideshow"]["slide_type"] == "slide"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_notebook_declares_lesson_time_title_and_objectives(path):
    meta = _read(path)["metadata"].get("medsos", {})
    assert isinstance(meta.get("lesson"), int)
    assert isinstance(meta.get("minutes"), int) and meta["minutes"] > 0
    assert meta.get("title")
    assert meta.get("objectives") and all(isinstance(o, str) and o for o in meta["objectives"])
    assert meta.get("language") == path.parent.name


@pytest.mark.parametrize(
    "path",
    sorted((ROOT / "notebooks").glob("*/*.ipynb")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_lessons_have_speaker_notes(path):
    cells = _read(path)["cells"]
    notes = [c for c in cells if c["metadata"].get("slideshow", {}).get("slide_type") == "notes"]
    assert notes, "a facilitator needs speaker notes (markdown cells with slide_type 'notes')"


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_notebooks_are_stored_without_outputs(path):
    for n, cell in enumerate(_read(path)["cells"], start=1):
        if cell["cell_type"] == "code":
            assert not cell.get("outputs"), f"cell {n} has stored outputs"
            assert cell.get("execution_count") is None, f"cell {n} has an execution count"


def _comments(source: str) -> list[str]:
    try:
        tokens = tokenize.generate_tokens(io.StringIO(source).readline)
        return [t.string for t in tokens if t.type == tokenize.COMMENT]
    except (tokenize.TokenError, IndentationError, SyntaxError):  # IPython syntax: a cruder look
        return [line.strip() for line in source.splitlines() if line.lstrip().startswith("#")]


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shared_code_cells_carry_no_comment_in_one_language(path):
    found = [
        f"cell {n}: {comment}"
        for n, cell in enumerate(_read(path)["cells"], start=1)
        if cell["cell_type"] == "code"
        for comment in _comments("".join(cell["source"]))
    ]
    assert not found, "say it in the markdown of each language instead:\n" + "\n".join(found)


def test_the_comment_finder_sees_comments_but_not_hashes_in_strings():
    assert _comments("answer = None  # e.g. 3.2") == ["# e.g. 3.2"]
    assert _comments('tag = "#MeToo"') == []
