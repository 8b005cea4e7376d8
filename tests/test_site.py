"""The built site: every lesson has a page and a deck in both languages, every link resolves,
and nothing is loaded from another host."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import ROOT

from medsos.sitebuild import discover

LESSONS = [nb for nb in discover(ROOT)]


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.loads: list[str] = []  # things the browser fetches by itself
        self.links: list[str] = []  # things a reader may click

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio") and attrs.get("src"):
            self.loads.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.loads.append(attrs["href"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def _pages(site: Path) -> list[Path]:
    return sorted(
        p
        for p in site.rglob("*.html")
        # build/proof holds make proof's contact sheets, not pages of the site
        if not {"assets", ".cache", "proof"} & set(p.relative_to(site).parts)
    )


def test_every_notebook_has_a_page_and_every_lesson_a_deck_in_both_languages(site):
    assert LESSONS, "no notebooks"
    for nb in LESSONS:
        assert nb.page(site).exists(), nb.name
        if nb.kind == "notebooks":
            assert nb.deck(site).exists(), nb.name
    for lang in ("id", "en"):
        for page in ("index.html", "guide.html", "data.html"):
            assert (site / lang / page).exists()
    assert (site / "index.html").exists()


def test_index_links_every_lesson_page_deck_and_exercise(site):
    for lang in ("id", "en"):
        index = (site / lang / "index.html").read_text(encoding="utf-8")
        for nb in LESSONS:
            if nb.lang == lang:
                assert nb.page(site).name in index, nb.name
                if nb.kind == "notebooks":
                    assert nb.deck(site).name in index


def test_pages_say_their_language(site):
    for page in _pages(site):
        lang = "en" if "/en/" in page.as_posix() else "id"
        assert re.search(rf'<html[^>]*lang="{lang}"', page.read_text(encoding="utf-8")), page


def test_no_page_loads_anything_from_another_host(site):
    offenders = []
    for page in _pages(site):
        refs = _Refs()
        refs.feed(page.read_text(encoding="utf-8"))
        offenders += [
            f"{page.relative_to(site)}: {u}"
            for u in refs.loads
            if urlparse(u).scheme in ("http", "https")
        ]
        text = page.read_text(encoding="utf-8")
        offenders += [
            f"{page.relative_to(site)}: @import {u}"
            for u in re.findall(r"@import url\((https?:[^)]+)\)", text)
        ]
    assert not offenders, offenders


def test_every_local_link_and_asset_resolves(site):
    broken = []
    for page in _pages(site):
        refs = _Refs()
        refs.feed(page.read_text(encoding="utf-8"))
        for ref in refs.loads + refs.links:
            parsed = urlparse(ref)
            if parsed.scheme or ref.startswith(("#", "data:", "mailto:")):
                continue
            target = (page.parent / parsed.path).resolve()
            if not (site / "handouts").exists() and "handouts" in target.parts:
                continue  # PDFs come from `make handouts` (make test runs it first)
            if not target.exists():
                broken.append(f"{page.relative_to(site)} → {ref}")
    assert not broken, broken


def test_every_figure_image_has_alt_text(site):
    missing = []
    for page in _pages(site):
        text = re.sub(r"<script\b.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S)
        for tag in re.findall(r"<img\b[^>]*>", text):
            alt = re.search(r'\balt="([^"]*)"', tag)
            if not alt or not alt.group(1).strip():
                missing.append(f"{page.relative_to(site)}: {tag[:80]}")
    assert not missing, missing


def test_decks_carry_speaker_notes_and_slide_numbers(site):
    for nb in LESSONS:
        if nb.kind == "notebooks":
            deck = nb.deck(site).read_text(encoding="utf-8")
            assert '<aside class="notes">' in deck, nb.name
            assert 'slideNumber: "c/t"' in deck and "notes.js" in deck


def test_data_page_lists_every_table_with_its_licence(site):
    import json

    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    page = (site / "en" / "data.html").read_text(encoding="utf-8")
    for resource in package["resources"]:
        assert resource["path"] in page
    assert "Creative Commons" in page
