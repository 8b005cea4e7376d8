"""The steps that turn a bilingual lesson source into what one audience opens.

Each step is an nbconvert :class:`~nbconvert.preprocessors.Preprocessor` (the same kind the site
build uses), configured with traitlets and given the course map entry through ``resources``
(``resources["lesson"]``, ``resources["lessons"]``). The stock ``TagRemovePreprocessor`` removes
the solution cells from the students' exercises (or the answer cells from the facilitator's).
"""

from __future__ import annotations

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
