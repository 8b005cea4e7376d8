"""The gradebook's pages: one feedback page per student, one class summary (see ``report.py``).

Each page is one HTML file with its style and its chart inside (no script, no font, no request),
so the folder can be copied to a USB stick or mailed. Results are said in words and symbols,
never by colour alone; tables have captions and header cells; each page declares its language.
"""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from pathlib import Path

from medsos import course, i18n
from medsos.checks import STATUS_WORDS
from medsos.grading import STATUSES, Exercise, Submission, speaking
from medsos.i18n import N_, _

STATUS_ICONS = {"correct": "✔", "wrong": "✘", "unanswered": "…"}
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;
background:#fff;line-height:1.5}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0}
table{border-collapse:collapse;width:100%;margin:.75rem 0 1.5rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #8a8a8a;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#ececec}
.correct{color:#1b6b30}.wrong{color:#a3141f}.unanswered{color:#4d4d4d}
.status{font-weight:600;white-space:nowrap}
.remarks{border-left:6px solid #a3141f;padding:.25rem .75rem;background:#f7f7f7}
figure{margin:1rem 0}img{max-width:100%;height:auto}
a{color:#0b4f9c}
@media print{a{color:inherit}}
"""


def _page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n<h1>{html.escape(title)}</h1>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _status(status: str) -> str:
    word = _(STATUS_WORDS[status])
    return (
        f'<span class="status {status}"><span aria-hidden="true">{STATUS_ICONS[status]}</span> '
        f"{html.escape(word)}</span>"
    )


def _lesson_title(number: int | None) -> str:
    if number is None:
        return ""
    try:
        return i18n.pick(course.lesson(number).title)
    except KeyError:
        return ""


def slug(text: str) -> str:
    """A file-name-safe form of a student's name: ``"Siti Aminah"`` → ``"siti-aminah"``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40] or "student"


def student_page(sub: Submission, exercise: Exercise | None) -> str:
    """A student's feedback page, in the language of the student's notebook."""
    lang = sub.language if sub.language in i18n.SUPPORTED else i18n.language()
    with speaking(lang):
        title = _("Feedback for {name}").format(name=sub.student)
        parts = []
        lesson = _lesson_title(sub.lesson)
        if lesson:
            heading = _("Lesson {n}: {title}").format(n=sub.lesson, title=lesson)
            parts.append(
                f"<p>{html.escape(heading)} · <code>{html.escape(sub.relative)}</code></p>"
            )
        if sub.remarks:
            items = "".join(f"<li>{html.escape(r)}</li>" for r in sub.remarks)
            notes = _("Notes on this notebook")
            parts.append(
                f'<section class="remarks" aria-labelledby="notes"><h2 id="notes">'
                f"{html.escape(notes)}</h2><ul>{items}</ul></section>"
            )
        if sub.graded and exercise is not None:
            parts.append(
                "<p><strong>"
                + html.escape(
                    _("{correct} of {n} tasks correct.").format(
                        correct=sub.correct, n=len(exercise.answers)
                    )
                )
                + "</strong></p>"
            )
            parts.append(_task_table(sub, exercise))
        elif not sub.graded:
            parts.append(
                "<p>" + html.escape(_("This notebook was not graded: see the note above.")) + "</p>"
            )
        return _page(lang, title, "\n".join(parts))


def _course_hint(task: str, status: str) -> str:
    """The task's hint (as ``ms.hint`` gives it) for a task not yet right; "" for a correct one."""
    if status == "correct":
        return ""
    from medsos import checks

    return checks.hint(task).message


def _task_table(sub: Submission, exercise: Exercise) -> str:
    rows = []
    for task in exercise.answers:
        result = sub.results.get(task)
        if result is None:
            continue
        hint = html.escape(result.hint or _course_hint(task, result.status))
        rows.append(
            f'<tr><th scope="row"><code>{html.escape(task)}</code></th>'
            f"<td>{_status(result.status)}</td><td>{html.escape(result.message)}</td>"
            f"<td>{hint}</td></tr>"
        )
    names = [_(h) for h in (N_("Task"), N_("Result"), N_("What the check says"), N_("Hint"))]
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in names)
    caption = html.escape(_("Your result for each task"))
    return (
        f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def write_student_pages(
    subs: list[Submission], exercises: dict[int, Exercise], folder: Path
) -> dict[int, str]:
    """Write a page per submission into ``folder``; returns each one's path relative to the report."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[int, str] = {}
    for index, sub in enumerate(subs, start=1):
        name = f"{index:03d}-{slug(sub.student)}.html"
        page = student_page(sub, exercises.get(sub.lesson) if sub.lesson is not None else None)
        (folder / name).write_text(page, encoding="utf-8")
        written[index - 1] = f"{folder.name}/{name}"
    return written


def missed_counts(subs: list[Submission], exercise: Exercise) -> dict[str, dict[str, int]]:
    """For each task of a lesson: how many graded students were correct, wrong, unanswered."""
    counts = {task: dict.fromkeys(STATUSES, 0) for task in exercise.answers}
    for sub in subs:
        if sub.graded and sub.lesson == exercise.lesson:
            for task, result in sub.results.items():
                if task in counts:
                    counts[task][result.status] += 1
    return counts


def missed_chart(counts: dict[str, dict[str, int]], lesson: int, folder: str) -> str:
    """The bar chart of how many students did not get each task right (most missed first)."""
    from medsos.charts import Chart

    missed = sorted(
        ((t, c["wrong"] + c["unanswered"]) for t, c in counts.items()), key=lambda x: (-x[1], x[0])
    )
    graded = sum(counts[next(iter(counts))].values()) if counts else 0
    listing = "; ".join(f"{t}: {n}" for t, n in missed)
    title = _("Lesson {n}: which tasks students missed").format(n=lesson)
    chart = Chart(
        title,
        _("Students who did not get it right (wrong or not answered)"),
        _("Task"),
        _("Source: {n} graded exercise notebooks in the folder {folder}").format(
            n=graded, folder=folder
        ),
        alt=_("{title}. Students who did not get each task right: {listing}.").format(
            title=title, listing=listing
        ),
        size=(8.0, 1.6 + 0.42 * len(missed)),
        label_room=0.26,
    )
    chart.bars([t for t, _n in missed], [n for _t, n in missed], horizontal=True)
    chart.ax.set_xlim(0, max(1, graded))
    chart.ax.xaxis.get_major_locator().set_params(integer=True)
    data = base64.b64encode(chart.png()).decode("ascii")
    return (
        f'<figure><img src="data:image/png;base64,{data}" '
        f'alt="{html.escape(chart.alt, quote=True)}"></figure>'
    )


def _counts_table(counts: dict[str, dict[str, int]]) -> str:
    task = _("Task")
    words = {s: _(STATUS_WORDS[s]) for s in STATUSES}
    head = f'<th scope="col">{html.escape(task)}</th>' + "".join(
        f'<th scope="col">{html.escape(words[s])}</th>' for s in STATUSES
    )
    rows = "".join(
        f'<tr><th scope="row"><code>{html.escape(t)}</code></th>'
        + "".join(f"<td>{c[s]}</td>" for s in STATUSES)
        + "</tr>"
        for t, c in counts.items()
    )
    caption = html.escape(_("Number of students per task and result"))
    return f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _students_table(subs: list[Submission], pages: dict[int, str]) -> str:
    names = [_(h) for h in (N_("Student"), N_("File"), N_("Lesson"), N_("Correct"), N_("Notes"))]
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in names)
    rows = []
    for index, sub in enumerate(subs):
        total = str(sub.correct) if sub.graded else html.escape(_("not graded"))
        rows.append(
            f'<tr><th scope="row"><a href="{html.escape(pages[index], quote=True)}">'
            f"{html.escape(sub.student)}</a></th><td><code>{html.escape(sub.relative)}</code></td>"
            f"<td>{sub.lesson if sub.lesson is not None else ''}</td><td>{total}</td>"
            f"<td>{html.escape(' '.join(sub.remarks))}</td></tr>"
        )
    caption = html.escape(_("Every file handed in, with a link to the student's feedback page"))
    return (
        f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def write_summary(
    subs: list[Submission],
    exercises: dict[int, Exercise],
    pages: dict[int, str],
    path: Path,
    folder: str,
) -> None:
    """The class summary page, in the report's language."""
    graded = sum(s.graded for s in subs)
    parts = [
        "<p>"
        + html.escape(
            _("{graded} of {total} files handed in were graded. Grades: grades.csv.").format(
                graded=graded, total=len(subs)
            )
        )
        + "</p>"
    ]
    for number in sorted({s.lesson for s in subs if s.graded and s.lesson is not None}):
        counts = missed_counts(subs, exercises[number])
        heading = _("Lesson {n}: {title}").format(n=number, title=_lesson_title(number))
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.append(missed_chart(counts, number, folder))
        parts.append(_counts_table(counts))
    students = _("Students")
    parts.append(f"<h2>{html.escape(students)}</h2>")
    parts.append(_students_table(subs, pages))
    title = _("Class report: {folder}").format(folder=folder)
    path.write_text(_page(i18n.language(), title, "\n".join(parts)), encoding="utf-8")
