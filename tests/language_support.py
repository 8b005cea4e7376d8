"""The one-language detector shared by the notebook and the rendered-page tests (issue #12).

A sentence counts as the other language when it holds at least two of that language's common
function words and more of them than of its own: Indonesian prose never needs "the", "of" or
"which", English prose never "yang" or "dengan". Proper names and titles of works that read as
the other language are listed, reviewed, in ``tests/one_language_allowlist.txt``.
"""

from __future__ import annotations

import re

from conftest import ROOT

FUNCTION_WORDS = {
    "en": set(
        "the and of to is are was were for with that this from by not it be as at or which you your "
        "have has will would can could their they there what when who how than these those into "
        "about only also but been its our we do does did".split()
    ),
    "id": set(
        "yang dan di ke dari untuk dengan ini itu tidak adalah pada atau bisa anda juga akan "
        "sebagai dalam oleh karena lebih tetapi sudah belum apa siapa mana kita kami ada hanya "
        "saja bukan jika kalau sebuah setiap para".split()
    ),
}
OTHER = {"id": "en", "en": "id"}
ALLOWLIST = ROOT / "tests" / "one_language_allowlist.txt"


def _allowed(lang: str) -> list[str]:
    phrases = []
    for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        where, _, phrase = line.partition(": ")
        if where in (lang, "*") and phrase.strip():
            phrases.append(phrase.strip())
    return phrases


def _prose(text: str, lang: str) -> str:
    """The markdown a reader reads as running text in ``lang``."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\{\{.*?\}\}|\{[^{}]*\}", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"https?://\S+|<[^>]+>", " ", text)
    text = re.sub(r"(?<!\*)\*(?!\*)[^*\n]+\*(?!\*)", " ", text)  # *italics*: titles, terms
    text = re.sub(r"\"[^\"\n]*\"|“[^”\n]*”", " ", text)  # quotations, quoted titles
    for phrase in _allowed(lang):
        text = text.replace(phrase, " ")
    return text


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;:])\s+|\s+·\s+|\||\n", text)
    return [part.strip() for part in parts if part.strip()]


def other_language_sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text`` (markdown written in ``lang``) that read as the other language."""
    found = []
    for sentence in _sentences(_prose(text, lang)):
        words = [w.lower() for w in re.findall(r"[A-Za-z']+", sentence)]
        own = sum(w in FUNCTION_WORDS[lang] for w in words)
        other = sum(w in FUNCTION_WORDS[OTHER[lang]] for w in words)
        if other >= 2 and other > own:
            found.append(sentence)
    return found
