"""The downloads of the site: each notebook as a file, the course's data package as a zip.

Written into ``build/downloads/`` by the build (only when their content changed), linked
from every lesson page (``templates/site/downloads.html.j2``) with relative links, so they
work from ``file://`` and a USB stick as well as from a server. The handout PDF is linked
where ``make handouts`` writes it (``build/handouts/{lang}/NN-slug.student.pdf``).

The data zip is the whole package (``data/*.csv``, ``datapackage.json``, ``README.md``),
about 300 KB: lessons share tables (``attention``, ``series``, ``campaigns``), and the
package's sources and licences travel with the numbers.
"""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

from medsos.sitebuild.discovery import Notebook, relative
from medsos.sitebuild.kittext import KIT_TEXT

DATA_ZIP = "medsos-data.zip"
ZIP_TIME = (2024, 1, 1, 0, 0, 0)  # fixed: the same data give the same zip, byte for byte


def downloads_dir(out: Path) -> Path:
    return out / "downloads"


def notebook_download(notebook: Notebook, out: Path) -> Path:
    """Where a notebook's .ipynb is offered: ``build/downloads/{lang}/NN-slug.ipynb``."""
    return downloads_dir(out) / notebook.lang / notebook.path.name


def data_zip_bytes(root: Path) -> bytes:
    """The data package as a deterministic zip (sorted names, fixed times)."""
    data = root / "data"
    names = sorted(
        p for p in data.iterdir() if p.is_file() and p.suffix in {".csv", ".json", ".md"}
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in names:
            info = zipfile.ZipInfo(f"data/{path.name}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def _write_if_changed(target: Path, content: bytes) -> None:
    if target.exists() and target.read_bytes() == content:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)


def write_downloads(out: Path, notebooks: list[Notebook], root: Path) -> list[Path]:
    """Copy every notebook (stored without outputs) and write the data zip; return the paths."""
    written = []
    for nb in notebooks:
        target = notebook_download(nb, out)
        if (
            not target.exists()
            or target.stat().st_size != nb.path.stat().st_size
            or (target.read_bytes() != nb.path.read_bytes())
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(nb.path, target)
        written.append(target)
    target = downloads_dir(out) / DATA_ZIP
    _write_if_changed(target, data_zip_bytes(root))
    written.append(target)
    return written


def download_links(notebook: Notebook, out: Path, page: Path, notebooks: list[Notebook]) -> dict:
    """The downloads block of a lesson page: its notebook, its exercises, its handout, the data."""
    t = KIT_TEXT[notebook.lang]
    items = [{"href": relative(notebook_download(notebook, out), page), "text": t["dl_notebook"]}]
    for ex in notebooks:
        if not ex.is_lesson and ex.lang == notebook.lang and ex.slug.startswith(notebook.slug[:3]):
            items.append(
                {"href": relative(notebook_download(ex, out), page), "text": t["dl_exercises"]}
            )
    handout = out / "handouts" / notebook.lang / f"{notebook.slug}.student.pdf"
    items.append({"href": relative(handout, page), "text": t["dl_handout"]})
    items.append({"href": relative(downloads_dir(out) / DATA_ZIP, page), "text": t["dl_data"]})
    return {"title": t["downloads"], "items": items}


def search_box(lang: str, out: Path, here: Path) -> dict:
    """What the search box include needs on the page ``here``: where the engine, the index
    and the site root are, relative to it, and its words."""
    root = os.path.relpath(out, here.parent).replace(os.sep, "/")
    return {
        "assets": relative(out / "assets", here),
        "index": relative(out / lang / "search-index.js", here),
        "root": "" if root == "." else root + "/",
        "lang": lang,
        "text": KIT_TEXT[lang],
    }
