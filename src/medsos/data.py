"""The course's tables, loaded as pandas DataFrames with the types their schema declares.

``data/datapackage.json`` (Frictionless Data) describes every table: its columns and their
types, its sources, its licence and its *kind* (observed, published, reconstructed,
mixed). :func:`load` reads a table with those types and checks it against the schema, so
a damaged file is caught with a message that names the file, the row or column, what
was expected and how to fix it, instead of a puzzling error three cells later.

    campaigns = ms.load("campaigns")
    ms.tables()                # what is there
    ms.describe("attention")   # columns, kind, source, licence
    ms.source_of("attention")  # one line for a chart's caption

Loading never writes anything, and each call returns a fresh copy: changing a loaded
table in a notebook cannot change the file or what the next ``load`` returns.
"""

from __future__ import annotations

import difflib
import html
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from medsos import i18n
from medsos.errors import CourseError, Problem
from medsos.i18n import N_, _

PACKAGE_FILE = "datapackage.json"

# The kind of each table (datapackage.json "kind"), in words for the reader; the code itself is
# what the ``kind`` columns hold and what a student filters on.
KIND_WORDS = {
    "observed": N_("observed (measured data)"),
    "published": N_("published figures and facts"),
    "reconstructed": N_("reconstructed from published figures"),
    "mixed": N_("observed and reconstructed rows (see the kind column)"),
}


def data_dir() -> Path:
    """Where the tables are: ``MEDSOS_DATA`` if set, else the copy installed with the library.

    A non-editable install (``pip install .``, a hub image) carries ``data/`` inside the
    package as ``medsos/_data`` (see setup.py); a checkout or editable install has no such
    folder and reads ``data/`` at the repository's root, so re-derived data is seen at once.
    """
    override = os.environ.get("MEDSOS_DATA")
    if override:
        return Path(override)
    here = Path(__file__).resolve()
    installed = here.with_name("_data")
    if (installed / PACKAGE_FILE).is_file():
        return installed
    return here.parents[2] / "data"


@cache
def _package(folder: str) -> dict[str, Any]:
    path = Path(folder) / PACKAGE_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CourseError(
            _("The course's data description {file} is missing.").format(file=str(path)),
            fix=_("Run 'make data' (or get a fresh copy of the course)."),
        ) from None
    except json.JSONDecodeError as error:
        raise CourseError(
            _("{file} is not valid JSON (line {line}).").format(file=str(path), line=error.lineno),
            fix=_("Restore the file from the course repository (git checkout data/)."),
        ) from None


def package() -> dict[str, Any]:
    """The data package description (``data/datapackage.json``) as a dict."""
    return _package(str(data_dir()))


def _resource(name: str) -> dict[str, Any]:
    resources = {r["name"]: r for r in package()["resources"]}
    if name in resources:
        return resources[name]
    close = difflib.get_close_matches(str(name), list(resources), n=1, cutoff=0.5)
    fix = (
        _("Did you mean {name!r}?").format(name=close[0])
        if close
        else _("Available tables: {names}.").format(names=", ".join(sorted(resources)))
    )
    raise CourseError(_("There is no table called {name!r}.").format(name=name), fix=fix)


_PANDAS_TYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}


def _read(folder: str, name: str) -> pd.DataFrame:
    resource = _resource(name)
    path = Path(folder) / resource["path"]
    fields = resource["schema"]["fields"]
    where = resource["path"]
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise CourseError(
            _("The table file {file} is missing.").format(file=where),
            fix=_("Run 'make data' (or restore it with: git checkout data/)."),
        ) from None
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise CourseError(
            _("{file} cannot be read as CSV ({error}).").format(file=where, error=error),
            fix=_("Restore it with: git checkout data/"),
        ) from None
    return _typed(raw, fields, where, resource.get("schema", {}).get("primaryKey"))


def _typed(
    raw: pd.DataFrame, fields: list[dict], where: str, key: list[str] | None
) -> pd.DataFrame:
    """Convert text columns to the schema's types, collecting every problem found."""
    problems: list[Problem] = []
    expected = [f["name"] for f in fields]
    missing = [c for c in expected if c not in raw.columns]
    for column in missing:
        close = difflib.get_close_matches(column, list(raw.columns), n=1)
        problems.append(
            Problem(
                _("the column {column!r} is missing.").format(column=column),
                _("Found {found!r} instead: rename it.").format(found=close[0])
                if close
                else _("Restore the file with: git checkout data/"),
                where,
            )
        )
    if problems:
        raise CourseError(problems[0].problem, problems=problems)
    out = {}
    for f in fields:
        column, kind = f["name"], f["type"]
        text = raw[column].str.strip()
        blank = text == ""
        constraints = f.get("constraints", {})
        if constraints.get("required") and blank.any():
            row = int(blank.idxmax()) + 2  # spreadsheet row: header is row 1
            problems.append(
                Problem(
                    _("column {column!r} is empty in row {row}, but it is required.").format(
                        column=column, row=row
                    ),
                    _("Fill it in, or restore the file with: git checkout data/"),
                    where,
                )
            )
        if kind == "date":
            values = pd.to_datetime(text.where(~blank), format="%Y-%m-%d", errors="coerce")
            wrong = values.isna() & ~blank
            expected_text = _("a date written YYYY-MM-DD")
        elif kind in ("integer", "number"):
            values = pd.to_numeric(text.where(~blank), errors="coerce")
            wrong = values.isna() & ~blank
            if kind == "integer":
                wrong |= values.notna() & (values % 1 != 0)
            expected_text = _("a whole number") if kind == "integer" else _("a number")
            values = values.astype(_PANDAS_TYPES[kind]) if not wrong.any() else values
        elif kind == "boolean":
            mapping = {"true": True, "false": False, "True": True, "False": False}
            values = text.map(mapping).astype("boolean")
            wrong = values.isna() & ~blank
            expected_text = _("True or False")
        else:
            values = text.where(~blank).astype("string")
            wrong = pd.Series(False, index=text.index)
            expected_text = ""
        if wrong.any():
            row = int(wrong.idxmax()) + 2
            problems.append(
                Problem(
                    _("row {row}, column {column!r}: {value!r} is not {expected}.").format(
                        row=row,
                        column=column,
                        value=raw[column].iloc[row - 2],
                        expected=expected_text,
                    ),
                    _("Correct the value, or restore the file with: git checkout data/"),
                    where,
                )
            )
            continue
        allowed = constraints.get("enum")
        if allowed:
            bad = values.notna() & ~values.isin(allowed)
            if bad.any():
                row = int(bad.idxmax()) + 2
                problems.append(
                    Problem(
                        _(
                            "row {row}, column {column!r}: {value!r} is not one of {allowed}."
                        ).format(
                            row=row,
                            column=column,
                            value=str(values.iloc[row - 2]),
                            allowed=", ".join(allowed),
                        ),
                        _("Correct the value, or restore the file with: git checkout data/"),
                        where,
                    )
                )
        if "minimum" in constraints and kind in ("integer", "number"):
            bad = values.notna() & (values < constraints["minimum"])
            if bad.any():
                row = int(bad.idxmax()) + 2
                problems.append(
                    Problem(
                        _(
                            "row {row}, column {column!r}: {value} is below the minimum {minimum}."
                        ).format(
                            row=row,
                            column=column,
                            value=values.iloc[row - 2],
                            minimum=constraints["minimum"],
                        ),
                        _("Correct the value, or restore the file with: git checkout data/"),
                        where,
                    )
                )
        out[column] = values
    frame = pd.DataFrame(out)
    if key and not problems:
        duplicated = frame.duplicated(subset=key)
        if duplicated.any():
            row = int(duplicated.idxmax()) + 2
            problems.append(
                Problem(
                    _("row {row} repeats the key {key} of an earlier row.").format(
                        row=row, key=", ".join(key)
                    ),
                    _("Remove the duplicate row, or restore the file with: git checkout data/"),
                    where,
                )
            )
    if problems:
        raise CourseError(problems[0].problem, problems=problems)
    return frame


@cache
def _cached(folder: str, name: str) -> pd.DataFrame:
    return _read(folder, name)


def load(name: str) -> pd.DataFrame:
    """Load a course table by name (see :func:`tables`), typed and checked; a fresh copy."""
    return _cached(str(data_dir()), str(name)).copy()


def tables() -> pd.DataFrame:
    """Every table of the course: name, title (in the current language), kind and rows."""
    rows = []
    for r in package()["resources"]:
        rows.append(
            {
                "name": r["name"],
                "title": r.get(i18n.column("title"), r.get("title", r["name"])),
                "kind": r.get("kind", ""),
                "rows": len(load(r["name"])),
            }
        )
    return pd.DataFrame(rows)


def source_of(name: str) -> str:
    """One line naming a table's source(s), for the caption under a chart."""
    resource = _resource(name)
    titles = "; ".join(i18n.text_of(s) for s in resource.get("sources", []))
    return _("Source: {sources}").format(sources=titles)


def sources_of(name: str) -> list[tuple[str, str]]:
    """A table's sources as (title, URL) pairs, e.g. for :meth:`medsos.charts.Chart.cite`.

    >>> sources_of("indonesia_devices")[0][1].startswith("https://")
    True
    """
    return [(i18n.text_of(s), s.get("path", "")) for s in _resource(name).get("sources", [])]


class Description:
    """What :func:`describe` returns: readable as text and as an HTML table in a notebook."""

    def __init__(self, resource: dict[str, Any]) -> None:
        self.resource = resource

    def _lines(self) -> list[tuple[str, str]]:
        r = self.resource
        return [
            (_("Table"), f"{r['name']} ({r['path']})"),
            (_("Title"), r.get(i18n.column("title"), r.get("title", ""))),
            (_("Kind of data"), _(KIND_WORDS.get(r.get("kind", ""), r.get("kind", "")))),
            (
                _("Source"),
                "; ".join(f"{i18n.text_of(s)} <{s['path']}>" for s in r.get("sources", [])),
            ),
            (
                _("Licence"),
                ", ".join(
                    i18n.text_of(lic) or lic.get("name", "") for lic in r.get("licenses", [])
                ),
            ),
        ]

    def __str__(self) -> str:
        head = "\n".join(f"{k}: {v}" for k, v in self._lines())
        cols = "\n".join(
            f"  - {f['name']} ({f['type']}): {i18n.text_of(f, 'description')}"
            for f in self.resource["schema"]["fields"]
        )
        columns = _("Columns")
        return f"{head}\n{columns}:\n{cols}"

    __repr__ = __str__

    def _repr_html_(self) -> str:
        e = html.escape
        head = "".join(
            f"<tr><th scope='row' style='text-align:left'>{e(k)}</th><td>{e(v)}</td></tr>"
            for k, v in self._lines()
        )
        cols = "".join(
            f"<tr><td><code>{e(f['name'])}</code></td><td>{e(f['type'])}</td><td>{e(i18n.text_of(f, 'description'))}</td></tr>"
            for f in self.resource["schema"]["fields"]
        )
        caption = e(_("Columns"))
        labels = [e(_("Column")), e(_("Type")), e(_("Meaning"))]
        return (
            f"<table>{head}</table><table><caption>{caption}</caption>"
            f"<tr>{''.join(f'<th>{label}</th>' for label in labels)}</tr>{cols}</table>"
        )


def describe(name: str) -> Description:
    """Title, kind, source, licence and columns of a table."""
    return Description(_resource(name))


def series_info(series_id: str | None = None) -> pd.DataFrame:
    """Rows of ``series.csv`` (all, or one series): what each daily series measures."""
    info = load("series")
    if series_id is None:
        return info
    hit = info[info.series_id == series_id]
    if hit.empty:
        close = difflib.get_close_matches(str(series_id), info.series_id.tolist(), n=1, cutoff=0.4)
        fix = (
            _("Did you mean {name!r}?").format(name=close[0])
            if close
            else _("Available series: {names}.").format(names=", ".join(info.series_id))
        )
        raise CourseError(_("There is no series called {name!r}.").format(name=series_id), fix=fix)
    return hit


def series(series_id: str) -> pd.Series:
    """One daily series as a pandas Series indexed by date (values in the series' unit)."""
    series_info(series_id)
    frame = load("attention")
    one = frame[frame.series_id == series_id]
    return pd.Series(one["value"].to_numpy(), index=pd.DatetimeIndex(one["date"]), name=series_id)
