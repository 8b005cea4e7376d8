"""The explorers' curated states, which pages and decks with no kernel show.

Each state list lives beside its widget (``static_states`` in the widget's module); every
state it lists must be a state the live widget takes as asked (no value silently
clamped or dropped) and must draw: a chart with title and alt text, or the live widget's
friendly message. The explorer's display carries the recipe the build makes it again
from, and JupyterLab still gets its widget view.
"""

from __future__ import annotations

import importlib
import json
import re

import pytest
from conftest import ROOT

from medsos import i18n
from medsos.sitebuild import explorers as site_explorers
from medsos.widgets.base import RECIPE_MIME
from medsos.widgets.static import describe, factory

CALL = re.compile(r"ms\.(\w+_(?:explorer|simulator|planner))\(([^)]*)\)")
WITH_STATES = ("timeline", "diffusion", "divide", "halflife", "indonesia")
NEEDS_NOTEBOOK = ("planner", "mydata")  # what they show is what a student types or uploads


def _lesson_recipes() -> list[dict]:
    """The explorers the lessons make, with the lessons' own arguments."""
    import medsos as ms

    found = {}
    for path in sorted((ROOT / "lessons").glob("*/lesson.md")):
        for name, args in CALL.findall(path.read_text(encoding="utf-8")):
            explorer = eval(f"ms.{name}({args})", {"ms": ms})  # noqa: S307 - the course's own lesson text
            found[json.dumps(explorer.recipe, sort_keys=True)] = explorer.recipe
    return list(found.values())


@pytest.fixture(scope="module")
def recipes() -> list[dict]:
    i18n.set_language("en")
    try:
        return _lesson_recipes()
    finally:
        i18n.set_language("id")


def test_every_lesson_explorer_carries_its_recipe_beside_its_widget_view(recipes):
    import medsos as ms

    modules = {r["factory"].split(":")[0].rsplit(".", 1)[1] for r in recipes}
    assert set(WITH_STATES) | set(NEEDS_NOTEBOOK) <= modules, modules
    bundle = ms.timeline_explorer("hongkong2019")._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle  # JupyterLab's view, unchanged
    assert bundle[RECIPE_MIME] == {
        "factory": "medsos.widgets.timeline:timeline_explorer",
        "args": ["hongkong2019"],
        "kwargs": {},
    }
    assert site_explorers.recipes(
        {
            "cells": [
                {"cell_type": "code", "outputs": [{"output_type": "display_data", "data": bundle}]}
            ]
        }
    ) == [bundle[RECIPE_MIME]]


@pytest.mark.parametrize("name", WITH_STATES)
def test_each_widget_lists_its_states_beside_it(name):
    module = importlib.import_module(f"medsos.widgets.{name}")
    assert callable(getattr(module, "static_states", None)), f"{name}: no static_states()"


@pytest.mark.parametrize("name", NEEDS_NOTEBOOK)
def test_typed_or_uploaded_explorers_say_they_need_the_notebook(name):
    module = importlib.import_module(f"medsos.widgets.{name}")
    assert not hasattr(module, "static_states")


def test_every_listed_state_is_taken_as_asked_and_draws(recipes):
    i18n.set_language("en")
    try:
        for recipe in recipes:
            module = recipe["factory"].split(":")[0]
            if module.rsplit(".", 1)[1] not in WITH_STATES:
                continue
            make = factory(recipe["factory"])
            listed = importlib.import_module(module).static_states(make(*recipe["args"]))
            assert len(listed) >= 5, recipe
            # describe() refuses a listed state whose values the widget does not take
            described = describe(recipe)
            assert not described.needs_notebook
            assert len(described.states) >= 5
            alts = [s.alt for s in described.states if s.image is not None]
            assert len(set(alts)) == len(alts), f"two states share an alt text: {recipe}"
            for state in described.states:
                if state.image is None:
                    assert "Nothing to show" in state.message, state
                else:
                    assert state.image[:4] == b"RIFF" and state.image[8:12] == b"WEBP"
                    assert state.title and state.alt and min(state.size) > 100, state.size
                    # its smallest text, which a deck needs to show it large enough (14 px)
                    assert 8 < state.text_px < 40, state.text_px
            for control in described.controls:  # every control goes through 2+ values
                assert len(control.values) >= 2, (recipe["factory"], control.name)
    finally:
        i18n.set_language("id")


def test_a_state_the_widget_cannot_take_stops_the_build(monkeypatch):
    from medsos.widgets import diffusion

    monkeypatch.setattr(diffusion, "static_states", lambda explorer: [{"seeds": 500}])
    with pytest.raises(ValueError, match="does not take"):
        describe({"factory": "medsos.widgets.diffusion:diffusion_simulator", "args": []})


def test_a_refused_state_keeps_the_live_widgets_message():
    i18n.set_language("en")
    try:
        described = describe(
            {"factory": "medsos.widgets.diffusion:diffusion_simulator", "args": [], "kwargs": {}}
        )
    finally:
        i18n.set_language("id")
    refused = [s for s in described.states if s.image is None]
    assert len(refused) == 1 and "Nothing to show for this choice" in refused[0].message


def test_each_state_is_drawn_once_and_encoded_once(monkeypatch):
    from medsos.charts import Chart
    from medsos.widgets import diffusion
    from medsos.widgets.base import Explorer

    listed = [{"seeds": 10}, {"seeds": 10}, {"seeds": 5}, {"compare": False}]  # 5: the default
    monkeypatch.setattr(diffusion, "static_states", lambda explorer: listed)
    drawn, encoded = [], []
    redraw, png = Explorer.redraw, Chart.png
    monkeypatch.setattr(Explorer, "redraw", lambda self: drawn.append(1) or redraw(self))
    monkeypatch.setattr(Chart, "png", lambda self: encoded.append(1) or png(self))
    described = describe(
        {
            "factory": "medsos.widgets.diffusion:diffusion_simulator",
            "args": [],
            "kwargs": {"remember": False},
        }
    )
    assert len(described.states) == 3  # the default, 10 seeds, the comparison
    assert len(drawn) == 3, "the default (the explorer's own first drawing) and two changes"
    assert not encoded, "no PNG for the Output widget that a static page never shows"


def test_the_collector_pauses_while_states_are_drawn_and_frees_their_garbage_after():
    import gc
    import weakref

    from medsos.widgets.static import collected_once

    class Node:
        pass

    with collected_once():
        assert not gc.isenabled(), "a full collection would walk every cached chart again"
        cycle = Node()
        cycle.me = cycle
        ref = weakref.ref(cycle)
        del cycle
        assert ref() is not None
    assert gc.isenabled() and ref() is None, "the states' garbage is freed at the end"


def test_a_page_with_no_widget_view_left_drops_the_saved_widget_state():
    import nbformat

    def notebook(data: dict):  # noqa: ANN202 - a NotebookNode
        nb = nbformat.v4.new_notebook()
        cell = nbformat.v4.new_code_cell("ms.timeline_explorer()")
        cell.outputs = [nbformat.v4.new_output("display_data", data=data)]
        nb.cells = [cell]
        nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
        return nb

    static = notebook({"text/html": "<div class='medsos-static-explorer'></div>"})
    assert site_explorers.drop_unused_widget_state(static) and "widgets" not in static.metadata
    live = notebook({site_explorers.WIDGET_VIEW: {"model_id": "abc"}, "text/plain": "VBox()"})
    assert not site_explorers.drop_unused_widget_state(live) and "widgets" in live.metadata
