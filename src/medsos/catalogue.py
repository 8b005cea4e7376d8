"""The bottom layer of the course's languages: the language in force and its gettext catalogue.

Every label a student sees on a chart or a widget is written in English in the code,
wrapped in ``_()``, and translated through **one** gettext domain, ``medsos``: the catalogue
``src/medsos/locale/<lang>/LC_MESSAGES/medsos.po``, kept in step with the code by
``make messages`` (``pybabel extract`` + ``pybabel update``). English needs no catalogue:
the msgids are English. The catalogue is compiled in memory when first needed, so no
``.mo`` file has to be built or committed, and running a notebook never writes a file.

This module imports nothing else of the course, so that :mod:`medsos.errors` can translate
its labels and :mod:`medsos.i18n` can raise a :class:`~medsos.errors.CourseError` without
the two importing each other (``catalogue`` ← ``errors`` ← ``i18n``). Code of the course
imports these names from :mod:`medsos.i18n`.
"""

from __future__ import annotations

import io
import os
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

SUPPORTED: tuple[str, ...] = ("id", "en")
"""Language codes the course speaks, Indonesian first: the course was born in Indonesian."""

DEFAULT = "id"
DOMAIN = "medsos"
LOCALE_DIR = Path(__file__).with_name("locale")

_current: str | None = None


def detect_language(cwd: Path | None = None) -> str:
    """Guess the language from ``MEDSOS_LANG`` or from the folder the notebook runs in.

    ``notebooks/en/01-real-cases.ipynb`` runs with ``notebooks/en`` as its working
    folder, so the last folder name that is a language code wins.
    """
    env = os.environ.get("MEDSOS_LANG", "").strip().lower()
    if env in SUPPORTED:
        return env
    here = Path.cwd() if cwd is None else Path(cwd)
    for part in reversed(here.parts):
        if part in SUPPORTED:
            return part
    return DEFAULT


def language() -> str:
    """The language the course is speaking now (``"id"`` or ``"en"``)."""
    global _current
    if _current is None:
        _current = detect_language()
    return _current


def use(code: str) -> str:
    """Put ``code`` in force, unchecked: :func:`medsos.i18n.set_language` checks it first."""
    global _current
    _current = code
    return _current


@cache
def translations(lang: str) -> NullTranslations:
    """The ``medsos`` catalogue of ``lang``, compiled in memory (cached); empty if there is none."""
    po_path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.exists():
        return NullTranslations()
    with po_path.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy entries are left out, as gettext does
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def _(message: str) -> str:
    """Translate ``message`` (written in English) into the current language."""
    if language() == "en":
        return message
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose English form depends on the count ``n``."""
    if language() == "en":
        return singular if n == 1 else plural
    return translations(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a message for translation without translating it yet (translated when shown)."""
    return message
