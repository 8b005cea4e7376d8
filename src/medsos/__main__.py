"""Command line: ``python -m medsos build``, ``check FILE.csv``, ``lab`` (open the course) and
``report FOLDER`` (grade collected exercises), ``handouts`` (PDFs) and ``kit`` (zips)."""

from __future__ import annotations

import argparse
import sys


def _build(args: argparse.Namespace) -> int:
    from medsos.sitebuild import build

    return build(out=args.out, jobs=args.jobs, only=args.only)


def _check(args: argparse.Namespace) -> int:
    from medsos.userdata import main_check

    return main_check(args.file, args.lang)


def _lab(args: argparse.Namespace) -> int:
    from medsos.lab import main_lab

    extra = [a for a in args.jupyter_args if a != "--"]
    return main_lab(args.lang, args.folder, extra, install_settings=args.install_settings)


def _report(args: argparse.Namespace) -> int:
    from medsos.report import Limits
    from medsos.report import main as report_main

    limits = Limits(cell=args.cell_limit, notebook=args.notebook_limit)
    return report_main(args.folder, args.out, args.lang, args.lesson, args.jobs, limits)


def _handouts(args: argparse.Namespace) -> int:
    from medsos.handouts import make_handouts

    return make_handouts(
        site=args.site, out=args.out, only=args.only, decks=not args.no_decks, force=args.force
    )


def _kit(args: argparse.Namespace) -> int:
    from medsos.kit import make_kit

    return make_kit(site=args.site, out=args.out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m medsos", description="The course's command line."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the course site into build/")
    build.add_argument("--jobs", type=int, default=2, help="notebooks executed at once (default 2)")
    build.add_argument("--only", default=None, help="only notebooks whose path contains this text")
    build.add_argument("--out", default=None, help="output folder (default build/)")
    build.set_defaults(run=_build)
    check = commands.add_parser("check", help="check a CSV of dates and counts before analysing it")
    check.add_argument("file", help="the CSV file")
    check.add_argument(
        "--lang", choices=("id", "en"), default=None, help="language of the messages"
    )
    check.set_defaults(run=_check)
    lab = commands.add_parser(
        "lab",
        help="open the course in JupyterLab (lesson 0, JupyterLab in the chosen language, offline)",
    )
    lab.add_argument(
        "--lang",
        choices=("id", "en"),
        default=None,
        help="language of the lessons and of JupyterLab (default: MEDSOS_LANG, else id)",
    )
    lab.add_argument(
        "--folder", default=None, help="the course folder (default: the current folder)"
    )
    lab.add_argument(
        "--install-settings",
        action="store_true",
        help="write the language and offline defaults into this environment's JupyterLab "
        "settings (for a hub image), then exit",
    )
    lab.add_argument(
        "jupyter_args",
        nargs=argparse.REMAINDER,
        help="anything after -- goes to JupyterLab (e.g. -- --no-browser --port 8890)",
    )
    lab.set_defaults(run=_lab)
    report = commands.add_parser(
        "report", help="grade the exercise notebooks collected in a folder (grades.csv, pages)"
    )
    report.add_argument("folder", help="the folder of collected notebooks")
    report.add_argument("--out", default=None, help="output folder (default FOLDER-report)")
    report.add_argument(
        "--lang", choices=("id", "en"), default=None, help="language of the CSV and summary"
    )
    report.add_argument("--lesson", type=int, default=None, help="only accept this lesson")
    report.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    report.add_argument(
        "--cell-limit", type=float, default=60.0, help="seconds a cell may run (default 60)"
    )
    report.add_argument(
        "--notebook-limit",
        type=float,
        default=300.0,
        help="seconds a notebook may run in all (default 300)",
    )
    report.set_defaults(run=_report)
    handouts = commands.add_parser(
        "handouts", help="print the PDF handouts and decks with Chromium (needs make build)"
    )
    handouts.add_argument("--site", default=None, help="the built site (default build/)")
    handouts.add_argument("--out", default=None, help="output folder (default build/handouts)")
    handouts.add_argument("--only", default=None, help="only lessons whose path contains this")
    handouts.add_argument("--no-decks", action="store_true", help="handouts only, no decks")
    handouts.add_argument("--force", action="store_true", help="print every PDF again")
    handouts.set_defaults(run=_handouts)
    kit = commands.add_parser(
        "kit", help="zip the facilitator's kit of each language into build/kit/"
    )
    kit.add_argument("--site", default=None, help="the built site (default build/)")
    kit.add_argument("--out", default=None, help="output folder (default build/kit)")
    kit.set_defaults(run=_kit)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
