"""A clone on its own tests green: no test needs ``../shared`` except the re-derivation tests.

A lecturer clones the course from its public address, with nothing beside it, and runs the
README's test command. Only CI (and the maintainers) have ``../shared`` (the raw public data and
the checked facts) beside the checkout, so a test that quietly reads it passes in CI and fails for
every newcomer. Three guards:

- conftest.py's audit hook fails any test that opens or lists a file under ``../shared`` without
  the ``needs_shared`` marker (in CI, where ``../shared`` is present, so the next such test is
  caught before it lands, without running the suite twice);
- the test below collects the whole suite in a copy of the checkout with no ``../shared`` beside it:
  collection must succeed and the marked tests must all be re-derivation tests;
- the code students run (library, notebooks) never names ``../shared``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

REDERIVATION_TESTS = "tests/test_derive.py"


def _tracked_files() -> list[str]:
    out = subprocess.run(
        ["git", "-c", "safe.directory=*", "ls-files", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [f for f in out.split("\0") if f]


def _without_pytest_options() -> dict[str, str]:
    """The environment without PYTEST_ADDOPTS: ``-v`` there changes --collect-only's lines."""
    return {k: v for k, v in os.environ.items() if k != "PYTEST_ADDOPTS"}


@pytest.mark.slow
def test_a_lone_clone_collects_the_suite_and_only_rederivation_tests_need_shared(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing to copy as a clone")
    clone = tmp_path / "lone" / "c"  # nothing beside it: tmp_path/lone/shared does not exist
    for name in _tracked_files():
        src = ROOT / name
        if src.is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, clone / name)
    assert not (clone.parent / "shared").exists()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-m",
            "needs_shared",
        ],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=300,
        env=_without_pytest_options(),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    marked = [line for line in result.stdout.splitlines() if "::" in line]
    assert marked, "the re-derivation tests carry the needs_shared marker"
    outside = [m for m in marked if not m.startswith(REDERIVATION_TESTS + "::")]
    assert not outside, f"tests outside {REDERIVATION_TESTS} need ../shared: {outside}"
    assert re.search(r"\d+/\d+ tests collected \(\d+ deselected\)", result.stdout), result.stdout[
        -500:
    ]


def test_the_audit_hook_notices_a_read_under_shared(tmp_path, monkeypatch):
    import conftest

    fake_shared = tmp_path / "shared"
    fake_shared.mkdir()
    (fake_shared / "facts.md").write_text("x", encoding="utf-8")
    monkeypatch.setattr(conftest, "_SHARED_PREFIXES", (str(fake_shared) + "/", str(fake_shared)))
    conftest._shared_reads.clear()
    (fake_shared / "facts.md").read_text(encoding="utf-8")
    list(fake_shared.iterdir())
    seen = list(conftest._shared_reads)
    conftest._shared_reads.clear()  # this test itself is allowed: the reads were of a fake folder
    assert str(fake_shared / "facts.md") in seen
    assert str(fake_shared) in seen


def _notebook_code(folder: str) -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / folder).rglob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        out += [(str(path), "".join(c["source"])) for c in cells if c["cell_type"] == "code"]
    return out


SHARED_PATH = re.compile(r"\.\./shared|[\"']shared[\"']")


def test_the_library_and_the_notebooks_never_read_shared():
    places = [(str(p), p.read_text(encoding="utf-8")) for p in (ROOT / "src").rglob("*.py")]
    places += _notebook_code("notebooks") + _notebook_code("exercises")
    named = [where for where, text in places if SHARED_PATH.search(text)]
    assert not named, named
