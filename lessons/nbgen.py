"""Write a lesson in both languages from one Python file, so code cells and slides match by construction.

A lesson source (``lessons/lNN_topic.py``) builds a list of cells with :func:`md`, :func:`code` and
:func:`notes`, each markdown cell given in Indonesian and English, then calls :func:`write`. The
stored notebooks (``notebooks/{id,en}/…``) are what students open; regenerate them with
``make notebooks`` after editing a source. Prose is written natively in each language, not translated
word for word.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def md(id_text: str, en_text: str, slide: str = "-") -> dict:
    """A markdown cell: Indonesian text, English text, slide type."""
    return {"type": "md", "id": _clean(id_text), "en": _clean(en_text), "slide": slide}


def notes(id_text: str, en_text: str) -> dict:
    """Speaker notes (reveal.js notes plugin): start with a timing such as ``⏱ 5 min``."""
    return md(id_text, en_text, slide="notes")


def code(
    source: str, slide: str = "-", task: str | None = None, tags: list[str] | None = None
) -> dict:
    """A code cell, identical in both languages. ``task`` marks an exercise answer cell."""
    return {"type": "code", "src": _clean(source), "slide": slide, "task": task, "tags": tags or []}


def answer(source: str, task: str) -> dict:
    """The cell a student fills in for exercise task ``task`` (tagged ``answer``)."""
    return code(source, task=task, tags=["answer"])


def build(cells: list[dict], meta: dict, lang: str) -> nbformat.NotebookNode:
    nb = new_notebook()
    for c in cells:
        metadata: dict = {"slideshow": {"slide_type": c["slide"]}}
        if c["type"] == "md":
            cell = new_markdown_cell(c[lang], metadata=metadata)
        else:
            if c["tags"]:
                metadata["tags"] = list(c["tags"])
            if c["task"]:
                metadata["medsos"] = {"task": c["task"]}
            cell = new_code_cell(c["src"], metadata=metadata)
        cell.pop("id", None)
        nb.cells.append(cell)
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "medsos": {
            "language": lang,
            "lesson": meta["lesson"],
            "minutes": meta["minutes"],
            "objectives": meta["objectives"][lang],
            "title": meta["title"][lang],
        },
    }
    nb.nbformat, nb.nbformat_minor = 4, 4
    return nb


def write(cells: list[dict], meta: dict, kind: str, filename: str) -> list[Path]:
    """Write ``{kind}/{id,en}/{filename}`` (kind: ``notebooks`` or ``exercises``)."""
    out = []
    for lang in LANGS:
        path = ROOT / kind / lang / filename
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(build(cells, meta, lang), path)
        out.append(path)
    return out
