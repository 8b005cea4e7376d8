"""Markdown renders as written: a page or deck shows exactly the headings its notebook's source wrote.

nbconvert reads ``#MeToo`` at the start of a line as a heading; CommonMark (JupyterLab, GitHub)
does not. The course writes hashtags at the start of list items, so a page once showed 28 of them
as giant headings. Here every heading inside a rendered Markdown cell must be one the source
wrote, by CommonMark's rules (markdown-it), in every page and deck of both languages.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from conftest import lesson_notebooks
from markdown_it import MarkdownIt

from medsos.sitebuild import discover
from medsos.sitebuild.markdown import render

PARSER = MarkdownIt("commonmark")


def _source_headings(path) -> Counter:
    found: Counter = Counter()
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        tokens = PARSER.parse("".join(cell["source"]))
        for i, token in enumerate(tokens):
            if token.type == "heading_open":
                inline = tokens[i + 1]
                text = "".join(c.content for c in inline.children or [] if c.content)
                found[" ".join(text.split())] += 1
    return found


def _rendered_headings(html: str) -> Counter:
    soup = BeautifulSoup(html, "html.parser")
    found: Counter = Counter()
    for box in soup.select(".jp-MarkdownOutput, .jp-RenderedMarkdown"):
        for heading in box.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
            for anchor in heading.select("a.anchor-link"):
                anchor.decompose()
            found[" ".join(heading.get_text(" ").split())] += 1
    return found


def _page_and_deck(path, built_site) -> list:  # noqa: ANN001 - a notebook's path, the site
    """The built page of a notebook and, for a lesson, its deck."""
    notebook = next(nb for nb in discover() if nb.path.resolve() == path.resolve())
    return [notebook.page(built_site)] + ([notebook.deck(built_site)] if notebook.is_lesson else [])


def test_a_hashtag_at_the_start_of_a_line_or_list_item_stays_text():
    html = render("- #MeToo rank: Storywrangler\n- #BlackLivesMatter\n\n#LoveWins trended\n")
    assert "<h" not in html.replace("<html", "")
    assert "#MeToo rank" in html and "#LoveWins trended" in html
    assert "<h2" in render("## Sources")


@pytest.mark.parametrize(
    "path",
    lesson_notebooks("notebooks") + lesson_notebooks("exercises"),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_every_page_and_deck_shows_only_the_headings_its_source_wrote(path, built_site):
    wanted = _source_headings(path)
    for output in _page_and_deck(path, built_site):
        shown = _rendered_headings(output.read_text(encoding="utf-8"))
        extra = shown - wanted
        assert not extra, f"{output.name}: headings the source did not write: {list(extra)[:5]}"
        assert sum(shown.values()) >= 0.9 * sum(wanted.values()), output.name


def test_a_fold_keeps_the_markdown_inside_it_even_with_images_embedded():
    answer = "**1.** Q?\n\n<details><summary>Answer</summary>\n\n**b.** Because.\n</details>\n"
    for embed in (False, True):  # decks embed images: nbconvert then re-parsed HTML blocks
        soup = BeautifulSoup(render(answer, embed_images=embed), "html.parser")
        fold = soup.find("details")
        assert fold is not None and "Because." in fold.get_text(), embed


@pytest.mark.parametrize(
    "path",
    lesson_notebooks("notebooks") + lesson_notebooks("exercises"),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_every_quiz_answer_stays_folded_in_pages_and_decks(path, built_site):
    written = sum(
        "".join(c["source"]).count("<details>")
        for c in json.loads(path.read_text(encoding="utf-8"))["cells"]
        if c["cell_type"] == "markdown"
    )
    for output in _page_and_deck(path, built_site):
        soup = BeautifulSoup(output.read_text(encoding="utf-8"), "html.parser")
        folds = [
            d
            for box in soup.select(".jp-MarkdownOutput, .jp-RenderedMarkdown")
            for d in box.find_all("details")
        ]
        assert len(folds) == written, output.name
        empty = [
            d.summary.get_text()
            for d in folds
            if not d.get_text().replace(d.summary.get_text(), "").strip()
        ]
        assert not empty, f"{output.name}: {len(empty)} fold(s) with their answer outside them"
