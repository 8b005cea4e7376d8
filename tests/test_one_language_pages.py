"""One language per rendered page (issue #12, item 4): what a reader sees, not only the prose.

The notebooks' Markdown is checked in ``tests/test_one_language.py``. Here the built site is:
every page and deck of ``build/id/`` must read as Indonesian and of ``build/en/`` as English,
outputs included (tables, printed lines, chart captions, alt texts, labels for screen readers)
and the explorers' drawn states (their captions, alt texts, messages and control labels). Code
(cell inputs, inline ``code``), italics and quotations (titles of works, a source's own words)
and the reviewed proper names of ``tests/one_language_allowlist.txt`` are left out, as in the
notebook test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from language_support import other_language_sentences

from medsos.sitebuild import discover

LEFT_OUT = "script, style, noscript, template, code, em, i, cite, q, .jp-InputArea, .jp-InputPrompt"
SAID = ("alt", "aria-label", "title", "placeholder")  # texts a reader's tools read aloud


def visible_text(page: str) -> str:
    """The text of a built page that a reader reads (or hears), without code and quotations."""
    soup = BeautifulSoup(page, "html.parser")
    for pre in soup.select(".jp-MarkdownOutput pre, .jp-RenderedMarkdown pre"):
        pre.decompose()  # code blocks written in the prose (a command to type)
    for tag in soup.select(LEFT_OUT):
        tag.decompose()
    said = [el[name] for name in SAID for el in soup.find_all(attrs={name: True})]
    return "\n".join([soup.get_text("\n"), *said])


def state_texts(manifest: dict) -> str:
    """What an explorer's drawn states show in a page with no kernel."""
    parts = [c["label"] for c in manifest["controls"]]
    parts += [label for c in manifest["controls"] for label in c["labels"]]
    for state in manifest["states"]:
        parts += [state.get("title") or "", state.get("alt") or "", state.get("caption") or ""]
        if state.get("msg"):
            parts.append(visible_text(state["msg"]))
    return "\n".join(parts)


def test_the_page_reader_leaves_out_code_and_keeps_outputs_and_alt_texts():
    page = (
        '<div class="jp-InputArea"><pre>print("the value of it")</pre></div>'
        '<div class="jp-OutputArea-output"><pre>Puncak: 139.482</pre></div>'
        '<img alt="The chart of the tweets" src="x.webp"><p>Teks <code>is_the</code></p>'
    )
    text = visible_text(page)
    assert "Puncak" in text and "The chart of the tweets" in text
    assert "print" not in text and "is_the" not in text
    assert other_language_sentences(text, "id") == ["The chart of the tweets"]


@pytest.fixture(scope="module")
def pages(built_site: Path) -> list[tuple[str, Path]]:
    found = [
        (lang, p) for lang in ("id", "en") for p in sorted((built_site / lang).rglob("*.html"))
    ]
    wanted = {nb.page(built_site) for nb in discover(ROOT)}
    assert wanted <= {p for _lang, p in found}, "a lesson's page is missing from the build"
    return found


def test_every_rendered_page_and_deck_reads_in_its_own_language(pages):
    found = []
    for lang, page in pages:
        text = visible_text(page.read_text(encoding="utf-8"))
        found += [
            f"{page.relative_to(page.parents[1])}: {s[:110]}"
            for s in other_language_sentences(text, lang)
        ]
    assert not found, f"{len(found)} sentence(s) in the other language:\n" + "\n".join(found[:60])


def test_every_explorer_state_reads_in_its_pages_language(built_site: Path):
    manifests = sorted((built_site / "assets" / "explorers").glob("*/states.json"))
    assert manifests, "the build drew no explorer states"
    found = []
    for path in manifests:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        for sentence in other_language_sentences(state_texts(manifest), manifest["lang"]):
            found.append(f"{manifest['lang']} {path.parent.name}: {sentence[:110]}")
    assert not found, f"{len(found)} sentence(s) in the other language:\n" + "\n".join(found[:60])
