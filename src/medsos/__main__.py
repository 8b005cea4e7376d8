"""Command line: ``python -m medsos build`` and ``python -m medsos check FILE.csv``."""

from __future__ import annotations

import argparse
import sys


def _build(args: argparse.Namespace) -> int:
    from medsos.sitebuild import build

    return build(out=args.out, jobs=args.jobs, only=args.only)


def _check(args: argparse.Namespace) -> int:
    from medsos.userdata import main_check

    return main_check(args.file, args.lang)


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
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
