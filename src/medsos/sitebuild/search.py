"""Stage 5 of the build: the offline search index of each language, from the built pages.

Every page of a language (lessons, exercises, guide, data page, index) is read back and cut
into sections at its headings (``h1``–``h3``, whose ``id`` nbconvert and mistune write); a
section's text is its paragraphs, list items, table cells and captions (no code, no
notes). The sections are written as ``build/{lang}/search-index.js``, a script that sets
``window.MEDSOS_SEARCH_INDEX``: a page opened from ``file://`` cannot fetch a JSON file, but
it can load a script. MiniSearch (``node_modules/minisearch``, pinned in package-lock.json,
copied to ``build/assets``) indexes them in the browser the first time the search box gets
the focus, so a page's first view loads neither (``templates/site/search.js``).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from medsos.sitebuild.discovery import LANGS

TEXT_TAGS = {"p", "li", "td", "th", "figcaption", "blockquote", "dd", "dt", "summary"}
HEADINGS = {"h1", "h2", "h3"}
SKIPPED = {"script", "style", "header", "pre", "nav", "form", "button"}
MAX_TEXT = 2000  # characters kept of a section: enough to match, small enough to load fast
SNIPPET = 160


class _Sections(HTMLParser):
    """Cut one built page into (anchor, heading, text) sections."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[dict] = []
        self.skip = 0  # depth inside tags whose text is not searched
        self.notes = 0  # depth inside the facilitator's folded notes
        self.heading: list[str] | None = None
        self.collect = 0
        self.title = ""
        self.in_title = False

    def _new(self, anchor: str) -> None:
        self.sections.append({"anchor": anchor, "title": "", "text": []})

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attr = dict(attrs)
        if tag == "title":
            self.in_title = True
        if tag in SKIPPED:
            self.skip += 1
        if tag == "details":
            self.notes += "medsos-notes" in (attr.get("class") or "") or bool(self.notes)
        if tag in HEADINGS and not self.skip:
            self._new(attr.get("id") or (self.sections[-1]["anchor"] if self.sections else ""))
            self.heading = []
        elif tag in TEXT_TAGS:
            self.collect += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in SKIPPED and self.skip:
            self.skip -= 1
        if tag == "details" and self.notes:
            self.notes -= 1
        if tag in HEADINGS and self.heading is not None:
            self.sections[-1]["title"] = " ".join("".join(self.heading).split()).rstrip("¶ ")
            self.heading = None
        elif tag in TEXT_TAGS and self.collect:
            self.collect -= 1
            if self.sections:
                self.sections[-1]["text"].append(" ")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.skip or self.notes:
            return
        if self.heading is not None:
            self.heading.append(data)
        elif self.collect:
            if not self.sections:
                self._new("")
            self.sections[-1]["text"].append(data)


def page_sections(page: Path) -> tuple[str, list[dict]]:
    """The title of a built page and its sections: ``anchor``, ``title`` and ``text``."""
    parser = _Sections()
    parser.feed(page.read_text(encoding="utf-8"))
    sections = []
    for section in parser.sections:
        text = " ".join("".join(section["text"]).split())
        if section["title"] or text:
            sections.append({**section, "text": text[:MAX_TEXT]})
    return " ".join(parser.title.split()), sections


def language_pages(out: Path, lang: str) -> list[Path]:
    """The pages of one language that search covers, in a stable order."""
    folder = out / lang
    pages = [folder / "index.html", folder / "guide.html", folder / "data.html"]
    for sub in ("lessons", "exercises"):
        pages += sorted((folder / sub).glob("*.html"))
    return [p for p in pages if p.exists()]


def index_documents(out: Path, lang: str) -> list[dict]:
    """The documents MiniSearch indexes: one per section, with a link from the site root."""
    docs = []
    for page in language_pages(out, lang):
        title, sections = page_sections(page)
        link = page.relative_to(out).as_posix()
        for section in sections:
            anchor = f"#{section['anchor']}" if section["anchor"] else ""
            docs.append(
                {
                    "id": len(docs),
                    "url": link + anchor,
                    "page": title,
                    "title": section["title"] or title,
                    "text": section["text"],
                    "snippet": section["text"][:SNIPPET],
                }
            )
    return docs


def index_path(out: Path, lang: str) -> Path:
    return out / lang / "search-index.js"


def write_search_index(out: Path) -> list[Path]:
    """Write ``build/{lang}/search-index.js`` for both languages; return the paths."""
    written = []
    for lang in LANGS:
        docs = index_documents(out, lang)
        payload = json.dumps(
            {"lang": lang, "docs": docs}, ensure_ascii=False, separators=(",", ":")
        )
        # "</" would end the script early if someone inlined it; harmless to escape always
        payload = re.sub(r"</", r"<\\/", payload)
        target = index_path(out, lang)
        target.write_text(f"window.MEDSOS_SEARCH_INDEX = {payload};\n", encoding="utf-8")
        written.append(target)
    return written
