"""Code quality: ruff lints and formats the library, scripts, tests, benchmarks and notebooks."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

TARGETS = ["src", "scripts", "tests", "bench", "notebooks", "exercises", "facilitator"]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *TARGETS], cwd=ROOT, capture_output=True, text=True
    )


def test_ruff_finds_no_lint_problem():
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_and_notebooks_are_formatted_by_ruff():
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, "run `make format`:\n" + result.stdout


def test_pre_commit_strips_notebook_outputs_and_runs_ruff():
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "nbstripout" in config and "ruff" in config
