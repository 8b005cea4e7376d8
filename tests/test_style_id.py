"""One term per concept in Indonesian (docs/STYLE-ID.md): no forbidden variant in what students read.

The forbidden variants are read from the style sheet's table, so the sheet and the test cannot drift
apart. Checked: the Indonesian catalogues, the library's Indonesian strings (values under an ``"id"``
key), the Indonesian facilitator guide, and the Markdown of the Indonesian lesson and exercise notebooks.
"""

from __future__ import annotations

import ast
import json
import re

from babel.messages.pofile import read_po
from conftest import ROOT

SHEET = ROOT / "docs" / "STYLE-ID.md"
SPACE_BEFORE_PERCENT = re.compile(r"\d[ \u00a0]%")


def _variants() -> dict[str, str]:
    """forbidden variant -> the term to use, from the style sheet's table of terms."""
    table: dict[str, str] = {}
    in_terms = False
    for line in SHEET.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            in_terms = line.startswith("## Istilah")
        if in_terms and line.startswith("| ") and not line.startswith("| Konsep"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) >= 3:
                for variant in re.findall(r"`([^`]+)`", cells[2]):
                    table[variant] = cells[1]
    return table


def _pattern(variant: str) -> re.Pattern[str]:
    flags = 0 if any(ch.isupper() for ch in variant) else re.IGNORECASE
    return re.compile(r"(?<![\w-])" + re.escape(variant) + r"(?![\w-])", flags)


PATTERNS = {variant: _pattern(variant) for variant in _variants()}


def _prose(text: str) -> str:
    """The text a reader reads as Indonesian: without code, placeholders, links' targets, tags."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\{\{.*?\}\}|\{[^{}]*\}", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"https?://\S+|<[^>]+>", " ", text)
    return text


def _offences(text: str, where: str) -> list[str]:
    prose = _prose(text)
    found = [
        f"{where}: {variant!r} (use {PATTERNS_USE[variant]!r})"
        for variant, pattern in PATTERNS.items()
        if pattern.search(prose)
    ]
    if SPACE_BEFORE_PERCENT.search(prose):
        found.append(f"{where}: a space before % ({SPACE_BEFORE_PERCENT.search(prose).group(0)!r})")
    return found


PATTERNS_USE = _variants()


def _catalogue_texts() -> list[tuple[str, str]]:
    texts = []
    for po in sorted((ROOT / "src" / "medsos" / "locale" / "id" / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh, locale="id"):
                if message.id:
                    strings = (
                        message.string if isinstance(message.string, tuple) else (message.string,)
                    )
                    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
                    texts += [(f"{po.name}: {msgid[:50]!r}", s) for s in strings if s]
    return texts


def _strings_under_id(node: ast.AST) -> list[str]:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def _library_texts() -> list[tuple[str, str]]:
    """Every string literal under an ``"id"`` key of a dict literal in src/medsos (site labels, ...)."""
    texts = []
    for path in sorted((ROOT / "src" / "medsos").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "id":
                        for text in _strings_under_id(value):
                            texts.append((f"{path.relative_to(ROOT)}:{value.lineno}", text))
    return texts


def _notebook_texts() -> list[tuple[str, str]]:
    texts = []
    for folder in ("notebooks/id", "exercises/id"):
        for path in sorted((ROOT / folder).glob("*.ipynb")):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            for number, cell in enumerate(cells):
                if cell["cell_type"] == "markdown":
                    texts.append((f"{folder}/{path.name} cell {number}", "".join(cell["source"])))
    return texts


def test_the_style_sheet_lists_the_drift_of_issue_17():
    for variant in (
        "terukur",
        "terbitan",
        "deret",
        "slide",
        "file",
        "diagram",
        "mengorganisir",
        "galat",
        "dicek",
        "mnt",
        "RECONSTRUCTED",
        "hoax",
        "kamu",
    ):
        assert variant in PATTERNS, variant
    assert _pattern("slide").search("buka slide berikut")
    assert not _pattern("slide").search("slideshow")
    assert not _prose("pakai `file` dan {file}").count("file")


def test_indonesian_catalogues_use_one_term_per_concept():
    offences = [o for where, text in _catalogue_texts() for o in _offences(text, where)]
    assert not offences, "\n".join(offences)


def test_the_librarys_indonesian_strings_use_one_term_per_concept():
    texts = _library_texts()
    assert len(texts) >= 10
    offences = [o for where, text in texts for o in _offences(text, where)]
    assert not offences, "\n".join(offences)


def test_the_indonesian_facilitator_guide_uses_one_term_per_concept():
    guide = ROOT / "facilitator" / "guide.id.md"
    assert not _offences(guide.read_text(encoding="utf-8"), guide.name)


def test_indonesian_notebooks_use_one_term_per_concept():
    texts = _notebook_texts()
    assert texts
    offences = [o for where, text in texts for o in _offences(text, where)]
    assert not offences, f"{len(offences)} offence(s):\n" + "\n".join(offences)


# Words that end in "mu" without being the possessive "-mu" (your): the register check leaves them.
NOT_POSSESSIVE_MU = {"ilmu", "temu", "bertemu", "ketemu", "jamu", "tamu", "ramu", "jemu", "mu"}
POSSESSIVE_MU = re.compile(r"\b\w+mu\b", re.IGNORECASE)


def test_the_indonesian_course_addresses_the_reader_as_anda():
    """Register *Anda* (docs/STYLE-ID.md): no *kamu* (checked above) and no possessive *-mu*."""
    texts = (
        _notebook_texts()
        + _catalogue_texts()
        + [("guide.id.md", (ROOT / "facilitator" / "guide.id.md").read_text(encoding="utf-8"))]
    )
    offences = [
        f"{where}: {word!r} (use '... Anda')"
        for where, text in texts
        for word in POSSESSIVE_MU.findall(_prose(text))
        if word.lower() not in NOT_POSSESSIVE_MU
    ]
    assert not offences, "\n".join(offences)
    assert POSSESSIVE_MU.findall("ramai di linimasamu") == ["linimasamu"]
