"""A student's laptop: the course installs as a normal package and lesson 0 runs, no make, no Node.

The README tells students on Windows, macOS and Linux to use plain ``python -m venv`` and
``pip``. This test does exactly that in a fresh venv (not the project's .venv), with a PATH
that holds neither ``make`` nor ``node``/``npm``: it installs the course library
*non-editable* from the repository with the README's command
(``pip install -c requirements.txt ".[lab]"``, so the tables must travel inside the wheel and
every version is the pinned one), then runs lesson 0 with nbclient from a folder outside the
repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

RUN_LESSON_0 = r"""
import json, pathlib, sys, time
import nbformat
from nbclient import NotebookClient
import medsos, medsos.data

notebook = pathlib.Path(sys.argv[1])
nb = nbformat.read(notebook, as_version=4)
start = time.perf_counter()
NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(notebook.parent)}}).execute()
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
print(json.dumps({
    "seconds": time.perf_counter() - start,
    "errors": len(errors),
    "code_cells": sum(c.cell_type == "code" for c in nb.cells),
    "library": medsos.__file__,
    "data": str(medsos.data.data_dir()),
    "tables": sorted(p.name for p in medsos.data.data_dir().iterdir()),
}))
"""


def _student_path(venv: Path) -> str:
    """Only the venv's own scripts: what a student has after activating it, minus make/Node."""
    return str(venv / ("Scripts" if os.name == "nt" else "bin"))


def _pins(*names: str) -> list[str]:
    wanted = {n.lower() for n in names}
    pins = []
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and line.split("==")[0].lower() in wanted:
            pins.append(line)
    assert len(pins) == len(wanted), f"not pinned in requirements.txt: {wanted}"
    return pins


def test_fresh_venv_without_make_or_node_installs_the_course_and_runs_lesson_0(tmp_path):
    venv = tmp_path / "venv"
    base_python = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base_python, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("VIRTUAL_ENV", "PYTHON", "JUPYTER", "MEDSOS_", "CONDA"))
    }
    env |= {
        "PATH": _student_path(venv),
        "HOME": str(tmp_path / "home"),
        "MPLBACKEND": "Agg",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    for tool in ("make", "node", "npm"):
        assert shutil.which(tool, path=env["PATH"]) is None, f"{tool} is on the student's PATH"
    started = time.perf_counter()
    # The README's command: the library with JupyterLab in Indonesian, at the pinned versions.
    pip = [python, "-m", "pip", "install", "-q", "-c", ROOT / "requirements.txt", f"{ROOT}[lab]"]
    lower = (lambda: os.nice(10)) if hasattr(os, "nice") else None  # spare the suite's CPU
    subprocess.run(pip, check=True, env=env, cwd=tmp_path, preexec_fn=lower, timeout=900)
    installed = time.perf_counter() - started
    listed = subprocess.run(
        [python, "-m", "pip", "list", "--format=json"], env=env, capture_output=True, text=True
    )
    have = {p["name"].lower(): p["version"] for p in json.loads(listed.stdout)}
    for pin in _pins("jupyterlab", "jupyterlab-language-pack-id-ID", "nbclient", "pandas"):
        name, version = pin.split("==")
        assert have.get(name.lower()) == version, f"{name}: {have.get(name.lower())} not {version}"
    usage = subprocess.run(
        [python, "-m", "medsos", "lab", "--help"], env=env, capture_output=True, text=True
    )
    assert usage.returncode == 0 and "--lang" in usage.stdout, usage.stderr
    student = tmp_path / "my-course" / "en"  # outside the repository
    student.mkdir(parents=True)
    lesson = shutil.copy(ROOT / "notebooks" / "en" / "00-start-here.ipynb", student)
    result = subprocess.run(
        [python, "-c", RUN_LESSON_0, lesson],
        check=True,
        env=env,
        cwd=student,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"fresh venv: install {installed:.0f} s, lesson 0 {report['seconds']:.1f} s")
    assert report["errors"] == 0, result.stdout
    assert report["code_cells"] > 5
    site = Path(report["library"]).resolve()
    assert ROOT not in site.parents, f"the library was imported from the checkout: {site}"
    assert Path(report["data"]).resolve().is_relative_to(site.parent), report["data"]
    assert report["tables"] == sorted(p.name for p in (ROOT / "data").iterdir() if p.is_file())
