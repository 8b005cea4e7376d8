"""make proof: contact sheets of every slide and page, marked with what the deck test would fail."""

from __future__ import annotations

import json

import pytest
from browser_support import require_chromium

from medsos import proof


def _slide(**more) -> dict:
    base = {"outside": [], "outside_count": 0, "small_text": [], "small_count": 0, "charts": []}
    return base | more


def test_a_slide_is_marked_for_overflow_a_small_chart_and_small_chart_text():
    assert proof.problems(_slide()) == []
    assert proof.problems(_slide(outside=["ul by 40 px"], outside_count=1))
    small = {"share": 0.2, "text_px": 15.0, "known_text": True}
    unreadable = {"share": 0.5, "text_px": 11.0, "known_text": True}
    assert "chart covers 20% of the slide" in proof.problems(_slide(charts=[small]))
    assert proof.problems(_slide(charts=[unreadable])) == ["chart text 11.0 px"]
    fine = {"share": 0.5, "text_px": 14.5, "known_text": True}
    assert proof.problems(_slide(charts=[fine])) == []


def test_the_sheet_labels_each_tile_and_marks_problems_in_red():
    page = proof._sheet_html(
        "deck", [("a.png", "1 (0.0)", []), ("b.png", "2 (1.0)", ["x"])], 4, 800
    )
    assert page.count('class="tile"') == 1 and page.count("bad-tile") == 2  # css rule + tile
    assert "1 (0.0)" in page and "<div class=bad>x</div>" in page


@pytest.mark.browser
def test_make_proof_writes_a_picture_of_every_slide_and_a_sheet(built_site, tmp_path):
    require_chromium()
    summary = proof.make_proof(built_site, tmp_path, pages=False, only="en/slides/00")
    shots = sorted((tmp_path / "slides" / "en" / "00-start-here").glob("*.png"))
    assert summary["slides"] == len(shots) > 10
    assert (tmp_path / "sheets" / "deck-en-00-start-here.png").stat().st_size > 10_000
    saved = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert saved["slides"] == summary["slides"] and "index.html" in {
        p.name for p in tmp_path.iterdir()
    }
