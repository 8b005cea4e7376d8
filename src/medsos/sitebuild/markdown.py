"""Markdown in pages and decks renders as the author wrote it, and as JupyterLab shows it.

nbconvert's Markdown parser deliberately accepts a heading without a space after the ``#``
(``#Heading``), as the classic notebook once did. CommonMark, JupyterLab and GitHub do not, and the
course writes hashtags at the start of lines and list items (``- #MeToo rank: …``): nbconvert
turned each of them into a giant ``<h1>``. The exporters below put mistune's own CommonMark rule
back (a heading needs a space, or nothing, after its ``#`` signs) and change nothing else.

>>> "<h1" in render("- #MeToo rank: Storywrangler")
False
>>> "<h1" in render("# A real heading")
True

It also keeps a fold (``<details>``) whole around the Markdown inside it.
"""

from __future__ import annotations

from mistune import BlockParser
from nbconvert import HTMLExporter, SlidesExporter
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath, MathBlockParser

try:  # jinja2 >= 3
    from jinja2 import pass_context as contextfilter
except ImportError:  # pragma: no cover
    from jinja2 import contextfilter  # type: ignore[no-redef]

_ATX_KEY = "atx_heading" if "atx_heading" in BlockParser.SPECIFICATION else "axt_heading"


class CommonMarkBlockParser(MathBlockParser):
    """nbconvert's block parser (math kept whole) with CommonMark's ATX heading rule."""

    SPECIFICATION = {
        **MathBlockParser.SPECIFICATION,
        _ATX_KEY: BlockParser.SPECIFICATION[_ATX_KEY],
    }


class _Renderer(IPythonRenderer):
    """nbconvert's renderer, except that HTML with no image is passed through as written.

    To embed images nbconvert re-parses every HTML block with BeautifulSoup, which closes
    an element the next block ends: ``<details><summary>Answer</summary>``, a blank line,
    the answer, ``</details>`` became an empty fold with the answer shown under it.
    """

    def block_html(self, html: str) -> str:
        if "<img" not in html.lower():
            return super(IPythonRenderer, self).block_html(html)
        return super().block_html(html)

    def inline_html(self, html: str) -> str:
        if "<img" not in html.lower():
            return super(IPythonRenderer, self).inline_html(html)
        return super().inline_html(html)


def render(source: str, **renderer_options) -> str:  # noqa: ANN003 - IPythonRenderer's options
    r"""Markdown to HTML as nbconvert renders it, but with CommonMark headings.

    >>> answer = "<details><summary>Answer</summary>\n\n**b.**\n</details>"
    >>> html = render(answer, embed_images=True)
    >>> html.index("<p><strong>b.</strong></p>") < html.index("</details>")  # inside the fold
    True
    """
    renderer = _Renderer(escape=False, **renderer_options)
    return MarkdownWithMath(renderer=renderer, block=CommonMarkBlockParser()).render(source)


class _CommonMarkHeadings:
    """Mixin for nbconvert's HTML exporters: the ``markdown2html`` filter with CommonMark headings."""

    @contextfilter
    def markdown2html(self, context, source):  # noqa: ANN001, ANN201 - nbconvert's filter signature
        cell = context.get("cell", {})
        return render(
            source,
            attachments=cell.get("attachments", {}),
            embed_images=self.embed_images,
            path=context.get("resources", {}).get("metadata", {}).get("path", ""),
            anchor_link_text=self.anchor_link_text,
            exclude_anchor_links=self.exclude_anchor_links,
            **self.lexer_options,
        )


class PageExporter(_CommonMarkHeadings, HTMLExporter):
    """The lesson and exercise pages."""


class DeckExporter(_CommonMarkHeadings, SlidesExporter):
    """The reveal.js decks."""
