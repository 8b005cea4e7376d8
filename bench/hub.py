"""How big a class one machine holds: lesson 1 on a real JupyterHub on 127.0.0.1.

    python bench/hub.py                 # make bench-hub
    python bench/hub.py --ladder 2 4 8 --repeats 2

Prints (does not assert):

* the run-all time of lesson 1 for one student alone (median of ``--repeats`` students,
  each on a fresh server and kernel, one after another);
* p50 / p95 run-all time with N students starting at once, for each N of ``--ladder``;
* the peak memory of one student's server (``jupyterhub-singleuser`` + its kernel);
* the first N whose p95 passes 3 x the single-student time (the point where a class
  stops feeling like one laptop each), and how many servers the memory would hold.

It uses the same hub, course repository and simulated students as ``make test-hub``
(``tests/hub/classroom.py``). The figures depend on what else the machine is doing: the
load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "hub"))
from classroom import Course, Hub, MemoryWatch, Student  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank), so p95 of 20 runs is the 19th slowest."""
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def one_student(student: Student) -> float:
    """Log in, pull the course, open lesson 1 and run all its cells; run-all seconds."""
    student.login()
    student.start_server()
    student.follow_link()
    notebook = student.open_lesson()
    try:
        return student.run_all(notebook)
    finally:
        student.close_kernel()


def stop(hub: Hub, students: list[Student]) -> None:
    """Stop this round's servers so the next round starts from an empty machine."""
    for student in students:
        hub.api("DELETE", f"/users/{student.name}/server")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(hub.server(s.name) for s in students):
        time.sleep(0.5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ladder", type=int, nargs="+", default=[2, 4, 6, 8, 10, 15, 20])
    parser.add_argument("--repeats", type=int, default=3, help="students timed alone")
    args = parser.parse_args()
    names = [f"solo{n}" for n in range(args.repeats)]
    for size in args.ladder:
        names += [f"n{size}s{n:02d}" for n in range(size)]
    with tempfile.TemporaryDirectory(prefix="medsos-bench-hub-") as tmp:
        course = Course(Path(tmp) / "course")
        hub = Hub(Path(tmp) / "hub", names)
        hub.start()
        try:
            solo = []
            for name in names[: args.repeats]:
                student = Student(hub, course, name)
                solo.append(one_student(student))
                stop(hub, [student])
            single = statistics.median(solo)
            print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
            print(f"one student alone: run-all of lesson 1 {single:.1f} s (median of {solo})")
            peaks: list[float] = []
            passed_at = None
            rows = []
            for size in args.ladder:
                students = [Student(hub, course, f"n{size}s{n:02d}") for n in range(size)]
                with MemoryWatch(hub, [s.name for s in students]) as memory:
                    with ThreadPoolExecutor(max_workers=size) as pool:
                        times = list(pool.map(one_student, students))
                peaks += [v / 2**20 for v in memory.peak.values() if v]
                p50, p95 = statistics.median(times), percentile(times, 95)
                rows.append((size, p50, p95))
                print(
                    f"{size:3d} students at once: run-all p50 {p50:5.1f} s, p95 {p95:5.1f} s "
                    f"({p95 / single:.1f} x alone); load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
                if passed_at is None and p95 > 3 * single:
                    passed_at = size
                stop(hub, students)
            peak = statistics.median(peaks)
            total = psutil.virtual_memory().total / 2**30
            print(
                f"peak memory per student server (server + kernel): median {peak:.0f} MiB, "
                f"max {max(peaks):.0f} MiB over {len(peaks)} servers"
            )
            print(
                f"memory alone would hold about {int(total * 1024 * 0.8 // max(peaks))} "
                f"students in 80% of this machine's {total:.0f} GiB"
            )
            cores = psutil.cpu_count()
            if passed_at is None:
                print(
                    f"p95 stayed under 3 x alone up to {args.ladder[-1]} students ({cores} cores)"
                )
            else:
                below = [size for size, _, p95 in rows if p95 <= 3 * single]
                held = max(below) if below else 1
                print(
                    f"p95 passes 3 x alone at {passed_at} students at once: this {cores}-core "
                    f"machine holds about {held} students running lesson 1 together"
                )
        finally:
            hub.stop_all()
            hub.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
