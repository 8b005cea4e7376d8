"""Running the course changes nothing in the repository: data stay intact.

The whole test session is also watched (see ``conftest.py``): if anything outside
``build/`` and ignored folders differs in ``git status`` at the end, the run fails.
"""

from __future__ import annotations

import hashlib

import nbformat
from conftest import ROOT, _git_status
from nbclient import NotebookClient


def _snapshot() -> tuple[str | None, dict[str, str]]:
    status = _git_status()
    hashes = {
        str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in ("data", "notebooks", "exercises")
        for p in sorted((ROOT / folder).rglob("*"))
        if p.is_file()
    }
    return status, hashes


def test_running_a_lesson_and_loading_every_table_changes_no_file():
    before = _snapshot()
    lessons = sorted((ROOT / "notebooks" / "en").glob("*.ipynb"))
    if lessons:
        nb = nbformat.read(lessons[min(1, len(lessons) - 1)], as_version=4)
        NotebookClient(
            nb,
            timeout=120,
            kernel_name="python3",
            resources={"metadata": {"path": str(lessons[0].parent)}},
        ).execute()
    import medsos

    for name in medsos.tables()["name"]:
        frame = medsos.load(name)
        frame.iloc[:, 0] = None  # a student vandalising their copy must not reach the file
        assert medsos.load(name).iloc[:, 0].notna().any()
    assert _snapshot() == before


def test_data_files_match_the_checksums_in_the_datapackage():
    import json

    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        recorded = resource.get("hash") or resource.get("sha256")
        assert recorded, f"{resource['name']} has no checksum"
        digest = hashlib.sha256((ROOT / "data" / resource["path"]).read_bytes()).hexdigest()
        assert recorded.split(":")[-1] == digest, f"{resource['path']} changed since it was derived"
