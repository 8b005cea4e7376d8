"""Tables shown in the student's language: ``67,68`` and ``5.000`` in Indonesian notebooks.

pandas writes every number of a table the English way (``67.68``, no thousands mark), which EYD V
reads as a different number. The course keeps tables as DataFrames for computing and changes only
how they are *shown*: IPython displays a DataFrame or Series through a pandas
:class:`~pandas.io.formats.style.Styler` with ``format(decimal=",", thousands=".")`` in Indonesian
and ``format(decimal=".", thousands=",")`` in English, the conventional way to localise a table's
numbers (pandas' own ``19000000.0`` is hard to read from the back of a room).

What is kept from pandas' display: as many decimals per column as its values need (at most
``display.precision``), ``NaN`` for a missing value, long tables cut to their first and last rows
with the size underneath, and the ``dataframe`` class the site's stylesheet styles. Columns whose
name says *year* (``year``, ``tahun``) get no thousands mark: 2021 is a year, not 2.021 things.
The Styler's id comes from a counter, so a notebook run twice gives the same HTML.
"""

from __future__ import annotations

import datetime
import itertools
import numbers
import re
from typing import TYPE_CHECKING, Any

from medsos import i18n

if TYPE_CHECKING:
    import pandas as pd
    from pandas.io.formats.style import Styler

_MARKS = {"id": (",", "."), "en": (".", ",")}
_YEAR = re.compile(r"(?:^|_)(?:year|tahun)s?(?:$|_)", re.IGNORECASE)
_ids = itertools.count(1)


def _decimals(column: pd.Series, most: int) -> int:
    """The fewest decimals (up to ``most``) that show every value of a float column as pandas would."""
    values = column.dropna().to_numpy(dtype=float)
    for digits in range(most + 1):
        if (abs(values.round(digits) - values.round(most)) < 10 ** -(most + 1)).all():
            return digits
    return most


def _date_text(values: Any) -> Any:
    """How pandas writes dates: ``2019-08-04`` when no value has a time of day, else in full."""
    import pandas as pd

    stamps = pd.DatetimeIndex(pd.Series(values).dropna())
    date_only = bool((stamps == stamps.normalize()).all())

    def write(value: Any) -> str:
        if not isinstance(value, str) and pd.isna(value):
            return "NaT"
        if isinstance(value, datetime.datetime):
            return value.strftime("%Y-%m-%d") if date_only else str(pd.Timestamp(value))
        return str(value)

    return write


def _number_text(value: float, digits: int, decimal: str, thousands: str | None) -> str:
    """``value`` with ``digits`` decimals and the language's marks: ``1.463,5`` / ``1,463.5``."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands or "")


def _mixed_text(decimal: str, thousands: str, most: int) -> Any:
    """How to write each value of a column of mixed kinds (a row picked out of a table, say)."""
    import pandas as pd

    def write(value: Any) -> str:
        if isinstance(value, bool | str) or value is None:
            return str(value)
        if isinstance(value, datetime.datetime):
            return _date_text([value])(value)
        if isinstance(value, numbers.Integral):
            return _number_text(int(value), 0, decimal, thousands)
        if isinstance(value, numbers.Real):
            if pd.isna(value):
                return "NaN"
            return _number_text(
                float(value), _decimals(pd.Series([value]), most), decimal, thousands
            )
        return str(value)

    return write


def _cut(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows pandas would show: all, or the first and last ``display.min_rows / 2`` with "…"."""
    import pandas as pd

    most = pd.get_option("display.max_rows")
    if most is None or len(frame) <= most:
        return frame
    half = max(pd.get_option("display.min_rows") // 2, 1)
    gap = pd.DataFrame([["…"] * frame.shape[1]], columns=frame.columns, index=["…"])
    return pd.concat([frame.head(half).astype(object), gap, frame.tail(half).astype(object)])


def _as_frame(table: pd.DataFrame | pd.Series) -> pd.DataFrame:
    """A Series as a one-column table (headed by its name, or nothing, as pandas prints it)."""
    import pandas as pd

    if isinstance(table, pd.Series):
        return table.to_frame(name="" if table.name is None else table.name)
    return table


def styled(table: pd.DataFrame | pd.Series, lang: str | None = None) -> Styler:
    """A Styler that shows ``table``'s numbers the way ``lang`` (default: the course's) writes them.

    For display only: compute with the DataFrame, show the Styler.

    >>> import pandas as pd
    >>> styled(pd.DataFrame({"pct": [67.68, 5.0], "n": [5000, 12]}), "id").to_html().count("67,68")
    1
    """
    import pandas as pd
    from pandas.io.formats.style import Styler  # needs jinja2: imported only when a table is shown

    frame = _as_frame(table)
    decimal, thousands = _MARKS.get(lang or i18n.language(), _MARKS["en"])
    shown = _cut(frame)
    styler = Styler(
        shown, uuid=f"medsos{next(_ids)}", cell_ids=False, table_attributes='class="dataframe"'
    )
    # A Styler writes cells and headers as HTML unless told: escape them, as pandas' own
    # display does (a student's CSV may hold "<script>" in a campaign's name).
    styler.format(escape="html")
    styler.format_index(escape="html", axis=0).format_index(escape="html", axis=1)
    if isinstance(frame.index, pd.DatetimeIndex):
        styler.format_index(_date_text(frame.index), axis=0, escape="html")
    precision = pd.get_option("display.precision")
    for position, name in enumerate(frame.columns):
        column = frame.iloc[:, position]
        subset = pd.IndexSlice[:, shown.columns[position : position + 1]]
        if pd.api.types.is_datetime64_any_dtype(column):
            styler.format(_date_text(column), subset=subset, escape="html")
            continue
        if pd.api.types.is_object_dtype(column):
            styler.format(_mixed_text(decimal, thousands, precision), subset=subset, escape="html")
            continue
        if not pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
            continue
        digits = _decimals(column, precision) if pd.api.types.is_float_dtype(column) else 0
        no_marks = bool(_YEAR.search(str(name)))
        styler.format(
            precision=digits,
            decimal=decimal,
            thousands=None if no_marks else thousands,
            na_rep="NaN",
            subset=subset,
            escape="html",
        )
    if len(shown) < len(frame):
        rows, cols = i18n.number(len(frame)), i18n.number(frame.shape[1])
        styler.set_caption(
            i18n._("{rows} rows × {cols} columns").format(rows=rows, cols=cols)
        ).set_table_styles([{"selector": "caption", "props": "caption-side: bottom;"}])
    return styler


def _html(table: pd.DataFrame | pd.Series) -> str | None:
    """IPython's HTML for a table: the Styler's, in the course's language (pandas' own for a
    table with several header rows, which the Styler lays out differently)."""
    import pandas as pd

    frame = _as_frame(table)
    if isinstance(frame.columns, pd.MultiIndex):
        # pandas' own HTML for a DataFrame; a Series has none (IPython shows its text)
        return table._repr_html_() if isinstance(table, pd.DataFrame) else None
    return styled(frame).to_html()


def install(shell: Any = None) -> bool:
    """Register the display with IPython (called when ``medsos`` is imported in a notebook)."""
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover - IPython comes with the course
            return False
        shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return False
    html = shell.display_formatter.formatters["text/html"]
    # by name, so that importing the course does not import pandas before a table is shown
    html.for_type_by_name("pandas.core.frame", "DataFrame", _html)
    html.for_type_by_name("pandas.core.series", "Series", _html)
    return True
