"""Every page the course links to is known to its own data: a figure's source, a table's source, or
a row of the references table (data/references.csv, from curated/references.csv).

So the course can say what it cites without anything beside the checkout, and a link typed into a
lesson by hand without a row is caught.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest
from conftest import LANGS, ROOT, lesson_notebooks

import medsos as ms

URL = re.compile(r"https?://[^\s)>;\]\"'`]+")


def _known_urls() -> str:
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.csv")]
    texts.append((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    return "\n".join(texts)


def _markdown_urls(path) -> list[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return [u.rstrip(".,") for u in URL.findall(text)]


NOTEBOOKS = lesson_notebooks("notebooks") + lesson_notebooks("exercises")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_url_a_notebook_links_to_is_in_the_course_data(path):
    known = _known_urls()
    unknown = sorted({u for u in _markdown_urls(path) if u not in known})
    assert not unknown, f"add these to curated/references.csv and run make data: {unknown}"


def test_the_references_table_has_one_row_per_page_with_its_host():
    refs = ms.load("references")
    assert len(refs) >= 40
    assert refs.url.is_unique
    assert (refs.title.str.len() > 5).all()
    hosts = refs.url.map(lambda u: urlparse(u).hostname.removeprefix("www.").rstrip("."))
    assert (hosts == refs.host).all()


def test_both_languages_link_to_the_same_pages():
    for en in lesson_notebooks("notebooks"):
        urls = {lang: set(_markdown_urls(en.parents[1] / lang / en.name)) for lang in LANGS}
        assert urls["id"] == urls["en"], en.name
