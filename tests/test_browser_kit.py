"""The kit in Debian's Chromium: the PDF handouts (pages, titles, fonts, no empty page, the
student edition without solutions) and the offline search from ``file://`` and from a server
in both languages, with no request to any host."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from browser_support import require_chromium, serve
from conftest import ROOT

from medsos.handouts import Handout, handouts_for, make_handouts, pdf_info, prepare
from medsos.sitebuild import discover

pytestmark = [pytest.mark.browser]
NOTEBOOKS = discover(ROOT)
LESSONS = [nb for nb in NOTEBOOKS if nb.is_lesson]


@pytest.fixture(scope="module")
def handouts(built_site, tmp_path_factory) -> tuple[Path, list[Handout]]:
    """The PDFs of ``make handouts`` when it has printed them all (make test does), else the
    PDFs of lesson 1 in both languages, printed here."""
    require_chromium()
    every = handouts_for(NOTEBOOKS)
    out = built_site / "handouts"
    if all(h.path(out).exists() for h in every):
        return out, every
    out = tmp_path_factory.mktemp("handouts")
    assert make_handouts(site=built_site, out=out, only="01-real") == 0
    return out, handouts_for(discover(ROOT, "01-real"), guide=False)


def test_every_handout_has_pages_its_title_embedded_fonts_and_no_empty_page(handouts):
    out, todo = handouts
    assert len(todo) >= 8
    for handout in todo:
        info = pdf_info(handout.path(out))
        assert info["pages"] >= 1, handout
        assert info["fonts"] and info["fonts_embedded"], handout
        assert info["title"].startswith(handout.title(NOTEBOOKS)), (info["title"], handout)
        footer_only = 2 if handout.edition != "slides" else 0  # title and page number
        empty = [
            n
            for n, (text, images) in enumerate(info["marks"], 1)
            if text <= footer_only and not images
        ]
        assert not empty, f"{handout.path(out).name}: empty pages {empty}"


def test_titles_are_in_the_handouts_language(handouts):
    out, todo = handouts
    for handout in (h for h in todo if h.edition == "student"):
        twin = handout.lesson.twin()
        title, other = handout.title(NOTEBOOKS), twin.meta()["title"]
        found = pdf_info(handout.path(out))["title"]
        assert found.startswith(title)
        if title != other:
            assert not found.startswith(other)


def test_a_deck_prints_one_slide_a_page(handouts, chromium, built_site):
    out, todo = handouts
    deck = next(h for h in todo if h.edition == "slides")
    page = chromium.new_page()
    page.goto(deck.lesson.deck(built_site).resolve().as_uri(), wait_until="load")
    page.wait_for_function("() => window.Reveal && window.Reveal.isReady()", timeout=20_000)
    slides = page.evaluate("Reveal.getTotalSlides()")
    page.close()
    assert pdf_info(deck.path(out))["pages"] == slides


def test_facilitator_edition_is_longer_than_the_student_handout(handouts):
    out, todo = handouts
    for student in (h for h in todo if h.edition == "student" and h.lesson.slug[:2] != "00"):
        facilitator = Handout(student.lang, "facilitator", student.lesson)
        assert pdf_info(facilitator.path(out))["pages"] > pdf_info(student.path(out))["pages"]


def _solution_lines(lesson) -> list[str]:
    folder = ROOT / "facilitator" / "solutions" / lesson.lang
    cells = json.loads(next(folder.glob(f"{lesson.slug[:3]}*.ipynb")).read_text("utf-8"))["cells"]
    lines = []
    for cell in cells:
        if "solution" in cell.get("metadata", {}).get("tags", []):
            lines += [
                ln.strip() for ln in "".join(cell["source"]).splitlines() if len(ln.strip()) > 12
            ]
    return lines


def _printed_text(chromium, built_site, handout: Handout) -> str:
    page = chromium.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    prepare(page, handout, built_site)
    page.emulate_media(media="print")
    text = page.evaluate("document.body.innerText")
    page.close()
    assert not [u for u in requests if not u.startswith(("file:", "data:"))], requests
    return text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_student_handout_has_title_and_exercises_but_no_solutions_or_notes(
    chromium, built_site, lang
):
    lesson = next(nb for nb in LESSONS if nb.lang == lang and nb.slug.startswith("01"))
    student = _printed_text(chromium, built_site, Handout(lang, "student", lesson))
    facilitator = _printed_text(chromium, built_site, Handout(lang, "facilitator", lesson))
    assert lesson.meta()["title"] in student
    assert ("Lembar peserta" if lang == "id" else "Student handout") in student
    solutions = _solution_lines(lesson)
    assert solutions
    assert not [s for s in solutions if s in student], "a solution in the student handout"
    assert all(s in facilitator for s in solutions)
    note = "Sambut peserta" if lang == "id" else "Welcome everyone"  # lesson 1's first note
    assert note not in student and note in facilitator
    assert "Waktu:" in facilitator or "Time:" in facilitator  # the speaker notes' timings
    exercise = next(
        nb for nb in NOTEBOOKS if not nb.is_lesson and nb.lang == lang and nb.slug.startswith("01")
    )
    assert exercise.meta()["title"] in student  # the sheet follows the lesson


def _file_requests(page) -> list[str]:
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    return seen


def _search(page, query: str) -> list[str]:
    page.fill("#medsos-search-q", "")
    page.fill("#medsos-search-q", query)
    page.wait_for_selector(".medsos-search-results li", timeout=10_000)
    page.wait_for_timeout(250)  # the box waits 150 ms after the last key
    return page.eval_on_selector_all(".medsos-search-results a", "els => els.map(e => e.href)")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_search_from_file_finds_every_lesson_with_no_request_to_any_host(
    chromium, built_site, lang
):
    page = chromium.new_page()
    seen = _file_requests(page)
    page.goto((built_site / lang / "index.html").resolve().as_uri(), wait_until="load")
    assert not [u for u in seen if "search-index" in u or "minisearch" in u], "loaded before use"
    for lesson in (nb for nb in LESSONS if nb.lang == lang):
        title = lesson.meta()["title"]
        hrefs = _search(page, title)
        wanted = lesson.page(built_site).resolve().as_uri()
        assert any(h.split("#")[0] == wanted for h in hrefs), (title, hrefs[:3])
    assert [u for u in seen if u.endswith(f"{lang}/search-index.js")]
    assert not [u for u in seen if not u.startswith(("file:", "data:"))], seen
    page.close()


def test_search_on_a_lesson_page_links_to_a_section_that_opens(chromium, built_site):
    lesson = next(nb for nb in LESSONS if nb.lang == "en" and nb.slug.startswith("02"))
    page = chromium.new_page()
    seen = _file_requests(page)
    page.goto(lesson.page(built_site).resolve().as_uri(), wait_until="load")
    hrefs = _search(page, "Chibok")
    assert hrefs, "no result for Chibok"
    target = urlparse(hrefs[0])
    assert Path(unquote(target.path)).is_file() and target.fragment, hrefs[0]
    page.click(".medsos-search-results a >> nth=0")
    page.wait_for_load_state("load")
    assert page.evaluate("location.hash") and page.locator(":target").count() == 1
    assert not [u for u in seen if not u.startswith(("file:", "data:"))], seen
    page.close()


def test_indonesian_search_matches_inflected_forms(chromium, built_site):
    page = chromium.new_page()
    page.goto((built_site / "id" / "index.html").resolve().as_uri(), wait_until="load")
    plain = _search(page, "kampanye")
    inflected = _search(page, "kampanyenya")  # -nya: "the campaign"
    texts = page.inner_text(".medsos-search-results").lower()
    assert plain and inflected and "kampanye" in texts
    page.close()


def test_search_works_from_a_server_too(chromium, built_site):
    with serve(built_site) as url:
        for lang, term in (("id", "tagar"), ("en", "hashtag")):
            page = chromium.new_page()
            seen = _file_requests(page)
            page.goto(f"{url}/{lang}/index.html", wait_until="load")
            hrefs = _search(page, term)
            assert hrefs and all(h.startswith(f"{url}/{lang}/") for h in hrefs), hrefs[:3]
            response = page.goto(hrefs[0])
            assert response and response.ok
            assert not [u for u in seen if not u.startswith((url, "data:"))], seen
            page.close()


def test_print_stylesheet_hides_the_site_controls(chromium, built_site):
    lesson = next(nb for nb in LESSONS if nb.lang == "en" and nb.slug.startswith("01"))
    page = chromium.new_page()
    prepare(page, Handout("en", "student", lesson), built_site)
    page.emulate_media(media="print")
    for selector in (".site-header", ".medsos-search", ".medsos-downloads"):
        assert page.locator(selector).first.is_hidden(), selector
    hidden = page.evaluate(
        "[...document.querySelectorAll('.widget-slider, .widget-dropdown, .widget-toggle-buttons')]"
        ".every(e => e.offsetParent === null)"
    )
    assert hidden
    page.close()
    page = chromium.new_page()  # the guide has links with a text of their own
    prepare(page, Handout("en", "guide"), built_site)
    page.emulate_media(media="print")
    after = page.evaluate(
        "[...document.querySelectorAll('main a[href^=\"http\"]:not(.medsos-bare-link)')]"
        ".map(a => getComputedStyle(a, '::after').content)"
    )
    assert after and all("attr(href)" in a or "http" in a for a in after), after
    page.close()
