"""Lesson 6 (capstone): practice data, the analysis of a student's file, and its widget."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

import medsos as ms
from medsos import i18n
from medsos.userdata import CheckReport
from medsos.widgets import mydata


def test_practice_file_is_an_indonesian_excel_style_csv_of_course_data():
    data = ms.example_counts_csv()
    text = data.decode("utf-8")
    assert text.startswith("tanggal;jumlah\r\n")
    frame = ms.read_counts_csv(data)
    hk = ms.load("attention").query("series_id == 'hongkong2019_pageviews' and value > 0")
    assert frame["count"].sum() == int(hk["value"].sum())
    assert frame["date"].min() == pd.Timestamp("2019-06-09")  # the first day with views


def test_practice_file_for_a_period_without_data_explains_itself():
    i18n.set_language("en")
    with pytest.raises(ms.CourseError) as caught:
        ms.example_counts_csv(start="2030-01-01")
    assert "no days between" in str(caught.value)


def test_analysis_finds_the_peak_total_and_half_life():
    i18n.set_language("en")
    analysis = ms.analyse_counts(ms.example_counts_csv(), name="contoh.csv")
    assert analysis.peak_date == pd.Timestamp("2019-08-04")
    assert analysis.peak_value == 139_482
    text = str(analysis)
    assert "Peak: 139,482 on 4 Aug 2019" in text and "half-life" in text
    html = analysis._repr_html_()
    assert html.count("<img") == 2 and 'alt="' in html


def test_the_findings_show_alone_so_each_chart_gets_its_own_slide():
    i18n.set_language("en")
    analysis = ms.analyse_counts(ms.example_counts_csv(), name="contoh.csv")
    findings = analysis.findings()
    assert "<img" not in findings._repr_html_()
    assert "Peak: 139,482 on 4 Aug 2019" in str(findings)
    assert analysis.timeline().title and analysis.half_life_chart().title


def test_a_broken_file_gives_the_checkers_list_of_fixes_not_a_traceback():
    i18n.set_language("id")
    broken = b"tangal;jumlah\n23/09/2019;1250\n31/02/2019;-4\n23/09/2019;800\n"
    report = ms.analyse_counts(broken, name="rusak.csv")
    assert isinstance(report, CheckReport) and not report.ok
    assert "tanggal" in str(report)


def test_a_missing_path_is_reported_with_a_fix():
    i18n.set_language("en")
    report = ms.analyse_counts("no/such/file.csv")
    assert isinstance(report, CheckReport) and not report.ok


def test_a_file_with_several_campaigns_shows_the_chosen_one_and_names_the_others():
    i18n.set_language("en")
    data = (
        b"date,count,campaign\n2024-01-01,5,A\n2024-01-02,50,A\n2024-01-03,20,A\n"
        b"2024-01-04,10,A\n2024-01-05,4,A\n2024-01-01,1,B\n2024-01-02,2,B\n"
    )
    analysis = ms.analyse_counts(data, campaign="A")
    assert analysis.campaign == "A" and analysis.campaigns == ["A", "B"]
    assert "2 campaigns" in str(analysis)
    short = ms.analyse_counts(data, campaign="B")
    assert "No half-life" not in str(short)  # the summary says why instead
    assert "decay needs at least" in str(short)
    assert "No half-life for this data" in short._repr_html_()


def test_the_widget_starts_with_an_invitation_and_reads_a_path_without_changing_it(tmp_path):
    i18n.set_language("en")
    explorer = ms.my_data_explorer()
    assert "Upload a CSV" in explorer.last
    path = tmp_path / "mine.csv"
    path.write_bytes(ms.example_counts_csv())
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    explorer.controls["path"].value = str(path)
    assert isinstance(explorer.last, mydata.Analysis)
    explorer.controls["window"].value = 30
    assert explorer.last.window == 30
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_widget_names_a_path_that_does_not_exist():
    i18n.set_language("en")
    explorer = ms.my_data_explorer()
    explorer.controls["path"].value = "nowhere.csv"
    assert "There is no file at" in explorer.last and "nowhere.csv" in explorer.last


def test_the_widget_reads_an_uploaded_file():
    i18n.set_language("en")
    explorer = ms.my_data_explorer()
    upload = ({"name": "up.csv", "content": memoryview(ms.example_counts_csv())},)
    explorer.draw(upload=upload, path="", campaign="", window=21)
    result = explorer.draw(upload=upload, path="", campaign="", window=21)
    assert isinstance(result, mydata.Analysis) and result.name == "up.csv"


def test_the_planner_asks_for_a_baseline_once_success_is_measured(english):
    from medsos.widgets.planner import Plan

    plan = Plan(
        "mobilisation",
        "students",
        "Our river",
        "#CleanRiverNow",
        ("WhatsApp",),
        "join",
        ("turnout",),
    )
    assert any("baseline" in tip for tip in plan.advise())
    unmeasured = Plan(
        "mobilisation", "students", "Our river", "#CleanRiverNow", ("WhatsApp",), "join", ()
    )
    assert not any("baseline" in tip for tip in unmeasured.advise())
