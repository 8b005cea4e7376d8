"""Stage 4 of the build: the site's own pages around the notebooks, in both languages.

An index per language (and ``build/index.html``, the Indonesian front door), the facilitator
guide (from ``facilitator/guide.{id,en}.md``) and the data and licences page (from
``data/datapackage.json``), written with Jinja, as nbconvert does, from
``templates/site``.

Importing the Markdown renderer alone costs about 2 s, which a warm build cannot afford, so
:func:`write_site_if_changed` rewrites these pages only when what they show has changed.
"""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path

from medsos.catalogue import translations
from medsos.data import KIND_WORDS
from medsos.sitebuild.discovery import LANGS, Notebook, relative
from medsos.sitebuild.downloads import search_box
from medsos.sitebuild.export import TEMPLATES
from medsos.sitebuild.text import SITE_TEXT

SITE_TEMPLATES = TEMPLATES / "site"


def _env():  # noqa: ANN202 - a jinja2.Environment
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(SITE_TEMPLATES)),
        autoescape=True,
        keep_trailing_newline=True,
    )


def _markup(text: str):  # noqa: ANN202 - markupsafe.Markup
    from markupsafe import Markup

    return Markup(text)


def _markdown(text: str) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(text)


def _common(lang: str, here: Path, out: Path) -> dict:
    """What every site page's layout needs: language, texts and the links of the header."""
    other = "en" if lang == "id" else "id"
    return {
        "lang": lang,
        "other": other,
        "t": SITE_TEXT[lang],
        "assets": relative(out / "assets", here),
        "home": relative(out / lang / "index.html", here),
        "guide": relative(out / lang / "guide.html", here),
        "data": relative(out / lang / "data.html", here),
        "other_href": relative(
            out / other / here.relative_to(out / lang)
            if here.is_relative_to(out / lang)
            else out / other / "index.html",
            here,
        ),
        "search": search_box(lang, out, here),
    }


def index_entries(lang: str, here: Path, out: Path, notebooks: list[Notebook]) -> list[dict]:
    """The lessons the index lists, in order: title, minutes, objectives and links.

    Titles, minutes and objectives come from each lesson notebook's ``metadata.medsos``.
    """
    lessons = []
    for nb in notebooks:
        if not nb.is_lesson or nb.lang != lang:
            continue
        meta = nb.meta()
        exercise = next(
            (
                e
                for e in notebooks
                if not e.is_lesson and e.lang == lang and e.slug.startswith(nb.slug[:3])
            ),
            None,
        )
        lessons.append(
            {
                "title": meta.get("title", nb.slug),
                "minutes": meta.get("minutes", "?"),
                "objectives": meta.get("objectives", []),
                "page": relative(nb.page(out), here),
                "deck": relative(nb.deck(out), here),
                "exercises": relative(exercise.page(out), here) if exercise else None,
            }
        )
    return lessons


def write_index(out: Path, lang: str, notebooks: list[Notebook], env=None) -> list[Path]:  # noqa: ANN001
    """The index of one language; the Indonesian one is also the site's front door."""
    env = env or _env()
    pages = [out / lang / "index.html"] + ([out / "index.html"] if lang == "id" else [])
    for here in pages:
        here.parent.mkdir(parents=True, exist_ok=True)
        ctx = _common(lang, here, out)
        ctx["title"] = SITE_TEXT[lang]["course"]
        ctx["lessons"] = index_entries(lang, here, out, notebooks)
        if here == out / "index.html":
            ctx["other_href"] = relative(out / "en" / "index.html", here)
        here.write_text(env.get_template("index.html.j2").render(**ctx), encoding="utf-8")
    return pages


def data_page(lang: str, root: Path) -> str:
    """The data and licences page body, generated from data/datapackage.json."""
    t = SITE_TEXT[lang]
    path = root / "data" / "datapackage.json"
    if not path.exists():
        return "<p>data/datapackage.json is missing.</p>"
    package = json.loads(path.read_text(encoding="utf-8"))

    def own(entry: dict, key: str = "title") -> str:
        """The page's language: ``title_id`` on the Indonesian page, Frictionless' ``title`` else."""
        return html.escape(str(entry.get(f"{key}_{lang}") or entry.get(key) or ""))

    def kind_words(kind: str) -> str:
        """The kind in words, as ``ms.describe()`` says it (one catalogue for both)."""
        words = KIND_WORDS.get(kind, kind)
        return words if lang == "en" else translations(lang).gettext(words)

    rows = []
    for r in package["resources"]:
        sources = "<br>".join(
            # a source whose path is a table of the package ("see its url column") is named, not linked
            f'<a href="{html.escape(s["path"], quote=True)}">{own(s)}</a>'
            if s["path"].startswith("http")
            else f"{own(s)} (<code>{html.escape(s['path'])}</code>)"
            for s in r.get("sources", [])
        )
        licences = ", ".join(
            own(lic) or html.escape(lic.get("name", "")) for lic in r.get("licenses", [])
        )
        title = html.escape(r.get(f"title_{lang}", r.get("title", r["name"])))
        rows.append(
            f"<tr><td><code>{html.escape(r['path'])}</code><br>{title}</td>"
            f"<td>{html.escape(kind_words(r.get('kind', '')))}</td><td>{sources}</td><td>{licences}</td></tr>"
        )
    head = f"<tr><th>{t['table']}</th><th>{t['kind']}</th><th>{t['source']}</th><th>{t['licence']}</th></tr>"
    return (
        f"<h1>{t['data']}</h1>{_markdown(t['data_intro'])}"
        f"<table class='data'>{head}{''.join(rows)}</table>"
    )


def _layout_page(out: Path, here: Path, lang: str, title: str, body: str, env) -> Path:  # noqa: ANN001
    ctx = _common(lang, here, out)
    ctx["title"] = title
    ctx["body"] = _markup(body)
    here.write_text(env.get_template("layout.html.j2").render(**ctx), encoding="utf-8")
    return here


def write_site(out: Path, notebooks: list[Notebook], root: Path) -> list[Path]:
    """Write every site page of both languages; return their paths."""
    env = _env()
    written = []
    for lang in LANGS:
        (out / lang).mkdir(parents=True, exist_ok=True)
        written += write_index(out, lang, notebooks, env)
        guide_md = root / "facilitator" / f"guide.{lang}.md"
        guide = _markdown(guide_md.read_text(encoding="utf-8")) if guide_md.exists() else "<p>…</p>"
        written.append(
            _layout_page(out, out / lang / "guide.html", lang, SITE_TEXT[lang]["guide"], guide, env)
        )
        written.append(
            _layout_page(
                out,
                out / lang / "data.html",
                lang,
                SITE_TEXT[lang]["data"],
                data_page(lang, root),
                env,
            )
        )
    return written


def site_hash(notebooks: list[Notebook], root: Path, export_hash: str) -> str:
    """sha256 of what the site pages show: lesson metadata, the guide, the data package, templates."""
    digest = hashlib.sha256(export_hash.encode())
    for nb in notebooks:
        digest.update(nb.name.encode() + json.dumps(nb.meta(), sort_keys=True).encode())
    for extra in [
        *sorted((root / "facilitator").glob("guide.*.md")),
        root / "data" / "datapackage.json",
    ]:
        if extra.exists():
            digest.update(extra.read_bytes())
    return digest.hexdigest()


def write_site_if_changed(
    out: Path, notebooks: list[Notebook], root: Path, manifest: dict, export_hash: str
) -> bool:
    """Write the site pages unless the manifest says they show what they would show now.

    Updates ``manifest["__site__"]``; returns whether the pages were written.
    """
    key = site_hash(notebooks, root, export_hash)
    if manifest.get("__site__") == key and (out / "index.html").exists():
        return False
    write_site(out, notebooks, root)
    manifest["__site__"] = key
    return True
