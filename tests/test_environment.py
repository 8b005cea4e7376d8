"""environment.yml (conda) and requirements.txt (pip) must name the same versions."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT


def _pip_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def _conda_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {}
    for dep in env["dependencies"]:
        entries = dep["pip"] if isinstance(dep, dict) else [dep]
        for entry in entries:
            match = re.fullmatch(r"([A-Za-z0-9_.\-]+)\s*==?\s*([0-9][^\s]*)", entry.strip())
            if match:
                pins[match.group(1).lower()] = match.group(2)
    return pins


def test_environment_yml_pins_every_pip_requirement_at_the_same_version():
    pip, conda = _pip_pins(), _conda_pins()
    missing = sorted(set(pip) - set(conda))
    differ = {
        name: (pip[name], conda[name]) for name in pip if name in conda and pip[name] != conda[name]
    }
    assert not missing, f"in requirements.txt but not in environment.yml: {missing}"
    assert not differ, f"versions differ (pip, conda): {differ}"


def test_environment_yml_adds_no_package_that_pip_users_would_lack():
    extra = sorted(set(_conda_pins()) - set(_pip_pins()) - {"python"})
    assert not extra, f"in environment.yml but not in requirements.txt: {extra}"


def test_every_requirement_is_pinned_exactly():
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][^\s]*", line), line
