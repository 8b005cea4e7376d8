"""``python -m medsos.lessonkit generate|check|new``: the lesson kit's command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from medsos import course


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m medsos.lessonkit")
    parser.add_argument("--root", type=Path, default=course.ROOT, help="the course repository")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("generate", help="write notebooks, exercises, solutions, README table")
    commands.add_parser("check", help="list generated files that differ from their sources")
    new = commands.add_parser("new", help="scaffold a lesson: new 07 my-topic")
    new.add_argument("number", type=int)
    new.add_argument("slug")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    from medsos.lessonkit import generate, scaffold
    from medsos.lessonkit.placeholders import PlaceholderError

    try:
        if args.command == "generate":
            for path in generate.write(root):
                print(f"wrote {path.relative_to(root)}")
        elif args.command == "check":
            stale = generate.stale(root)
            for path in stale:
                print(f"out of date: {path.relative_to(root)} (run `make notebooks`)")
            return 1 if stale else 0
        else:
            for path in scaffold.new_lesson(root, args.number, args.slug):
                print(f"created {path.relative_to(root)}")
            print("next: fill in the titles in course.yml, then run `make notebooks`")
    except (PlaceholderError, ValueError, FileExistsError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
