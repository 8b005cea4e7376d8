"""Shared test set-up: where things are, and the course's language for each test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")

SHARED = ROOT.parent / "shared"
"""The project's raw public data and checked facts. Only CI (and the maintainers' machines) have it
beside the checkout: a lone clone does not. Tests that read it are the re-derivation tests, marked
``needs_shared``; they skip on a lone clone and must run in CI. Any other test that reads it fails."""

# Fixture notebooks are inputs to build tests, not lessons: nbval must not collect them.
collect_ignore_glob = ["fixtures/*", "fixtures/**/*"]

os.environ.setdefault("MPLBACKEND", "Agg")


# --- ../shared: only the declared re-derivation tests may read it ---------------------
def _shared_prefixes() -> tuple[str, ...]:
    forms = {os.path.abspath(SHARED), os.path.realpath(SHARED)}
    return tuple(f + os.sep for f in forms) + tuple(forms)


_SHARED_PREFIXES = _shared_prefixes()
_shared_reads: list[str] = []


def _watch_shared(event: str, args: tuple) -> None:
    """Audit hook: note every file or folder under ../shared this process opens or lists."""
    if event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    target = args[0]
    if isinstance(target, int) or target is None:
        return
    try:
        path = os.path.abspath(os.fsdecode(target))
    except (TypeError, ValueError):
        return
    if path.startswith(_SHARED_PREFIXES):
        _shared_reads.append(path)


sys.addaudithook(_watch_shared)


@pytest.fixture(autouse=True)
def _no_undeclared_shared_reads(request):
    """Fail a test that reads ../shared without being a declared re-derivation test.

    On a lone clone ../shared is absent, so such a test would fail or skip there for a newcomer;
    in CI it is present, so this catches the next such test before it lands.
    """
    _shared_reads.clear()
    yield
    reads, declared = list(_shared_reads), request.node.get_closest_marker("needs_shared")
    _shared_reads.clear()
    if reads and not declared:
        pytest.fail(
            f"{request.node.nodeid} reads ../shared ({reads[0]}), which a lone clone does not have: "
            "take what it needs from data/ (or mark it needs_shared if it re-derives data/)",
            pytrace=False,
        )


@pytest.fixture
def shared(request) -> Path:
    """The ../shared folder, for the re-derivation tests only: skips on a lone clone, fails in CI."""
    if request.node.get_closest_marker("needs_shared") is None:
        pytest.fail("only tests marked needs_shared may use the shared fixture", pytrace=False)
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have ../shared beside the checkout ({SHARED} is missing)")
        pytest.skip("../shared (the raw data and checked facts) is not beside this clone")
    return SHARED


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
            ["git", "-c", "safe.directory=*", "status", "--porcelain", "--untracked-files=all"],
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


# --- the browser tests' shared fixtures (each module gets its own server and browser) ---


@pytest.fixture(scope="module")
def site_url(built_site):
    """The built site served on 127.0.0.1 (the test skips where Chromium is missing)."""
    from browser_support import require_chromium, serve

    require_chromium()
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def chromium():
    """One Chromium (Debian's, with browser_support.ARGS) shared by a module's tests."""
    from browser_support import browser

    with browser() as instance:
        yield instance
