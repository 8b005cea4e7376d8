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
