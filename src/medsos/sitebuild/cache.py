"""What a notebook's outputs depend on, and the executed copies kept for it in ``build/.cache``.

Executing is what costs time (a kernel, every cell); exporting an executed notebook to a
page and a deck costs a second or two. So the cache keys an executed notebook on what
*execution* depends on, and nothing else:

- the notebook's **code cells**, the tags that change how nbclient runs them
  (``raises-exception``, ``skip-execution``), its kernel, and the folder the kernel runs
  in (the folder sets the language). As jupyter-cache's ``create_hashed_notebook`` does,
  Markdown cells and metadata are left out: a prose edit keeps the key;
- the **environment**: every file in ``data/``, the library's code and catalogue
  (``src/medsos``, except the parts of this build that do not run notebooks) and the
  pins (``requirements.txt``). jupyter-cache leaves these out; here a new data file or a
  library fix re-executes, because the code cells call them.

The pages, though, come from the notebook *as it is now*: :func:`merge_outputs` puts the
cached outputs into the fresh notebook, then the export runs on that. A prose-only edit
therefore re-exports the page and the deck without starting a kernel.

The manifest remembers, per notebook, the key of the pages last written (the executed key,
the whole notebook and what shapes a page), so a build with no change does nothing; the
report says what the last build did with each notebook (read by tests and the benchmark).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from medsos.sitebuild.discovery import Notebook

CACHE_VERSION = "2"  # bump when the cached files' form changes
EXECUTION_TAGS = frozenset({"raises-exception", "skip-execution"})  # tags nbclient acts on
BUILD_FILES_THAT_EXECUTE = frozenset({"execution.py"})  # the rest of sitebuild/ runs no notebook
# tools that work on the built site after the build (print it, zip it, photograph it, serve
# it on loopback): no notebook imports them, so editing them re-runs no notebook
AFTER_THE_BUILD = frozenset({"handouts.py", "kit.py", "proof.py", "localserve.py"})


def environment_files(root: Path) -> list[Path]:
    """Every file, besides the notebook, that the notebook's outputs depend on (sorted)."""
    library = root / "src" / "medsos"
    files = [root / "requirements.txt", *sorted((root / "data").rglob("*"))]
    for path in sorted(library.rglob("*.py")):
        parts = path.relative_to(library).parts
        if parts[0] == "sitebuild" and parts[-1] not in BUILD_FILES_THAT_EXECUTE:
            continue
        if len(parts) == 1 and parts[0] in AFTER_THE_BUILD:
            continue
        files.append(path)
    files += sorted((library / "locale").rglob("*.po"))
    return [path for path in files if path.is_file()]


def environment_hash(root: Path) -> str:
    """sha256 of :func:`environment_files`: names and contents."""
    digest = hashlib.sha256(CACHE_VERSION.encode())
    for path in environment_files(root):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def code_hash(nb: dict, folder: str) -> str:
    """sha256 of what the kernel sees of a notebook (``nb`` as read from its JSON).

    ``folder`` is where the kernel runs, relative to the course (``notebooks/en``).
    """
    digest = hashlib.sha256()
    kernel = nb.get("metadata", {}).get("kernelspec", {}).get("name", "")
    parts = [folder, kernel]
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            tags = EXECUTION_TAGS.intersection(cell.get("metadata", {}).get("tags", []))
            parts += [_source(cell), ",".join(sorted(tags))]
    for part in parts:
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


def execution_key(notebook: Notebook, text: str, env_hash: str, root: Path) -> str:
    """The cache key of a notebook's executed copy (``text`` is the notebook's JSON)."""
    folder = notebook.path.parent.relative_to(root).as_posix()
    digest = hashlib.sha256(env_hash.encode())
    digest.update(code_hash(json.loads(text), folder).encode())
    return digest.hexdigest()[:32]


def page_key(text: str, key: str, export_hash: str) -> str:
    """The key of a notebook's pages: its executed key, its whole text, and the export's hash."""
    digest = hashlib.sha256(f"{key}:{export_hash}:".encode())
    digest.update(text.encode())
    return digest.hexdigest()[:32]


def merge_outputs(fresh, executed):  # noqa: ANN001, ANN201 - nbformat NotebookNodes
    """The fresh notebook (today's prose and metadata) carrying the executed copy's outputs.

    Both have the same code cells (that is what the cache key says); each code cell gets
    its outputs, execution count and timing from the executed copy, and the notebook gets
    its widget state and language info, which is all that nbclient adds.
    """
    new = [cell for cell in fresh.cells if cell.cell_type == "code"]
    old = [cell for cell in executed.cells if cell.cell_type == "code"]
    if [c.source for c in new] != [c.source for c in old]:
        raise ValueError("the cached notebook's code cells differ from the notebook's")
    for cell, done in zip(new, old, strict=True):
        cell.outputs = done.outputs
        cell.execution_count = done.execution_count
        if "execution" in done.metadata:
            cell.metadata["execution"] = done.metadata["execution"]
    for key in ("widgets", "language_info"):
        if key in executed.metadata:
            fresh.metadata[key] = executed.metadata[key]
    return fresh


class Cache:
    """``build/.cache``: executed notebooks by key, the manifest, and the last build's report."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.manifest_path = self.folder / "manifest.json"
        self.report_path = self.folder / "report.json"

    def executed(self, key: str) -> Path:
        """Where the executed copy for ``key`` is (or will be) kept."""
        return self.folder / f"{key}.ipynb"

    def store(self, key: str, text: str) -> None:
        """Keep an executed notebook; written whole or not at all (workers run in parallel)."""
        target = self.executed(key)
        partial = target.with_suffix(f".{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)

    def manifest(self) -> dict:
        if self.manifest_path.exists():
            return json.loads(self.manifest_path.read_text(encoding="utf-8"))
        return {}

    def save_manifest(self, manifest: dict) -> None:
        self.manifest_path.write_text(
            json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8"
        )

    def save_report(self, report: dict) -> None:
        self.report_path.write_text(json.dumps(report, indent=1, sort_keys=True), encoding="utf-8")

    def explorers(self) -> dict[str, list[str]]:
        """Which explorers' states (folder names) each notebook's pages show."""
        path = self.folder / "explorers.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def save_explorers(self, shown: dict[str, list[str]]) -> None:
        path = self.folder / "explorers.json"
        path.write_text(json.dumps(shown, indent=1, sort_keys=True), encoding="utf-8")

    def prune(self, keep: set[str]) -> None:
        """Remove executed copies no notebook can use any more (keeps the cache small)."""
        for path in self.folder.glob("*.ipynb"):
            if path.stem not in keep:
                path.unlink()


def last_report(out: Path) -> dict:
    """What the last build into ``out`` did: ``{"executed": [...], "exported": [...], ...}``."""
    return json.loads((Path(out) / ".cache" / "report.json").read_text(encoding="utf-8"))
