"""The steps that turn a bilingual lesson source into what one audience opens.

Each step is an nbconvert :class:`~nbconvert.preprocessors.Preprocessor` (the same kind the site
build uses), configured with traitlets and given the course map entry through ``resources``
(``resources["lesson"]``, ``resources["lessons"]``). The stock ``TagRemovePreprocessor`` removes
the solution cells from the students' exercises (or the answer cells from the facilitator's).
"""

from __future__ import annotations

import re

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Unicode

from medsos.lessonkit.placeholders import PlaceholderError, fill

KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


class LanguageFilter(Preprocessor):
    """Keep the markdown cells of one language (metadata ``lang``) and the cells of none."""

    language = Unicode("id", help="the language to keep: id or en").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        kept = []
        for cell in nb.cells:
            lang = cell.metadata.pop("lang", None)
            if lang in (None, self.language):
                kept.append(cell)
        nb.cells = kept
        return nb, resources


class FillPlaceholders(Preprocessor):
    """Replace ``{{ figure:… }}``, ``{{ value:… }}``, ``{{ lesson:… }}`` in markdown cells."""

    language = Unicode("id").tag(config=True)

    def preprocess_cell(
        self, cell: NotebookNode, resources: dict, index: int
    ) -> tuple[NotebookNode, dict]:
        if cell.cell_type == "markdown":
            try:
                cell.source = fill(
                    cell.source, self.language, resources["lesson"], resources["lessons"]
                )
            except PlaceholderError as error:
                raise PlaceholderError(f"{resources.get('source', '?')}: {error}") from None
        return cell, resources


class LessonMetadata(Preprocessor):
    """Set the notebook's metadata from the course map.

    ``medsos``: lesson, minutes, title, objectives (course.yml; for exercise and solution
    notebooks, the lesson's ``exercises`` entry) and language. The source's jupytext header is
    dropped, and cells lose their ids (nbformat 4.4, as the notebooks were stored).
    """

    language = Unicode("id").tag(config=True)
    kind = Unicode("lesson", help="lesson, exercises or solutions").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        lesson = resources["lesson"]
        entry = lesson.exercises if self.kind != "lesson" else None
        objectives = (entry or {}).get("objectives") or lesson.objectives
        nb.metadata = NotebookNode(
            {
                "kernelspec": dict(KERNELSPEC),
                "language_info": {"name": "python"},
                "medsos": {
                    "language": self.language,
                    "lesson": lesson.number,
                    "minutes": entry["minutes"] if entry else lesson.minutes,
                    "objectives": list(objectives[self.language]),
                    "title": entry["title"][self.language]
                    if entry
                    else lesson.title[self.language],
                },
            }
        )
        for cell in nb.cells:
            cell.pop("id", None)
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nb.nbformat, nb.nbformat_minor = 4, 4
        return nb, resources


# "⏱" is the authors' shorthand for a timing; it prints as an empty box where no emoji font
# is installed (most projector laptops), so the notebooks say it in words.
TIME_SIGN = "⏱"
TIME_LABEL = {"id": "Waktu:", "en": "Time:"}
NOTE_LABEL = {"id": "Catatan untuk fasilitator", "en": "Note for the facilitator"}
MINUTES = {"id": "menit", "en": "min"}
_NOTE_TIMING = re.compile(
    r"^\s*(?:⏱|Waktu:|Time:)\s*(?P<minutes>\d+)\s*(?:mnt|menit|min|minutes)\b\.?\s*"
)


def note_box(source: str, language: str) -> str:
    """A speaker note as students see it in JupyterLab: a labelled quote, apart from the lesson.

    >>> print(note_box("⏱ 3 mnt. Sambut peserta.", "id"))
    > **Catatan untuk fasilitator · Waktu: 3 menit**
    >
    > Sambut peserta.
    """
    label = NOTE_LABEL[language]
    timing = _NOTE_TIMING.match(source)
    if timing:
        label += f" · {TIME_LABEL[language]} {timing['minutes']} {MINUTES[language]}"
        source = source[timing.end() :]
    body = "\n".join(f"> {line}".rstrip() for line in source.strip().splitlines())
    return f"> **{label}**\n>\n{body}"


class SpeakerNotes(Preprocessor):
    """Set speaker notes apart from the lesson text, and write timings in words.

    JupyterLab shows a notes cell (``slide_type: notes``) like any other text, so students
    read "Ask the participants …" as if it were the lesson. Each note becomes a quote headed
    "Catatan untuk fasilitator · Waktu: 3 menit" (or "Note for the facilitator · Time: 3 min");
    pages still fold notes away and decks still put them in the speaker view. In other markdown
    cells "⏱ " becomes "Waktu: " / "Time: ".
    """

    language = Unicode("id").tag(config=True)

    def preprocess_cell(
        self, cell: NotebookNode, resources: dict, index: int
    ) -> tuple[NotebookNode, dict]:
        if cell.cell_type != "markdown":
            return cell, resources
        if cell.metadata.get("slideshow", {}).get("slide_type") == "notes":
            cell.source = note_box(cell.source, self.language)
        else:
            cell.source = cell.source.replace(f"{TIME_SIGN} ", f"{TIME_LABEL[self.language]} ")
        return cell, resources
