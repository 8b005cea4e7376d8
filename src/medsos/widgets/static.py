"""An explorer's curated states, drawn by its own code, for pages and decks with no kernel.

A lesson page or a slide deck has no Python behind it, so its explorers cannot draw. The
build (:mod:`medsos.sitebuild.explorers`) therefore asks each explorer, ahead of time, for
the charts of a short list of states: every option of each choice control and the steps
of each slider that tell the story. The list lives beside each widget, as that module's
``static_states(explorer)``; this module only applies those states to a live explorer
and records what it drew, so the widget's code stays the one description of a state.

:func:`describe` returns plain data (controls, their labels in the current language, and
per state the control values, the chart's image (lossless WebP, the pixels of its PNG),
title and alt text, or the friendly
message the live widget shows for a refused choice). No HTML or JavaScript here.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import ipywidgets as widgets

from medsos.i18n import _
from medsos.widgets.base import Explorer, offscreen

RANGE = (widgets.IntSlider, widgets.FloatSlider, widgets.SelectionSlider)
RADIO = (widgets.ToggleButtons, widgets.RadioButtons)
TYPED = (widgets.Text, widgets.Textarea, widgets.FileUpload)  # no curated list can stand for them


@dataclass
class Control:
    """One control of the static explorer: its kind in HTML and every value a state uses."""

    name: str
    label: str
    kind: str  # "select" | "radio" | "checkbox" | "range"
    values: list[Any] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    def token(self, value: Any, label: str) -> int:
        """The value's number among this control's values (added the first time it is seen)."""
        for i, known in enumerate(self.values):
            if _same(known, value):
                return i
        self.values.append(value)
        self.labels.append(label)
        return len(self.values) - 1


@dataclass
class State:
    """What one state shows: the control values (as tokens) and the chart or the message."""

    values: dict[str, int]
    available: dict[str, list[int]]
    hidden: list[str]
    image: bytes | None  # the chart as lossless WebP (Chart.webp: the pixels of its PNG)
    size: tuple[int, int] | None  # its width and height in pixels
    title: str
    alt: str
    caption: str
    message: str | None  # the live widget's message (HTML) for a refused choice
    text_px: float | None = None  # the chart's smallest text, px of the image (data-min-text-px)


@dataclass
class Description:
    """An explorer ready for a static page: its controls and its states (default first)."""

    controls: list[Control]
    states: list[State]
    needs_notebook: bool = False


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b) if not isinstance(a, tuple | list) else tuple(a) == tuple(b)
    except (TypeError, ValueError):
        return repr(a) == repr(b)


def kind_of(control: widgets.Widget) -> str | None:
    """The HTML control that stands for an ipywidgets control (None: it needs the notebook)."""
    if isinstance(control, TYPED) or not hasattr(control, "value"):
        return None
    if isinstance(control, widgets.Checkbox):
        return "checkbox"
    if isinstance(control, RADIO):
        return "radio"
    if isinstance(control, RANGE):
        return "range"
    return "select"  # dropdowns, multiple selections and range sliders: a list of curated values


def value_label(control: widgets.Widget) -> str:
    """How the control's current value reads, as its own readout or option labels write it."""
    value = control.value
    if isinstance(control, widgets.Checkbox):
        return control.description
    if isinstance(control, widgets.SelectMultiple):
        return ", ".join(control.label) if control.label else _("(none)")
    if isinstance(control, widgets.SelectionRangeSlider):
        return " – ".join(control.label)
    if isinstance(control, widgets.IntRangeSlider | widgets.FloatRangeSlider):
        return f"{value[0]}–{value[1]}"
    label = getattr(control, "label", None)
    return str(label if label is not None else value)


def _offer(control: widgets.Widget) -> tuple:
    """What a control offers now: its options, or its slider's bounds (taken per state)."""
    options = getattr(control, "_options_values", None)
    if options is not None:
        multi = isinstance(control, widgets.SelectMultiple | widgets.SelectionRangeSlider)
        return ("options", list(options), multi)
    return ("bounds", getattr(control, "min", None), getattr(control, "max", None))


def _available(offer: tuple, spec: Control) -> list[int]:
    """Which of the control's values (all states') a state's control offers: dependent
    options, such as lesson 5's groups that follow its measure."""
    if offer[0] == "options":
        _kind, options, multi = offer
        return [
            i
            for i, value in enumerate(spec.values)
            if all(any(_same(p, o) for o in options) for p in (value if multi else (value,)))
        ]
    _kind, low, high = offer
    if low is None or high is None or spec.kind == "checkbox":
        return list(range(len(spec.values)))
    return [
        i
        for i, value in enumerate(spec.values)
        if all(low <= v <= high for v in (value if isinstance(value, tuple) else (value,)))
    ]


def factory(name: str) -> Callable[..., Explorer]:
    """The explorer factory named ``"module:function"`` (the recipe an explorer carries)."""
    module, function = name.split(":")
    return getattr(importlib.import_module(module), function)


def states_of(recipe: Mapping[str, Any]) -> tuple[Explorer, list[dict]]:
    """The explorer a recipe makes and its curated states (its module's ``static_states``)."""
    make = factory(recipe["factory"])
    explorer = make(*recipe.get("args", []), **recipe.get("kwargs", {}))
    listed = getattr(importlib.import_module(make.__module__), "static_states", None)
    return explorer, (listed(explorer) if listed else [])


def describe(recipe: Mapping[str, Any]) -> Description:
    """Apply every curated state of the explorer a recipe makes; record what each one draws.

    Each state is a change from the explorer's defaults: the controls go back to the
    defaults and take the change quietly (their own observers, such as a period that
    follows its series, still run), then the explorer draws once, as after a click. So a
    state never depends on the one before, and each is drawn once: the default state is
    the explorer's own first drawing, and a state listed twice (or the default again) is
    not drawn again. The Output widget shows nothing meanwhile (:func:`offscreen`): a
    static page never sees it, and each chart is encoded once, as WebP.
    """
    with collected_once():
        return _describe(recipe)


@contextmanager
def collected_once() -> Iterator[None]:
    """The cyclic garbage collector paused while a recipe's states are drawn, run once after.

    Each state makes a matplotlib figure (thousands of objects in reference cycles), and
    the widgets' caches keep up to 64-128 charts alive: left running, the collector walks
    that whole heap again and again (a dozen full collections of about a quarter of a
    second in a build, some 13 % of drawing the states). Paused, every object made for
    this recipe stays in the youngest generation, and one collection of that generation
    at the end frees the recipe's garbage without walking the older heap (measured: 0.7 s
    instead of 3.3 s for the lessons' explorers in both languages; tens of MB held
    meanwhile). Still inside the build's measure of drawing the states.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.collect(0)


def _describe(recipe: Mapping[str, Any]) -> Description:
    with offscreen():  # its first drawing is the default state's; nothing is shown
        first, changes = states_of(recipe)
    specs = {
        name: Control(name, control.description, kind)
        for name, control in first.controls.items()
        if (kind := kind_of(control)) is not None
    }
    if not changes:
        return Description(list(specs.values()), [], needs_notebook=True)
    defaults = first.values()
    listed = {
        name: list(getattr(c, "_options_values", None) or ()) for name, c in first.controls.items()
    }
    states, seen = [], set()
    for change in [{}, *changes]:
        if change:  # back to the defaults, then this state's change
            with first.quiet():
                for name, value in [*defaults.items(), *change.items()]:
                    first.controls[name].value = value
            refused = [n for n, v in change.items() if not _same(first.controls[n].value, v)]
            if refused:  # a listed state the widget cannot take: the list is wrong
                raise ValueError(f"the explorer does not take {change} (see {refused})")
        values = {
            name: specs[name].token(first.controls[name].value, value_label(c))
            for name, c in first.controls.items()
            if name in specs
        }
        key = tuple(sorted(values.items()))
        if key in seen:  # a state listed twice, or the default again: drawn already
            continue
        seen.add(key)
        if change:
            with offscreen():  # drawn once, as after a click (the Output is never shown)
                first.redraw()
        states.append(_snapshot(first, values, specs))
    order = {name: _order(spec, listed[name]) for name, spec in specs.items()}
    described = []
    for result, values, offers, hidden in states:
        available = {name: _available(offers[name], spec) for name, spec in specs.items()}
        if hasattr(result, "webp"):
            described.append(
                State(
                    values,
                    available,
                    hidden,
                    result.webp(),
                    result.pixel_size,
                    result.title,
                    result.alt,
                    result.caption(),
                    None,
                    round(result.smallest_text_px, 1),
                )
            )
        else:
            text = result if isinstance(result, str) else repr(result)
            described.append(State(values, available, hidden, None, None, "", "", "", text))
    for spec in specs.values():
        new = order[spec.name]
        spec.values = [spec.values[i] for i in new]
        spec.labels = [spec.labels[i] for i in new]
    for state in described:
        for name in state.values:
            where = {old: pos for pos, old in enumerate(order[name])}
            state.values[name] = where[state.values[name]]
            state.available[name] = sorted(where[i] for i in state.available[name])
    _distinct_alts(described, specs)
    return Description(list(specs.values()), described)


def _order(spec: Control, options: list) -> list[int]:
    """The control's values in the order the live control lists them: numbers (slider
    steps, years) by size, options as the explorer first lists them, others as first met."""
    values = spec.values
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return sorted(range(len(values)), key=lambda i: values[i])

    def place(i: int) -> tuple[int, int]:
        for k, option in enumerate(options):
            if _same(option, values[i]):
                return (k, i)
        return (len(options), i)

    return sorted(range(len(values)), key=place)


def _snapshot(explorer: Explorer, values: dict, specs: Mapping[str, Control]) -> tuple:
    """What the explorer shows now: its drawing, the values, what each control offers, the
    hidden controls (taken at once: the same explorer goes on to the next state)."""
    hidden = [
        name
        for name, c in explorer.controls.items()
        if name in specs and getattr(c.layout, "display", None) == "none"
    ]
    offers = {name: _offer(explorer.controls[name]) for name in specs}
    return explorer.last, dict(values), offers, hidden


def _distinct_alts(states: list[State], specs: Mapping[str, Control]) -> None:
    """Alt texts that two states share get the choices that tell them apart."""
    counts: dict[str, int] = {}
    for state in states:
        counts[state.alt] = counts.get(state.alt, 0) + 1
    for state in states:
        if state.image is not None and counts[state.alt] > 1:
            chosen = "; ".join(
                f"{specs[n].label}: {_checkbox(specs[n], t)}" for n, t in state.values.items()
            )
            state.alt = f"{state.alt} ({chosen})"


def _checkbox(spec: Control, token: int) -> str:
    if spec.kind == "checkbox":
        return _("on") if spec.values[token] else _("off")
    return spec.labels[token]
