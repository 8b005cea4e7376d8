"""The old home of the exercise checkers, kept so that ``medsos.exercises.lNN`` still works.

Each lesson's checkers now live with its chart helpers in :mod:`medsos.lessons`
(``medsos.lessons.l01`` …); ``from medsos.exercises import l01`` returns that module.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


def __getattr__(name: str) -> ModuleType:
    if len(name) == 3 and name.startswith("l") and name[1:].isdigit():
        module = importlib.import_module(f"medsos.lessons.{name}")
        sys.modules[f"{__name__}.{name}"] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
