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


def _notebook_path() -> Path | None:
    """The notebook this kernel runs, where the front end says so.

    JupyterLab (jupyter_server 2) starts each kernel with ``JPY_SESSION_NAME`` set to the notebook's
    path; VS Code puts it in ``__vsc_ipynb_file__``. Neither exists under nbclient or in a console.
    """
    candidates = [os.environ.get("JPY_SESSION_NAME", "")]
    try:
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None:
            candidates.append(str(shell.user_ns.get("__vsc_ipynb_file__", "")))
    except ImportError:  # pragma: no cover - IPython comes with the course
        pass
    for name in candidates:
        if name.endswith(".ipynb"):
            path = Path(name)
            if path.is_file():
                return path
    return None


def notebook_language(path: Path) -> str | None:
    """The language a course notebook says it is written in (``metadata.medsos.language``)."""
    import json

    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError, AttributeError):
        return None
    lang = str(meta.get("medsos", {}).get("language", "")).lower() if isinstance(meta, dict) else ""
    return lang if lang in SUPPORTED else None


def detect_language(cwd: Path | None = None) -> str:
    """The language to speak: ``MEDSOS_LANG``, else the notebook's own, else its folder's.

    A course notebook carries its language in its metadata, so a copy opened anywhere (a download,
    a student's own folder) speaks it. Without a front end that names the notebook (nbclient, a
    console), ``notebooks/en/01-real-cases.ipynb`` runs in ``notebooks/en``: the last folder name
    that is a language code wins; otherwise Indonesian, the course's first language.
    """
    env = os.environ.get("MEDSOS_LANG", "").strip().lower()
    if env in SUPPORTED:
        return env
    notebook = _notebook_path() if cwd is None else None
    if notebook is not None:
        lang = notebook_language(notebook)
        if lang:
            return lang
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
