"""Languages of the course: Bahasa Indonesia (``id``) and English (``en``).

Every label a student sees on a chart or a widget is written in English in the code,
wrapped in ``_()``, and translated through gettext catalogues kept with Babel in
``src/medsos/locale/<lang>/LC_MESSAGES/<domain>.po``. There is one ``.po`` file per
part of the library (``core.po``, ``timeline.po``, ...), so that people working on
different parts never edit the same catalogue; all of them are merged at load time.

The catalogues are compiled in memory when first needed, so no ``.mo`` file has to be
built or committed, and running a notebook never writes a file.

Which language? Each course notebook carries its language in its metadata
(``metadata.medsos.language``), with *identical* code cells in both languages: in JupyterLab
the kernel is told which notebook it runs and speaks that notebook's language, wherever the
file was copied. Elsewhere (nbclient, a console) the folder decides: ``notebooks/id/`` speaks
Indonesian, ``notebooks/en/`` English. ``MEDSOS_LANG`` overrides both, and ``set_language()``
switches at any time.
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


def set_language(lang: str) -> str:
    """Switch every later label, message and hint to ``lang`` (``"id"`` or ``"en"``).

    Returns the language now in force. An unknown code raises a CourseError that says
    which codes exist, in the language that was in force before.
    """
    global _current
    code = str(lang).strip().lower()
    if code not in SUPPORTED:
        from medsos.errors import CourseError

        raise CourseError(
            _("Unknown language code {code!r}.").format(code=lang),
            fix=_("Use one of: {codes}.").format(codes=", ".join(SUPPORTED)),
        )
    _current = code
    return _current


@cache
def translations(lang: str) -> NullTranslations:
    """All catalogues of ``lang`` merged into one, compiled in memory (cached)."""
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    merged: NullTranslations = NullTranslations()
    for po_path in sorted(folder.glob("*.po")):
        with po_path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)  # fuzzy entries are left out, as gettext does
        buffer.seek(0)
        part = Translations(fp=buffer)
        if isinstance(merged, Translations):
            merged.merge(part)
        else:
            merged = part
    return merged


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


def pick(values: dict[str, str]) -> str:
    """Choose the current language's text from a ``{"id": ..., "en": ...}`` pair.

    Used for text that lives in the data (bilingual columns), not in the code.
    """
    return values.get(language()) or values.get(DEFAULT) or next(iter(values.values()))


def column(base: str) -> str:
    """The name of the current language's column in a bilingual table: ``name`` → ``name_id``."""
    return f"{base}_{language()}"


def N_(message: str) -> str:
    """Mark a message for translation without translating it yet (translated when shown)."""
    return message


def number(value: float, digits: int = 0) -> str:
    """A number the way the student's language writes it: ``1.234.567`` (id), ``1,234,567`` (en)."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=language())


def date(value, pattern: str = "d MMM yyyy") -> str:  # noqa: ANN001 - any date-like
    """A date in the student's language: ``9 Jun 2019`` / ``16 Okt 2017`` (Babel's CLDR names)."""
    import pandas as pd
    from babel.dates import format_date

    return format_date(pd.Timestamp(value).date(), format=pattern, locale=language())


def weekday(value) -> str:  # noqa: ANN001 - any date-like
    """The day of the week in the student's language: ``Minggu`` / ``Sunday`` (Babel, CLDR).

    pandas' ``Timestamp.day_name()`` speaks English unless the machine has the Indonesian system
    locale installed; Babel carries the names itself, so a lesson prints "Minggu" everywhere.

    >>> lang = set_language("id")
    >>> weekday("2019-08-04")
    'Minggu'
    """
    return date(value, "EEEE")


format_date = date
"""``ms.format_date(d, "d MMMM yyyy")``: a date in the student's language, for a lesson's prints."""
format_number = number
"""``ms.format_number(5000)``: ``5.000`` (id) / ``5,000`` (en), EYD V and CLDR."""
