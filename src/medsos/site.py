"""The pages around the notebooks: an index per language, the data and licences page,
and the facilitator guide, written with Jinja (as nbconvert does) into build/."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jinja2

from medsos.build import LANGS, SITE_TEXT, Notebook, relative

TEMPLATES = Path(__file__).with_name("templates") / "site"


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, keep_trailing_newline=True
    )


def _common(lang: str, here: Path, out: Path) -> dict:
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
    }


def _lessons(lang: str, here: Path, out: Path, notebooks: list[Notebook]) -> list[dict]:
    lessons = []
    for nb in notebooks:
        if nb.kind != "notebooks" or nb.lang != lang:
            continue
        meta = nb.meta()
        exercise = next(
            (
                e
                for e in notebooks
                if e.kind == "exercises" and e.lang == lang and e.slug.startswith(nb.slug[:3])
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


def _markdown(text: str) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(text)


def data_page(lang: str, root: Path) -> str:
    """The data and licences page body, generated from data/datapackage.json."""
    import html

    t = SITE_TEXT[lang]
    path = root / "data" / "datapackage.json"
    if not path.exists():
        return "<p>data/datapackage.json is missing.</p>"
    package = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for r in package["resources"]:
        sources = "<br>".join(
            # a source whose path is a table of the package ("see its url column") is named, not linked
            f'<a href="{html.escape(s["path"], quote=True)}">{html.escape(s["title"])}</a>'
            if s["path"].startswith("http")
            else f"{html.escape(s['title'])} (<code>{html.escape(s['path'])}</code>)"
            for s in r.get("sources", [])
        )
        licences = ", ".join(
            html.escape(lic.get("title", lic.get("name", ""))) for lic in r.get("licenses", [])
        )
        title = html.escape(r.get(f"title_{lang}", r.get("title", r["name"])))
        rows.append(
            f"<tr><td><code>{html.escape(r['path'])}</code><br>{title}</td>"
            f"<td>{html.escape(r.get('kind', ''))}</td><td>{sources}</td><td>{licences}</td></tr>"
        )
    head = f"<tr><th>{t['table']}</th><th>{t['kind']}</th><th>{t['source']}</th><th>{t['licence']}</th></tr>"
    return (
        f"<h1>{t['data']}</h1>{_markdown(t['data_intro'])}"
        f"<table class='data'>{head}{''.join(rows)}</table>"
    )


def write_site(out: Path, notebooks: list[Notebook], root: Path) -> list[Path]:
    env = _env()
    written = []
    for lang in LANGS:
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        pages = {folder / "index.html": None}
        if lang == "id":
            pages[out / "index.html"] = (
                None  # the site's front door speaks the course's first language
            )
        for here in pages:
            ctx = _common(lang, here, out)
            ctx["title"] = SITE_TEXT[lang]["course"]
            ctx["lessons"] = _lessons(lang, here, out, notebooks)
            if here == out / "index.html":
                ctx["other_href"] = relative(out / "en" / "index.html", here)
            here.write_text(env.get_template("index.html.j2").render(**ctx), encoding="utf-8")
            written.append(here)
        guide_md = root / "facilitator" / f"guide.{lang}.md"
        guide = folder / "guide.html"
        ctx = _common(lang, guide, out)
        ctx["title"] = SITE_TEXT[lang]["guide"]
        ctx["body"] = jinja2.utils.markupsafe.Markup(
            _markdown(guide_md.read_text(encoding="utf-8")) if guide_md.exists() else "<p>…</p>"
        )
        guide.write_text(env.get_template("layout.html.j2").render(**ctx), encoding="utf-8")
        data = folder / "data.html"
        ctx = _common(lang, data, out)
        ctx["title"] = SITE_TEXT[lang]["data"]
        ctx["body"] = jinja2.utils.markupsafe.Markup(data_page(lang, root))
        data.write_text(env.get_template("layout.html.j2").render(**ctx), encoding="utf-8")
        written += [guide, data]
    return written


__all__ = ["write_site", "data_page", "os"]
