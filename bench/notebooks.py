"""Print each notebook's run-all time (kernel start + every cell), one notebook after another.

This is what a student waits for after "Run All". Usage: ``python bench/notebooks.py``.
Measures; never fails.
"""

from __future__ import annotations

import sys

from medsos.sitebuild import ROOT, discover, execute


def main() -> int:
    print(f"{'notebook':60} {'seconds':>8}")
    for notebook in discover(ROOT):
        _executed, error, seconds = execute(str(notebook.path))
        status = "" if error is None else f"  FAILED: {error}"
        print(f"{notebook.name:60} {seconds:8.1f}{status}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
