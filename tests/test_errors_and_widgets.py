"""Errors speak the student's language without tracebacks; widgets never raise and redraw."""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np

import medsos as ms
from medsos.charts import Chart
from medsos.errors import CourseError, Problem, install_notebook_handler, problems_html
from medsos.widgets.base import Explorer, bundle, message_html


def test_course_error_lists_every_problem_with_where_and_fix():
    error = CourseError(
        "x",
        problems=[
            Problem("bad date", "write 2019-01-01", "row 3"),
            Problem("negative", None, "row 5"),
        ],
    )
    assert str(error) == "row 3: bad date write 2019-01-01\nrow 5: negative"


def test_error_box_is_escaped_and_marked_as_an_alert():
    markup = problems_html([Problem("<img src=x onerror=alert(1)>", "<script>", "<b>")])
    assert 'role="alert"' in markup and "<img" not in markup and "<script>" not in markup


def test_notebook_handler_is_harmless_outside_ipython():
    assert install_notebook_handler() is False


def _explorer():
    def draw(n):
        if n == 0:
            raise CourseError("Nothing selected", fix="Pick at least one")
        if n < 0:
            raise ValueError("boom")
        return Chart("T", "X", "Y", "S").line(range(n), np.arange(n))

    return Explorer({"n": widgets.IntSlider(value=3, min=-1, max=5)}, draw)


def test_explorer_draws_once_when_made_and_again_on_every_change():
    explorer = _explorer()
    assert isinstance(explorer.last, Chart)
    first = explorer.output.outputs[0]["data"]["text/html"]
    explorer.controls["n"].value = 5
    assert explorer.output.outputs[0]["data"]["text/html"] != first


def test_explorer_shows_course_errors_and_surprises_as_messages_not_tracebacks():
    explorer = _explorer()
    explorer.controls["n"].value = 0
    assert "Nothing selected" in explorer.last and 'role="alert"' in explorer.last
    explorer.controls["n"].value = -1
    assert "ValueError" in explorer.last and "boom" in explorer.last


def test_explorer_set_changes_several_controls_with_one_redraw():
    explorer = _explorer()
    calls = []
    original = explorer.draw
    explorer.draw = lambda **kw: calls.append(kw) or original(**kw)
    explorer.set(n=4)
    assert calls == [{"n": 4}] and explorer.values() == {"n": 4}


def test_an_explorer_drawn_offscreen_shows_nothing_and_is_live_again_after():
    from medsos.widgets.base import offscreen

    with offscreen():
        explorer = _explorer()
        explorer.controls["n"].value = 4
        assert isinstance(explorer.last, Chart) and not explorer.output.outputs
        explorer.controls["n"].value = 0
        assert "Nothing selected" in explorer.last and not explorer.output.outputs
    explorer.controls["n"].value = 5  # a click in the notebook: shown as always
    assert "<img" in explorer.output.outputs[0]["data"]["text/html"]


def test_bundle_and_message_html():
    assert bundle("<p>x</p>")["text/html"] == "<p>x</p>"
    assert "text/plain" in bundle(Chart("T", "X", "Y", "S"))
    assert "&lt;b&gt;" in message_html("<b>")


def test_planner_renders_an_escaped_one_page_plan_with_what_is_missing(english):
    planner = ms.campaign_planner(hashtag="<script>alert(1)</script>")
    assert "<script>alert" not in planner.last and "Still to do" in planner.last
    planner.set(
        audience="Students",
        message="Keep our river clean for the next generation",
        hashtag="#CleanRiver",
        platforms=("Instagram", "WhatsApp"),
        action="Join on Saturday",
        measures=("turnout",),
        goal="mobilisation",
    )
    plan = ms.plan_from(planner)
    assert plan.problems() == [] and "The plan is complete" in planner.last
    assert any("complex contagion" in tip for tip in plan.advise())


def test_planner_advice_warns_when_only_attention_is_measured(english):
    planner = ms.campaign_planner(measures=("mentions", "reach"), platforms=("Instagram",))
    advice = " ".join(ms.plan_from(planner).advise())
    assert "slacktivism" in advice and "who is online" in advice.lower()
