"""data/ is exactly what scripts/derive_data.py makes from the raw public data.

These are the only tests that read ../shared (marked ``needs_shared``): on a lone clone they skip,
in CI they must run (the ``shared`` fixture in conftest.py fails there if ../shared is missing).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.mark.needs_shared
def test_rederiving_the_data_reproduces_every_committed_file_byte_for_byte(shared, tmp_path):
    raw = shared / "data" / "raw"
    env = {**os.environ, "MEDSOS_RAW": str(raw), "MEDSOS_DATA_OUT": str(tmp_path)}
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "derive_data.py")],
        env=env,
        check=True,
        capture_output=True,
    )
    committed = sorted(p.name for p in (ROOT / "data").iterdir() if p.is_file())
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == committed
    for name in committed:
        assert (tmp_path / name).read_bytes() == (ROOT / "data" / name).read_bytes(), name


@pytest.mark.needs_shared
def test_every_checked_fact_in_the_data_cites_a_page_named_in_the_facts_file(shared):
    """Each checked fact cites a page of the facts files, or one read later to replace a listing page.

    The facts file named a few topic and archive pages (listing pages, see test_data.py); those rows
    were re-sourced to an article stating the same figure, with the day it was read (read_on).
    """
    sys.path.insert(0, str(ROOT / "scripts"))
    import derive_data

    facts = (shared / "facts" / "checked-facts.md").read_text(encoding="utf-8")
    more = shared / "facts" / "facts.md"
    if more.exists():
        facts += more.read_text(encoding="utf-8")
    read_on = dict(
        derive_data.curated("checked_facts.csv")[["figure_id", "read_on"]].itertuples(index=False)
    )
    assert derive_data.CHECKED_FACTS
    for fact in derive_data.CHECKED_FACTS:
        figure_id, value, url = fact[0], fact[3], fact[8]
        assert url in facts or read_on[figure_id] >= "2026-12-01", (
            f"{figure_id}: {url} is not in the checked-facts file"
        )
        digits = value.replace(".", "")
        number_forms = {value, f"{int(float(value)):,}" if float(value) >= 1000 else value}
        assert any(form in facts for form in number_forms) or digits in facts, figure_id
