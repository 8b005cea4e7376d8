"""The build executes a notebook only when what its execution depends on changed (its code,
the data, the library, the pins), re-exports it on a prose-only edit, and stops clearly on
a failing cell."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from medsos.sitebuild import build, last_report
from medsos.sitebuild.cache import code_hash, environment_files, merge_outputs

pytestmark = pytest.mark.slow

EN = "notebooks/en/09-fixture.ipynb"
ID = "notebooks/id/09-fixture.ipynb"


def _notebook(path: Path, code: str, lang: str, prose: str = "Text.") -> None:
    nb = new_notebook(
        cells=[
            new_markdown_cell(
                f"# Fixture\n\n{prose}", metadata={"slideshow": {"slide_type": "slide"}}
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
    """Two fixture notebooks; data/, src/ and the pins are small copies the tests may change
    (the kernel imports the installed library, so the copy under src/ is only hashed)."""
    root = tmp_path / "course"
    for lang in ("id", "en"):
        _notebook(root / "notebooks" / lang / "09-fixture.ipynb", "print(1 + 1)", lang)
    for linked in ("node_modules", "facilitator"):
        (root / linked).symlink_to(ROOT / linked)
    (root / "data").mkdir()
    (root / "data" / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (root / "src" / "medsos").mkdir(parents=True)
    (root / "src" / "medsos" / "helpers.py").write_text("X = 1\n", encoding="utf-8")
    (root / "src" / "medsos" / "sitebuild").mkdir()
    (root / "src" / "medsos" / "sitebuild" / "pages.py").write_text("Y = 1\n", encoding="utf-8")
    shutil.copy2(ROOT / "requirements.txt", root / "requirements.txt")
    return root


def test_second_build_executes_nothing_and_one_change_executes_only_that_notebook(
    course, tmp_path, capsys
):
    out = tmp_path / "site"
    assert build(out=out, jobs=2, root=course) == 0
    assert sorted(last_report(out)["executed"]) == [EN, ID]
    assert capsys.readouterr().out.count("executed") == 2
    assert (out / "id" / "lessons" / "09-fixture.html").exists()
    assert (out / "en" / "slides" / "09-fixture.slides.html").exists()

    assert build(out=out, jobs=2, root=course) == 0
    report = last_report(out)
    assert report["executed"] == report["exported"] == []
    assert sorted(report["up to date"]) == [EN, ID]
    assert "up to date" in capsys.readouterr().out

    _notebook(course / EN, "print(2 + 2)", "en")
    assert build(out=out, jobs=2, root=course) == 0
    report = last_report(out)
    assert report["executed"] == [EN] and report["up to date"] == [ID]
    assert "executed   notebooks/en/09-fixture.ipynb" in capsys.readouterr().out


def test_a_prose_only_edit_re_exports_page_and_deck_without_running_the_kernel(course, tmp_path):
    out = tmp_path / "site"
    assert build(out=out, jobs=1, only="notebooks/en", root=course) == 0
    assert last_report(out)["executed"] == [EN]

    _notebook(course / EN, "print(1 + 1)", "en", prose="A sentence edited by hand.")
    nb = nbformat.read(course / EN, as_version=4)
    nb.cells[1].metadata["slideshow"] = {"slide_type": "fragment"}  # not execution either
    nbformat.write(nb, course / EN)
    assert build(out=out, jobs=1, only="notebooks/en", root=course) == 0
    report = last_report(out)
    assert report["executed"] == [] and report["exported"] == [EN]
    page = (out / "en" / "lessons" / "09-fixture.html").read_text(encoding="utf-8")
    deck = (out / "en" / "slides" / "09-fixture.slides.html").read_text(encoding="utf-8")
    assert "A sentence edited by hand." in page and "A sentence edited by hand." in deck
    assert ">2\n<" in page  # the cached output of print(1 + 1) is still on the page


@pytest.mark.parametrize(
    "changed",
    ["data/table.csv", "src/medsos/helpers.py", "requirements.txt"],
    ids=["data", "library", "pins"],
)
def test_a_data_library_or_pin_change_re_executes(course, tmp_path, changed):
    out = tmp_path / "site"
    assert build(out=out, jobs=1, only="notebooks/en", root=course) == 0
    with (course / changed).open("a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    assert build(out=out, jobs=1, only="notebooks/en", root=course) == 0
    assert last_report(out)["executed"] == [EN]


def test_execution_hash_follows_code_cells_language_folder_and_execution_tags():
    nb = new_notebook(cells=[new_markdown_cell("Prose."), new_code_cell("x = 1")])
    nb.metadata["kernelspec"] = {"name": "python3"}
    base = code_hash(nb, "notebooks/en")
    prose = json.loads(json.dumps(nb))
    prose["cells"][0]["source"] = "Other prose."
    prose["cells"][1]["metadata"]["slideshow"] = {"slide_type": "slide"}
    prose["metadata"]["medsos"] = {"title": "New title"}
    assert code_hash(prose, "notebooks/en") == base
    code = json.loads(json.dumps(nb))
    code["cells"][1]["source"] = "x = 2"
    assert code_hash(code, "notebooks/en") != base
    assert code_hash(nb, "notebooks/id") != base  # the folder sets the language
    tagged = json.loads(json.dumps(nb))
    tagged["cells"][1]["metadata"]["tags"] = ["raises-exception"]
    assert code_hash(tagged, "notebooks/en") != base


def test_the_build_code_that_runs_no_notebook_is_not_an_execution_input(course):
    names = {p.relative_to(course).as_posix() for p in environment_files(course)}
    assert "src/medsos/helpers.py" in names and "data/table.csv" in names
    assert "requirements.txt" in names
    assert "src/medsos/sitebuild/pages.py" not in names


def test_merged_notebook_keeps_todays_prose_and_the_cached_outputs():
    fresh = new_notebook(cells=[new_markdown_cell("New prose."), new_code_cell("print(1)")])
    executed = new_notebook(cells=[new_markdown_cell("Old prose."), new_code_cell("print(1)")])
    executed.cells[1].outputs = [new_output("stream", name="stdout", text="1\n")]
    executed.cells[1].execution_count = 1
    executed.metadata["widgets"] = {"state": {}}
    merged = merge_outputs(fresh, executed)
    assert merged.cells[0].source == "New prose."
    assert merged.cells[1].outputs[0]["text"] == "1\n" and merged.cells[1].execution_count == 1
    assert merged.metadata["widgets"] == {"state": {}}
    executed.cells[1].source = "print(2)"
    with pytest.raises(ValueError, match="code cells differ"):
        merge_outputs(fresh, executed)


def test_a_failing_cell_stops_the_build_naming_notebook_cell_and_exception(
    course, tmp_path, capsys
):
    _notebook(course / ID, "1 / 0", "id")
    assert build(out=tmp_path / "site", jobs=2, root=course) == 1
    err = capsys.readouterr().err
    assert "09-fixture.ipynb" in err and "cell 2" in err and "ZeroDivisionError" in err
    assert last_report(tmp_path / "site")["FAILED"] == [ID]
