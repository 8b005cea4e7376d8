"""Shared test set-up: where things are, and the course's language for each test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")

# Fixture notebooks are inputs to build tests, not lessons: nbval must not collect them.
collect_ignore_glob = ["fixtures/*", "fixtures/**/*"]

os.environ.setdefault("MPLBACKEND", "Agg")


def lesson_notebooks(kind: str = "notebooks") -> list[Path]:
    """Every notebook of ``notebooks/`` or ``exercises/``, both languages, sorted."""
    return sorted((ROOT / kind).glob("*/*.ipynb"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The site made by `make build` (make test builds first); otherwise built here, once."""
    from medsos.sitebuild import build, discover

    built = ROOT / "build"
    notebooks = discover(ROOT)
    if (built / "index.html").exists() and all(nb.page(built).exists() for nb in notebooks):
        return built
    out = tmp_path_factory.mktemp("site")
    assert build(out=out, jobs=2) == 0
    return out


@pytest.fixture(autouse=True)
def _language_reset():
    """Each test starts in Indonesian (the course's default) and leaves no language behind."""
    from medsos import i18n

    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture
def english():
    from medsos import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("id")


# --- the whole session must leave the repository as it found it ---------------------
def _git_status() -> str | None:
    import subprocess

    try:
        return subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def pytest_sessionstart(session):
    if not hasattr(session.config, "workerinput"):  # the controller, not an xdist worker
        session.config._medsos_git_status = _git_status()


def pytest_sessionfinish(session, exitstatus):
    before = getattr(session.config, "_medsos_git_status", None)
    if before is None or hasattr(session.config, "workerinput"):
        return
    after = _git_status()
    if after != before:
        changed = sorted(set(after.splitlines()) ^ set(before.splitlines()))
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "the test session changed files in the repository:\n  " + "\n  ".join(changed)
        if reporter:
            reporter.write_line(message, red=True)
        session.exitstatus = 1
