"""Students' own campaign data: a CSV of dates and counts, read the way real exports look.

``read_counts_csv`` accepts what Excel and Google Sheets actually write: commas or
semicolons (Indonesian-locale Excel), UTF-8 with or without BOM, UTF-16, Latin-1/cp1252,
day-first dates (``31/12/2023``, the Indonesian and British order) or ISO dates
(``2023-12-31``), thousands separators (``1.234`` or ``1,234``) where unambiguous, and
column names in either language (``tanggal``/``date``, ``jumlah``/``count``,
``kampanye``/``campaign``). It refuses anything else with one message per problem,
naming the row (as a spreadsheet numbers it: the header is row 1) or the column, and
how to fix it, all at once: a misspelt header (``tangal``) is named *and* its column is
read as meant, so the rows' problems are listed in the same report. It opens the file read-only and never writes anything.

    data = ms.read_counts_csv("my_campaign.csv")      # DataFrame: date, count[, campaign]
    ms.check_counts_csv("my_campaign.csv")            # a report, never an exception

On the command line: ``python -m medsos check FILE.csv [--lang id|en]``.
"""

from __future__ import annotations

import csv
import difflib
import html
import io
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from medsos import i18n
from medsos.errors import CourseError, Problem
from medsos.i18n import _

MAX_BYTES = 5 * 1024 * 1024
"""Largest file accepted: 5 MB (about 150,000 rows of dates and counts; far more than a campaign needs)."""

COLUMNS = {
    "date": ("date", "tanggal", "tgl", "day", "hari", "waktu"),
    "count": (
        "count",
        "jumlah",
        "total",
        "tweets",
        "cuitan",
        "posts",
        "unggahan",
        "n",
        "value",
        "nilai",
    ),
    "campaign": ("campaign", "kampanye", "tagar", "hashtag"),
}
SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
DAY_FIRST = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$")


@contextmanager
def _language(lang: str | None):
    before = i18n.language()
    if lang:
        i18n.set_language(lang)
    try:
        yield
    finally:
        i18n.set_language(before)


def _raw(source: str | Path | bytes, name: str | None, max_bytes: int) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        data, label = bytes(source), name or "upload.csv"
    else:
        path = Path(source)
        label = name or path.name
        if not path.exists():
            raise CourseError(
                _("The file {file} does not exist.").format(file=str(path)),
                fix=_(
                    "Check the name and the folder (the notebook's folder is the starting point)."
                ),
            )
        if path.is_dir():
            raise CourseError(
                _("{file} is a folder, not a file.").format(file=str(path)),
                fix=_("Give the path of the CSV file inside it."),
            )
        if path.stat().st_size > max_bytes:
            raise CourseError(
                _("{file} is larger than {mb} MB.").format(file=label, mb=max_bytes // 1_000_000),
                fix=_("Keep only the columns date and count, or split the file."),
            )
        with path.open("rb") as fh:  # read-only: the student's file is never changed
            data = fh.read()
    if len(data) > max_bytes:
        raise CourseError(
            _("{file} is larger than {mb} MB.").format(file=label, mb=max_bytes // 1_000_000),
            fix=_("Keep only the columns date and count, or split the file."),
        )
    return data, label


def _text(data: bytes, label: str) -> str:
    if data.startswith(SPREADSHEET_MAGIC):
        raise CourseError(
            _("{file} is a spreadsheet (Excel) file, not a CSV.").format(file=label),
            fix=_("In Excel: File → Save As → CSV. In Google Sheets: File → Download → CSV."),
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise CourseError(
            _("{file} is not a text file.").format(file=label),
            fix=_("Export your data as CSV (comma- or semicolon-separated text)."),
        )
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CourseError(_("{file} is not a text file.").format(file=label))  # pragma: no cover


def _column(header: list[str], wanted: str) -> int | None:
    names = [h.strip().lower() for h in header]
    for synonym in COLUMNS[wanted]:
        if synonym in names:
            return names.index(synonym)
    return None


def _count(text: str, delimiter: str) -> int | None:  # noqa: ARG001 - kept for clarity of intent
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", value):  # 1.234 (Indonesian thousands)
        return int(value.replace(".", ""))
    # 1,234 (English): in a comma-separated file a comma inside a cell can only come from
    # quotes ("1,234"), so it is a thousands separator there too
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+", value):
        return int(value.replace(",", ""))
    if re.fullmatch(r"-?\d+\.0+", value):
        return int(float(value))
    return None


def _date(text: str) -> pd.Timestamp | None:
    value = text.strip()
    try:
        if ISO.match(value):
            return pd.Timestamp(value)
        if DAY_FIRST.match(value):  # strictly day first: 12/31/2023 is refused, not guessed
            day, month, year = (int(part) for part in re.split(r"[/.-]", value))
            return pd.Timestamp(year=year, month=month, day=day)
    except (ValueError, OverflowError):
        return None
    return None


def _parse(source, name: str | None, max_bytes: int) -> tuple[pd.DataFrame, list[Problem], str]:
    data, label = _raw(source, name, max_bytes)
    text = _text(data, label)
    lines = [line for line in text.splitlines() if line.strip().strip(",;\t")]
    if not lines:
        raise CourseError(
            _("{file} is empty.").format(file=label),
            fix=_("Put a header row (date,count) and one row per day."),
        )
    try:
        delimiter = csv.Sniffer().sniff(lines[0], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    header = rows[0]
    problems: list[Problem] = []
    where_col = _("column")
    found = {key: _column(header, key) for key in COLUMNS}
    for key in ("date", "count"):
        if found[key] is not None:
            continue
        # a misspelt header ("tangal", "jumlha") is the usual cause: suggest the nearest name
        guess = next(
            (
                (h.strip(), close[0])
                for h in header
                if (
                    close := difflib.get_close_matches(
                        h.strip().lower(), COLUMNS[key], n=1, cutoff=0.6
                    )
                )
            ),
            None,
        )
        fix = (
            _("Rename the column {found!r} to {name!r}.").format(found=guess[0], name=guess[1])
            if guess
            else _("Add a column named {name!r} (or {alt!r}).").format(
                name=key, alt=COLUMNS[key][1]
            )
        )
        problems.append(
            Problem(
                _("there is no column {name!r}.").format(name=key), fix, f"{label}, {where_col}"
            )
        )
        if guess:  # read the misspelt column as meant, so every other problem is named at once
            found[key] = [h.strip() for h in header].index(guess[0])
    if any(found[key] is None for key in ("date", "count")):
        raise CourseError(problems[0].problem, problems=problems)
    body = rows[1:]
    if not body:
        raise CourseError(
            _("{file} has a header but no data rows.").format(file=label),
            fix=_("Add one row per day below the header."),
        )
    records, seen = [], {}
    row_word = _("row")
    for number, row in enumerate(body, start=2):
        where = f"{label}, {row_word} {number}"
        cells = row + [""] * (len(header) - len(row))
        date = _date(cells[found["date"]])
        count = _count(cells[found["count"]], delimiter)
        campaign = cells[found["campaign"]].strip() if found["campaign"] is not None else ""
        if date is None:
            problems.append(
                Problem(
                    _("{value!r} is not a date.").format(value=cells[found["date"]].strip()),
                    _("Write dates as 31/12/2023 or 2023-12-31."),
                    where,
                )
            )
        elif date > pd.Timestamp.today() + pd.Timedelta(days=366):
            problems.append(
                Problem(
                    _("{value!r} is more than a year in the future.").format(
                        value=cells[found["date"]].strip()
                    ),
                    _("Check the year."),
                    where,
                )
            )
        if count is None:
            problems.append(
                Problem(
                    _("{value!r} is not a whole number.").format(
                        value=cells[found["count"]].strip()
                    ),
                    _("Counts are whole numbers such as 1250 (no decimals, no text)."),
                    where,
                )
            )
        elif count < 0:
            problems.append(
                Problem(
                    _("the count {value} is negative.").format(value=count),
                    _("Counts cannot be below zero: check this row."),
                    where,
                )
            )
        if date is not None:
            key = (campaign, date)
            if key in seen:
                problems.append(
                    Problem(
                        _("the date {date} appears again (first in row {first}).").format(
                            date=date.date().isoformat(), first=seen[key]
                        ),
                        _("Keep one row per day (add the counts together)."),
                        where,
                    )
                )
            else:
                seen[key] = number
        records.append({"date": date, "count": count, "campaign": campaign})
    frame = pd.DataFrame(records)
    if found["campaign"] is None:
        frame = frame.drop(columns="campaign")
    return frame, problems, label


def read_counts_csv(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    lang: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> pd.DataFrame:
    """Read a CSV of dates and counts; raise one CourseError listing every problem found."""
    with _language(lang):
        frame, problems, _label = _parse(source, name, max_bytes)
        if problems:
            raise CourseError(problems[0].problem, problems=problems)
        frame["count"] = frame["count"].astype("int64")
        frame["date"] = pd.to_datetime(frame["date"])
        return frame.sort_values([c for c in ("campaign", "date") if c in frame]).reset_index(
            drop=True
        )


@dataclass
class CheckReport:
    """What the checker found: either a summary of good data, or every problem."""

    name: str
    problems: list[Problem] = field(default_factory=list)
    lang: str | None = None
    rows: int = 0
    first: pd.Timestamp | None = None
    last: pd.Timestamp | None = None
    total: int = 0
    campaigns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        with _language(self.lang):
            return self._lines()

    def _lines(self) -> list[str]:
        if not self.ok:
            return [
                _("{file}: {n} problem(s) to fix:").format(file=self.name, n=len(self.problems))
            ] + [f"  - {p}" for p in self.problems]
        out = [
            _("{file} can be read: {rows} rows, {first} to {last}, total {total}.").format(
                file=self.name,
                rows=self.rows,
                first=i18n.date(self.first),
                last=i18n.date(self.last),
                total=i18n.number(self.total),
            )
        ]
        if self.campaigns:
            out.append(_("Campaigns: {names}").format(names=", ".join(self.campaigns)))
        out.append(
            _("Dates like 01/02/2023 are read day first (1 February), as in Indonesia and Britain.")
        )
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        colour = "#1b7837" if self.ok else "#b2182b"
        items = "".join(f"<li>{html.escape(line.strip(' -'))}</li>" for line in self.lines()[1:])
        return (
            f'<div class="medsos-check-file" role="status" style="border-left:6px solid {colour};'
            f'padding:0.4em 0.8em;background:#f7f7f7;color:#1a1a1a"><strong>{html.escape(self.lines()[0])}</strong>'
            f"<ul>{items}</ul></div>"
        )


def check_counts_csv(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    lang: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> CheckReport:
    """Check a CSV of dates and counts and report, never raising: for notebooks and the command line."""
    with _language(lang):
        label = name or (Path(source).name if isinstance(source, str | Path) else "upload.csv")
        try:
            frame, problems, label = _parse(source, name, max_bytes)
        except CourseError as error:
            return CheckReport(label, problems=error.problems, lang=i18n.language())
        if problems:
            return CheckReport(label, problems=problems, lang=i18n.language())
        return CheckReport(
            label,
            lang=i18n.language(),
            rows=len(frame),
            first=frame["date"].min(),
            last=frame["date"].max(),
            total=int(frame["count"].sum()),
            campaigns=sorted(frame["campaign"].unique()) if "campaign" in frame else [],
        )


def main_check(path: str, lang: str | None) -> int:
    """``python -m medsos check FILE``: print the report; exit 0 when readable, 1 when not."""
    report = check_counts_csv(path, lang=lang)
    with _language(lang):
        print(report)
    return 0 if report.ok else 1
