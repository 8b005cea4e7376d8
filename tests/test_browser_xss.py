"""Hostile text in a student's CSV shows as text and never runs: in the notebook output and in
the exported HTML page, opened in Chromium. A dialog (alert) or a foreign element would fail."""

from __future__ import annotations

import shutil

import nbformat
import pytest
from browser_support import Watched, browser, require_chromium, serve
from conftest import ROOT
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from medsos.sitebuild import build

pytestmark = [pytest.mark.browser, pytest.mark.slow]
HOSTILE = ROOT / "tests" / "good_inputs" / "xss_campaign_names.csv"


@pytest.fixture(scope="module")
def page_with_hostile_names(tmp_path_factory):
    require_chromium()
    root = tmp_path_factory.mktemp("xss") / "course"
    for lang in ("id", "en"):
        folder = root / "notebooks" / lang
        folder.mkdir(parents=True)
        shutil.copy2(HOSTILE, folder / "mine.csv")
        nb = new_notebook(
            cells=[
                new_markdown_cell("# XSS", metadata={"slideshow": {"slide_type": "slide"}}),
                new_code_cell(
                    "import medsos as ms\nms.check_counts_csv('mine.csv')",
                    metadata={"slideshow": {"slide_type": "-"}},
                ),
                new_code_cell(
                    "ms.read_counts_csv('mine.csv')", metadata={"slideshow": {"slide_type": "-"}}
                ),
            ]
        )
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nb.metadata["medsos"] = {
            "lesson": 9,
            "minutes": 1,
            "language": lang,
            "title": "XSS",
            "objectives": ["x"],
        }
        nbformat.write(nb, folder / "09-xss.ipynb")
    for linked in ("data", "src", "node_modules", "facilitator"):
        (root / linked).symlink_to(ROOT / linked)
    shutil.copy2(ROOT / "requirements.txt", root / "requirements.txt")
    out = root.parent / "site"
    assert build(out=out, jobs=2, root=root) == 0
    return out


@pytest.mark.parametrize(
    "path",
    [
        "en/lessons/09-xss.html",
        "en/slides/09-xss.slides.html",
        "id/lessons/09-xss.html",
        "id/slides/09-xss.slides.html",
    ],
)
def test_hostile_campaign_names_show_as_text_and_never_run(page_with_hostile_names, path):
    with serve(page_with_hostile_names) as url, browser() as chromium:
        page = chromium.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        watched = Watched(page)
        page.goto(f"{url}/{path}", wait_until="load")
        page.wait_for_timeout(1500)
        text = page.inner_text("body")
        injected = page.evaluate(
            "() => [...document.querySelectorAll('img[src=\"x\"], script')]"
            ".filter(e => (e.textContent || '').includes('alert(1)') || e.getAttribute('src') === 'x').length"
        )
    assert dialogs == [], f"script ran: {dialogs}"
    assert injected == 0, "a hostile element made it into the page"
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert watched.blocked == []
