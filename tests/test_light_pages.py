"""Light pages for phones (issue 18): a lesson page's first view stays under 1 MB, the widget
manager waits until an explorer is near, charts are files (lossless WebP, lazy after the first),
JupyterLab's stylesheet is trimmed, and every page has a description and a favicon.

The unit tests pin the build's helpers (``sitebuild.lightpage``); the others read the built
site. Lighthouse itself runs in ``make bench-site`` (bench/site.py), not here."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import pytest
from conftest import ROOT
from PIL import Image

from medsos.sitebuild import discover
from medsos.sitebuild.lightpage import (
    description,
    extract_images,
    strip_source_map_comments,
    trim_stylesheet,
)

NOTEBOOKS = discover(ROOT)
FIRST_VIEW_LIMIT = 1_000_000


def _png(width: int = 40, height: int = 20) -> str:
    image = Image.new("RGB", (width, height), "white")
    for x in range(width):
        image.putpixel((x, x % height), (11, 83, 148))
    out = io.BytesIO()
    image.save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


# --- the helpers ------------------------------------------------------------------------------
def test_trimmed_stylesheet_keeps_used_rules_and_their_variables_only():
    css = """
    :root { --jp-used: 1px; --jp-chain: var(--jp-used); --jp-unused: url(data:image/svg+xml,x); }
    .jp-Cell { padding: var(--jp-chain); }
    .jp-Launcher { color: var(--jp-unused); }
    .highlight .c1, .jp-FileBrowser .x { color: #2f6262; }
    @media (max-width: 600px) { .jp-Cell { margin: 0 } .jp-Launcher { margin: 0 } }
    body { margin: 0 }
    """
    out = trim_stylesheet(css, {"jp-Cell", "highlight", "c1"})
    assert ".jp-Cell{padding:var(--jp-chain)}" in out
    assert "--jp-chain" in out and "--jp-used" in out, "variables read through others are kept"
    assert "jp-Launcher" not in out and "--jp-unused" not in out
    assert ".highlight .c1{" in out and "jp-FileBrowser" not in out
    assert "@media (max-width: 600px){.jp-Cell{margin:0}}" in out
    assert "body{margin:0}" in out


def test_a_variable_read_only_by_other_stylesheets_is_kept():
    css = ":root { --jp-widgets-color: #000; --jp-other: 1px }"
    out = trim_stylesheet(css, set(), also_reads="color: var(--jp-widgets-color)")
    assert "--jp-widgets-color" in out and "--jp-other" not in out


def test_charts_become_lossless_webp_files_lazy_after_the_first(tmp_path):
    data = _png()
    html = (
        f'<figure><img alt="first chart" src="data:image/png;base64,{data}"></figure>'
        f'<p>text</p><img alt="second" src="data:image/png;base64,{data}" style="x">'
        f'<script type="application/vnd.jupyter.widget-state+json">'
        f'{{"x": "<img src=\\"data:image/png;base64,{data}\\">"}}</script>'
    )
    out, files = extract_images(html, tmp_path / "01-lesson.html")
    assert len(files) == 1, "one file per distinct chart"
    (path, webp), = files.items()
    assert path.parent == tmp_path / "img" and path.suffix == ".webp"
    original = Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")
    assert list(Image.open(io.BytesIO(webp)).convert("RGB").getdata()) == list(original.getdata())
    first, second = re.findall(r"<img\b[^>]*>", out)[:2]
    assert 'alt="first chart"' in first and "loading=" not in first
    assert 'width="40" height="20"' in first
    assert 'loading="lazy"' in second and 'alt="second"' in second and 'style="x"' in second
    assert f"src=\\\"data:image/png;base64,{data}" in out, "the widget state is left alone"


def test_description_joins_objectives_and_stops_at_a_word():
    assert description(["Run a cell.", "Find the data"], "t") == "Run a cell; Find the data"
    assert description([], "Title") == "Title"
    long = description(["word " * 100], "t", limit=50)
    assert len(long) <= 52 and long.endswith("…") and "wor …" not in long


def test_source_map_lines_are_removed_and_the_code_kept(tmp_path):
    script = tmp_path / "a.js"
    script.write_text('var a = "//# sourceMappingURL=x";\n//# sourceMappingURL=a.js.map\nb();\n')
    strip_source_map_comments(script)
    assert script.read_text() == 'var a = "//# sourceMappingURL=x";\n\nb();\n'


# --- the built site ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


def _head(text: str) -> str:
    return text.split("</head>", 1)[0]


def _local_bytes(page: Path, ref: str) -> int:
    return (page.parent / ref).resolve().stat().st_size


def first_view_bytes(page: Path) -> int:
    """HTML + stylesheets + scripts in the head + the one chart that loads at once."""
    text = page.read_text(encoding="utf-8")
    head = _head(text)
    total = len(text.encode())
    refs = re.findall(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', head)
    refs += re.findall(r'<script[^>]*\bsrc="([^"]+)"', head)
    body = re.sub(r"<script\b.*?</script>", "", text, flags=re.S)
    refs += [
        src
        for tag in re.findall(r"<img\b[^>]*>", body)
        if "loading=" not in tag
        for src in re.findall(r'\bsrc="([^"]+)"', tag)
        if not src.startswith("data:")
    ]
    return total + sum(_local_bytes(page, ref) for ref in refs)


def test_every_page_s_first_view_is_at_most_one_megabyte(site):
    heavy = {}
    for nb in NOTEBOOKS:
        page = nb.page(site)
        size = first_view_bytes(page)
        if size > FIRST_VIEW_LIMIT:
            heavy[nb.name] = size
    assert not heavy, heavy


def test_no_page_loads_the_widget_manager_or_require_js_in_its_head(site):
    for nb in NOTEBOOKS:
        head = _head(nb.page(site).read_text(encoding="utf-8"))
        scripts = re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"[^>]*>", head)
        assert not [s for s in scripts if "embed-amd" in s or "require.js" in s], nb.name
        for tag in re.findall(r"<script\b[^>]*\bsrc=[^>]*>", head):
            assert " defer" in tag or " async" in tag, f"{nb.name}: render-blocking {tag}"


def test_pages_with_widgets_declare_a_lazy_group_whose_scripts_exist(site):
    with_widgets = 0
    for nb in NOTEBOOKS:
        page = nb.page(site)
        text = page.read_text(encoding="utf-8")
        if "application/vnd.jupyter.widget-view+json" not in text:
            continue
        with_widgets += 1
        groups = re.findall(r"<script type=\"application/json\" data-medsos-lazy>(.*?)</script>", text)
        assert groups, nb.name
        group = json.loads(groups[0])
        assert group["near"] and text.count("jupyter-widgets jp-OutputArea-output") > 0
        names = [Path(s).name for s in group["scripts"]]
        assert names == ["require.js", "embed-amd.js"], names
        assert all((page.parent / s).resolve().is_file() for s in group["scripts"])
    assert with_widgets, "no page with an explorer was found"


def test_charts_are_webp_files_with_alt_text_and_size(site):
    for nb in NOTEBOOKS:
        page = nb.page(site)
        body = re.sub(r"<script\b.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S)
        assert "data:image/png;base64" not in body, f"{nb.name}: a chart is still inline"
        for tag in re.findall(r'<img\b[^>]*src="img/[^"]+"[^>]*>', body):
            assert 'width="' in tag and 'height="' in tag and 'alt="' in tag, tag[:120]
            src = re.search(r'src="([^"]+)"', tag).group(1)
            assert src.endswith(".webp") and (page.parent / src).is_file(), src


def test_every_page_has_a_description_in_its_language_and_a_favicon(site):
    pages = [nb.page(site) for nb in NOTEBOOKS]
    pages += [site / "index.html"] + [site / lang / "index.html" for lang in ("id", "en")]
    for page in pages:
        head = _head(page.read_text(encoding="utf-8"))
        found = re.search(r'<meta name="description" content="([^"]+)"', head)
        assert found and len(found.group(1)) > 20, page
        icon = re.search(r'<link rel="icon" href="([^"]+)"', head)
        assert icon and (page.parent / icon.group(1)).resolve().is_file(), page
    assert (site / "favicon.ico").is_file(), "a server is asked for /favicon.ico"
    for nb in NOTEBOOKS:
        if nb.is_lesson:
            meta = json.loads(nb.path.read_text(encoding="utf-8"))["metadata"]["medsos"]
            first = meta["objectives"][0]
            assert first.split()[0] in _head(nb.page(site).read_text(encoding="utf-8")), nb.name


def test_shipped_scripts_name_no_source_map_that_is_not_shipped(site):
    for script in (site / "assets").rglob("*.js"):
        for name in re.findall(rb"^//# sourceMappingURL=(\S+)", script.read_bytes(), re.M):
            assert (script.parent / name.decode()).exists(), f"{script}: {name}"


def test_the_page_stylesheet_is_a_fraction_of_jupyterlab_s_and_keeps_code_colours(site):
    styles = site / "assets" / "nbconvert"
    page_css = (styles / "page.css").read_text(encoding="utf-8")
    assert len(page_css) < 0.25 * (styles / "index.css").stat().st_size
    for needed in (".highlight .c1", ".jp-InputArea", ".jp-OutputArea", "--jp-mirror-editor"):
        assert needed in page_css, needed
