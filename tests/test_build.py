"""The build executes each notebook once, caches it, and stops clearly on a failing cell."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from medsos.build import build

pytestmark = pytest.mark.slow


def _notebook(path: Path, code: str, lang: str) -> None:
    nb = new_notebook(
        cells=[
            new_markdown_cell(
                "# Fixture\n\nText.", metadata={"slideshow": {"slide_type": "slide"}}
            ),
            new_code_cell(code, metadata={"slideshow": {"slide_type": "-"}}),
            new_markdown_cell("Notes.", metadata={"slideshow": {"slide_type": "notes"}}),
        ]
    )
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["medsos"] = {
        "lesson": 9,
        "minutes": 5,
        "language": lang,
        "title": f"Fixture {lang}",
        "objectives": ["o"],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)


@pytest.fixture
def course(tmp_path) -> Path:
    root = tmp_path / "course"
    for lang in ("id", "en"):
        _notebook(root / "notebooks" / lang / "09-fixture.ipynb", "print(1 + 1)", lang)
    for linked in ("data", "src", "node_modules", "facilitator"):
        (root / linked).symlink_to(ROOT / linked)
    shutil.copy2(ROOT / "requirements.txt", root / "requirements.txt")
    return root


def test_second_build_executes_nothing_and_one_change_executes_only_that_notebook(
    course, tmp_path, capsys
):
    out = tmp_path / "site"
    assert build(out=out, jobs=2, root=course) == 0
    first = capsys.readouterr().out
    assert first.count("executed") == 2
    assert (out / "id" / "lessons" / "09-fixture.html").exists()
    assert (out / "en" / "slides" / "09-fixture.slides.html").exists()

    assert build(out=out, jobs=2, root=course) == 0
    second = capsys.readouterr().out
    assert "executed" not in second.replace("to execute", "") and second.count("up to date") >= 2

    _notebook(course / "notebooks" / "en" / "09-fixture.ipynb", "print(2 + 2)", "en")
    assert build(out=out, jobs=2, root=course) == 0
    third = capsys.readouterr().out
    assert "executed   notebooks/en/09-fixture.ipynb" in third
    assert "executed   notebooks/id" not in third


def test_a_failing_cell_stops_the_build_naming_notebook_cell_and_exception(
    course, tmp_path, capsys
):
    _notebook(course / "notebooks" / "id" / "09-fixture.ipynb", "1 / 0", "id")
    assert build(out=tmp_path / "site", jobs=2, root=course) == 1
    err = capsys.readouterr().err
    assert "09-fixture.ipynb" in err and "cell 2" in err and "ZeroDivisionError" in err
