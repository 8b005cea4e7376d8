"""The old name of :mod:`medsos.sitebuild` (the site build), kept for scripts that import it.

New code imports :mod:`medsos.sitebuild`; this alias can go once nothing imports it.
"""

from __future__ import annotations

from medsos.sitebuild import LANGS, ROOT, Notebook, build, discover, execute, last_report

__all__ = ["LANGS", "ROOT", "Notebook", "build", "discover", "execute", "last_report"]
