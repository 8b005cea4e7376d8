"""Languages of the course: Bahasa Indonesia (``id``) and English (``en``).

Every label a student sees on a chart or a widget is written in English in the code,
wrapped in ``_()``, and translated through one gettext catalogue kept with Babel:
``src/medsos/locale/id/LC_MESSAGES/medsos.po``. After adding or changing a ``_()``
message, ``make messages`` (``pybabel extract`` + ``pybabel update``) brings the catalogue
in step with the code; ``tests/test_i18n.py`` fails on a message left untranslated.

Which language? Each course notebook carries its language in its metadata
(``metadata.medsos.language``), with *identical* code cells in both languages: in JupyterLab
the kernel is told which notebook it runs and speaks that notebook's language, wherever the
file was copied. Elsewhere (nbclient, a console) the folder decides: ``notebooks/id/`` speaks
Indonesian, ``notebooks/en/`` English. ``MEDSOS_LANG`` overrides both, and ``set_language()``
switches at any time.

The language in force and the catalogue live in :mod:`medsos.catalogue` (which imports
nothing else of the course); this module adds what needs :mod:`medsos.errors` or the
locale's formats. Import everything from here.
"""

from __future__ import annotations

from medsos.catalogue import (
    DEFAULT,
    DOMAIN,
    LOCALE_DIR,
    N_,
    SUPPORTED,
    _,
    detect_language,
    language,
    ngettext,
    notebook_language,
    translations,
    use,
)
from medsos.errors import CourseError

__all__ = [
    "DEFAULT",
    "DOMAIN",
    "LOCALE_DIR",
    "SUPPORTED",
    "N_",
    "_",
    "column",
    "date",
    "detect_language",
    "language",
    "ngettext",
    "notebook_language",
    "number",
    "pick",
    "set_language",
    "text_of",
    "translations",
]


def set_language(lang: str) -> str:
    """Switch every later label, message and hint to ``lang`` (``"id"`` or ``"en"``).

    Returns the language now in force. An unknown code raises a CourseError that says
    which codes exist, in the language that was in force before.
    """
    code = str(lang).strip().lower()
    if code not in SUPPORTED:
        raise CourseError(
            _("Unknown language code {code!r}.").format(code=lang),
            fix=_("Use one of: {codes}.").format(codes=", ".join(SUPPORTED)),
        )
    return use(code)


def pick(values: dict[str, str]) -> str:
    """Choose the current language's text from a ``{"id": ..., "en": ...}`` pair.

    Used for text that lives in the data (bilingual columns), not in the code.
    """
    return values.get(language()) or values.get(DEFAULT) or next(iter(values.values()))


def column(base: str) -> str:
    """The name of the current language's column in a bilingual table: ``name`` → ``name_id``."""
    return f"{base}_{language()}"


def text_of(entry: dict, key: str = "title") -> str:
    """The current language's text of a data-package entry: ``title_id`` in Indonesian, else ``title``.

    ``data/datapackage.json`` keeps Frictionless' own properties (``title``, ``description``) in
    English and adds the Indonesian beside them (``title_id``, ``description_id``), so the package
    stays valid for any Frictionless tool while a page or ``ms.describe()`` shows one language.

    >>> entry = {"title": "Day", "title_id": "Hari"}
    >>> lang = set_language("id"); text_of(entry)
    'Hari'
    >>> lang = set_language("en"); text_of(entry)
    'Day'
    """
    return str(entry.get(f"{key}_{language()}") or entry.get(key) or "")


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
