"""Only what pyproject.toml cannot say: the repository's data/ folder becomes ``medsos._data``.

The library lives under src/; data/ stays at the repository's root, where
scripts/derive_data.py writes it, and setuptools copies it into the wheel as the package
``medsos._data`` (its files are listed under ``[tool.setuptools.package-data]``), so a
non-editable ``pip install .`` (or from a git URL) carries the tables with it.

setuptools' scratch folder goes to the system's temporary folder, not ``build/``: that
name belongs to the course site.
"""

import tempfile

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages("src"), "medsos._data"],
    package_dir={"": "src", "medsos._data": "data"},
    options={"build": {"build_base": tempfile.mkdtemp(prefix="medsos-setuptools-")}},
)
