"""Every lesson has the parts a lecturer relies on, in both languages."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT

LESSONS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))
HEADINGS = {
    "id": {
        "objectives": "Tujuan (?:belajar|pembelajaran)",
        "sources": "Sumber",
        "glossary": "Glosarium",
    },
    "en": {"objectives": "Learning objectives", "sources": "Sources", "glossary": "Glossary"},
}
WIDGET = re.compile(r"ms\.\w+_(explorer|simulator|planner)\(")


def _cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _markdown(path) -> list[str]:
    return ["".join(c["source"]) for c in _cells(path) if c["cell_type"] == "markdown"]


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lesson_has_objectives_glossary_quiz_discussion_and_sources(path):
    lang = path.parent.name
    text = "\n".join(_markdown(path))
    for part, heading in HEADINGS[lang].items():
        assert re.search(rf"^#+ .*{heading}", text, re.M), f"no '{heading}' section ({part})"
    assert text.count("<details>") >= 2, "a quiz needs at least two questions with answers"
    assert re.search(r"^#+ .*(Diskusi|Discussion)", text, re.M), "no discussion prompt"
    assert re.search(r"(Waktu|Time): ", _markdown(path)[0]), "the title cell gives a time estimate"
    assert "⏱" not in text, "the ⏱ sign prints as an empty box without an emoji font"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lesson_has_speaker_notes_with_timings(path):
    notes = [
        "".join(c["source"])
        for c in _cells(path)
        if c["metadata"].get("slideshow", {}).get("slide_type") == "notes"
    ]
    assert len(notes) >= 4
    label = {
        "id": r"> \*\*Catatan untuk fasilitator · Waktu: \d+ menit\*\*\n",
        "en": r"> \*\*Note for the facilitator · Time: \d+ min\*\*\n",
    }[path.parent.name]
    # set apart for students in JupyterLab: a quote headed by its label and timing
    assert all(re.match(label, n) for n in notes), "every note is a labelled box with a timing"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lesson_has_a_widget(path):
    code = "\n".join("".join(c["source"]) for c in _cells(path) if c["cell_type"] == "code")
    assert WIDGET.search(code), "every lesson shows at least one widget over the course's data"
