"""The shape every course widget shares: controls on top, a chart or a message below.

A widget is an :class:`Explorer`: a dict of named ipywidgets controls and a ``draw``
function that takes their values and returns a :class:`~medsos.charts.Chart`, an HTML
string, or anything with ``_repr_html_``. The explorer draws once when it is made (so
an exported HTML page shows a sensible picture even without a running kernel) and again
whenever a control changes.

A student can make any selection, including an impossible one: ``draw`` raises a
:class:`~medsos.errors.CourseError` and the explorer shows its message where the chart
would be. Nothing a student clicks produces a traceback.

The output is written straight into the ``Output`` widget's ``outputs`` (a mime bundle
with ``text/html`` and a plain-text fallback), which works the same in a kernel, in a
test, and in the widget state saved into exported pages.
"""

from __future__ import annotations

import contextvars
import functools
import html
import json
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import ipywidgets as widgets

from medsos.errors import CourseError, problems_html
from medsos.i18n import _

Drawer = Callable[..., Any]
_OFFSCREEN = contextvars.ContextVar("medsos_explorer_offscreen", default=False)
RECIPE_MIME = "application/vnd.medsos.explorer+json"
"""The extra entry of an explorer's display data: its recipe, read by the site build."""


def message_html(text: str, *, kind: str = "info") -> str:
    """A friendly, accessible message box (used for empty or impossible selections)."""
    colour = {"info": "#0072B2", "warning": "#E69F00"}.get(kind, "#0072B2")
    return (
        f'<div role="status" class="medsos-message" style="border-left:6px solid {colour};'
        f'padding:0.6em 1em;background:#f4f8fb;color:#1a1a1a">{html.escape(text)}</div>'
    )


def bundle(result: Any) -> dict[str, str]:
    """Turn what ``draw`` returned into a mime bundle for an Output widget."""
    if isinstance(result, str):
        return {"text/html": result, "text/plain": result}
    if hasattr(result, "_repr_html_"):
        plain = getattr(result, "alt", None) or repr(result)
        return {"text/html": result._repr_html_(), "text/plain": plain}
    return {"text/plain": repr(result)}


@contextmanager
def offscreen() -> Iterator[None]:
    """Explorers made or redrawn inside this block draw, but show nothing in their Output.

    For the site build (:mod:`medsos.widgets.static`), which reads ``explorer.last`` for
    each of hundreds of states and encodes the chart itself: the Output's HTML (the chart
    as a base64 PNG) would be made for every state and never seen. Everything else a
    redraw does (the drawing, its message for a refused choice, ``last``) is the same.
    """
    token = _OFFSCREEN.set(True)
    try:
        yield
    finally:
        _OFFSCREEN.reset(token)


class Explorer(widgets.VBox):
    """Named controls plus a drawing function; redraws on change, never raises.

    ``explorer.controls["scale"].value = "log"`` changes a control exactly as a click
    would; ``explorer.last`` is what was drawn last (a Chart, or a message), which tests
    and benchmarks read; ``explorer.last_seconds`` is how long that took.
    """

    def __init__(
        self,
        controls: Mapping[str, widgets.Widget],
        draw: Drawer,
        *,
        description: str | None = None,
        columns: int = 2,
    ) -> None:
        self.controls = dict(controls)
        self.draw = draw
        self.output = widgets.Output(layout=widgets.Layout(min_height="200px", width="100%"))
        self.last: Any = None
        self.last_seconds = 0.0
        grid = widgets.GridBox(
            list(self.controls.values()),
            layout=widgets.Layout(
                grid_template_columns=f"repeat({columns}, minmax(0, 1fr))",
                grid_gap="4px 16px",
                width="100%",
            ),
        )
        parts: list[widgets.Widget] = []
        if description:
            parts.append(widgets.HTML(f"<p>{html.escape(description)}</p>"))
        parts += [grid, self.output]
        super().__init__(parts, layout=widgets.Layout(width="100%"))
        self.add_class("medsos-explorer")
        for control in self.controls.values():
            if hasattr(control, "value"):
                control.observe(self._changed, names="value")
        self.redraw()

    recipe: dict | None = None
    """How to make this explorer again (factory and arguments): set by :func:`with_recipe`."""

    def _repr_mimebundle_(self, **kwargs: Any) -> dict | None:
        """The widget's display data plus its recipe, for pages and decks with no kernel.

        JupyterLab shows the widget view as always (it has no renderer for the recipe's
        type); the site build reads the recipe and draws the explorer's curated states
        (:mod:`medsos.widgets.static`).
        """
        data = super()._repr_mimebundle_(**kwargs)
        if data and self.recipe is not None:
            data = {**data, RECIPE_MIME: self.recipe}
        return data

    def values(self) -> dict[str, Any]:
        """The current value of every control, by name."""
        return {name: c.value for name, c in self.controls.items() if hasattr(c, "value")}

    def _changed(self, _change: dict) -> None:
        self.redraw()

    def redraw(self) -> Any:
        """Draw with the current values; show a message instead of raising."""
        start = time.perf_counter()
        try:
            result = self.draw(**self.values())
        except CourseError as error:
            result = problems_html(error.problems, title=_("Nothing to show for this choice"))
        except Exception as error:  # noqa: BLE001 - a click must never end in a traceback
            result = message_html(
                _(
                    "Something went wrong while drawing ({kind}: {error}). Try another choice."
                ).format(kind=type(error).__name__, error=error),
                kind="warning",
            )
        if not _OFFSCREEN.get():
            self.output.outputs = (
                {"output_type": "display_data", "data": bundle(result), "metadata": {}},
            )
        self.last = result
        self.last_seconds = time.perf_counter() - start
        return result

    @contextmanager
    def quiet(self) -> Iterator[Explorer]:
        """Change controls inside this block without redrawing.

        For a control that depends on another (a period slider whose months follow the
        chosen series): the observer that changes it does so quietly, and the explorer
        redraws once, for the change that started it all.
        """
        if getattr(self, "_quiet_depth", 0):  # already quiet (nested): nothing to undo
            yield self
            return
        watched = [c for c in self.controls.values() if hasattr(c, "value")]
        for control in watched:
            control.unobserve(self._changed, names="value")
        self._quiet_depth = 1
        try:
            yield self
        finally:
            self._quiet_depth = 0
            for control in watched:
                control.observe(self._changed, names="value")

    def set(self, **values: Any) -> Any:
        """Change several controls at once and redraw once (used by tests and lessons)."""
        with self.quiet():
            for name, value in values.items():
                self.controls[name].value = value
        return self.redraw()


def with_recipe(factory: Callable[..., Explorer]) -> Callable[..., Explorer]:
    """Mark an explorer factory: each explorer it makes remembers how it was made.

    The site build makes the same explorer again, outside the notebook, to draw its
    curated states (``static_states`` beside each widget). Arguments that JSON cannot
    write (none of the lessons' calls) leave the explorer without a recipe: its page then
    shows the saved picture only.
    """

    @functools.wraps(factory)
    def make(*args: Any, **kwargs: Any) -> Explorer:
        explorer = factory(*args, **kwargs)
        try:
            json.dumps([args, kwargs])
        except (TypeError, ValueError):
            return explorer
        explorer.recipe = {
            "factory": f"{factory.__module__}:{factory.__name__}",
            "args": list(args),
            "kwargs": kwargs,
        }
        return explorer

    return make
