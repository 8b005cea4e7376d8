"""Stage 1 of the build: find the course's notebooks and say where each one's pages go."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LANGS = ("id", "en")
KINDS = ("notebooks", "exercises")


@dataclass(frozen=True)
class Notebook:
    """One notebook of the course (a lesson or its exercises, in one language) and its pages."""

    path: Path
    kind: str  # "notebooks" or "exercises"
    lang: str

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def name(self) -> str:
        """``notebooks/en/01-real-cases.ipynb``: the name the build reports and caches under."""
        return f"{self.kind}/{self.lang}/{self.path.name}"

    @property
    def is_lesson(self) -> bool:
        return self.kind == "notebooks"

    def meta(self) -> dict:
        """The notebook's ``metadata.medsos`` (title, minutes, objectives)."""
        nb = json.loads(self.path.read_text(encoding="utf-8"))
        return nb.get("metadata", {}).get("medsos", {})

    def page(self, out: Path) -> Path:
        folder = "lessons" if self.is_lesson else "exercises"
        return out / self.lang / folder / f"{self.slug}.html"

    def deck(self, out: Path) -> Path:
        return out / self.lang / "slides" / f"{self.slug}.slides.html"

    @property
    def exports(self) -> tuple[str, ...]:
        """What the export writes for this notebook: its page and, for a lesson, its deck."""
        return ("page", "deck") if self.is_lesson else ("page",)

    def outputs(self, out: Path) -> list[Path]:
        """The files of :attr:`exports`."""
        return [self.page(out) if what == "page" else self.deck(out) for what in self.exports]

    def twin(self) -> Notebook:
        """The same notebook in the other language."""
        other = "en" if self.lang == "id" else "id"
        return Notebook(self.path.parents[1] / other / self.path.name, self.kind, other)


def discover(root: Path = ROOT, only: str | None = None) -> list[Notebook]:
    """Every lesson and exercise notebook, both languages, in a stable order.

    ``only`` keeps the notebooks whose path (relative to ``root``) contains that text.
    """
    found = []
    for kind in KINDS:
        for lang in LANGS:
            for path in sorted((root / kind / lang).glob("*.ipynb")):
                if only and only not in str(path.relative_to(root)):
                    continue
                found.append(Notebook(path, kind, lang))
    return found


def relative(target: Path, start: Path) -> str:
    """The link from the page ``start`` to ``target``, with forward slashes (works from file://)."""
    return os.path.relpath(target, start.parent).replace(os.sep, "/")
