"""Print how long the gradebook takes over a class of 40 submissions (``make bench-report``).

The class is made from the course's own notebooks: the solutions and the blank exercises of
lesson 1 in both languages, under 40 students' names, as a facilitator would collect them.
Usage: ``python bench/report.py [--jobs 2] [--students 40]``. Measures; never fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from medsos.course import ROOT
from medsos.report import report

STEM = "01-real-cases-exercises"
SOURCES = [
    ROOT / "facilitator/solutions/en/01-real-cases-solutions.ipynb",
    ROOT / "facilitator/solutions/id/01-real-cases-solutions.ipynb",
    ROOT / "exercises/en" / f"{STEM}.ipynb",
    ROOT / "exercises/id" / f"{STEM}.ipynb",
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--students", type=int, default=40)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="medsos-bench-") as tmp:
        folder = Path(tmp) / "class"
        folder.mkdir()
        for n in range(args.students):
            source = SOURCES[n % len(SOURCES)]
            (folder / f"student{n + 1:02d}_{STEM}.ipynb").write_bytes(source.read_bytes())
        start = time.perf_counter()
        done = report(folder, Path(tmp) / "report", jobs=args.jobs)
        seconds = time.perf_counter() - start
    graded = sum(s.graded for s in done.submissions)
    print(
        f"report over {args.students} submissions ({graded} graded, {args.jobs} at a time): "
        f"{seconds:.1f} s ({seconds / max(args.students, 1):.1f} s per notebook)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
