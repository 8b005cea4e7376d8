"""The stored notebooks are exactly what their sources in lessons/ write (no hand edits that drift)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys

import pytest
from conftest import ROOT

SOURCES = sorted((ROOT / "lessons").glob("l[0-9][0-9]_*.py"))
sys.path.insert(0, str(ROOT / "lessons"))


def _load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cells(nb: dict) -> list[tuple]:
    return [
        (c["cell_type"], "".join(c["source"]).strip(), json.dumps(c["metadata"], sort_keys=True))
        for c in nb["cells"]
    ]


def test_there_are_lesson_sources():
    assert len(SOURCES) >= 5


WRITE = re.compile(r'write\(\s*(\w+),\s*(\w+),\s*"(notebooks|exercises)",\s*"([^"]+)"\)')


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_stored_notebooks_match_their_lesson_source(source):
    import nbgen

    module = _load(source)
    calls = WRITE.findall(source.read_text(encoding="utf-8"))
    assert calls, f"{source.name} calls write(cells, meta, kind, filename) nowhere"
    for cells_name, meta_name, kind, filename in calls:
        cells, meta = getattr(module, cells_name), getattr(module, meta_name)
        for lang in nbgen.LANGS:
            made = json.loads(json.dumps(nbgen.build(cells, meta, lang)))
            stored = json.loads((ROOT / kind / lang / filename).read_text(encoding="utf-8"))
            assert _cells(made) == _cells(stored), (
                f"{kind}/{lang}/{filename} differs from {source.name}: "
                "edit the source, then run `make notebooks`"
            )
            assert made["metadata"]["medsos"] == stored["metadata"]["medsos"]
