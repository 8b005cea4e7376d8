"""Measure the build: plain nbconvert CLI vs ``python -m medsos build`` cold, warm, one lesson edited.

Prints times and ratios against the goals; never fails (speed is measured, not asserted).
- plain: ``jupyter nbconvert --execute --to html`` then ``--to slides`` for every lesson,
  notebook after notebook (each call starts nbconvert and executes the notebook again);
- cold: ``python -m medsos build`` with an empty cache;        goal ≤ 0.25 × plain
- warm: the same again, nothing changed;                       goal < 2 s
- one lesson, prose edited (one sentence of a Markdown cell): it must execute nothing;
                                    goal ≤ 0.25 × that lesson's time in the cold build
  (its kernel run + page export + deck export there, from the build's report). The lesson
  is the one whose cold build took the median time; the quickest lesson is shown too;
- one lesson, code edited (a comment added to a code cell);   goal < 2 × that lesson's run time

Runs on a temporary copy of the notebooks (data/, src/ and node_modules are linked), so the
repository is never touched. Usage: ``python bench/build.py [--jobs 2] [--skip-plain]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medsos.sitebuild import last_report

ROOT = Path(__file__).resolve().parents[1]


def copy_course(into: Path) -> Path:
    for folder in ("notebooks", "exercises", "facilitator"):
        shutil.copytree(ROOT / folder, into / folder)
    for linked in ("data", "src", "node_modules"):
        (into / linked).symlink_to(ROOT / linked)
    shutil.copy2(ROOT / "requirements.txt", into / "requirements.txt")
    return into


def edit_prose(notebook: Path) -> None:
    """Change one sentence of the first Markdown cell that has one (a prose-only edit)."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and ". " in text:
            cell["source"] = text.replace(". ", ", the benchmark says. ", 1)
            break
    notebook.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")


def edit_code(notebook: Path) -> None:
    """Add a comment to the first code cell: the kernel must run the lesson again."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code")
    cell["source"] = "".join(cell["source"]) + "\n# benchmark edit"
    notebook.write_text(json.dumps(nb, ensure_ascii=False, indent=1), encoding="utf-8")


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def build_command(root: Path, out: Path, jobs: int) -> list[str]:
    code = (
        "import sys; from pathlib import Path; from medsos.sitebuild import build; "
        f"sys.exit(build(out=Path({str(out)!r}), jobs={jobs}, root=Path({str(root)!r})))"
    )
    return [sys.executable, "-c", code]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--skip-plain", action="store_true", help="skip the slow plain nbconvert run"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_course(Path(tmp) / "course")
        lessons = sorted((root / "notebooks").glob("*/*.ipynb"))
        exercises = sorted((root / "exercises").glob("*/*.ipynb"))
        print(
            f"{len(lessons)} lesson notebooks, {len(exercises)} exercise notebooks, {args.jobs} jobs"
        )
        plain = None
        if not args.skip_plain:
            out = Path(tmp) / "plain"
            start = time.perf_counter()
            for nb in lessons + exercises:
                cli = [
                    sys.executable,
                    "-m",
                    "jupyter",
                    "nbconvert",
                    "--execute",
                    "--output-dir",
                    str(out),
                ]
                subprocess.run(
                    [*cli, "--to", "html", str(nb)], cwd=nb.parent, check=True, capture_output=True
                )
                if nb in lessons:
                    subprocess.run(
                        [*cli, "--to", "slides", str(nb)],
                        cwd=nb.parent,
                        check=True,
                        capture_output=True,
                    )
            plain = time.perf_counter() - start
        out = Path(tmp) / "site"
        cold = timed(build_command(root, out, args.jobs), root)
        cold_report = last_report(out)
        cold_seconds = cold_report["seconds"]
        warm = timed(build_command(root, out, args.jobs), root)
        # The lesson whose cold build took the median time (a typical lesson), and the
        # quickest one, where the export's fixed costs weigh the most.
        by_time = sorted(
            (seconds, path)
            for path in lessons
            if (seconds := cold_seconds.get(path.relative_to(root).as_posix())) is not None
        )
        lesson = by_time[len(by_time) // 2][1] if by_time else None
        quickest = by_time[0][1] if by_time else None
        prose = code = own = None
        if lesson:
            name = lesson.relative_to(root).as_posix()
            edit_prose(quickest)
            quick = timed(build_command(root, out, args.jobs), root)
            quick_report = last_report(out)
            edit_prose(lesson)
            prose = timed(build_command(root, out, args.jobs), root)
            prose_report = last_report(out)
            edit_code(lesson)
            code = timed(build_command(root, out, args.jobs), root)
            code_report = last_report(out)
            run = (
                "from medsos.sitebuild import execute; import sys; "
                f"_, error, seconds = execute({str(lesson)!r}); print(seconds)"
            )
            own = float(
                subprocess.run(
                    [sys.executable, "-c", run], check=True, capture_output=True, text=True
                ).stdout.strip()
            )
        pages = sorted(out.rglob("*.html"))
        print()
        print(f"{'measure':42} {'seconds':>8}  goal")
        if plain is not None:
            print(f"{'plain nbconvert (html + slides, one by one)':42} {plain:8.1f}")
            print(
                f"{'make build, cold':42} {cold:8.1f}  ≤ 0.25 × plain  → {cold / plain:.2f} ×"
                f" {'ok' if cold <= 0.25 * plain else 'MISSED'}"
            )
        else:
            print(f"{'make build, cold':42} {cold:8.1f}")
        print(
            f"{'make build, warm (no change)':42} {warm:8.1f}  < 2 s  {'ok' if warm < 2 else 'MISSED'}"
        )
        if lesson:
            lesson_cold = cold_seconds[name]
            print(
                f"{'one lesson, prose edited':42} {prose:8.1f}  ≤ 0.25 × {lesson_cold:.1f} s "
                f"(its cold build: kernel + page + deck)  → {prose / lesson_cold:.2f} × "
                f"{'ok' if prose <= 0.25 * lesson_cold else 'MISSED'}   ({name})"
            )
            print(
                f"{'':42} {'':8}  executed {len(prose_report['executed'])} notebook(s), "
                f"re-exported {prose_report['exported']} "
                f"(page and deck side by side: {prose_report['seconds'][name]:.1f} s of work)"
            )
            quick_name = quickest.relative_to(root).as_posix()
            quick_cold = cold_seconds[quick_name]
            print(
                f"{'  the quickest lesson, prose edited':42} {quick:8.1f}  "
                f"= {quick / quick_cold:.2f} × its cold build ({quick_cold:.1f} s); executed "
                f"{len(quick_report['executed'])}   ({quick_name})"
            )
            print(
                f"{'one lesson, code edited':42} {code:8.1f}  < 2 × {own:.1f} s (its own run)  "
                f"→ {code / own:.2f} × {'ok' if code < 2 * own else 'MISSED'}   "
                f"(executed {code_report['executed']})"
            )
        print()
        print("page weights (bytes):")
        for page in pages:
            if "assets" in page.parts:
                continue
            print(f"  {page.relative_to(out)!s:60} {page.stat().st_size:>10,}")
        assets = sum(p.stat().st_size for p in (out / "assets").rglob("*") if p.is_file())
        print(f"  {'assets/ (shared by every page, loaded once)':60} {assets:>10,}")
        explorer_budgets(out, pages, cold, cold_report)
    return 0


def explorer_budgets(out: Path, pages: list[Path], cold: float, cold_report: dict) -> None:
    """Issue 13's budgets: page and deck weight, the explorers' share of the cold build,
    and the browser test's time from a change to its chart (when that test has run)."""
    print()
    print("explorers answering with no kernel (issue 13):")
    lessons = [
        p for p in pages if "assets" not in p.parts and p.parent.name in ("lessons", "slides")
    ]
    heaviest = max(lessons, key=lambda p: p.stat().st_size, default=None)
    if heaviest is not None:
        size = heaviest.stat().st_size / 1e6
        print(
            f"  {'heaviest lesson page or deck':40} {size:8.2f} MB  ≤ 1.5 MB  "
            f"{'ok' if size <= 1.5 else 'MISSED'}   ({heaviest.relative_to(out)})"
        )
    states = cold_report.get("explorers", {})
    seconds, cpu, total = (
        states.get("seconds"),
        states.get("cpu_seconds"),
        cold_report.get("cpu_seconds"),
    )
    if seconds is not None:
        print(
            f"  {'drawing their states, in the cold build':40} {seconds:8.1f} s   "
            f"({states.get('drawn', 0)} explorers × languages; wall time: the cold build "
            f"without them would take {cold - seconds:.1f} s, {seconds / (cold - seconds):.0%} more)"
        )
    if cpu is not None and total:
        share = cpu / max(total - cpu, 1e-9)
        print(
            f"  {'  in processor time':40} {cpu:8.1f} s   of {total:.1f} s for the whole build "
            f"→ the cold build grows {share:.0%}  ≤ 30 %  {'ok' if share <= 0.30 else 'MISSED'}"
        )
    drawn = out / "assets" / "explorers"
    if drawn.is_dir():
        weight = sum(p.stat().st_size for p in drawn.rglob("*") if p.is_file())
        print(f"  {'their images and states (assets, lazy)':40} {weight / 1e6:8.2f} MB")
    timings = ROOT / "build" / ".cache" / "explorer-timings.json"
    if timings.exists():
        found = json.loads(timings.read_text(encoding="utf-8"))
        print(
            f"  {'a change to its chart (browser test)':40} {found['median_ms']:8.1f} ms median, "
            f"{found['p95_ms']:.1f} ms p95 over {found['changes']} changes  < 100 ms  "
            f"{'ok' if found['median_ms'] < 100 else 'MISSED'}"
        )
    else:
        print(
            "  a change to its chart: run pytest tests/test_browser_explorers.py, then this again"
        )


if __name__ == "__main__":
    sys.exit(main())
