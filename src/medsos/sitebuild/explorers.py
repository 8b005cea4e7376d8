"""Explorers that answer in pages and decks with no kernel: precomputed states, plain HTML.

A live explorer carries its recipe (the factory and its arguments) in its display data,
under :data:`MIME`. The build:

1. finds the recipes in the executed notebooks (:func:`recipes`);
2. renders, once per recipe and language, the explorer's curated states with the
   widget's own code (:func:`render`, in a worker) into ``build/assets/explorers/<key>/``:
   a lossless WebP per state (the pixels of the notebook's PNG, a third of its bytes)
   and ``states.js`` (loaded as a ``<script>``, so it works from ``file://`` with no
   fetch). The key covers the recipe, the language, the library's
   code, the data and the pins (:func:`state_key`): a rebuild with none of them
   changed renders nothing;
3. replaces, in the page and the deck, the widget's saved view by plain HTML controls
   labelled in the page's language (:func:`make_static`), which ``assets/explorer.js``
   wires to swap the image, its alt text and caption, or show the live widget's message
   for a refused choice. Images load lazily: only the shown state's, when it nears the
   viewport.

An explorer with no curated states (the planner and the own-data explorer: what they show
is what a student types or uploads) keeps its saved picture, with a line that says it
needs the notebook.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import shutil
import time
from pathlib import Path

from medsos.sitebuild.discovery import relative

MIME = "application/vnd.medsos.explorer+json"
VERSION = "3"  # bump when the files written for a state change form
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

TEXT = {
    "id": {
        "note": "Di halaman dan salindia ini, penjelajah menampilkan pilihan yang sudah digambar "
        "sebelumnya oleh kode notebook itu sendiri. Notebook yang berjalan (JupyterLab) dapat "
        "menjelajahi setiap kombinasi.",
        "needs": "Alat ini membutuhkan notebook yang berjalan (JupyterLab): di halaman dan "
        "salindia ini alat ini hanya menampilkan keadaan awalnya.",
        "explorer": "Penjelajah",
    },
    "en": {
        "note": "On this page and in the slides, the explorer shows choices drawn beforehand by "
        "the notebook's own code. The live notebook (JupyterLab) explores every combination.",
        "needs": "This tool needs the live notebook (JupyterLab): on this page and in the "
        "slides it shows its first state only.",
        "explorer": "Explorer",
    },
}


def recipe_of(output: dict) -> dict | None:
    """The recipe an output carries, if it is an explorer's display."""
    data = output.get("data", {}) if isinstance(output, dict) else {}
    found = data.get(MIME)
    return dict(found) if isinstance(found, dict) and "factory" in found else None


def recipes(nb: dict) -> list[dict]:
    """Every explorer recipe displayed in an executed notebook, in order (``nb``: its JSON)."""
    found = []
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []) if cell.get("cell_type") == "code" else []:
            recipe = recipe_of(output)
            if recipe is not None:
                found.append(recipe)
    return found


def _canonical(recipe: dict) -> str:
    return json.dumps(recipe, sort_keys=True, separators=(",", ":"))


def state_key(recipe: dict, lang: str, env_hash: str) -> str:
    """The folder name of a recipe's states: its recipe, language, library, data and pins."""
    digest = hashlib.sha256(f"{VERSION}:{env_hash}:{lang}:".encode())
    digest.update(_canonical(recipe).encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:20]


WEIGHTS = {"indonesia": 4, "halflife": 3, "timeline": 2, "divide": 2, "diffusion": 1}


def weight(recipe: dict) -> int:
    """Roughly how long a recipe's states take to draw (the longest are started first)."""
    module = recipe.get("factory", "").split(":")[0].rsplit(".", 1)[-1]
    return WEIGHTS.get(module, 0)


def folder(out: Path) -> Path:
    """Where every explorer's states go: a shared asset of the site."""
    return Path(out) / "assets" / "explorers"


def render(recipe: dict, jobs: list[tuple[str, str]]) -> tuple[list[str], float]:
    """Worker: draw every curated state of a recipe's explorer, for each (language, target).

    Returns the errors and the processor seconds it took (the build's share of drawing
    states is measured in processor time: on a shared machine the wall time says more
    about the neighbours than about the build). The languages of one recipe are drawn in
    one worker, one after the other: what the explorer loads or builds before its first
    chart (data, networks, options; cached per process) is then made once, not once in
    each worker. Each language is written into a temporary folder first and renamed at
    the end, so a folder that exists is complete (the build's cache of states is that
    folder).
    """
    start = time.process_time()
    errors = [error for lang, target in jobs if (error := _render(recipe, lang, target))]
    return errors, time.process_time() - start


def _render(recipe: dict, lang: str, target: str) -> str | None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    from medsos import i18n
    from medsos.widgets.static import describe

    done = Path(target)
    partial = done.with_name(f"{done.name}.{os.getpid()}.part")
    try:
        i18n.set_language(lang)
        described = describe(recipe)
        partial.mkdir(parents=True, exist_ok=True)
        states = []
        for i, state in enumerate(described.states):
            image = None
            if state.image is not None:
                image = f"s{i}.webp"
                (partial / image).write_bytes(state.image)
            states.append(
                {
                    "v": state.values,
                    "a": state.available,
                    "h": state.hidden,
                    "img": image,
                    "size": list(state.size) if state.size else None,
                    "px": state.text_px,
                    "title": state.title,
                    "alt": state.alt,
                    "caption": state.caption,
                    "msg": state.message,
                }
            )
        manifest = {
            "key": done.name,
            "lang": lang,
            "needs_notebook": described.needs_notebook,
            "controls": [
                {
                    "name": c.name,
                    "label": c.label,
                    "kind": c.kind,
                    "labels": c.labels,
                    **({"on": [bool(v) for v in c.values]} if c.kind == "checkbox" else {}),
                }
                for c in described.controls
            ],
            "states": states,
        }
        text = json.dumps(manifest, ensure_ascii=False, sort_keys=True)
        (partial / "states.json").write_text(text, encoding="utf-8")
        (partial / "states.js").write_text(
            "(window.MEDSOS_EXPLORERS = window.MEDSOS_EXPLORERS || {})"
            f"[{json.dumps(done.name)}] = {text};\n",
            encoding="utf-8",
        )
        if done.exists():  # another worker finished it first
            shutil.rmtree(partial)
        else:
            partial.rename(done)
    except Exception as error:  # noqa: BLE001 - report which explorer, not a worker traceback
        shutil.rmtree(partial, ignore_errors=True)
        return f"explorer {recipe.get('factory')} ({lang}): {type(error).__name__}: {error}"
    return None


def prune(out: Path, keep: set[str]) -> None:
    """Remove the states of explorers no page shows any more."""
    base = folder(out)
    if base.is_dir():
        for path in base.iterdir():
            if path.is_dir() and path.name not in keep:
                shutil.rmtree(path, ignore_errors=True)


# --- the page side ------------------------------------------------------------------------


def make_static(nb, lang: str, keys: dict[str, str], out: Path, target: Path) -> int:  # noqa: ANN001 - a NotebookNode
    """Replace every explorer's saved view in ``nb`` by its static controls; return how many.

    ``keys`` maps a recipe (canonical JSON + language) to its states' folder name.
    """
    count = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            recipe = recipe_of(output)
            if recipe is None:
                continue
            key = keys.get(recipe_id(recipe, lang))
            manifest = folder(out) / str(key) / "states.json"
            if key is None or not manifest.exists():
                continue
            data = json.loads(manifest.read_text(encoding="utf-8"))
            count += 1
            uid = f"mse-{key[:8]}-{count}"
            if data["needs_notebook"]:
                output["data"] = {k: v for k, v in output["data"].items() if k != MIME}
                output.setdefault("metadata", {})
                cell.outputs.append(
                    {
                        "output_type": "display_data",
                        "metadata": {},
                        "data": {
                            "text/html": f'<p class="medsos-explorer-note">'
                            f"{html.escape(TEXT[lang]['needs'])}</p>",
                            "text/plain": TEXT[lang]["needs"],
                        },
                    }
                )
                break
            markup = static_html(
                data,
                uid,
                relative(folder(out) / key, target),
                relative(Path(out) / "assets", target),
                lang,
            )
            output["data"] = {"text/html": markup, "text/plain": TEXT[lang]["note"]}
    return count


def drop_unused_widget_state(nb) -> bool:  # noqa: ANN001 - a NotebookNode
    """Drop the saved widget state of a notebook whose outputs show no widget view any more.

    Once its explorers answer as static HTML (:func:`make_static`), a page or deck of lessons
    0-5 shows no widget: the state (every widget's model and saved chart, 100+ KB) and the
    widget manager that reads it would be loaded for nothing. nbconvert's templates write
    both only when the notebook's metadata has ``widgets``. A notebook that still shows a
    widget (lesson 6's planner and own-data explorer) keeps its state. Returns whether it
    was dropped.
    """
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if WIDGET_VIEW in output.get("data", {}):
                return False
    return nb.metadata.pop("widgets", None) is not None


def recipe_id(recipe: dict, lang: str) -> str:
    """The recipe and language as one string (the keys of the build's state table)."""
    return f"{lang}:{_canonical(recipe)}"


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def static_html(data: dict, uid: str, base: str, assets: str, lang: str) -> str:
    """The explorer's controls, first chart and note, as plain accessible HTML."""
    first = data["states"][0]
    parts = [
        f'<div class="medsos-static-explorer" id="{uid}" role="group" '
        f'aria-label="{_attr(TEXT[lang]["explorer"])}" data-explorer="{_attr(data["key"])}" '
        f'data-base="{_attr(base)}/">',
        '<div class="mse-controls">',
    ]
    for control in data["controls"]:
        parts.append(_control_html(control, first, uid))
    parts.append("</div>")
    image = first["img"]
    size = first["size"] or (0, 0)
    hidden = "" if image else " hidden"
    src = f"{base}/{image}" if image else ""
    parts.append(
        f'<figure class="mse-figure"{hidden}><img class="mse-chart" loading="lazy" decoding="async"'
        f' src="{_attr(src)}" alt="{_attr(first["alt"])}" width="{size[0]}" height="{size[1]}"'
        f' data-min-text-px="{first.get("px") or 0}">'
        f'<figcaption class="mse-caption">{html.escape(first["caption"])}</figcaption></figure>'
    )
    message = first["msg"] or ""
    parts.append(f'<div class="mse-message"{"" if message else " hidden"}>{message}</div>')
    parts.append(f'<p class="mse-live" aria-live="polite">{html.escape(first["title"])}</p>')
    parts.append(f'<p class="mse-note">{html.escape(TEXT[lang]["note"])}</p>')
    parts.append("</div>")
    parts.append(f'<link rel="stylesheet" href="{_attr(assets)}/explorer.css">')
    parts.append(f'<script defer src="{_attr(base)}/states.js"></script>')
    parts.append(f'<script defer src="{_attr(assets)}/explorer.js"></script>')
    return "".join(parts)


def _control_html(control: dict, state: dict, uid: str) -> str:
    name, label, kind = control["name"], html.escape(control["label"]), control["kind"]
    labels = control["labels"]
    chosen = state["v"][name]
    hidden = " hidden" if name in state["h"] else ""
    cid = f"{uid}-{name}"
    offered = set(state["a"].get(name, range(len(labels))))
    if kind == "checkbox":
        checked = " checked" if labels and _is_on(control, chosen) else ""
        return (
            f'<div class="mse-control mse-checkbox" data-control="{name}"{hidden}>'
            f'<input type="checkbox" id="{cid}"{checked} disabled>'
            f'<label for="{cid}">{label}</label></div>'
        )
    if kind == "radio":
        buttons = "".join(
            f'<label class="mse-radio"{"" if i in offered else " hidden"}>'
            f'<input type="radio" name="{cid}" value="{i}"'
            f"{' checked' if i == chosen else ''} disabled> {html.escape(text)}</label>"
            for i, text in enumerate(labels)
        )
        return (
            f'<fieldset class="mse-control" data-control="{name}"{hidden}>'
            f"<legend>{label}</legend>{buttons}</fieldset>"
        )
    if kind == "range":
        ticks = "".join(
            f'<option value="{i}" label="{_attr(text)}"></option>' for i, text in enumerate(labels)
        )
        return (
            f'<div class="mse-control mse-range" data-control="{name}"{hidden}>'
            f'<label for="{cid}">{label}</label>'
            f'<input type="range" id="{cid}" min="0" max="{len(labels) - 1}" step="1" '
            f'value="{chosen}" list="{cid}-steps" aria-valuetext="{_attr(labels[chosen])}" disabled>'
            f'<output for="{cid}">{html.escape(labels[chosen])}</output>'
            f'<datalist id="{cid}-steps">{ticks}</datalist></div>'
        )
    options = "".join(
        f'<option value="{i}"{" selected" if i == chosen else ""}'
        f"{'' if i in offered else ' hidden disabled'}>{html.escape(text)}</option>"
        for i, text in enumerate(labels)
    )
    return (
        f'<div class="mse-control" data-control="{name}"{hidden}>'
        f'<label for="{cid}">{label}</label>'
        f'<select id="{cid}" disabled>{options}</select></div>'
    )


def _is_on(control: dict, token: int) -> bool:
    return bool(control.get("on", [False] * (token + 1))[token])
