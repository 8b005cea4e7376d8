"""Lesson 5's widget: who in Indonesia is online to join a hashtag, province by province.

:func:`indonesia_explorer`: one BPS measure (household internet use 2022, ICT skills,
villages without mobile signal, devices) as a sorted horizontal bar chart by province,
with a province highlighted and the national figure marked. The numbers and the chart
are :mod:`medsos.provinces` (shared with lesson 3's divide explorer, one rule for
Jakarta, the new Papuan provinces and the national mark); this module adds the controls.

The lesson's one-cell charts (the Indonesian campaigns, their published counts, APJII
beside ITU) are in :mod:`medsos.lessons.l05`.
"""

from __future__ import annotations

import functools
from contextlib import nullcontext

import ipywidgets as widgets

from medsos import i18n
from medsos.charts import Chart
from medsos.errors import CourseError
from medsos.i18n import _
from medsos.provinces import (
    GROUPS,
    MEASURES,
    NONE,
    Ranking,
    check_measure,
    draw_ranking,
    groups,
    indonesia_ranking,
    lookup,
    province_names,
    rankings,
    years,
)
from medsos.widgets.base import Explorer, with_recipe

__all__ = [
    "GROUPS",
    "MEASURES",
    "Ranking",
    "draw_ranking",
    "indonesia_bench",
    "indonesia_explorer",
    "indonesia_ranking",
    "rankings",
]


# --- the explorer --------------------------------------------------------------------


def _group_options(measure: str) -> list[tuple[str, str]]:
    return [(_(GROUPS[g]), g) for g in groups(measure)]


def _year_options(measure: str) -> list[tuple[str, int]]:
    return [(str(y), y) for y in years(measure)]


@functools.lru_cache(maxsize=64)
def _cached(measure: str, group: str, year: int, province: str, language: str) -> Chart:
    chart = draw_ranking(measure, group, year, province)
    # no render here: the explorer's display renders it at once, and the cached chart
    # keeps that image (a static page's build asks it for a WebP instead)
    return chart


@with_recipe
def indonesia_explorer(
    measure: str = "internet", province: str = NONE, *, remember: bool = True
) -> Explorer:
    """Explore who is online in Indonesia, province by province.

    ``measure``: ``"internet"`` (households online, 2022, all/urban/rural), ``"skills"``
    (ICT skills, 2015–2021), ``"no_signal"`` (villages without mobile signal) or
    ``"devices"`` (whole country). ``province``: one to highlight, e.g. ``"Papua"``.
    ``remember=False`` draws every chart afresh (the benchmark uses it).
    """
    check_measure(measure)
    if province and province not in province_names():
        import difflib

        close = difflib.get_close_matches(province, province_names(), n=1, cutoff=0.5)
        raise CourseError(
            _("There is no province called {name!r}.").format(name=province),
            fix=_("Did you mean {name!r}?").format(name=close[0]) if close else None,
        )
    layout = widgets.Layout(width="98%")
    style = {"description_width": "initial"}
    controls = {
        "measure": widgets.Dropdown(
            options=[(_(label), key) for key, label in MEASURES.items()],
            value=measure,
            description=_("Measure"),
            layout=layout,
            style=style,
        ),
        "group": widgets.Dropdown(
            options=_group_options(measure),
            value="total",
            description=_("Group"),
            layout=layout,
            style=style,
        ),
        "year": widgets.Dropdown(
            options=_year_options(measure),
            value=years(measure)[-1],
            description=_("Year"),
            layout=layout,
            style=style,
        ),
        "province": widgets.Dropdown(
            options=[(_("(none)"), NONE), *((p, p) for p in province_names())],
            value=province or NONE,
            description=_("Highlight province"),
            layout=layout,
            style=style,
        ),
    }
    holder: dict[str, Explorer] = {}

    def rescope(change: dict) -> None:
        """A new measure brings its own groups and years; keep the old ones where they exist."""
        new = change["new"]
        explorer = holder.get("explorer")
        with explorer.quiet() if explorer else nullcontext():
            group, year = controls["group"].value, controls["year"].value
            controls["group"].options = _group_options(new)
            controls["group"].value = group if group in groups(new) else "total"
            controls["year"].options = _year_options(new)
            controls["year"].value = year if year in years(new) else years(new)[-1]

    controls["measure"].observe(rescope, names="value")  # before the explorer's observer

    def draw(measure: str, group: str, year: int, province: str) -> Chart:
        if not remember:
            return draw_ranking(measure, group, year, province)
        r = lookup(measure, group, year)  # a CourseError for an impossible choice
        return _cached(measure, group, r.year, province or NONE, i18n.language())

    explorer = Explorer(
        controls,
        draw,
        description=_(
            "Choose a measure and highlight your own province. Then switch the group to "
            "'rural': which provinces fall furthest below the dashed national line?"
        ),
    )
    holder["explorer"] = explorer
    return explorer


def indonesia_bench() -> Explorer:
    """The explorer as the benchmark uses it: every chart drawn afresh."""
    return indonesia_explorer("internet", "Papua", remember=False)


BENCH = [
    (
        indonesia_bench,
        [
            {"group": "rural"},
            {"group": "urban"},
            {"province": "DI Yogyakarta"},
            {"measure": "skills"},
            {"year": 2015},
            {"measure": "no_signal"},
            {"province": "Papua"},
            {"measure": "devices"},
            {"measure": "internet"},
            {"group": "total"},
        ],
    )
]


def static_states(explorer: Explorer) -> list[dict]:
    """The states a page or deck with no kernel shows (each a change from the default).

    Every measure with each of its groups and years, and every province highlighted
    (or none) on the first measure. The live notebook explores every combination.
    """
    first = explorer.controls["measure"].value
    states: list[dict] = [{"measure": key} for key in MEASURES]
    for measure in MEASURES:
        states += [{"measure": measure, "group": g} for g in groups(measure) if g != "total"]
        states += [{"measure": measure, "year": y} for y in years(measure)[:-1]]
    states += [{"measure": first, "province": p} for p in (NONE, *province_names())]
    return states
