"""medsos: the small library behind the course *Media Sosial untuk Perubahan Sosial*.

A lesson needs one line, ``import medsos as ms``, and then reads like what a student
would say::

    campaigns = ms.load("campaigns")        # the course's table of campaigns
    ms.timeline_explorer()                  # pick a campaign, see its attention curve
    ms.check("01-hk-peak-day", answer)      # did I get the exercise right?

Names are looked up lazily (the table below maps each public name to the module that
holds it), so ``import medsos`` is quick and a lesson only pays for the widgets it uses.
"""

from __future__ import annotations

import importlib
from typing import Any

from medsos.errors import CourseError, install_notebook_handler
from medsos.i18n import language, set_language
from medsos.tabledisplay import install as _install_table_display

__version__ = "0.1.0"

# public name -> module that defines it. Each part of the course keeps its own block.
_EXPORTS: dict[str, str] = {
    # --- data ---
    "load": "medsos.data",
    "tables": "medsos.data",
    "describe": "medsos.data",
    "source_of": "medsos.data",
    "column": "medsos.i18n",
    # --- charts ---
    "Chart": "medsos.charts",
    # --- dates and numbers in the student's language (Babel) ---
    "weekday": "medsos.i18n",
    "format_date": "medsos.i18n",
    "format_number": "medsos.i18n",
    # --- exercises ---
    "check": "medsos.checks",
    "hint": "medsos.checks",
    "progress": "medsos.checks",
    # --- lesson 1: real cases ---
    "timeline_explorer": "medsos.widgets.timeline",
    "plot_attention": "medsos.widgets.timeline",
    "plot_march_sizes": "medsos.lessons.l01",
    "plot_protest_months": "medsos.lessons.l01",
    # --- lesson 2: what hashtags do ---
    "diffusion_simulator": "medsos.widgets.diffusion",
    "plot_diffusion": "medsos.widgets.diffusion",
    "simulate_diffusion": "medsos.widgets.diffusion",
    "network_summary": "medsos.widgets.diffusion",
    "plot_climate_strikes": "medsos.lessons.l02",
    "plot_bbog": "medsos.lessons.l02",
    "plot_chibok_outcomes": "medsos.lessons.l02",
    # --- lesson 3: equality ---
    "divide_explorer": "medsos.widgets.divide",
    "plot_internet_use": "medsos.widgets.divide",
    "plot_gender_gap": "medsos.widgets.divide",
    "plot_provinces": "medsos.widgets.divide",
    "plot_urban_rural": "medsos.widgets.divide",
    "plot_devices": "medsos.widgets.divide",
    "plot_world_divide": "medsos.lessons.l03",
    "plot_internet_sources": "medsos.lessons.l03",
    "internet_sources": "medsos.lessons.l03",
    "plot_samesex_opinion": "medsos.lessons.l03",
    "samesex_opinion": "medsos.lessons.l03",
    # --- lesson 4: limits and risks ---
    "fit_half_life": "medsos.models.attention",
    "half_lives": "medsos.models.attention",
    "halflife_explorer": "medsos.widgets.halflife",
    "plot_half_life": "medsos.widgets.halflife",
    "plot_online_offline": "medsos.lessons.l04",
    "plot_days_since_peak": "medsos.widgets.halflife",
    "plot_figures": "medsos.figures",
    "plot_counter_hashtag": "medsos.lessons.l04",
    "plot_hong_kong_accounts": "medsos.lessons.l04",
    # --- lesson 5: Indonesia ---
    "indonesia_explorer": "medsos.widgets.indonesia",
    "indonesia_ranking": "medsos.provinces",
    "indonesian_campaigns": "medsos.lessons.l05",
    "plot_indonesian_campaigns": "medsos.lessons.l05",
    "plot_indonesia_hashtag_counts": "medsos.lessons.l05",
    "plot_apjii_penetration": "medsos.lessons.l05",
    "plot_apjii_groups": "medsos.lessons.l05",
    "apjii_figures": "medsos.lessons.l05",
    # --- lesson 6: capstone ---
    "example_counts_csv": "medsos.widgets.mydata",
    "analyse_counts": "medsos.widgets.mydata",
    "my_data_explorer": "medsos.widgets.mydata",
    "campaign_planner": "medsos.widgets.planner",
    "plan_from": "medsos.widgets.planner",
    # --- students' own data ---
    "read_counts_csv": "medsos.userdata",
    "check_counts_csv": "medsos.userdata",
}

__all__ = ["CourseError", "language", "set_language", *_EXPORTS]


def __getattr__(name: str) -> Any:
    """Import the module behind a public name the first time it is used."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'medsos' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


install_notebook_handler()
_install_table_display()
