"""Stage 3 of the build: an executed notebook to its HTML page and, for a lesson, its deck.

nbconvert's own exporters do the work, with the course's small templates in
``src/medsos/templates`` (``medsos_lab`` extends ``lab``, ``medsos_reveal`` extends
``reveal``). Everything a page loads is shipped into ``build/assets`` (reveal.js, require.js
and the Jupyter widgets manager from ``node_modules``, installed by ``npm ci`` from the lock
file), so the site works with no network: from ``file://``, a USB stick or a local server.

nbconvert is imported inside the functions: a warm build that exports nothing must not pay
for importing it.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from pathlib import Path

from medsos.sitebuild.discovery import Notebook, relative
from medsos.sitebuild.downloads import download_links, search_box
from medsos.sitebuild.lightpage import (
    WIDGET_STATE,
    description,
    extract_images,
    known_words,
    strip_source_map_comments,
    trim_stylesheet,
    widget_state_script,
    without_inline_widget_state,
    write_favicon_ico,
)
from medsos.sitebuild.text import SITE_TEXT

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def export_hash() -> str:
    """sha256 of what shapes a page besides the notebook: the templates and the build's code."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted(TEMPLATES.rglob("*")) + sorted(here.glob("*.py")):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def copy_assets(out: Path, root: Path) -> Path:
    """Copy the browser assets from node_modules into build/assets (never from a CDN)."""
    assets = out / "assets"
    modules = root / "node_modules"
    needed = {
        "reveal.js/dist": assets / "reveal.js" / "dist",
        "reveal.js/plugin/notes": assets / "reveal.js" / "plugin" / "notes",
        "@jupyter-widgets/html-manager/dist": assets / "html-manager",
        "requirejs/require.js": assets / "require.js",
    }
    missing = [name for name in needed if not (modules / name).exists()]
    if missing:
        raise SystemExit(
            "missing browser assets in node_modules: "
            + ", ".join(missing)
            + "\nrun: npm ci  (make build does it)"
        )
    for name, target in needed.items():
        source = modules / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                ignore = shutil.ignore_patterns("*.map", "*.esm.js")
                shutil.copytree(source, target, ignore=ignore)
            else:
                shutil.copy2(source, target)
        # also in a build/ copied before maps were stripped (stripping twice changes nothing)
        scripts = [target] if target.is_file() else [p for p in target.rglob("*.js") if p.is_file()]
        for script in scripts:
            strip_source_map_comments(script)  # the maps are not shipped: each was a 404
    # the search engine (minisearch, pinned in package-lock.json), loaded on first use
    shutil.copy2(modules / "minisearch" / "dist" / "umd" / "index.js", assets / "minisearch.js")
    strip_source_map_comments(assets / "minisearch.js")
    names = (
        "site.css",
        "slides.css",
        "a11y.js",
        "lazy.js",
        "favicon.svg",
        "search.js",
        "deckfit.js",
    )
    for name in (*names, "explorer.js", "explorer.css"):
        shutil.copy2(TEMPLATES / "site" / name, assets / name)
    write_favicon_ico(out / "favicon.ico")  # what a browser asks a server for by itself
    styles = assets / "nbconvert"
    styles.mkdir(exist_ok=True)
    for name in (
        "lab/static/index.css",
        "lab/static/theme-light.css",
        "reveal/static/custom_reveal.css",
    ):
        shutil.copy2(_nbconvert_template_file(name), styles / Path(name).name)
    _write_page_stylesheet(styles, assets / "html-manager" / "embed-amd.js")
    return assets


def _write_page_stylesheet(styles: Path, widget_manager: Path) -> None:
    """``page.css``: JupyterLab's stylesheet and light theme with only the rules a page can use.

    The decks keep the whole of ``index.css`` (reveal shows them on a projector, once).
    """
    lab = _nbconvert_template_file("lab/static/index.css").parents[2]
    sources = [*lab.glob("*/*.j2"), *TEMPLATES.rglob("*.j2"), widget_manager]
    sources += sorted((TEMPLATES.parent).rglob("*.py"))  # the course's own HTML outputs
    target = styles / "page.css"
    inputs = [*sources, styles / "index.css", styles / "theme-light.css"]
    if target.exists() and target.stat().st_mtime >= max(p.stat().st_mtime for p in inputs):
        return  # a warm build does not parse 256 KB of CSS again
    css = (styles / "index.css").read_text(encoding="utf-8")
    css += "\n" + (styles / "theme-light.css").read_text(encoding="utf-8")
    reads = widget_manager.read_text(encoding="utf-8")  # its widgets' CSS reads --jp-… variables
    reads += "".join(p.read_text(encoding="utf-8") for p in (TEMPLATES / "site").glob("*.css"))
    reads += "".join(p.read_text(encoding="utf-8") for p in TEMPLATES.rglob("*.j2"))
    reads += _code_colours()  # nbconvert inlines Pygments' rules, which read --jp-mirror-…
    reads += "".join(p.read_text(encoding="utf-8") for p in sources if p.suffix == ".py")
    target.write_text(trim_stylesheet(css, known_words(sources), reads), encoding="utf-8")


def _code_colours() -> str:
    """The Pygments stylesheet nbconvert inlines into each page (CSSHTMLHeaderPreprocessor's)."""
    from nbconvert.preprocessors.csshtmlheader import CSSHTMLHeaderPreprocessor
    from pygments.formatters import HtmlFormatter

    header = CSSHTMLHeaderPreprocessor()
    return HtmlFormatter(style=header.style).get_style_defs(header.highlight_class)


def _nbconvert_template_file(name: str) -> Path:
    """A file of nbconvert's installed templates (its lab and reveal stylesheets)."""
    from jupyter_core.paths import jupyter_path

    for folder in jupyter_path("nbconvert", "templates"):
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    raise SystemExit(f"nbconvert's template file {name} was not found: reinstall nbconvert")


def links(notebook: Notebook, out: Path, here: Path, notebooks: list[Notebook]) -> list[dict]:
    """The links at the top of a page: the deck, the lesson's exercises (or the exercises'
    lesson), and the same page in the other language."""
    text = SITE_TEXT[notebook.lang]
    found = []
    same = [nb for nb in notebooks if nb.lang == notebook.lang]
    if notebook.is_lesson:
        found.append({"href": relative(notebook.deck(out), here), "text": text["slides"]})
        for ex in same:
            if not ex.is_lesson and ex.slug.startswith(notebook.slug[:3]):
                found.append({"href": relative(ex.page(out), here), "text": text["exercises"]})
    else:
        for lesson in same:
            if lesson.is_lesson and notebook.slug.startswith(lesson.slug[:3]):
                found.append({"href": relative(lesson.page(out), here), "text": text["lessons"]})
    twin = notebook.twin()
    found.append({"href": relative(twin.page(out), here), "text": text["other"], "lang": twin.lang})
    return found


_EXPORTERS: dict = {}


def _exporter(kind, templates_cache: Path, **options):  # noqa: ANN001, ANN003 - nbconvert exporter classes and traits
    """One exporter per class and options per process: building the template environment is slow.

    Its Jinja environment keeps compiled templates in ``templates_cache`` (Jinja's own
    bytecode cache, keyed on each template's source), so a process that only re-exports one
    notebook loads the templates instead of compiling them again.
    """
    from jinja2 import FileSystemBytecodeCache

    key = (kind.__name__, repr(sorted(options.items())))
    if key not in _EXPORTERS:
        exporter = kind(**options)
        templates_cache.mkdir(parents=True, exist_ok=True)
        exporter.environment.bytecode_cache = FileSystemBytecodeCache(str(templates_cache))
        _EXPORTERS[key] = exporter
    return _EXPORTERS[key]


def _cache_validators() -> None:
    """Compile nbformat's notebook schema once per process, not once per preprocessor.

    nbconvert validates the notebook after every preprocessor with
    ``nbformat.validate(nb, relax_add_props=True)``, and nbformat compiles a fresh
    fastjsonschema validator for every such call (about 70 ms each, 25 calls a page):
    more than half of the export time. A validator depends only on its arguments, so
    caching them is safe.
    """
    import nbformat.validator as validator

    if not hasattr(validator.get_validator, "cache_info"):
        validator.get_validator = functools.lru_cache(maxsize=32)(validator.get_validator)


def _exporters(notebook: Notebook, out: Path):  # noqa: ANN202 - nbconvert exporter instances
    """The HTML exporter (and, for lessons, the slides exporter) for this notebook's pages."""
    from medsos.sitebuild.markdown import DeckExporter, PageExporter

    _cache_validators()
    assets = out / "assets"
    page = notebook.page(out)
    templates_cache = out / ".cache" / "templates"
    page_exporter = _exporter(
        PageExporter,
        templates_cache,
        template_name="medsos_lab",
        extra_template_basedirs=[str(TEMPLATES)],
        extra_template_paths=[str(TEMPLATES / "site")],  # search and downloads includes
        embed_images=True,
        language_code=notebook.lang,
        require_js_url=relative(assets / "require.js", page),
        widget_renderer_url=relative(assets / "html-manager" / "embed-amd.js", page),
        mathjax_url="",
        exclude_input_prompt=False,
    )
    if not notebook.is_lesson:
        return page_exporter, None
    deck = notebook.deck(out)
    slides = _exporter(
        DeckExporter,
        templates_cache,
        template_name="medsos_reveal",
        extra_template_basedirs=[str(TEMPLATES)],
        embed_images=True,
        language_code=notebook.lang,
        reveal_url_prefix=relative(assets / "reveal.js", deck),
        require_js_url=relative(assets / "require.js", deck),
        widget_renderer_url=relative(assets / "html-manager" / "embed-amd.js", deck),
        reveal_theme="white",  # fonts ship with reveal.js (simple.css imports Google Fonts)
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    return page_exporter, slides


def warm_up(notebook: Notebook, out: Path) -> None:
    """Compile the page templates (about a second), e.g. while the kernel runs the notebook."""
    for exporter in _exporters(notebook, out):
        if exporter is not None:
            exporter.template  # noqa: B018 - the property compiles and caches the template


def export_output(notebook: Notebook, nb, out: Path, notebooks: list[Notebook], what: str) -> Path:  # noqa: ANN001 - a NotebookNode
    """Write one output of the executed notebook ``nb``: its HTML ``"page"`` or its ``"deck"``.

    The two are separate calls so that two workers can write a lesson's page and deck at
    the same time.
    """
    meta = nb.metadata.get("medsos", {})
    nb.metadata["title"] = meta.get("title", notebook.slug)
    text = SITE_TEXT[notebook.lang]
    page = notebook.page(out)
    target = page if what == "page" else notebook.deck(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    resources = {
        "medsos": {
            "assets": relative(out / "assets", target),
            "home": relative(out / notebook.lang / "index.html", page),
            "links": links(notebook, out, page, notebooks),
            "description": description(meta.get("objectives", []), nb.metadata["title"]),
            "labels": {
                "home": text["home"],
                "nav": text["nav"],
                "skip": text["skip"],
                "notes": text["notes"],
            },
            "search": search_box(notebook.lang, out, page) if what == "page" else None,
            "downloads": download_links(notebook, out, page, notebooks)
            if what == "page" and notebook.is_lesson
            else None,
        }
    }
    page_exporter, slides = _exporters(notebook, out)
    exporter = page_exporter if what == "page" else slides
    if exporter is None:
        raise ValueError(f"{notebook.name} is not a lesson: it has no deck")
    files: dict[Path, bytes] = {}
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE) if what == "page" else None
    if state:
        # the saved widget state leaves the HTML for a script lazy.js loads with the manager
        script = widget_state_script(state)
        name = f"widgets/{target.stem}-{hashlib.sha256(script).hexdigest()[:12]}.js"
        files[target.parent / name] = script
        resources["medsos"]["widget_state"] = name
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    if state:  # nbconvert needs the state in the notebook to draw the views; not in the page
        body = without_inline_widget_state(body)
    if what == "page":  # decks keep their charts inline (one file to carry to a projector)
        body, images = extract_images(body, target)
        files.update(images)
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_bytes(data)
    target.write_text(body, encoding="utf-8")
    return target


def export_notebook(notebook: Notebook, nb, out: Path, notebooks: list[Notebook]) -> list[Path]:  # noqa: ANN001 - a NotebookNode
    """Write the HTML page (and, for lessons, the slide deck) of one executed notebook ``nb``."""
    return [export_output(notebook, nb, out, notebooks, what) for what in notebook.exports]
