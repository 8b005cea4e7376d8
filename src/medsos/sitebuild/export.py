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
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.map", "*.esm.js"))
        else:
            shutil.copy2(source, target)
    for name in ("site.css", "slides.css", "a11y.js", "deckfit.js"):
        shutil.copy2(TEMPLATES / "site" / name, assets / name)
    styles = assets / "nbconvert"
    styles.mkdir(exist_ok=True)
    for name in (
        "lab/static/index.css",
        "lab/static/theme-light.css",
        "reveal/static/custom_reveal.css",
    ):
        shutil.copy2(_nbconvert_template_file(name), styles / Path(name).name)
    return assets


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
            "labels": {
                "home": text["home"],
                "nav": text["nav"],
                "skip": text["skip"],
                "notes": text["notes"],
            },
        }
    }
    page_exporter, slides = _exporters(notebook, out)
    exporter = page_exporter if what == "page" else slides
    if exporter is None:
        raise ValueError(f"{notebook.name} is not a lesson: it has no deck")
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    target.write_text(body, encoding="utf-8")
    return target


def export_notebook(notebook: Notebook, nb, out: Path, notebooks: list[Notebook]) -> list[Path]:  # noqa: ANN001 - a NotebookNode
    """Write the HTML page (and, for lessons, the slide deck) of one executed notebook ``nb``."""
    return [export_output(notebook, nb, out, notebooks, what) for what in notebook.exports]
