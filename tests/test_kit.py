"""The facilitator's kit without a browser: the search index each language's pages are cut
into, the downloads of every lesson page, and the zips of ``make kit``."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from medsos.kit import kit_files, make_kit, write_kit
from medsos.sitebuild import discover
from medsos.sitebuild.downloads import DATA_ZIP, data_zip_bytes, notebook_download
from medsos.sitebuild.search import index_path, language_pages, page_sections

NOTEBOOKS = discover(ROOT)
LESSONS = [nb for nb in NOTEBOOKS if nb.is_lesson]


def _index(site: Path, lang: str) -> list[dict]:
    text = index_path(site, lang).read_text(encoding="utf-8")
    prefix = "window.MEDSOS_SEARCH_INDEX = "
    assert text.startswith(prefix), "the index is a script that sets one global"
    return json.loads(text[len(prefix) :].rstrip().rstrip(";"))["docs"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_search_index_covers_every_page_of_its_language(built_site, lang):
    docs = _index(built_site, lang)
    pages = {d["url"].split("#")[0] for d in docs}
    expected = {p.relative_to(built_site).as_posix() for p in language_pages(built_site, lang)}
    assert {f"{lang}/guide.html", f"{lang}/data.html"} <= expected
    assert all(
        nb.page(built_site).relative_to(built_site).as_posix() in pages
        for nb in NOTEBOOKS
        if nb.lang == lang
    )
    assert pages == expected
    assert all(d["url"].startswith(f"{lang}/") for d in docs), "one language per index"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_search_result_links_to_a_heading_that_exists(built_site, lang):
    missing = []
    ids: dict[str, set[str]] = {}
    for doc in _index(built_site, lang):
        page, _, anchor = doc["url"].partition("#")
        if page not in ids:
            html = (built_site / page).read_text(encoding="utf-8")
            ids[page] = set(re.findall(r'\bid="([^"]+)"', html))
        if anchor and anchor not in ids[page]:
            missing.append(doc["url"])
    assert not missing, missing[:5]


def test_search_index_leaves_out_code_and_facilitator_notes(built_site):
    lesson = next(nb for nb in LESSONS if nb.lang == "en" and nb.slug.startswith("01"))
    _title, sections = page_sections(lesson.page(built_site))
    text = " ".join(s["text"] for s in sections)
    assert "import medsos as ms" not in text  # a code cell of every lesson
    assert "Welcome everyone" not in text  # lesson 1's first speaker note
    assert "daily attention data" in text  # its first paragraph is there


def test_first_view_of_a_lesson_page_loads_neither_engine_nor_index(built_site):
    page = LESSONS[1].page(built_site).read_text(encoding="utf-8")
    loaded = re.findall(r'<script[^>]*\bsrc="([^"]+)"', page)
    assert any(src.endswith("search.js") for src in loaded), "the search box's small script"
    assert not [s for s in loaded if "minisearch" in s or "search-index" in s], loaded
    assert 'data-index="../search-index.js"' in page  # named, loaded on first focus


def test_every_lesson_page_offers_its_notebook_exercises_handout_and_data(built_site):
    for nb in LESSONS:
        page = nb.page(built_site)
        html = page.read_text(encoding="utf-8")
        block = html[html.index('class="medsos-downloads"') :]
        block = block[: block.index("</nav>")]
        hrefs = re.findall(r'href="([^"]+)"', block)
        assert any(h.endswith(f"downloads/{nb.lang}/{nb.path.name}") for h in hrefs), nb.name
        assert any(h.endswith(f"handouts/{nb.lang}/{nb.slug}.student.pdf") for h in hrefs)
        assert any(h.endswith(DATA_ZIP) for h in hrefs)
        if nb.slug[:2] != "00":
            assert any(h.endswith("-exercises.ipynb") for h in hrefs), nb.name
        for href in hrefs:
            if "/handouts/" not in href:  # the PDFs come from make handouts
                assert (page.parent / href).resolve().is_file(), f"{nb.name}: {href}"


def test_downloaded_notebooks_are_the_course_notebooks_without_outputs(built_site):
    for nb in NOTEBOOKS:
        copy = notebook_download(nb, built_site)
        assert copy.read_bytes() == nb.path.read_bytes(), nb.name
        cells = json.loads(copy.read_text(encoding="utf-8"))["cells"]
        assert all(not c.get("outputs") for c in cells if c["cell_type"] == "code"), nb.name


def test_data_zip_holds_every_table_of_the_package_and_is_deterministic(built_site):
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    with zipfile.ZipFile(built_site / "downloads" / DATA_ZIP) as archive:
        names = set(archive.namelist())
        assert archive.testzip() is None
    assert "data/datapackage.json" in names
    for resource in package["resources"]:
        assert f"data/{Path(resource['path']).name}" in names, resource["path"]
    assert data_zip_bytes(ROOT) == data_zip_bytes(ROOT)


def _fake_site(tmp_path: Path) -> Path:
    """A small built site: pages of both languages, assets, PDFs, the data zip and the cache."""
    site = tmp_path / "build"
    for name in [
        "index.html",
        "id/index.html",
        "en/index.html",
        "en/lessons/01-real-cases.html",
        "assets/site.css",
        "downloads/en/01-real-cases.ipynb",
        "medsos.pot",
        ".cache/manifest.json",
        "kit/old.zip",
    ]:
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(name, encoding="utf-8")
    for lang in ("id", "en"):
        (site / "handouts" / lang).mkdir(parents=True)
        (site / "handouts" / lang / "01-real-cases.student.pdf").write_bytes(
            b"%PDF-1.4 " + lang.encode()
        )
    (site / "downloads" / DATA_ZIP).write_bytes(data_zip_bytes(ROOT))
    return site


def test_kit_zip_holds_the_site_pdfs_solutions_and_data_of_its_language(tmp_path):
    site = _fake_site(tmp_path)
    target = write_kit("en", site, tmp_path / "kit")
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        readme = archive.read("medsos-kit-en/README.txt").decode()
        start = archive.read("medsos-kit-en/MULAI-START.html").decode()
    top = "medsos-kit-en/"
    assert {
        top + "site/index.html",
        top + "site/en/lessons/01-real-cases.html",
        top + "site/id/index.html",
        top + "site/assets/site.css",
        top + "site/handouts/en/01-real-cases.student.pdf",
        top + f"data/{DATA_ZIP}",
    } <= names
    solutions = sorted(p.name for p in (ROOT / "facilitator" / "solutions" / "en").glob("*.ipynb"))
    assert solutions and all(top + f"solutions/{s}" in names for s in solutions)
    assert not [n for n in names if "/solutions/" in n and "/en/" in n]  # flat, one language
    assert not [n for n in names if ".cache" in n or "/kit/" in n or n.endswith(".pot")]
    assert "facilitator" in readme and "site/en/index.html" in start


def test_kit_is_the_same_zip_when_nothing_changed(tmp_path):
    site = _fake_site(tmp_path)
    first = write_kit("id", site, tmp_path / "a").read_bytes()
    second = write_kit("id", site, tmp_path / "b").read_bytes()
    assert first == second
    assert [name for name, _ in kit_files("id", site)] == sorted(
        name for name, _ in kit_files("id", site)
    )


def test_make_kit_says_what_is_missing_in_both_languages(tmp_path, capsys):
    site = _fake_site(tmp_path)
    for pdf in (site / "handouts").rglob("*.pdf"):
        pdf.unlink()
    assert make_kit(site=site, out=tmp_path / "kit") == 2
    err = capsys.readouterr().err
    assert "make handouts" in err and "belum" in err and "Traceback" not in err
    assert make_kit(site=tmp_path / "nowhere") == 2
    assert not (tmp_path / "kit").exists()


def test_kit_holds_every_handout_of_its_site(built_site, tmp_path):
    """Every PDF under site/handouts goes into the kit (the real PDFs when make handouts has
    printed them; else stand-ins named as make handouts names them, in a small site)."""
    site = built_site
    if not (built_site / "handouts" / "en").is_dir():
        site = tmp_path / "site"
        (site / "en").mkdir(parents=True)
        (site / "en" / "index.html").write_text("<!doctype html><title>x</title>", "utf-8")
        for nb in (n for n in LESSONS if n.lang == "en"):
            for edition in ("student", "facilitator", "slides"):
                pdf = site / "handouts" / "en" / f"{nb.slug}.{edition}.pdf"
                pdf.parent.mkdir(parents=True, exist_ok=True)
                pdf.write_bytes(b"%PDF-1.4\n%stand-in\n")
        (site / "handouts" / "en" / "guide.pdf").write_bytes(b"%PDF-1.4\n%stand-in\n")
    target = write_kit("en", site, tmp_path / "kit")
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
    for nb in (n for n in LESSONS if n.lang == "en"):
        for edition in ("student", "facilitator", "slides"):
            assert f"medsos-kit-en/site/handouts/en/{nb.slug}.{edition}.pdf" in names
    assert "medsos-kit-en/site/handouts/en/guide.pdf" in names
    assert "medsos-kit-en/site/en/index.html" in names


def test_editing_the_handouts_or_kit_tools_re_executes_no_notebook():
    from medsos.sitebuild.cache import environment_files

    names = {p.relative_to(ROOT).as_posix() for p in environment_files(ROOT)}
    assert "src/medsos/charts.py" in names  # the library the notebooks run still counts
    assert not {"src/medsos/handouts.py", "src/medsos/kit.py"} & names
