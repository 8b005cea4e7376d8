"""Light lesson pages for readers on phones and metered mobile data (issue 18).

A page's first view must cost at most 1 MB and paint in about two seconds on slow 4G:

- :func:`trim_stylesheet` keeps, of JupyterLab's 240 KB stylesheet, the rules whose classes
  a page can contain (the classes of nbconvert's templates, the widget manager's DOM, the
  course's own HTML and Pygments' highlighting): about a tenth of it, code colours kept;
- :func:`extract_images` moves each chart out of the HTML (where nbconvert embeds it as
  base64) into a lossless WebP file beside the page: the same pixels, about a third of the
  PNG's bytes; every chart but the first gets ``loading="lazy"``, all get their width and
  height (no layout shift while they arrive);
- :func:`strip_source_map_comments` drops ``//# sourceMappingURL=`` lines of the copied
  scripts (their maps are not shipped: each was a 404 in the console);
- :func:`description` is the page's ``<meta name="description">``, from its objectives.

The widget manager is no longer in the page's head: ``templates/site/lazy.js`` loads it
when an explorer nears the viewport (docs/DESIGN.md, "Lazy assets").
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path

# an <img> whose src is a base64 data URI; scripts (the widget state) are left alone
_IMG = re.compile(r'<img\b([^>]*?)\bsrc="data:image/(png|jpeg);base64,([A-Za-z0-9+/=\s]+)"([^>]*)>')
_SCRIPT = re.compile(r"(<script\b.*?</script>)", re.S | re.I)
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_SOURCE_MAP = re.compile(rb"^//# sourceMappingURL=\S*[ \t]*$", re.M)


def description(objectives: Iterable[str], fallback: str, limit: int = 300) -> str:
    """The page's meta description: its objectives, joined, cut at a word near ``limit``."""
    text = "; ".join(o.strip().rstrip(".") for o in objectives if o and o.strip()) or fallback
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return text


def known_words(paths: Iterable[Path]) -> set[str]:
    """Every word (CSS-identifier-like) in these files: the classes a page may contain."""
    words: set[str] = set()
    for path in paths:
        words.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    from pygments.token import STANDARD_TYPES

    words.update(STANDARD_TYPES.values())  # code highlighting: .highlight .c1, .highlight .mi …
    return words


def trim_stylesheet(css: str, used: set[str], also_reads: str = "") -> str:
    """``css`` without the rules whose selectors need a class outside ``used``, and without
    the custom properties (``--jp-…``) that nothing kept reads.

    A selector is kept when each class it requires is in ``used`` (classes inside
    ``:not(...)`` and other functions are not required). Rules without classes (``:root``,
    element selectors) and at-rules other than ``@media`` are kept. A custom property is
    kept when ``var(--name)`` occurs in a kept declaration, in a kept property's value, or
    in ``also_reads`` (the widget manager's own CSS and the course's stylesheets read
    JupyterLab's variables too). Two thirds of JupyterLab's stylesheet is variables (icons
    as SVG data among them) that a page never reads.
    """
    kept = _trim_rules(css, used)
    return _trim_variables(kept, also_reads)


_VAR_USE = re.compile(r"var\(\s*(--[\w-]+)")


def _trim_variables(css: str, also_reads: str) -> str:
    import tinycss2

    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    custom: dict[str, list[str]] = {}  # property name -> the values it is given
    plain: list[str] = [also_reads]
    for rule in _flat(rules):
        for decl in tinycss2.parse_blocks_contents(rule.content or [], skip_whitespace=True):
            if decl.type != "declaration":
                continue
            value = tinycss2.serialize(decl.value)
            if decl.name.startswith("--"):
                custom.setdefault(decl.name, []).append(value)
            else:
                plain.append(value)
    wanted = set(_VAR_USE.findall("\n".join(plain)))
    todo = list(wanted)
    while todo:  # variables defined from other variables
        for value in custom.get(todo.pop(), []):
            for name in _VAR_USE.findall(value):
                if name not in wanted:
                    wanted.add(name)
                    todo.append(name)

    def keep_rule(rule) -> str | None:  # noqa: ANN001 - a tinycss2 node
        if rule.type == "qualified-rule":
            decls = [
                d
                for d in tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True)
                if d.type == "declaration" and (not d.name.startswith("--") or d.name in wanted)
            ]
            if not decls:
                return None
            body = ";".join(
                f"{d.name}:{tinycss2.serialize(d.value).strip()}"
                + ("!important" if d.important else "")
                for d in decls
            )
            return tinycss2.serialize(rule.prelude).strip() + "{" + body + "}"
        if rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            body = "".join(filter(None, (keep_rule(r) for r in inner)))
            return (
                "@media " + tinycss2.serialize(rule.prelude).strip() + "{" + body + "}"
                if body
                else None
            )
        return tinycss2.serialize([rule])

    return "\n".join(filter(None, (keep_rule(rule) for rule in rules))) + "\n"


def _flat(rules: list) -> Iterable:
    """The qualified rules, including those inside ``@media``."""
    import tinycss2

    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content:
            yield from _flat(
                tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            )


def _trim_rules(css: str, used: set[str]) -> str:
    import tinycss2

    def keep_rule(rule) -> str | None:  # noqa: ANN001 - a tinycss2 node
        if rule.type == "qualified-rule":
            selectors = _split_selectors(rule.prelude)
            kept = [s for s in selectors if _classes(s) <= used]
            if not kept:
                return None
            prelude = ",".join(tinycss2.serialize(s).strip() for s in kept)
            return prelude + "{" + tinycss2.serialize(rule.content).strip() + "}"
        if rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content:
            inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
            body = "".join(filter(None, (keep_rule(r) for r in inner)))
            if not body:
                return None
            return "@media " + tinycss2.serialize(rule.prelude).strip() + "{" + body + "}"
        if rule.type == "at-rule":
            return tinycss2.serialize([rule])
        return None

    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "\n".join(filter(None, (keep_rule(rule) for rule in rules))) + "\n"


def _split_selectors(prelude: list) -> list[list]:
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return [p for p in parts if any(t.type != "whitespace" for t in p)]


def _classes(selector: list) -> set[str]:
    """The classes a selector requires: ``.name`` at its top level (not inside functions)."""
    found = set()
    for before, token in zip(selector, selector[1:], strict=False):
        if before.type == "literal" and before.value == "." and token.type == "ident":
            found.add(token.value)
    return found


def extract_images(html: str, page: Path) -> tuple[str, dict[Path, bytes]]:
    """Move the page's base64 charts into WebP files in ``img/`` beside ``page``.

    Returns the new HTML and the files to write (content-addressed names, so a page and
    its files stay in step and an unchanged chart keeps its name). Lossless WebP keeps
    every pixel of matplotlib's PNG (the same sharpness) at about a third of its bytes.
    The first chart loads at once (it may be the largest paint above the fold); the
    others are ``loading="lazy"``.
    """
    files: dict[Path, bytes] = {}
    count = 0

    def replace(match: re.Match) -> str:
        nonlocal count
        before, _kind, data, after = match.groups()
        webp, width, height = _webp(base64.b64decode(data))
        name = f"{page.stem}-{hashlib.sha256(webp).hexdigest()[:12]}.webp"
        files[page.parent / "img" / name] = webp
        attrs = before + after
        extra = ""
        if "width=" not in attrs and "height=" not in attrs:
            extra += f' width="{width}" height="{height}"'
        if count and "loading=" not in attrs:
            extra += ' loading="lazy"'
        extra += ' decoding="async"' if "decoding=" not in attrs else ""
        count += 1
        return f'<img{before}src="img/{name}"{extra}{after}>'

    pieces = _SCRIPT.split(html)
    for i in range(0, len(pieces), 2):  # even pieces are outside <script> elements
        pieces[i] = _IMG.sub(replace, pieces[i])
    return "".join(pieces), files


def _webp(png: bytes) -> tuple[bytes, int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        out = io.BytesIO()
        image.save(out, "WEBP", lossless=True, method=4)
        return out.getvalue(), image.width, image.height


def strip_source_map_comments(path: Path) -> None:
    """Remove ``//# sourceMappingURL=`` lines from a shipped script whose maps are not shipped."""
    data = path.read_bytes()
    cleaned = _SOURCE_MAP.sub(b"", data)
    if cleaned != data:
        path.write_bytes(cleaned)


def write_favicon_ico(path: Path) -> None:
    """``favicon.ico`` at the site's root (the course's speech bubble, as ``favicon.svg``).

    Pages link ``assets/favicon.svg``; a server is still asked for ``/favicon.ico`` by some
    browsers, so the site answers that too instead of a 404.
    """
    if path.exists():
        return
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 31, 31), radius=6, fill="#0b5394")
    draw.polygon([(7, 9), (25, 9), (25, 20), (14, 20), (9, 24), (9, 20), (7, 20)], fill="white")
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="ICO", sizes=[(32, 32), (16, 16)])


WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def widget_state_script(state: dict) -> bytes:
    """A script that puts the page's saved widget state back into the page when it runs.

    The state (every widget's model, saved charts included: 100-140 KB on a lesson page)
    is only read by the widget manager, which ``lazy.js`` loads when an explorer is near;
    as a separate script, loaded in the same group just before the manager, it leaves the
    HTML that every reader downloads first. A plain script, not a fetch, so it works from
    ``file://``. The manager reads ``script[type="application/vnd.jupyter.widget-state+json"]``.
    """
    data = json.dumps(state, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return (
        "/* The saved widget state of this page, read by the widget manager (see lazy.js). */\n"
        "(function () {\n"
        "  var s = document.createElement('script');\n"
        f"  s.type = '{WIDGET_STATE}';\n"
        f"  s.textContent = JSON.stringify({data});\n"
        "  document.body.appendChild(s);\n"
        "})();\n"
    ).encode("ascii")


_INLINE_STATE = re.compile(
    r'\s*<script type="application/vnd\.jupyter\.widget-state\+json">.*?</script>', re.S
)


def without_inline_widget_state(html: str) -> str:
    """The page without the state nbconvert writes inline (:func:`widget_state_script` has it)."""
    return _INLINE_STATE.sub("", html, count=1)
