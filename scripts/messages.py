"""``make messages``: keep the course's one gettext catalogue in step with the code.

Runs, in order:

1. **fold**: any catalogue left in ``src/medsos/locale/<lang>/LC_MESSAGES/`` besides
   ``medsos.po`` (the library once had one ``.po`` per part: ``core.po``, ``l03.po``, ...;
   a branch written before the move may bring one back) is folded into ``medsos.po`` and
   deleted. Two different translations of one msgid stop the fold, naming both files;
   nothing is deleted then.
2. ``pybabel extract`` (mapping in ``babel.cfg``) writes the template ``build/medsos.pot``
   from ``_()``, ``N_()`` and ``ngettext()`` in ``src/medsos`` (no line numbers, sorted by
   msgid: a change of code that moves a message does not change the catalogue).
3. ``pybabel update`` brings ``medsos.po`` in step: new msgids come in with an empty
   translation, msgids no longer in the code are dropped (no obsolete entries, no fuzzy
   guesses).
4. **report**: every msgid that still needs an Indonesian translation.

``python scripts/messages.py --check`` changes nothing and exits 1 if ``make messages``
would change the catalogue (``tests/test_i18n.py`` runs the same check).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import BaseError, CommandLineInterface
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
LOCALE = SRC / "medsos" / "locale"
DOMAIN = "medsos"
TEMPLATE = ROOT / "build" / f"{DOMAIN}.pot"
HEADER_COMMENT = (
    "# Translations of the medsos library: the one gettext domain of the course.\n"
    "# Kept in step with the code by `make messages` (scripts/messages.py)."
)


def catalogue_path(lang: str = "id", locale: Path = LOCALE) -> Path:
    return locale / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _shown(path: Path | str) -> str:
    """A path as the reader typed it: relative to the course when inside it."""
    text = str(path)
    return os.path.relpath(text, ROOT) if text.startswith(str(ROOT) + os.sep) else text


def _pybabel(*args: str) -> None:
    print("pybabel " + " ".join(_shown(a) for a in args), flush=True)
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(template: Path = TEMPLATE, src: Path = SRC) -> Path:
    """``pybabel extract``: the template of every message the code marks."""
    template.parent.mkdir(parents=True, exist_ok=True)
    _pybabel(
        "extract",
        "-F",
        str(ROOT / "babel.cfg"),
        "--no-location",
        "--sort-output",
        "--no-wrap",
        "--project",
        "medsos",
        "-o",
        str(template),
        str(src),
    )
    return template


def update(template: Path = TEMPLATE, locale: Path = LOCALE, check: bool = False) -> None:
    """``pybabel update``: every ``medsos.po`` under ``locale`` in step with ``template``."""
    _pybabel(
        "update",
        "-i",
        str(template),
        "-d",
        str(locale),
        "-D",
        DOMAIN,
        "--no-wrap",
        "--no-fuzzy-matching",
        "--ignore-obsolete",
        "--ignore-pot-creation-date",
        *(["--check"] if check else []),
    )


def _read(path: Path, lang: str) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def fold(locale: Path = LOCALE) -> list[Path]:
    """Fold every other ``*.po`` of each language into its ``medsos.po``; return those folded."""
    folded = []
    for folder in sorted(locale.glob("*/LC_MESSAGES")):
        lang = folder.parent.name
        others = sorted(p for p in folder.glob("*.po") if p.name != f"{DOMAIN}.po")
        if not others:
            continue
        target = catalogue_path(lang, locale)
        if target.exists():
            catalog = _read(target, lang)
        else:  # the first catalogue's header (its plural forms) becomes the domain's
            catalog = _read(others[0], lang)
            catalog.header_comment = HEADER_COMMENT
            catalog.fuzzy = False
        clashes = []
        for other in others:
            for message in _read(other, lang):
                if not message.id:
                    continue  # the header
                have = catalog.get(message.id)
                if have is None or not have.string:
                    catalog[message.id] = message
                elif message.string and message.string != have.string:
                    clashes.append(
                        f"  {message.id!r}\n    {target.name}: {have.string!r}\n"
                        f"    {other.name}: {message.string!r}"
                    )
        if clashes:
            raise SystemExit(
                f"two translations of the same message; keep one in {target}, "
                "delete the entry from the other file, and run make messages again:\n"
                + "\n".join(clashes)
            )
        with target.open("wb") as fh:
            write_po(fh, catalog, width=None, sort_output=True)
        for other in others:
            other.unlink()
            print(f"folded {_shown(other)} into {_shown(target)}")
            folded.append(other)
    return folded


def needing_translation(lang: str = "id", locale: Path = LOCALE) -> list[str]:
    """msgids of the catalogue with no translation, or with a fuzzy one (gettext ignores those)."""
    needed = []
    for message in _read(catalogue_path(lang, locale), lang):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            needed.append(message.id if isinstance(message.id, str) else message.id[0])
    return needed


def up_to_date(locale: Path = LOCALE, src: Path = SRC) -> bool:
    """Whether ``make messages`` would leave the catalogues as they are."""
    with tempfile.TemporaryDirectory() as tmp:
        template = extract(Path(tmp) / f"{DOMAIN}.pot", src)
        others = [p for p in locale.glob("*/LC_MESSAGES/*.po") if p.name != f"{DOMAIN}.po"]
        try:
            update(template, locale, check=True)
        except BaseError:
            return False
        return not others


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if the catalogue is stale"
    )
    args = parser.parse_args(argv)
    if args.check:
        fresh = up_to_date()
        print("the catalogue is up to date" if fresh else "stale: run make messages")
        return 0 if fresh else 1
    fold()
    update(extract())
    needed = needing_translation()
    if needed:
        print(
            f"\n{len(needed)} message(s) need an Indonesian translation in "
            f"{_shown(catalogue_path())}:"
        )
        for msgid in needed:
            print(f"  {msgid!r}")
    else:
        print(f"{_shown(catalogue_path())}: every message is translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
