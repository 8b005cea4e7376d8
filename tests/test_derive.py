"""data/ is exactly what scripts/derive_data.py makes from the raw public data."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

RAW = ROOT.parent / "shared" / "data" / "raw"


@pytest.mark.skipif(
    not RAW.exists(), reason="the raw data (../shared/data/raw) is not beside the repository"
)
def test_rederiving_the_data_reproduces_every_committed_file_byte_for_byte(tmp_path):
    env = {**os.environ, "MEDSOS_RAW": str(RAW), "MEDSOS_DATA_OUT": str(tmp_path)}
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


FACTS = ROOT.parent / "shared" / "facts" / "checked-facts.md"


@pytest.mark.skipif(
    not FACTS.exists(), reason="the checked-facts file is not beside the repository"
)
def test_every_checked_fact_in_the_data_cites_a_page_named_in_the_facts_file():
    sys.path.insert(0, str(ROOT / "scripts"))
    import derive_data

    facts = FACTS.read_text(encoding="utf-8")
    assert derive_data.CHECKED_FACTS
    for fact in derive_data.CHECKED_FACTS:
        figure_id, value, url = fact[0], fact[3], fact[8]
        assert url in facts, f"{figure_id}: {url} is not in the checked-facts file"
        digits = value.replace(".", "")
        number_forms = {value, f"{int(float(value)):,}" if float(value) >= 1000 else value}
        assert any(form in facts for form in number_forms) or digits in facts, figure_id
