"""Decks made for a projector: what changes between a lesson's page and its slides.

A lesson notebook is written to be read (a paragraph, then the chart it talks about). Cut
into slides as it is, that gives a chart squeezed under its paragraph and a line of set-up
code in front of the room. The deck exporter therefore runs two nbconvert preprocessors
(registered in ``templates/medsos_reveal/conf.json``, so pages and notebooks keep every cell):

* nbconvert's own ``TagRemovePreprocessor`` drops the cells authors tag ``hide-on-slides``
  (``import medsos as ms``, loading a table): they stay in the page and the notebook;
* :class:`ProjectionLayout` gives every chart, explorer or table its own slide: the cell
  that draws it starts a new (vertical) subslide, and what followed it on the same slide
  starts another; code of more than two lines that draws it is left off that slide (the
  page and the notebook show it). Speaker notes stay with the slide they follow.

The slide's size (:data:`SLIDE_WIDTH` × :data:`SLIDE_HEIGHT`, a 16:9 projector's 1280×720)
and the in-browser fitting (charts grow to fill the slide, overflowing text shrinks) live in
the deck template and ``slides.css``; ``tests/test_browser_decks.py`` measures the result.
"""

from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode

HIDE_ON_SLIDES = "hide-on-slides"  # the cell tag authors set on set-up code
SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_STARTS = {"slide", "subslide"}
_HIDDEN = {"notes", "skip"}


def slide_type(cell: NotebookNode) -> str:
    return cell.get("metadata", {}).get("slideshow", {}).get("slide_type", "-") or "-"


def is_visual(cell: NotebookNode) -> bool:
    """Whether a code cell shows a chart, an explorer or a table (what needs room on a slide).

    >>> from nbformat.v4 import new_code_cell, new_output
    >>> chart = new_output("display_data", {"text/html": '<figure class="medsos-chart">'})
    >>> is_visual(new_code_cell(outputs=[chart]))
    True
    >>> is_visual(new_code_cell(outputs=[new_output("stream", text="hello")]))
    False
    """
    if cell.get("cell_type") != "code":
        return False
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        html = data.get("text/html", "")
        html = html if isinstance(html, str) else "".join(html)
        if "image/png" in data or WIDGET_VIEW in data:
            return True
        if "medsos-chart" in html or "<table" in html:
            return True
    return False


SHOWN_CODE_LINES = 2  # a chart slide shows the code that drew it when it is this short


def _start_subslide(cell: NotebookNode) -> None:
    cell.metadata.setdefault("slideshow", {})["slide_type"] = "subslide"


def _hide_long_code(cell: NotebookNode) -> None:
    """A chart's slide is for the chart: longer code stays on the page and in the notebook,
    and so does an explorer's one line (its controls and chart need the whole slide)."""
    explorer = any(WIDGET_VIEW in o.get("data", {}) for o in cell.get("outputs", []))
    if explorer or len(cell.source.strip().splitlines()) > SHOWN_CODE_LINES:
        cell.metadata["transient"] = {"remove_source": True}


class ProjectionLayout(Preprocessor):
    """Put each chart, explorer or table on a slide of its own (decks only).

    >>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
    >>> chart = new_output("display_data", {"text/html": '<figure class="medsos-chart">'})
    >>> def cell(kind, slide, **more):
    ...     made = (new_code_cell if kind == "code" else new_markdown_cell)(**more)
    ...     made.metadata["slideshow"] = {"slide_type": slide}
    ...     return made
    >>> nb = new_notebook(cells=[cell("md", "slide", source="## Title and a paragraph"),
    ...     cell("code", "-", outputs=[chart]), cell("md", "notes", source="note"),
    ...     cell("md", "-", source="What the chart shows")])
    >>> nb, _ = ProjectionLayout().preprocess(nb, {})
    >>> [slide_type(c) for c in nb.cells]
    ['slide', 'subslide', 'notes', 'subslide']
    """

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        on_slide = 0  # visible cells on the current (sub)slide so far
        after_visual = False
        for cell in nb.cells:
            kind = slide_type(cell)
            if kind in _HIDDEN:
                continue
            if kind in _STARTS:
                on_slide = 0
            elif after_visual or (is_visual(cell) and on_slide):
                _start_subslide(cell)
                on_slide = 0
            after_visual = is_visual(cell)
            if after_visual:
                _hide_long_code(cell)
            on_slide += 1
        return nb, resources
