"""The course site build behind ``make build`` (``python -m medsos build``), in four stages.

1. **discover** (:mod:`.discovery`): every lesson and exercise notebook, both languages;
2. **execute** (:mod:`.execution`): run a notebook's code once, in a fresh kernel, unless
   the cache (:mod:`.cache`) holds outputs for exactly that code, data, library and pins;
3. **export** (:mod:`.export`): the notebook as it is now, carrying those outputs, to its
   HTML page and, for a lesson, its reveal.js deck (nbconvert's exporters);
4. **pages** (:mod:`.pages`): the index, the facilitator guide and the data page;
5. **search** (:mod:`.search`): each language's offline search index, from the built pages.

Downloads (:mod:`.downloads`: every notebook, the data zip) are copied before stage 2.

Stages 2 and 3 run in worker processes (``--jobs``): one kernel per task, then one page or
deck per task. A rebuild with no change executes and exports nothing; a prose-only edit
re-exports that notebook's page and deck (side by side) without starting a kernel; a code,
data, library or pin change re-executes the notebooks it concerns. What each notebook went
through is printed, and kept in ``build/.cache/report.json`` (:func:`last_report`).
"""

from __future__ import annotations

import concurrent.futures as futures
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from medsos.sitebuild import explorers
from medsos.sitebuild.cache import (
    Cache,
    environment_hash,
    execution_key,
    last_report,
    merge_outputs,
    page_key,
)
from medsos.sitebuild.discovery import LANGS, ROOT, Notebook, discover
from medsos.sitebuild.downloads import write_downloads
from medsos.sitebuild.execution import execute
from medsos.sitebuild.export import copy_assets, export_hash, export_output, warm_up
from medsos.sitebuild.pages import write_site_if_changed
from medsos.sitebuild.search import index_path, write_search_index

__all__ = ["LANGS", "ROOT", "Notebook", "build", "discover", "execute", "last_report"]

UP_TO_DATE, EXPORTED, EXECUTED, FAILED = "up to date", "exported", "executed", "FAILED"


def build(
    out: Path | None = None, jobs: int = 2, only: str | None = None, root: Path = ROOT
) -> int:
    """Build the site into ``out`` (default ``build/``); return a process exit code.

    ``only`` limits the notebooks built to those whose path contains that text (the site
    pages still list every lesson).
    """
    start = time.perf_counter()
    out = Path(out or root / "build")
    cache = Cache(out / ".cache")
    manifest = cache.manifest()
    report: dict = {UP_TO_DATE: [], EXPORTED: [], EXECUTED: [], FAILED: [], "seconds": {}}

    # 1. discover; which notebooks' pages are out of date, and which of those need a kernel
    everything = discover(root)
    notebooks = [nb for nb in everything if not only or only in nb.name]
    env_hash, pages_hash = environment_hash(root), export_hash()
    keys, wanted = {}, {}
    for nb in everything:
        text = nb.path.read_text(encoding="utf-8")
        keys[nb.name] = execution_key(nb, text, env_hash, root)
        wanted[nb.name] = page_key(text, keys[nb.name], pages_hash)
    stale = []
    for nb in notebooks:
        if manifest.get(nb.name) == wanted[nb.name] and all(p.exists() for p in nb.outputs(out)):
            report[UP_TO_DATE].append(nb.name)
        else:
            stale.append(nb)
    to_run = [nb for nb in stale if not cache.executed(keys[nb.name]).exists()]
    copy_assets(out, root)
    write_downloads(out, everything, root)
    progress = _Progress(len(notebooks), start)
    print(
        f"medsos build: {len(notebooks)} notebooks: {len(to_run)} to execute, "
        f"{len(stale) - len(to_run)} to export, {len(report[UP_TO_DATE])} up to date "
        f"({jobs} worker(s))",
        flush=True,
    )
    for name in report[UP_TO_DATE]:
        progress.show(name, UP_TO_DATE, 0.0)

    failures: list[str] = []
    seconds = dict.fromkeys((nb.name for nb in stale), 0.0)
    if stale:
        workers = max(1, min(jobs, len(stale) * 2))
        with futures.ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) as pool:
            # 2. execute, into the cache, what the cache has no outputs for
            tasks = [
                (nb, (str(nb.path), str(cache.executed(keys[nb.name])), str(out), nb))
                for nb in to_run
            ]
            for nb, error, took in _run(pool, execute_into_cache, tasks):
                seconds[nb.name] += took
                if error:
                    failures.append(error)
                    report[FAILED].append(nb.name)
                    progress.show(nb.name, FAILED, seconds[nb.name])
            ran = {nb.name for nb in to_run}
            exportable = [nb for nb in stale if nb.name not in report[FAILED]]
            # 2b. the explorers' curated states, drawn once per recipe and language
            took = time.perf_counter()
            states, errors, drawn, cpu = _explorer_states(
                pool, exportable, cache, keys, out, env_hash, {nb.name for nb in everything}
            )
            failures += errors
            report["explorers"] = {
                "drawn": drawn,
                "seconds": round(time.perf_counter() - took, 2),
                "cpu_seconds": round(cpu, 2),
            }
            # 3. export each page and deck from the notebook as it is now + cached outputs
            tasks = [
                (nb, (nb, str(cache.executed(keys[nb.name])), str(out), everything, what, states))
                for nb in exportable
                for what in nb.exports
            ]
            left = {nb.name: len(nb.exports) for nb in exportable}
            for nb, error, took in _run(pool, export_from_cache, tasks):
                seconds[nb.name] += took
                if error:
                    failures.append(error)
                    if left.pop(nb.name, None) is not None:
                        report[FAILED].append(nb.name)
                        progress.show(nb.name, FAILED, seconds[nb.name])
                elif nb.name in left:
                    left[nb.name] -= 1
                    if not left[nb.name]:
                        how = EXECUTED if nb.name in ran else EXPORTED
                        report[how].append(nb.name)
                        manifest[nb.name] = wanted[nb.name]
                        progress.show(nb.name, how, seconds[nb.name])
    # processor time of the whole build: this process, its workers and their kernels
    used = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    report["cpu_seconds"] = round(sum(u.ru_utime + u.ru_stime for u in used), 2)
    for name in report[FAILED]:
        manifest.pop(name, None)
    report["seconds"] = {name: round(took, 2) for name, took in seconds.items()}
    cache.save_manifest(manifest)
    cache.save_report(report)
    if failures:
        print("\nThe build stopped: a notebook failed.", file=sys.stderr)
        for error in failures:
            print(f"  {error}", file=sys.stderr)
        return 1

    # 4. the site's own pages
    site_changed = write_site_if_changed(out, everything, root, manifest, pages_hash)
    if site_changed:
        cache.save_manifest(manifest)
    # 5. the search index of each language, from the pages as built (when any changed)
    if site_changed or stale or not all(index_path(out, lang).exists() for lang in LANGS):
        write_search_index(out)
    cache.prune(set(keys.values()))
    print(
        f"medsos build: done in {time.perf_counter() - start:.1f} s → {out / 'index.html'}",
        flush=True,
    )
    return 0


def execute_into_cache(path: str, cached: str, out: str, notebook: Notebook) -> str | None:
    """Worker, stage 2: run one notebook and keep the executed copy; return an error or None."""
    # Imported before the thread starts: two threads importing one package at the same time
    # can find it half-initialised (jupyter_client, which both nbclient and nbconvert import).
    import nbclient  # noqa: F401
    import nbconvert  # noqa: F401

    # The kernel mostly waits; compile the page templates meanwhile, in a thread, for stage 3.
    warming = threading.Thread(target=warm_up, args=(notebook, Path(out)), daemon=True)
    warming.start()
    executed, error, _seconds = execute(path)
    warming.join()
    if error:
        return error
    target = Path(cached)
    Cache(target.parent).store(target.stem, executed)
    return None


def _explorer_states(
    pool: futures.Executor,
    notebooks: list[Notebook],
    cache: Cache,
    keys: dict[str, str],
    out: Path,
    env_hash: str,
    names: set[str],
) -> tuple[dict[str, str], list[str], int, float]:
    """Stage 2b: draw the states of every explorer these notebooks show, unless drawn.

    Returns the table recipe → states' folder that the export uses, any errors, how many
    explorers were drawn (in both languages, each counted once) and their processor
    seconds. The
    folders of explorers no notebook shows any more are removed.
    """
    import json

    shown = cache.explorers()
    table: dict[str, str] = {}
    todo: dict[str, tuple] = {}
    found = {}
    for nb in notebooks:
        path = cache.executed(keys[nb.name])
        if path.exists():
            found[nb] = explorers.recipes(json.loads(path.read_text(encoding="utf-8")))
    # Lessons' explorers are drawn; an exercise's explorer answers when it is a lesson's
    # (the same recipe), and otherwise keeps its saved picture, as before.
    for nb in sorted(found, key=lambda nb: not nb.is_lesson):
        shown[nb.name] = []
        for recipe in found[nb]:
            key = explorers.state_key(recipe, nb.lang, env_hash)
            target = explorers.folder(out) / key
            if not nb.is_lesson and key not in todo and not target.exists():
                continue
            table[explorers.recipe_id(recipe, nb.lang)] = key
            shown[nb.name].append(key)
            if not target.exists() and key not in todo:
                todo[key] = (recipe, nb.lang, str(target))
    start = time.perf_counter()
    # one task per recipe, its languages together; the largest first, so that the
    # workers finish together
    grouped: dict[str, tuple[dict, list[tuple[str, str]]]] = {}
    for recipe, lang, target in todo.values():
        grouped.setdefault(explorers.recipe_id(recipe, ""), (recipe, []))[1].append((lang, target))
    work = sorted(grouped.values(), key=lambda args: explorers.weight(args[0]), reverse=True)
    running = [pool.submit(explorers.render, *args) for args in work]
    done = [f.result() for f in running]
    errors = [error for found, _cpu in done for error in found]
    cpu = sum(cpu for _errors, cpu in done)
    if todo:
        print(
            f"medsos build: {len(todo)} explorer(s) drawn in {time.perf_counter() - start:.1f} s",
            flush=True,
        )
    shown = {name: kept for name, kept in shown.items() if name in names}
    cache.save_explorers(shown)
    explorers.prune(out, {key for kept in shown.values() for key in kept})
    return table, errors, len(todo), cpu


def export_from_cache(
    notebook: Notebook,
    cached: str,
    out: str,
    notebooks: list[Notebook],
    what: str,
    states: dict[str, str] | None = None,
) -> str | None:
    """Worker, stage 3: write one page or deck of a notebook; return an error or None.

    ``states``: the recipe → states' folder table of stage 2b; its explorers answer in
    the page with no kernel (:mod:`.explorers`).
    """
    import nbformat

    try:
        fresh = nbformat.read(notebook.path, as_version=4)
        executed = nbformat.reads(Path(cached).read_text(encoding="utf-8"), as_version=4)
        nb = merge_outputs(fresh, executed)
        target = notebook.page(Path(out)) if what == "page" else notebook.deck(Path(out))
        explorers.make_static(nb, notebook.lang, states or {}, Path(out), target)
        explorers.drop_unused_widget_state(nb)
        export_output(notebook, nb, Path(out), notebooks, what)
    except Exception as error:  # noqa: BLE001 - report which notebook, not a worker traceback
        return f"{notebook.path}: export ({what}): {type(error).__name__}: {error}"
    return None


def _run(
    pool: futures.Executor, work: Callable, tasks: Iterable[tuple[Notebook, tuple]]
) -> Iterable[tuple[Notebook, str | None, float]]:
    """Run ``work(*args)`` for every (notebook, args) in the pool; yield (notebook, error,
    seconds) as each finishes."""
    running = {pool.submit(_timed, work, *args): nb for nb, args in tasks}
    for future in futures.as_completed(running):
        error, took = future.result()
        yield running[future], error, took


def _timed(work: Callable, *args) -> tuple[str | None, float]:  # noqa: ANN002
    start = time.perf_counter()
    error = work(*args)
    return error, time.perf_counter() - start


def _start_worker() -> None:
    """Set up a worker process: without the IRI checker that jsonschema would load.

    jsonschema imports ``rfc3987_syntax`` whenever it is installed (jupyter-events, a
    dependency of JupyterLab, needs it), and that module compiles 38 grammars when
    imported: about a second per process, half of a prose-only rebuild. nbformat
    validates notebooks with fastjsonschema and its schema checks no IRI, so the
    workers, which only execute and export, go without it. Kernels are other processes
    and are not affected.
    """
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]


class _Progress:
    """One line per notebook as it is done: how, how long, and the time since the start."""

    def __init__(self, total: int, start: float) -> None:
        self.total, self.start, self.done = total, start, 0

    def show(self, name: str, how: str, seconds: float) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.start
        print(
            f"[{self.done:>2}/{self.total}] {how:10} {name:58} {seconds:6.1f} s   "
            f"(elapsed {elapsed:5.1f} s)",
            flush=True,
        )
