"""Every deck, both languages, as a projector shows it (Debian's Chromium, offline).

At 1280×720 (a 16:9 projector) every slide is walked through: nothing may reach past the
slide's edge; a slide that shows a chart gives it at least 40 % of the slide, and no text on
it (the page's, or the chart's own ticks and source line, which the chart states in
``data-min-text-px``) is smaller than 14 px on the screen. At 1024×768 (a 4:3 projector) the
slides must still fit. And the speaker view has every note the notebook holds.

The measurement is the one ``make proof`` marks on its contact sheets (medsos.proof).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

from medsos import proof
from medsos.sitebuild import discover
from medsos.sitebuild.decks import SLIDE_HEIGHT, SLIDE_WIDTH

pytestmark = [pytest.mark.browser]
DECKS = [nb for nb in discover(ROOT) if nb.kind == "notebooks"]


def _url(site_url: str, nb) -> str:  # noqa: ANN001 - a discovered Notebook
    return f"{site_url}/{nb.deck(Path('.')).as_posix()}"


def _label(nb, number: int, slide: dict) -> str:  # noqa: ANN001
    return (
        f"{nb.lang}/{nb.slug} slide {number} ({slide['index']['h']}.{slide['index'].get('v') or 0})"
    )


def test_slides_are_a_projectors_1280_by_720():
    assert (SLIDE_WIDTH, SLIDE_HEIGHT) == (1280, 720)
    fit = (ROOT / "src/medsos/templates/site/deckfit.js").read_text(encoding="utf-8")
    assert "W = 1280, H = 720" in fit


def test_every_chart_slide_shows_a_large_readable_chart_and_nothing_leaves_a_slide_at_1280x720(
    chromium, site_url
):
    """No exceptions: long lists are drawn in two columns (Chart.rows_in_columns), a report's
    two charts are two cells, and an explorer's drawn states say their smallest text too."""
    wrong, chart_slides = [], 0
    for nb in DECKS:
        for number, slide in enumerate(proof.measure_deck(chromium, _url(site_url, nb)), start=1):
            chart_slides += bool(slide["charts"])
            found = proof.problems(slide)
            if slide["charts"] and not all(c["known_text"] for c in slide["charts"]):
                found.append("a chart without data-min-text-px (drawn outside medsos.charts?)")
            if found:
                wrong.append(f"{_label(nb, number, slide)}: {'; '.join(found)}")
    assert chart_slides >= len(DECKS), "the decks show almost no charts: is the measure broken?"
    assert not wrong, f"{len(wrong)} slides:\n" + "\n".join(wrong)


def test_nothing_leaves_a_slide_on_a_1024x768_projector(chromium, site_url):
    wrong = []
    for nb in DECKS:
        view = {"width": 1024, "height": 768}
        for number, slide in enumerate(proof.measure_deck(chromium, _url(site_url, nb), view), 1):
            if slide["outside_count"]:
                wrong.append(f"{_label(nb, number, slide)}: {slide['outside'][:3]}")
    assert not wrong, f"{len(wrong)} slides:\n" + "\n".join(wrong)


def _notes_in_notebook(nb) -> list[str]:  # noqa: ANN001
    cells = json.loads(nb.path.read_text(encoding="utf-8"))["cells"]
    return [
        "".join(c["source"])
        for c in cells
        if c.get("metadata", {}).get("slideshow", {}).get("slide_type") == "notes"
    ]


def test_the_speaker_view_has_every_note_of_the_notebook(chromium, site_url):
    for nb in DECKS:
        expected = _notes_in_notebook(nb)
        page = proof.open_deck(chromium, _url(site_url, nb))
        try:
            asides = page.locator(".reveal .slides aside.notes").count()
            # what reveal.js's speaker view shows, slide by slide
            shown = "\n".join(page.evaluate(proof.NOTES))
        finally:
            page.close()
        assert asides == len(expected), f"{nb.name}: {asides} notes in the deck, {len(expected)}"
        label = "Catatan untuk fasilitator" if nb.lang == "id" else "Note for the facilitator"
        assert shown.count(label) == len(expected), f"{nb.name}: a note is on no slide"


# ``import medsos as ms`` as pygments highlights a code cell (prose may quote it as text)
IMPORT_CELL = re.compile(
    r'<span class="kn">import</span>(?:<span class="w"> </span>| )<span class="nn">medsos</span>'
)


def _code(path: Path) -> bool:
    return bool(IMPORT_CELL.search(path.read_text(encoding="utf-8")))


def test_set_up_code_is_left_off_slides_but_kept_on_pages(built_site):
    for nb in DECKS:
        if nb.slug.startswith("06"):
            continue  # its set-up cell was never on a slide (skip)
        assert not _code(nb.deck(built_site)), nb.name
        assert _code(nb.page(built_site)), nb.name
