"""The built site in a real browser (Debian's Chromium), offline: pages and decks load with no
request to another host and no console error, decks navigate and have notes, widgets render
their saved state, axe-core finds no serious accessibility problem, phones need no sideways scroll."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import Watched
from conftest import ROOT

from medsos.sitebuild import discover

pytestmark = [pytest.mark.browser]
NOTEBOOKS = discover(ROOT)
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


WIDGET = re.compile(r"ms\.\w+_(explorer|simulator|planner)\(")
CHART_WIDGET = re.compile(r"ms\.(?!my_data_)\w+_(explorer|simulator)\(")  # draws a chart at once
EXPLORER = ".jupyter-widgets.jp-OutputArea-output"  # where a saved widget view waits


def _open(chromium, url: str, width: int = 1200) -> Watched:
    page = chromium.new_page(viewport={"width": width, "height": 900})
    watched = Watched(page)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)
    return watched


def _pages(site: Path) -> list[str]:
    pages = ["index.html"] + [
        f"{lang}/{name}"
        for lang in ("id", "en")
        for name in ("index.html", "guide.html", "data.html")
    ]
    for nb in NOTEBOOKS:
        pages.append(nb.page(Path(".")).as_posix())
        if nb.kind == "notebooks":
            pages.append(nb.deck(Path(".")).as_posix())
    return pages


def test_every_page_and_deck_loads_offline_without_console_errors(chromium, site_url, built_site):
    problems = []
    for path in _pages(built_site):
        watched = _open(chromium, f"{site_url}/{path}")
        if path.endswith(".slides.html"):
            watched.page.wait_for_function(
                "() => window.Reveal && window.Reveal.isReady()", timeout=20_000
            )
        if watched.blocked or watched.errors:
            problems.append((path, watched.blocked, watched.errors))
        watched.page.close()
    assert not problems, problems


def test_every_deck_navigates_and_has_speaker_notes(chromium, site_url):
    for nb in [n for n in NOTEBOOKS if n.kind == "notebooks"]:
        watched = _open(chromium, f"{site_url}/{nb.deck(Path('.')).as_posix()}")
        page = watched.page
        page.wait_for_function("() => window.Reveal && window.Reveal.isReady()", timeout=20_000)
        before = page.evaluate("JSON.stringify(Reveal.getIndices())")
        page.evaluate("Reveal.next()")
        after = page.evaluate("JSON.stringify(Reveal.getIndices())")
        assert before != after, nb.name
        assert page.locator("aside.notes").count() > 0, nb.name
        assert page.evaluate("Reveal.getTotalSlides()") > 3
        page.close()


def test_widgets_render_their_saved_state_in_lesson_pages(chromium, site_url):
    """Chart explorers answer with plain controls (tests/test_browser_explorers.py tries
    them); the planner and the own-data explorer keep their saved picture and say that
    they need the notebook."""
    lessons = [
        n for n in NOTEBOOKS if n.kind == "notebooks" and WIDGET.search(n.path.read_text("utf-8"))
    ]
    assert lessons, "no lesson with a widget"
    for nb in lessons:
        watched = _open(chromium, f"{site_url}/{nb.page(Path('.')).as_posix()}")
        page = watched.page
        text = nb.path.read_text("utf-8")
        if CHART_WIDGET.search(text):
            page.wait_for_selector(".medsos-static-explorer[data-ready]", timeout=30_000)
            assert page.locator(".medsos-static-explorer img.mse-chart").count() > 0, nb.name
            assert page.locator(".medsos-static-explorer select, .mse-control input").count() > 0
        else:
            # the widget manager is loaded (assets/lazy.js) once the reader nears an explorer;
            # the saved output (a plan or a message) is then drawn by the HTML manager
            page.locator(EXPLORER).first.scroll_into_view_if_needed()
            page.wait_for_selector(".widget-output .jp-OutputArea-output", timeout=30_000)
            assert page.locator(".medsos-explorer-note").count() > 0, nb.name
        assert not watched.errors, watched.errors
        page.close()


def _axe(watched: Watched) -> list[str]:
    page = watched.page
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} ×{len(v['nodes'])}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_axe_finds_no_serious_accessibility_violation(chromium, site_url):
    lesson = next(n for n in NOTEBOOKS if n.kind == "notebooks")
    found = {}
    for path in (
        "index.html",
        "en/index.html",
        lesson.page(Path(".")).as_posix(),
        lesson.deck(Path(".")).as_posix(),
    ):
        watched = _open(chromium, f"{site_url}/{path}")
        if path.endswith(".slides.html"):
            watched.page.wait_for_function(
                "() => window.Reveal && window.Reveal.isReady()", timeout=20_000
            )
        elif watched.page.locator(EXPLORER).count():
            # the explorers' controls too: drawn once the reader reaches them (lazy.js)
            watched.page.locator(EXPLORER).first.scroll_into_view_if_needed()
            watched.page.wait_for_selector(".widget-output .jp-OutputArea-output", timeout=30_000)
            watched.page.wait_for_timeout(300)
        violations = _axe(watched)
        if violations:
            found[path] = violations
        watched.page.close()
    assert not found, found


def test_a_lesson_page_is_readable_on_a_390_pixel_phone(chromium, site_url):
    for nb in [n for n in NOTEBOOKS if n.kind == "notebooks"][:4]:
        watched = _open(chromium, f"{site_url}/{nb.page(Path('.')).as_posix()}", width=390)
        width = watched.page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 391, f"{nb.name}: page is {width} px wide on a 390 px screen"
        watched.page.close()


def _lesson_with_explorer():
    """A lesson whose page keeps a saved widget view (the chart explorers answer without the
    widget manager, see test_browser_explorers.py; the planner still needs it)."""
    return next(
        n
        for n in NOTEBOOKS
        if n.kind == "notebooks"
        and WIDGET.search(text := n.path.read_text("utf-8"))
        and not CHART_WIDGET.search(text)
    )


def test_the_widget_manager_loads_only_when_a_reader_nears_an_explorer(chromium, site_url):
    nb = _lesson_with_explorer()
    page = chromium.new_page(viewport={"width": 412, "height": 823})
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{site_url}/{nb.page(Path('.')).as_posix()}", wait_until="load")
    page.wait_for_timeout(500)
    assert not [u for u in requested if "embed-amd" in u or "require.js" in u], requested
    page.locator(EXPLORER).first.scroll_into_view_if_needed()
    page.wait_for_selector(".widget-output .jp-OutputArea-output", timeout=30_000)
    assert [u for u in requested if u.endswith("embed-amd.js")], "the manager never loaded"
    page.close()


def test_pages_request_nothing_missing_from_a_server(chromium, site_url):
    """No 404: not the favicon, not a source map, not a chart (every lesson and exercise page)."""
    missing = []
    for nb in NOTEBOOKS:
        page = chromium.new_page(viewport={"width": 412, "height": 823})
        page.on("response", lambda r: missing.append(r.url) if r.status >= 400 else None)
        page.goto(f"{site_url}/{nb.page(Path('.')).as_posix()}", wait_until="load")
        page.wait_for_timeout(200)
        page.close()
    assert not missing, missing


def test_a_lesson_page_opened_from_a_file_shows_its_explorer_without_console_errors(
    chromium, built_site
):
    """From a USB stick (file://): lazy loading uses plain <script src>, which file:// allows."""
    nb = _lesson_with_explorer()
    for lang_nb in (nb, nb.twin()):
        errors, failed = _explorer_from_file(chromium, lang_nb.page(built_site).resolve().as_uri())
        assert not errors and not failed, (lang_nb.name, errors, failed)


def _explorer_from_file(chromium, uri: str) -> tuple[list[str], list[str]]:
    """Open a page from file://, scroll to its first explorer, wait for its saved state;
    return the console errors and the failed requests."""
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    errors: list[str] = []
    failed: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(uri, wait_until="load")
    page.locator(EXPLORER).first.scroll_into_view_if_needed()
    page.wait_for_selector(".widget-output .jp-OutputArea-output", timeout=30_000)
    page.wait_for_timeout(300)
    page.close()
    return errors, failed
