"""The library by layer: widgets and lessons draw through the chart layer's public API.

Issue #10 found widgets reaching into ``Chart``'s private attributes, three Chart
subclasses for long labels, two legend placers, five ways of drawing published figures
and two province renderers. These tests keep it one of each: they read the source
(AST, not regular expressions) and run the doctest examples students can copy.
"""

from __future__ import annotations

import ast
import doctest
import importlib
from pathlib import Path

import pytest
from conftest import ROOT

from medsos import i18n
from medsos.charts import Chart

SRC = ROOT / "src" / "medsos"
CHART_LAYER = {"charts.py", "chartlayout.py"}
USERS = sorted(
    [*(SRC / "widgets").glob("*.py"), *(SRC / "lessons").glob("*.py")]
    + [SRC / "figures.py", SRC / "provinces.py"]
)


def _private_chart_names() -> set[str]:
    """Every single-underscore name a Chart has: its methods and its instance attributes."""
    chart = Chart("T", "X", "Y", "S")
    names = {n for n in [*dir(Chart), *vars(chart)] if n.startswith("_") and not n.endswith("_")}
    assert {"_notes", "_kinds_drawn", "_finish", "_badge_kind"} <= names
    return names


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_widgets_and_lessons_never_touch_a_charts_private_attributes():
    private = _private_chart_names()
    found = []
    for path in USERS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in private
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                found.append(f"{_rel(path)}:{node.lineno} .{node.attr}")
    assert not found, "use Chart's public API (drew, notes, badge_kind, cite, ...): " + str(found)


def test_no_chart_subclass_outside_the_chart_layer():
    subclasses = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name in CHART_LAYER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                if "Chart" in bases:
                    subclasses.append(f"{_rel(path)}:{node.lineno} {node.name}")
    assert not subclasses, "long labels: Chart(label_room=...) or margins=...; " + str(subclasses)


def _calls(path: Path, method: str) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == method
    ]


def test_published_figures_are_drawn_as_bars_in_one_place():
    """Bars of published figures: figures.plot_figures; every lesson's chart calls it."""
    outside = {
        _rel(path): _calls(path, "bars")
        for path in USERS
        if path.name not in ("figures.py", "provinces.py") and _calls(path, "bars")
    }
    assert not outside, f"draw published figures with figures.plot_figures: {outside}"
    for module, name in [
        ("medsos.lessons.l01", "plot_march_sizes"),
        ("medsos.lessons.l02", "plot_climate_strikes"),
        ("medsos.lessons.l02", "plot_chibok_outcomes"),
        ("medsos.lessons.l03", "plot_world_divide"),
        ("medsos.lessons.l04", "plot_counter_hashtag"),
        ("medsos.lessons.l04", "plot_hong_kong_accounts"),
        ("medsos.lessons.l05", "plot_indonesia_hashtag_counts"),
        ("medsos.lessons.l05", "plot_apjii_groups"),
    ]:
        source = ast.unparse(
            next(
                n
                for n in ast.walk(
                    ast.parse(Path(importlib.import_module(module).__file__).read_text())
                )
                if isinstance(n, ast.FunctionDef) and n.name == name
            )
        )
        assert "plot_figures(" in source, f"{module}.{name} draws its own bars"


def test_legends_are_placed_by_the_chart_layer_only():
    placed = {}
    for path in USERS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        lines = [
            node.lineno
            for node in ast.walk(tree)
            if (isinstance(node, ast.Attribute) and node.attr == "legend_loc")
            or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "legend"
            )
        ]
        if lines:
            placed[_rel(path)] = lines
    assert not placed, f"let Chart place the legend (a free corner, or under the plot): {placed}"


def test_one_province_renderer_serves_lessons_3_and_5(english):
    from medsos import provinces
    from medsos.widgets import divide, indonesia

    assert indonesia.draw_ranking is provinces.draw_ranking
    rural = divide.draw_provinces("rural")
    assert rural.png() == provinces.draw_ranking("internet", "rural").png()
    assert "Not drawn: DKI Jakarta" in rural.caption()
    assert divide._tables().no_rural == provinces.lookup("internet", "rural", 2022).no_area


def test_one_itu_and_apjii_chart_serves_lessons_3_and_5(english):
    import medsos as ms

    three, five = ms.plot_internet_sources(2005), ms.plot_apjii_penetration()
    assert three.png() == five.png() and three.caption() == five.caption()


DOCTESTED = [
    "medsos.charts",
    "medsos.chartlayout",
    "medsos.figures",
    "medsos.provinces",
    "medsos.lessons.l01",
    "medsos.lessons.l02",
    "medsos.lessons.l03",
    "medsos.lessons.l04",
    "medsos.lessons.l05",
    "medsos.data",
]


@pytest.mark.parametrize("name", DOCTESTED)
def test_the_examples_in_docstrings_run_offline_and_say_what_they_show(name):
    i18n.set_language("en")
    try:
        result = doctest.testmod(
            importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE
        )
    finally:
        i18n.set_language("id")
    assert result.failed == 0, f"{result.failed} doctest example(s) failed in {name}"
    if name != "medsos.data":
        assert result.attempted > 0, f"{name} has no examples"
