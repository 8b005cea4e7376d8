"""The course site build behind ``make build`` (``python -m medsos build``), in four stages.

1. **discover** (:mod:`.discovery`): every lesson and exercise notebook, both languages;
2. **execute** (:mod:`.execution`): run a notebook's code once, in a fresh kernel, unless
   the cache (:mod:`.cache`) holds outputs for exactly that code, data, library and pins;
3. **export** (:mod:`.export`): the notebook as it is now, carrying those outputs, to its
   HTML page and, for a lesson, its reveal.js deck (nbconvert's exporters);
4. **pages** (:mod:`.pages`): the index, the facilitator guide and the data page.

Stages 2 and 3 run in worker processes (``--jobs``), one notebook each. A rebuild with no
change executes and exports nothing; a prose-only edit re-exports that notebook's page and
deck without starting a kernel; a code, data, library or pin change re-executes the
notebooks it concerns. What each notebook went through is printed, and kept in
``build/.cache/report.json`` (:func:`last_report`).
"""

from __future__ import annotations

import concurrent.futures as futures
import sys
import threading
import time
from pathlib import Path

from medsos.sitebuild.cache import (
    Cache,
    environment_hash,
    execution_key,
    last_report,
    merge_outputs,
    page_key,
)
from medsos.sitebuild.discovery import LANGS, ROOT, Notebook, discover
from medsos.sitebuild.execution import execute
from medsos.sitebuild.export import copy_assets, export_hash, export_notebook, warm_up
from medsos.sitebuild.pages import write_site_if_changed

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

    # 1. discover
    everything = discover(root)
    notebooks = [nb for nb in everything if not only or only in nb.name]

    # 2-3. decide, per notebook, what it needs: nothing, an export, or execution and export
    env_hash, pages_hash = environment_hash(root), export_hash()
    keys, wanted, todo = {}, {}, []
    for nb in everything:
        text = nb.path.read_text(encoding="utf-8")
        keys[nb.name] = execution_key(nb, text, env_hash, root)
        wanted[nb.name] = page_key(text, keys[nb.name], pages_hash)
    report: dict = {UP_TO_DATE: [], EXPORTED: [], EXECUTED: [], FAILED: [], "seconds": {}}
    for nb in notebooks:
        if manifest.get(nb.name) == wanted[nb.name] and all(p.exists() for p in nb.outputs(out)):
            report[UP_TO_DATE].append(nb.name)
        else:
            todo.append(nb)
    copy_assets(out, root)
    executing = sum(1 for nb in todo if not cache.executed(keys[nb.name]).exists())
    print(
        f"medsos build: {len(notebooks)} notebooks: {executing} to execute, "
        f"{len(todo) - executing} to export, {len(report[UP_TO_DATE])} up to date "
        f"({jobs} worker(s))",
        flush=True,
    )
    for done, name in enumerate(report[UP_TO_DATE], 1):
        _progress(done, len(notebooks), name, 0.0, UP_TO_DATE, start)

    # 2-3. execute (when the cache has no outputs) and export, in parallel
    failures = []
    if todo:
        workers = max(1, min(jobs, len(todo)))
        with futures.ProcessPoolExecutor(max_workers=workers, initializer=_start_worker) as pool:
            running = {
                pool.submit(
                    process, nb, str(cache.executed(keys[nb.name])), str(out), everything
                ): nb
                for nb in todo
            }
            for future in futures.as_completed(running):
                nb = running[future]
                how, error, seconds = future.result()
                report[how].append(nb.name)
                report["seconds"][nb.name] = round(seconds, 2)
                _progress(
                    len(notebooks) - len(todo) + len(report["seconds"]),
                    len(notebooks),
                    nb.name,
                    seconds,
                    how,
                    start,
                )
                if error:
                    failures.append(error)
                    manifest.pop(nb.name, None)
                else:
                    manifest[nb.name] = wanted[nb.name]
    cache.save_manifest(manifest)
    if failures:
        cache.save_report(report)
        print("\nThe build stopped: a notebook failed.", file=sys.stderr)
        for error in failures:
            print(f"  {error}", file=sys.stderr)
        return 1

    # 4. the site's own pages
    if write_site_if_changed(out, everything, root, manifest, pages_hash):
        cache.save_manifest(manifest)
    cache.prune(set(keys.values()))
    cache.save_report(report)
    print(
        f"medsos build: done in {time.perf_counter() - start:.1f} s → {out / 'index.html'}",
        flush=True,
    )
    return 0


def process(
    notebook: Notebook, cached: str, out: str, notebooks: list[Notebook]
) -> tuple[str, str | None, float]:
    """Worker: one notebook through stages 2 and 3; returns (how, error, seconds).

    ``how`` is "executed" (the kernel ran), "exported" (cached outputs were reused) or
    "FAILED" (``error`` says which notebook, which cell, which exception).
    """
    import nbformat

    start = time.perf_counter()
    target = Path(cached)
    if target.exists():
        executed, how = target.read_text(encoding="utf-8"), EXPORTED
    else:
        # The kernel mostly waits; compile the page templates meanwhile, in a thread.
        warming = threading.Thread(target=warm_up, args=(notebook, Path(out)), daemon=True)
        warming.start()
        executed, error, _seconds = execute(str(notebook.path))
        warming.join()
        if error:
            return FAILED, error, time.perf_counter() - start
        Cache(target.parent).store(target.stem, executed)
        how = EXECUTED
    try:
        fresh = nbformat.read(notebook.path, as_version=4)
        nb = merge_outputs(fresh, nbformat.reads(executed, as_version=4))
        export_notebook(notebook, nb, Path(out), notebooks)
    except Exception as error:  # noqa: BLE001 - report which notebook, not a worker traceback
        return (
            FAILED,
            f"{notebook.path}: export: {type(error).__name__}: {error}",
            (time.perf_counter() - start),
        )
    return how, None, time.perf_counter() - start


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


def _progress(done: int, total: int, name: str, seconds: float, how: str, start: float) -> None:
    elapsed = time.perf_counter() - start
    print(
        f"[{done:>2}/{total}] {how:10} {name:58} {seconds:6.1f} s   (elapsed {elapsed:5.1f} s)",
        flush=True,
    )
