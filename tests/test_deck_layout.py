"""Decks made for projection, without a browser: set-up cells tagged, each chart on its own slide,
notes boxed for students. (The browser measures the result: tests/test_browser_decks.py.)"""

from __future__ import annotations

import json

import jupytext
import pytest
from conftest import ROOT
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from medsos.lessonkit.preprocessors import note_box
from medsos.sitebuild.decks import HIDE_ON_SLIDES, ProjectionLayout, slide_type

SOURCES = sorted((ROOT / "lessons").glob("*/lesson.md"))
CHART = new_output("display_data", {"text/html": '<figure class="medsos-chart"><img></figure>'})


def _cell(kind: str, slide: str, **more):
    made = (new_code_cell if kind == "code" else new_markdown_cell)(**more)
    made.metadata["slideshow"] = {"slide_type": slide}
    return made


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.parent.name)
def test_every_lessons_set_up_cell_is_tagged_hide_on_slides(source):
    nb = jupytext.read(source)
    setup = [
        c for c in nb.cells if c.cell_type == "code" and c.source.strip() == "import medsos as ms"
    ]
    assert setup, "no set-up cell"
    assert all(HIDE_ON_SLIDES in c.metadata.get("tags", []) for c in setup)


def test_a_chart_under_a_paragraph_gets_its_own_slide_and_what_follows_another():
    nb = new_notebook(
        cells=[
            _cell("md", "subslide", source="### A paragraph before the chart"),
            _cell("code", "-", source="ms.plot_attention('metoo')", outputs=[CHART]),
            _cell("md", "notes", source="a note"),
            _cell("md", "-", source="What to see in it"),
            _cell("code", "-", source="x = 1\ny = 2\nms.plot(x, y)", outputs=[CHART]),
        ]
    )
    nb, _ = ProjectionLayout().preprocess(nb, {})
    assert [slide_type(c) for c in nb.cells] == [
        "subslide",
        "subslide",
        "notes",
        "subslide",
        "subslide",
    ]
    assert "transient" not in nb.cells[1].metadata  # one line of code stays with its chart
    assert nb.cells[4].metadata["transient"] == {"remove_source": True}  # three lines do not


def test_a_speaker_note_is_a_labelled_box_with_its_timing_in_words():
    assert note_box("⏱ 5 min. Ask the room.", "en") == (
        "> **Note for the facilitator · Time: 5 min**\n>\n> Ask the room."
    )
    boxed = note_box("⏱ 3 mnt. Satu.\n\nDua.", "id")
    assert boxed.startswith("> **Catatan untuk fasilitator · Waktu: 3 menit**")
    assert all(line.startswith(">") for line in boxed.splitlines())


def test_no_stored_notebook_prints_the_timer_sign():
    for path in sorted(ROOT.glob("notebooks/*/*.ipynb")):
        assert "⏱" not in path.read_text(encoding="utf-8"), path.name
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        notes = [
            c for c in cells if c["metadata"].get("slideshow", {}).get("slide_type") == "notes"
        ]
        assert notes and all("".join(c["source"]).startswith("> **") for c in notes), path.name
