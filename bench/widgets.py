"""Print each widget's update time (callback → new figure): median and 95th percentile.

Every module in ``medsos.widgets`` that defines ``BENCH`` is measured. ``BENCH`` is a
list of ``(factory, changes)`` pairs: ``factory()`` makes the widget (an Explorer) and
``changes`` is a list of ``{control_name: value}`` dicts applied in turn, as clicks would.
Goal: median under 100 ms on this 2-core machine. This script measures; it never fails.
"""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import sys
import time

import medsos.widgets

ROUNDS = 5


def measure(factory, changes) -> list[float]:
    widget = factory()
    times = []
    for _round in range(ROUNDS):
        for change in changes:
            for name, value in change.items():
                start = time.perf_counter()
                widget.controls[name].value = value  # fires the observer: a real update
                times.append(time.perf_counter() - start)
    return times


def main() -> int:
    rows = []
    for info in pkgutil.iter_modules(medsos.widgets.__path__):
        module = importlib.import_module(f"medsos.widgets.{info.name}")
        for factory, changes in getattr(module, "BENCH", []):
            times = sorted(measure(factory, changes))
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            rows.append(
                (f"{info.name}.{factory.__name__}", len(times), statistics.median(times), p95)
            )
    print(f"{'widget':45} {'updates':>7} {'median ms':>10} {'p95 ms':>8}  goal")
    for name, n, median, p95 in rows:
        verdict = "ok" if median < 0.100 else "SLOW (goal: median < 100 ms)"
        print(f"{name:45} {n:7d} {median * 1000:10.1f} {p95 * 1000:8.1f}  {verdict}")
    if not rows:
        print("no widget defines BENCH yet")
    return 0


if __name__ == "__main__":
    sys.exit(main())
