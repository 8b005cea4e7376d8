"""The export pipeline behind ``make build``: every notebook, executed once, to pages and slides.

Executing notebooks is what costs time, so the build
- executes each notebook **once** (nbclient, widget state saved) and exports both the HTML
  page and the reveal.js deck from that executed copy (nbconvert's own exporters, with
  the course's small templates in ``templates/`` that extend ``lab`` and ``reveal``);
- executes notebooks **in parallel** (``--jobs`` worker processes);
- keeps a **cache** of executed notebooks in ``build/.cache`` keyed on the sha256 of the
  notebook, every file in ``data/``, the library's code and catalogues, and the pins:
  a rebuild with no change executes nothing; changing one lesson re-executes only it.
  (A hand-made cache: jupyter-cache keys on a notebook's code only, and would not notice
  a change to the data or the library that the code calls.)

Everything a page needs is shipped into ``build/assets`` (reveal.js, require.js and the
Jupyter widgets manager from ``node_modules``, installed by ``npm ci`` from the lock file),
so the site works with no network: from ``file://``, a USB stick or a local server.
"""

from __future__ import annotations

import concurrent.futures as futures
import functools
import hashlib
import html
import json
import os
import shutil
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).with_name("templates")
LANGS = ("id", "en")
LANG_NAMES = {"id": "Bahasa Indonesia", "en": "English"}

# What the site says around the notebooks, in both languages (prose, not UI of the library).
SITE_TEXT = {
    "id": {
        "course": "Media Sosial untuk Perubahan Sosial",
        "tagline": "Kursus terbuka dengan data nyata dan widget interaktif, dari artikel Rumah Produksi Indonesia "
        '"Bagaimana Media Sosial Membantu Perubahan Sosial".',
        "lessons": "Pelajaran",
        "page": "Halaman",
        "slides": "Salindia",
        "exercises": "Latihan",
        "minutes": "menit",
        "objectives": "Tujuan belajar",
        "home": "Beranda",
        "nav": "Navigasi",
        "skip": "Lompat ke isi",
        "notes": "Catatan fasilitator",
        "guide": "Panduan fasilitator",
        "data": "Data dan lisensi",
        "other": "English",
        "offline": "Seluruh situs ini berjalan tanpa internet.",
        "kind": "Jenis",
        "rows": "Baris",
        "source": "Sumber",
        "licence": "Lisensi",
        "table": "Tabel",
        "data_intro": "Setiap angka dalam kursus berasal dari tabel berikut beserta sumbernya. Data *teramati* diukur "
        "pihak lain; angka yang *dipublikasikan* berasal dari laporan; *rekonstruksi* dibangun ulang agar "
        "tepat melewati angka yang dipublikasikan dan selalu ditandai demikian.",
    },
    "en": {
        "course": "Social Media for Social Change",
        "tagline": "An open course with real data and interactive widgets, built from the Indonesian article "
        '"How Social Media Helps Social Change" (Rumah Produksi Indonesia).',
        "lessons": "Lessons",
        "page": "Page",
        "slides": "Slides",
        "exercises": "Exercises",
        "minutes": "min",
        "objectives": "Learning objectives",
        "home": "Home",
        "nav": "Navigation",
        "skip": "Skip to content",
        "notes": "Facilitator's notes",
        "guide": "Facilitator guide",
        "data": "Data and licences",
        "other": "Bahasa Indonesia",
        "offline": "This whole site works without internet.",
        "kind": "Kind",
        "rows": "Rows",
        "source": "Source",
        "licence": "Licence",
        "table": "Table",
        "data_intro": "Every number in the course comes from these tables, with their sources. *Observed* data were "
        "measured by others; *published* figures come from reports; *reconstructed* series are rebuilt "
        "to pass exactly through published figures, and are always labelled so.",
    },
}


@dataclass
class Notebook:
    """One notebook of the course and where its outputs go."""

    path: Path
    kind: str  # "notebooks" or "exercises"
    lang: str

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def name(self) -> str:
        return f"{self.kind}/{self.lang}/{self.path.name}"

    def meta(self) -> dict:
        nb = json.loads(self.path.read_text(encoding="utf-8"))
        return nb.get("metadata", {}).get("medsos", {})

    def page(self, out: Path) -> Path:
        folder = "lessons" if self.kind == "notebooks" else "exercises"
        return out / self.lang / folder / f"{self.slug}.html"

    def deck(self, out: Path) -> Path:
        return out / self.lang / "slides" / f"{self.slug}.slides.html"


@dataclass
class Result:
    notebook: Notebook
    executed: str | None = None  # the executed notebook (JSON)
    seconds: float = 0.0
    cached: bool = False
    error: str | None = None
    timings: dict = field(default_factory=dict)


def discover(root: Path = ROOT, only: str | None = None) -> list[Notebook]:
    """Every lesson and exercise notebook, both languages, in a stable order."""
    found = []
    for kind in ("notebooks", "exercises"):
        for lang in LANGS:
            for path in sorted((root / kind / lang).glob("*.ipynb")):
                if only and only not in str(path.relative_to(root)):
                    continue
                found.append(Notebook(path, kind, lang))
    return found


def environment_hash(root: Path = ROOT) -> str:
    """sha256 of everything a notebook's output depends on besides the notebook itself."""
    digest = hashlib.sha256()
    files = [root / "requirements.txt"]
    files += sorted((root / "data").rglob("*"))
    files += sorted((root / "src" / "medsos").rglob("*.py"))
    files += sorted((root / "src" / "medsos" / "locale").rglob("*.po"))
    for path in files:
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(notebook: Notebook, env_hash: str) -> str:
    digest = hashlib.sha256(env_hash.encode())
    digest.update(notebook.path.read_bytes())
    return digest.hexdigest()[:32]


def execute(path: str, timeout: int = 300) -> tuple[str | None, str | None, float]:
    """Run a notebook top to bottom in its own folder; return (executed JSON, error, seconds).

    Runs in a worker process. On a failing cell the error names the notebook, the cell
    number and the exception.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    os.environ.setdefault("MPLBACKEND", "Agg")
    start = time.perf_counter()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(Path(path).parent)}},
        store_widget_state=True,
    )
    try:
        client.execute()
    except CellExecutionError as error:
        index = next(
            (
                i
                for i, c in enumerate(nb.cells)
                if any(o.get("output_type") == "error" for o in c.get("outputs", []))
            ),
            None,
        )
        cell = f"cell {index + 1}" if index is not None else "a cell"
        lines = [line for line in str(error).strip().splitlines() if line.strip()]
        return None, f"{path}: {cell}: {lines[-1] if lines else error}", time.perf_counter() - start
    except Exception as error:  # noqa: BLE001 - a kernel that dies must still be reported clearly
        return None, f"{path}: {type(error).__name__}: {error}", time.perf_counter() - start
    return nbformat.writes(nb), None, time.perf_counter() - start


def relative(target: Path, start: Path) -> str:
    return os.path.relpath(target, start.parent).replace(os.sep, "/")


def copy_assets(out: Path, root: Path = ROOT) -> Path:
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
    for name in ("site.css", "slides.css", "a11y.js"):
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


def _links(notebook: Notebook, out: Path, here: Path, notebooks: list[Notebook]) -> list[dict]:
    text = SITE_TEXT[notebook.lang]
    other = "en" if notebook.lang == "id" else "id"
    twin = Notebook(notebook.path.parents[1] / other / notebook.path.name, notebook.kind, other)
    links = []
    if notebook.kind == "notebooks":
        links.append({"href": relative(notebook.deck(out), here), "text": text["slides"]})
        for ex in notebooks:
            if (
                ex.kind == "exercises"
                and ex.lang == notebook.lang
                and ex.slug.startswith(notebook.slug[:3])
            ):
                links.append({"href": relative(ex.page(out), here), "text": text["exercises"]})
    else:
        for lesson in notebooks:
            if (
                lesson.kind == "notebooks"
                and lesson.lang == notebook.lang
                and notebook.slug.startswith(lesson.slug[:3])
            ):
                links.append({"href": relative(lesson.page(out), here), "text": text["lessons"]})
    links.append({"href": relative(twin.page(out), here), "text": text["other"], "lang": other})
    return links


_EXPORTERS: dict = {}


def _exporter(kind, **options):  # noqa: ANN001, ANN003 - nbconvert exporter classes and traits
    """One exporter per class and options per process: building the template environment is slow."""
    key = (kind.__name__, repr(sorted(options.items())))
    if key not in _EXPORTERS:
        _EXPORTERS[key] = kind(**options)
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
    from nbconvert import HTMLExporter, SlidesExporter

    _cache_validators()
    assets = out / "assets"
    page = notebook.page(out)
    page_exporter = _exporter(
        HTMLExporter,
        template_name="medsos_lab",
        extra_template_basedirs=[str(TEMPLATES)],
        embed_images=True,
        language_code=notebook.lang,
        require_js_url=relative(assets / "require.js", page),
        widget_renderer_url=relative(assets / "html-manager" / "embed-amd.js", page),
        mathjax_url="",
        exclude_input_prompt=False,
    )
    if notebook.kind != "notebooks":
        return page_exporter, None
    deck = notebook.deck(out)
    slides = _exporter(
        SlidesExporter,
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


def export(notebook: Notebook, executed: str, out: Path, notebooks: list[Notebook]) -> list[Path]:
    """Write the HTML page (and, for lessons, the slide deck) of one executed notebook."""
    import nbformat

    nb = nbformat.reads(executed, as_version=4)
    meta = nb.metadata.get("medsos", {})
    nb.metadata["title"] = meta.get("title", notebook.slug)
    text = SITE_TEXT[notebook.lang]
    written = []
    page = notebook.page(out)
    page.parent.mkdir(parents=True, exist_ok=True)
    assets = out / "assets"
    resources = {
        "medsos": {
            "assets": relative(assets, page),
            "home": relative(out / notebook.lang / "index.html", page),
            "links": _links(notebook, out, page, notebooks),
            "labels": {
                "home": text["home"],
                "nav": text["nav"],
                "skip": text["skip"],
                "notes": text["notes"],
            },
        }
    }
    page_exporter, slides = _exporters(notebook, out)
    body, _ = page_exporter.from_notebook_node(nb, resources=resources)
    page.write_text(body, encoding="utf-8")
    written.append(page)
    if slides is not None:
        deck = notebook.deck(out)
        deck.parent.mkdir(parents=True, exist_ok=True)
        resources["medsos"]["assets"] = relative(assets, deck)
        body, _ = slides.from_notebook_node(nb, resources=resources)
        deck.write_text(body, encoding="utf-8")
        written.append(deck)
    return written


def _progress(done: int, total: int, name: str, seconds: float, how: str, start: float) -> None:
    elapsed = time.perf_counter() - start
    print(
        f"[{done:>2}/{total}] {how:10} {name:58} {seconds:6.1f} s   (elapsed {elapsed:5.1f} s)",
        flush=True,
    )


def export_hash(root: Path = ROOT) -> str:
    """sha256 of what shapes a page besides the executed notebook: templates and this code."""
    digest = hashlib.sha256()
    for path in sorted(TEMPLATES.rglob("*")) + [
        Path(__file__),
        Path(__file__).with_name("site.py"),
    ]:
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def process(
    notebook: Notebook, cached: str, out: str, notebooks: list[Notebook]
) -> tuple[str, str | None, float]:
    """Worker: execute a notebook unless its executed copy is cached, then export it.

    Returns (how, error, seconds) with how = "executed" or "exported".
    """
    start = time.perf_counter()
    target = Path(cached)
    if target.exists():
        executed, how = target.read_text(encoding="utf-8"), "exported"
    else:
        # The kernel mostly waits; compile the page templates meanwhile, in a thread.
        warming = threading.Thread(target=warm_up, args=(notebook, Path(out)), daemon=True)
        warming.start()
        executed, error, _seconds = execute(str(notebook.path))
        warming.join()
        if error:
            return "FAILED", error, time.perf_counter() - start
        target.write_text(executed, encoding="utf-8")
        how = "executed"
    try:
        export(notebook, executed, Path(out), notebooks)
    except Exception as error:  # noqa: BLE001 - report which notebook, not a worker traceback
        return (
            "FAILED",
            f"{notebook.path}: export: {type(error).__name__}: {error}",
            time.perf_counter() - start,
        )
    return how, None, time.perf_counter() - start


def build(
    out: Path | None = None, jobs: int = 2, only: str | None = None, root: Path = ROOT
) -> int:
    """Build the site into ``out`` (default build/); return a process exit code.

    A notebook whose executed copy and pages are up to date is skipped; one whose
    executed copy is cached is only exported; the rest are executed, then exported.
    Workers do both, in parallel.
    """
    start = time.perf_counter()
    out = Path(out or root / "build")
    cache = out / ".cache"
    cache.mkdir(parents=True, exist_ok=True)
    manifest_path = cache / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    everything = discover(root)
    notebooks = [nb for nb in everything if not only or only in nb.name]
    env_hash, page_hash = environment_hash(root), export_hash(root)
    copy_assets(out, root)
    todo, done = [], 0
    total = len(notebooks)
    fresh = {}
    for notebook in notebooks:
        key = cache_key(notebook, env_hash)
        fresh[notebook.name] = f"{key}:{page_hash}"
        outputs = [notebook.page(out)] + (
            [notebook.deck(out)] if notebook.kind == "notebooks" else []
        )
        if manifest.get(notebook.name) == fresh[notebook.name] and all(p.exists() for p in outputs):
            done += 1
            _progress(done, total, notebook.name, 0.0, "up to date", start)
        else:
            todo.append((notebook, cache / f"{key}.ipynb"))
    executing = sum(1 for _nb, cached in todo if not cached.exists())
    print(
        f"medsos build: {total} notebooks: {executing} to execute, {len(todo) - executing} to export, "
        f"{total - len(todo)} up to date ({jobs} worker(s))",
        flush=True,
    )
    failures = []
    if todo:
        with futures.ProcessPoolExecutor(max_workers=max(1, min(jobs, len(todo)))) as pool:
            running = {
                pool.submit(process, nb, str(cached), str(out), everything): nb
                for nb, cached in todo
            }
            for future in futures.as_completed(running):
                notebook = running[future]
                how, error, seconds = future.result()
                done += 1
                _progress(done, total, notebook.name, seconds, how, start)
                if error:
                    failures.append(error)
                    manifest.pop(notebook.name, None)
                else:
                    manifest[notebook.name] = fresh[notebook.name]
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    if failures:
        print("\nThe build stopped: a notebook failed.", file=sys.stderr)
        for error in failures:
            print(f"  {error}", file=sys.stderr)
        return 1
    # The index, guide and data pages change only with lesson titles/objectives, the guide,
    # the data package or the templates: rewrite them only then (importing the markdown
    # renderer alone costs ~2 s, which a warm build cannot afford).
    site_inputs = hashlib.sha256(page_hash.encode())
    for nb in everything:
        site_inputs.update(nb.name.encode() + json.dumps(nb.meta(), sort_keys=True).encode())
    for extra in [
        *sorted((root / "facilitator").glob("guide.*.md")),
        root / "data" / "datapackage.json",
    ]:
        if extra.exists():
            site_inputs.update(extra.read_bytes())
    if manifest.get("__site__") != site_inputs.hexdigest() or not (out / "index.html").exists():
        from medsos import site

        site.write_site(out, everything, root)
        manifest["__site__"] = site_inputs.hexdigest()
        manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    _prune(cache, {cache_key(nb, env_hash) for nb in everything})
    print(
        f"medsos build: done in {time.perf_counter() - start:.1f} s → {out / 'index.html'}",
        flush=True,
    )
    return 0


def _prune(cache: Path, keep: set[str]) -> None:
    """Remove executed copies no notebook can use any more (keeps build/.cache small)."""
    for path in cache.glob("*.ipynb"):  # manifest.json is kept
        if path.stem not in keep:
            path.unlink()


def escape(text: str) -> str:
    return html.escape(str(text), quote=True)
