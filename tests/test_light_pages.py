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
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT
from PIL import Image

from medsos.sitebuild import discover
from medsos.sitebuild.lightpage import (
    WIDGET_STATE,
    description,
    extract_images,
    strip_source_map_comments,
    trim_stylesheet,
    widget_state_script,
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
    ((path, webp),) = files.items()
    assert path.parent == tmp_path / "img" and path.suffix == ".webp"
    original = Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")
    assert Image.open(io.BytesIO(webp)).convert("RGB").tobytes() == original.tobytes()
    first, second = re.findall(r"<img\b[^>]*>", out)[:2]
    assert 'alt="first chart"' in first and "loading=" not in first
    assert 'width="40" height="20"' in first
    assert 'loading="lazy"' in second and 'alt="second"' in second and 'style="x"' in second
    assert f'src=\\"data:image/png;base64,{data}' in out, "the widget state is left alone"


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


def test_the_widget_state_script_carries_the_state_unchanged():
    state = {"version_major": 2, "state": {"m1": {"model_name": "X", "state": {"v": "<b>é</b>"}}}}
    script = widget_state_script(state).decode("ascii")
    literal = re.search(r"JSON\.stringify\((.*)\);\n", script).group(1)
    assert json.loads(literal) == state
    assert f"s.type = '{WIDGET_STATE}'" in script


# --- the built site ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


def _head(text: str) -> str:
    return text.split("</head>", 1)[0]


class _Tags(HTMLParser):
    """Every start tag with its attributes (the built pages order attributes their own way)."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, **wanted: str) -> list[dict]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in wanted.items())
        ]


def _local_bytes(page: Path, ref: str) -> int:
    return (page.parent / ref).resolve().stat().st_size


def first_view_bytes(page: Path) -> int:
    """HTML + stylesheets + scripts in the head + the one chart that loads at once."""
    text = page.read_text(encoding="utf-8")
    head = _Tags(_head(text))
    refs = [a["href"] for a in head.find("link", rel="stylesheet")]
    refs += [a["src"] for a in head.find("script") if "src" in a]
    refs += [
        a["src"]
        for a in _Tags(text).find("img")
        if "loading" not in a and not a.get("src", "data:").startswith("data:")
    ]
    return len(text.encode()) + sum(_local_bytes(page, ref) for ref in refs)


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
        head = _Tags(_head(nb.page(site).read_text(encoding="utf-8")))
        scripts = [a for a in head.find("script") if "src" in a]
        assert scripts, nb.name
        assert not [a for a in scripts if "embed-amd" in a["src"] or "require.js" in a["src"]]
        for attrs in scripts:
            assert "defer" in attrs or "async" in attrs, f"{nb.name}: render-blocking {attrs}"


def test_pages_with_widgets_declare_a_lazy_group_whose_scripts_exist(site):
    with_widgets = 0
    for nb in NOTEBOOKS:
        page = nb.page(site)
        text = page.read_text(encoding="utf-8")
        if "application/vnd.jupyter.widget-view+json" not in text:
            continue
        with_widgets += 1
        groups = re.findall(r"<script\b[^>]*\bdata-medsos-lazy\b[^>]*>(.*?)</script>", text, re.S)
        assert groups, nb.name
        group = json.loads(groups[0])
        assert group["near"] and text.count("jupyter-widgets jp-OutputArea-output") > 0
        names = [Path(s).name for s in group["scripts"]]
        assert names[-2:] == ["require.js", "embed-amd.js"], names
        assert all((page.parent / s).resolve().is_file() for s in group["scripts"])
        # the saved state (100+ KB) is a script of the group, not part of the HTML
        assert WIDGET_STATE not in text, f"{nb.name}: the widget state is still inline"
        assert len(names) == 4 and group["scripts"][0].startswith("widgets/"), names
        assert names[1] == "a11y.js", "widget controls get their names once they are drawn"
    assert with_widgets, "no page with an explorer was found"


def test_charts_are_webp_files_with_alt_text_and_size(site):
    for nb in NOTEBOOKS:
        page = nb.page(site)
        text = page.read_text(encoding="utf-8")
        body = re.sub(r"<script\b.*?</script>", "", text, flags=re.S)
        assert "data:image/png;base64" not in body, f"{nb.name}: a chart is still inline"
        for attrs in _Tags(body).find("img"):
            assert attrs.get("width") and attrs.get("height") and attrs.get("alt"), attrs
            assert (page.parent / attrs["src"]).is_file(), attrs["src"]
            assert attrs["src"].endswith(".webp"), attrs["src"]  # explorers' states too


def test_every_page_has_a_description_in_its_language_and_a_favicon(site):
    pages = [nb.page(site) for nb in NOTEBOOKS]
    pages += [site / "index.html"] + [site / lang / "index.html" for lang in ("id", "en")]
    for page in pages:
        head = _Tags(_head(page.read_text(encoding="utf-8")))
        found = head.find("meta", name="description")
        assert found and len(found[0]["content"]) > 20, page
        icon = head.find("link", rel="icon")
        assert icon and (page.parent / icon[0]["href"]).resolve().is_file(), page
    assert (site / "favicon.ico").is_file(), "a server is asked for /favicon.ico"
    for nb in NOTEBOOKS:
        if nb.is_lesson:
            meta = json.loads(nb.path.read_text(encoding="utf-8"))["metadata"]["medsos"]
            head = _Tags(_head(nb.page(site).read_text(encoding="utf-8")))
            said = head.find("meta", name="description")[0]["content"]
            assert said.startswith(meta["objectives"][0].rstrip(".")), (nb.name, said)


def test_shipped_scripts_name_no_source_map_that_is_not_shipped(site):
    for script in [p for p in (site / "assets").rglob("*.js") if p.is_file()]:
        for name in re.findall(rb"^//# sourceMappingURL=(\S+)", script.read_bytes(), re.M):
            assert (script.parent / name.decode()).exists(), f"{script}: {name}"


def test_the_page_stylesheet_is_a_fraction_of_jupyterlab_s_and_keeps_code_colours(site):
    styles = site / "assets" / "nbconvert"
    page_css = (styles / "page.css").read_text(encoding="utf-8")
    assert len(page_css) < 0.25 * (styles / "index.css").stat().st_size
    for needed in (
        ".jp-InputArea",
        ".jp-OutputArea",
        ".jp-RenderedHTMLCommon",
        "--jp-mirror-editor",
    ):
        assert needed in page_css, needed
    lesson = next(nb for nb in NOTEBOOKS if nb.is_lesson).page(site).read_text(encoding="utf-8")
    assert ".highlight .c1" in lesson, "Pygments' colours (nbconvert inlines them) are kept"
