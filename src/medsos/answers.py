"""Reading a student's answer fairly: dates, numbers and short texts, as people in both languages write them.

The exercise checks (:mod:`medsos.checks`) compare an answer with what the data say. Before they can,
they must *read* the answer the way a student meant it:

- a date as ISO (``"2019-08-04"``), day first as Indonesia and most of the world write it
  (``"04/08/2019"``, ``"4-8-2019"``), or with a month name in either language (``"4 Agustus 2019"``,
  ``"4 Agu 2019"``, ``"Aug 4, 2019"``); an unmistakably month-first date (``"08/13/2019"``) is refused
  with a message that says how to write it, never silently read the other way;
- a number as Python writes it; ``67,68`` (a decimal comma, which Python reads as two numbers) is
  recognised and answered with "write a decimal point";
- a reflection: a text of the student's own words, not a repeated word or a copied sentence.

Each reader returns the value or raises :class:`AnswerProblem` with a sentence for the student. The
sentences never show the expected answer and never name Python types.

>>> read_date("4 Agustus 2019").date()
datetime.date(2019, 8, 4)
>>> read_date("04/08/2019").date()
datetime.date(2019, 8, 4)
>>> read_number(67.7)
67.7
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from typing import Any

import numpy as np
import pandas as pd

from medsos.i18n import _

DATE_EXAMPLE = "2020-12-31"
"""A date to show in messages: a form the reader accepts, and never an exercise's answer."""


class AnswerProblem(ValueError):
    """The answer cannot be read as meant; ``str(problem)`` says why and how to write it."""


# Month names a student may type, Indonesian and English, full and short, lower case.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "pebruari"),
        ("maret", "march", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("agustus", "august", "agu", "agt", "ags", "aug", "agus"),
        ("september", "sep", "sept"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov", "nop", "nopember"),
        ("desember", "december", "des", "dec"),
    ],
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_WEEKDAYS = (
    "senin selasa rabu kamis jumat jum'at sabtu minggu ahad "
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
).split()

_NUMERIC = re.compile(r"^(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{1,4})$")
_WORDS = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def _plain(text: str) -> str:
    text = text.strip().lower().replace(",", " ").replace(".", " ")
    words = [w for w in text.split() if w not in _WEEKDAYS and w not in ("tanggal", "tgl", "the")]
    return " ".join(words)


def _from_numbers(first: int, second: int, third: int, original: str) -> pd.Timestamp:
    if first > 31:  # year first: ISO-like 2019-08-04 or 2019/8/4
        year, month, day = first, second, third
    else:
        day, month, year = first, second, third
        if month > 12 and day <= 12:
            raise AnswerProblem(
                _(
                    "{answer!r} looks like a month-first (American) date. Write the day first, "
                    "as in '31/12/2020', or use the form '{example}'."
                ).format(answer=original, example=DATE_EXAMPLE)
            )
    if year < 100:
        raise AnswerProblem(
            _("Write the year with four digits, as in '{example}'.").format(example=DATE_EXAMPLE)
        )
    try:
        return pd.Timestamp(year=year, month=month, day=day)
    except ValueError as error:
        raise AnswerProblem(
            _("{answer!r} is not a day of the calendar.").format(answer=original)
        ) from error


def _from_words(text: str, original: str) -> pd.Timestamp | None:
    parts = _WORDS.findall(_plain(text))
    month = [p for p in parts if p in _MONTHS]
    digits = [int(p) for p in parts if p.isdigit()]
    if len(month) != 1 or len(digits) != 2 or len(parts) != 3:
        return None
    year = max(digits)
    day = min(digits)
    if year < 100:
        raise AnswerProblem(
            _("Write the year with four digits, as in '{example}'.").format(example=DATE_EXAMPLE)
        )
    try:
        return pd.Timestamp(year=year, month=_MONTHS[month[0]], day=day)
    except ValueError as error:
        raise AnswerProblem(
            _("{answer!r} is not a day of the calendar.").format(answer=original)
        ) from error


def read_date(answer: Any) -> pd.Timestamp:
    """The calendar day a student meant, from a date object or from text in either language.

    Day-first numeric dates are read day first (``"04/08/2019"`` is 4 August), as the course's
    Indonesian spreadsheets write them; a date that can only be month-first is refused with a
    message, not guessed.

    >>> read_date("2019-08-13").day
    13
    >>> read_date("13 Agu 2019").month
    8
    """
    if isinstance(answer, pd.Timestamp | dt.date | np.datetime64):
        try:
            return pd.Timestamp(answer).normalize()
        except (ValueError, TypeError) as error:
            raise AnswerProblem(_("That is not a day of the calendar.")) from error
    if isinstance(answer, bool) or isinstance(answer, numbers.Number):
        raise AnswerProblem(
            _(
                "A number is not a date: write the date as text in quotes, as in '{example}'."
            ).format(example=DATE_EXAMPLE)
        )
    if isinstance(answer, pd.Series | pd.Index) and len(answer) == 1:
        return read_date(answer.tolist()[0])
    if not isinstance(answer, str):
        raise AnswerProblem(
            _("Answer with one date as text in quotes, as in '{example}'.").format(
                example=DATE_EXAMPLE
            )
        )
    text = answer.strip()
    numeric = _NUMERIC.match(text.split("T")[0].split(" 00:00")[0])
    if numeric:
        return _from_numbers(*(int(g) for g in numeric.groups()), original=answer)
    worded = _from_words(text, answer)
    if worded is not None:
        return worded
    raise AnswerProblem(
        _(
            "{answer!r} cannot be read as a date. Write it as '{example}', '31/12/2020' "
            "or '31 Desember 2020'."
        ).format(answer=answer, example=DATE_EXAMPLE)
    )


def _decimal_comma(answer: Any) -> str | None:
    """``67,68`` typed in Python is the pair (67, 68): the text the student probably meant."""
    if (
        isinstance(answer, tuple)
        and len(answer) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in answer)
        and answer[1] >= 0
    ):
        return f"{answer[0]},{answer[1]}"
    if isinstance(answer, str) and re.fullmatch(r"\s*-?\d+,\d+\s*%?\s*", answer):
        return answer.strip()
    return None


def read_number(answer: Any) -> float:
    """The number a student gave, or a problem that says how to write it.

    >>> read_number(3)
    3.0
    """
    if isinstance(answer, pd.Series | pd.DataFrame | np.ndarray) and np.size(answer) == 1:
        answer = np.asarray(answer).ravel()[0]
    if isinstance(answer, np.generic):
        answer = answer.item()
    comma = _decimal_comma(answer)
    if comma is not None:
        return_hint = comma.replace(",", ".").replace("%", "").strip()
        raise AnswerProblem(
            _(
                "Python reads {typed} as two numbers: write decimals with a point, {fixed}, "
                "without quotes."
            ).format(typed=comma, fixed=return_hint)
        )
    if isinstance(answer, bool):
        return_problem = _("True or False is not a number: write the number itself.")
        raise AnswerProblem(return_problem)
    if isinstance(answer, numbers.Number):
        value = float(answer)
        if not np.isfinite(value):
            raise AnswerProblem(_("Write an ordinary number (not infinity or NaN)."))
        return value
    if isinstance(answer, str):
        cleaned = answer.strip().rstrip("%").strip()
        if re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
            raise AnswerProblem(
                _("Write the number without quotes: {fixed}.").format(fixed=cleaned)
            )
        raise AnswerProblem(_("Answer with a number (without quotes), not with words."))
    if isinstance(answer, list | tuple | set | dict | pd.Series | pd.DataFrame):
        raise AnswerProblem(_("Answer with one number, not with several values."))
    raise AnswerProblem(_("Answer with one number."))


# --- reflections -------------------------------------------------------------------------

_FUNCTION_WORDS = {
    "id": set(
        "yang dan di ke dari itu ini untuk dengan tidak ada saya kami kita mereka karena bisa "
        "akan juga atau pada dalam lebih sudah adalah menjadi seperti jika tetapi namun banyak "
        "orang hal apa bagi oleh tersebut agar supaya masih hanya sangat lain".split()
    ),
    "en": set(
        "the and of to a in is that it for on with as was be are this not by or i we they "
        "because can would could more but if which from their have has people what than also "
        "when so about".split()
    ),
}


def _shingles(words: list[str], n: int = 5) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def reflection_problem(
    answer: Any, *, min_words: int = 15, copied_from: tuple[str, ...] = ()
) -> str | None:
    """Why a reflection is not yet an answer, or ``None`` when it is one.

    An honest short answer in the student's own words passes; these do not: fewer than
    ``min_words`` words, the same few words repeated, text in neither course language,
    or mostly sentences copied from ``copied_from`` (the question or the lesson).

    >>> reflection_problem("word " * 25) is None
    False
    """
    if not isinstance(answer, str):
        return _("Write your answer as text between quotes.")
    words = [w.lower() for w in _WORDS.findall(answer) if not w.isdigit()]
    if len(words) < min_words:
        return _("Write a little more: at least {n} words (you have {k}).").format(
            n=min_words, k=len(words)
        )
    if len(set(words)) < max(min(6, min_words), len(words) // 3):
        return _("Write sentences of your own: the answer repeats the same few words.")
    if len(words) >= 8 and not any(len(set(words) & fw) >= 2 for fw in _FUNCTION_WORDS.values()):
        return _("Write whole sentences in Indonesian or English, in your own words.")
    source = set()
    for text in copied_from:
        source |= _shingles([w.lower() for w in _WORDS.findall(text)])
    mine = _shingles(words)
    if mine and source and len(mine & source) > 0.6 * len(mine):
        return _("Write it in your own words: most of this answer is copied from the lesson.")
    return None
