"""Lesson 0 (start here): its one self-check, the course map it shows, and the numbers and facts
its prose states (source: lessons/00-start-here/lesson.md; tests/test_lessonkit.py checks that
the stored notebooks are what the source generates).

Lesson 0 has no exercise notebook, so tests/test_solutions.py never sees task 00-try-check:
the checker is tested here instead, with right, wrong, odd and empty answers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT

import medsos as ms
from medsos import checks, course
from medsos.charts import Chart
from medsos.exercises import l00

NOTEBOOK = "00-start-here.ipynb"
PATHS = {lang: ROOT / "notebooks" / lang / NOTEBOOK for lang in ("id", "en")}


def _cells(lang: str) -> list[dict]:
    return json.loads(PATHS[lang].read_text(encoding="utf-8"))["cells"]


def _markdown(lang: str) -> str:
    return "\n".join("".join(c["source"]) for c in _cells(lang) if c["cell_type"] == "markdown")


def _code(lang: str) -> list[str]:
    return ["".join(c["source"]) for c in _cells(lang) if c["cell_type"] == "code"]


# --- the self-check 00-try-check -------------------------------------------------------


def test_try_check_is_registered_for_lesson_0():
    assert checks.tasks(0) == ["00-try-check"]


def test_try_check_expects_the_number_of_rows_of_the_campaigns_table():
    count = len(ms.load("campaigns"))
    assert l00.expected_answers() == {"00-try-check": count}
    assert ms.check("00-try-check", count).status == "correct"
    assert ms.check("00-try-check", len(ms.load("campaigns"))).status == "correct"


@pytest.mark.parametrize("offset", [-1, 1])
def test_a_count_off_by_one_is_wrong_and_comes_with_the_hint(english, offset):
    feedback = ms.check("00-try-check", len(ms.load("campaigns")) + offset)
    assert feedback.status == "wrong"
    assert ("too low" if offset < 0 else "too high") in feedback.message
    assert feedback.hint and 'ms.load("campaigns")' in feedback.hint


def test_a_number_written_as_text_is_wrong_with_a_message_not_an_exception(english):
    feedback = ms.check("00-try-check", str(len(ms.load("campaigns"))))
    assert feedback.status == "wrong" and "number" in feedback.message


def test_an_empty_answer_says_not_answered_so_the_lesson_runs_top_to_bottom():
    for blank in (None, ..., ""):
        assert ms.check("00-try-check", blank).status == "unanswered"


def test_the_hint_is_in_the_students_language():
    indonesian = str(ms.hint("00-try-check"))
    ms.set_language("en")
    english = str(ms.hint("00-try-check"))
    assert "kampanye" in indonesian and "campaign" in english and indonesian != english


# --- the lesson notebooks -----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_lesson_has_an_unanswered_answer_cell_a_check_and_a_hint(lang):
    cells = _cells(lang)
    answers = [
        c for c in cells if c["cell_type"] == "code" and "answer" in c["metadata"].get("tags", [])
    ]
    assert [c["metadata"]["medsos"]["task"] for c in answers] == ["00-try-check"]
    assert "".join(answers[0]["source"]).startswith("answer_campaigns = None")
    code = _code(lang)
    assert 'ms.check("00-try-check", answer_campaigns)' in code
    assert 'ms.hint("00-try-check")' in code


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_lesson_uses_the_calls_it_teaches(lang):
    code = "\n".join(_code(lang))
    for call in (
        "import medsos as ms",
        "ms.tables()",
        'ms.describe("attention")',
        'ms.source_of("attention")',
        "ms.timeline_explorer(",
        "ms.plot_attention(",
        "except ms.CourseError",
    ):
        assert call in code, call


def test_the_deliberate_error_is_a_course_error_that_suggests_the_right_name(english):
    with pytest.raises(ms.CourseError) as caught:
        ms.load("campaign")
    assert "Did you mean 'campaigns'?" in str(caught.value)
    assert "How to fix" in caught.value._repr_html_()


def test_the_two_example_charts_are_one_observed_and_one_reconstructed():
    kinds = ms.load("series").set_index("series_id")["kind"]
    assert kinds["hongkong2019_pageviews"] == "observed"
    assert kinds["blm2020_tweets"] == "reconstructed"
    observed = ms.plot_attention("hongkong2019", start="2019-06-01")
    reconstructed = ms.plot_attention("blm2020_tweets")
    assert observed._badge_kind() is None
    assert reconstructed._badge_kind() == "reconstructed"
    assert set(ms.load("anchors").query("series_id == 'blm2020_tweets'")["figure_id"]) == {
        "blacklivesmatter-01",
        "blacklivesmatter-02",
        "blacklivesmatter-04",
    }


def test_the_explorer_shown_in_lesson_0_answers_an_impossible_choice_with_a_message():
    explorer = ms.timeline_explorer("hongkong2019")
    assert isinstance(explorer.last, Chart)
    months = explorer.controls["period"].options
    explorer.set(period=(months[0][1], months[3][1]), scale="log")  # Jan–Apr 2019: all zero
    assert isinstance(explorer.last, str) and 'role="alert"' in explorer.last
    assert "Traceback" not in explorer.last


def test_set_language_refuses_an_unknown_code_with_a_course_error():
    with pytest.raises(ms.CourseError):
        ms.set_language("fr")
    assert ms.language() == "id"


# --- the course map and the glossary ------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_course_map_shows_every_lesson_of_course_yml_with_its_minutes(lang):
    text = _markdown(lang)
    lessons = course.load()
    assert [x.number for x in lessons] == list(range(7))
    for x in lessons:
        this = (" (pelajaran ini)" if lang == "id" else " (this lesson)") if x.number == 0 else ""
        assert f"| {x.number} | {x.title[lang]}{this} | ± {x.minutes} |" in text


@pytest.mark.parametrize(
    "pair",
    [
        ("tagar", "hashtag"),
        ("warganet", "netizen"),
        ("unggahan", "post"),
        ("linimasa", "timeline"),
        ("viral", "viral"),
        ("pegiat", "activist"),
        ("slaktivisme", "slacktivism"),
        ("disinformasi", "disinformation"),
        ("kesenjangan digital", "digital divide"),
        ("penularan kompleks", "complex contagion"),
        ("waktu paruh perhatian", "attention half-life"),
        ("akun bot", "bot account"),
        ("akun terkoordinasi", "coordinated accounts"),
    ],
)
def test_the_glossary_gives_each_key_term_in_both_languages(pair):
    indonesian, english = pair
    for lang in ("id", "en"):
        rows = [line for line in _markdown(lang).splitlines() if line.startswith("| ")]
        assert any(indonesian in row and english in row for row in rows), (lang, pair)


# --- numbers and sources stated in the prose -------------------------------------------


def test_itu_2024_figures_quoted_are_68_93_and_27_percent():
    figures = ms.load("published_figures").set_index("figure_id")["value"]
    assert figures["digitaldivide-itu-2024-world"] == 68
    assert figures["digitaldivide-itu-2024-high-income"] == 93
    assert figures["digitaldivide-itu-2024-low-income"] == 27
    for lang, words in (
        ("id", ("68%", "93%", "27%", "2,6 miliar")),
        ("en", ("68%", "93%", "27%", "2.6 billion")),
    ):
        text = _markdown(lang)
        assert all(w in text for w in words), lang


def test_the_2_6_billion_offline_is_stated_with_its_published_figure():
    figures = ms.load("published_figures").set_index("figure_id")
    assert "about 2.6 billion offline" in figures.loc["digitaldivide-itu-2024-world", "note_en"]


def _known_urls() -> str:
    """Every URL the course's data knows: figure sources, table sources, the references table."""
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.csv")]
    texts.append((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    return "\n".join(texts)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_url_in_the_lesson_comes_from_the_data_or_the_checked_facts(lang):
    urls = re.findall(r"https?://[^\s)>;]+", _markdown(lang))
    assert urls, "the Sources section names its URLs"
    known = _known_urls()
    unknown = [u for u in urls if u not in known]
    assert not unknown, unknown


def test_both_languages_share_code_but_not_prose():
    assert _code("id") == _code("en")
    assert _markdown("id") != _markdown("en")
    assert Path(PATHS["id"]).name == Path(PATHS["en"]).name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_speaker_note_timings_add_up_to_the_lessons_minutes(lang):
    timing = re.compile(r"> \*\*.* · (?:Waktu|Time): (\d+) (menit|min)\b")
    notes = [
        "".join(c["source"])
        for c in _cells(lang)
        if c["metadata"]["slideshow"]["slide_type"] == "notes"
    ]
    minutes = [int(timing.match(n).group(1)) for n in notes]
    meta = json.loads(PATHS[lang].read_text(encoding="utf-8"))["metadata"]["medsos"]
    assert sum(minutes) == meta["minutes"] == 20
