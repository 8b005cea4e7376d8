"""The facilitator's kit (``make kit``): one zip per language, for a USB stick.

``build/kit/medsos-kit-{id,en}.zip`` holds, under one folder:

- ``site/``: the whole built site (both languages: every page links to its twin, and the
  assets are shared), with its search and downloads, opened from ``MULAI-START.html``, and
  in ``site/handouts/{id,en}/`` the PDFs of ``make handouts`` (student and facilitator
  editions, exercise sheets, decks one slide a page, the facilitator guide), where the
  lesson pages' download links point;
- ``solutions/``: the language's solution notebooks (``facilitator/solutions``), which the
  site never shows;
- ``data/medsos-data.zip``: the data package;
- ``README.txt``: what is where, in the kit's language.

The zip is deterministic (sorted names, fixed times) so that an unchanged course gives the
same bytes.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from medsos.sitebuild.discovery import LANGS, ROOT
from medsos.sitebuild.downloads import DATA_ZIP, ZIP_TIME, downloads_dir

SKIP = {".cache", "kit"}  # build/ folders that are not the site
TOP = "medsos-kit-{lang}"

README = {
    "id": """Media Sosial untuk Perubahan Sosial: perlengkapan fasilitator

Buka MULAI-START.html di peramban (tanpa internet, tanpa server).

site/        situs kursus lengkap (dua bahasa): pelajaran, latihan, salindia, panduan, pencarian
site/handouts/id/
             PDF: lembar peserta, edisi fasilitator (catatan, waktu, kunci jawaban),
             lembar latihan, salindia (satu per halaman), panduan fasilitator
solutions/   notebook kunci jawaban (jangan dibagikan ke peserta)
data/        paket data kursus (CSV, datapackage.json dengan sumber dan lisensi)

Nilai latihan yang dikumpulkan: python -m medsos report FOLDER (lihat panduan fasilitator).
""",
    "en": """Social Media for Social Change: the facilitator's kit

Open MULAI-START.html in a browser (no internet, no server).

site/        the whole course site (both languages): lessons, exercises, slides, guide, search
site/handouts/en/
             PDFs: student handouts, facilitator editions (notes, timings, solutions),
             exercise sheets, decks one slide a page, the facilitator guide
solutions/   solution notebooks (do not hand them to students)
data/        the course's data package (CSVs, datapackage.json with sources and licences)

Grade collected exercises: python -m medsos report FOLDER (see the facilitator guide).
""",
}


def _start_page(lang: str) -> str:
    """A page at the kit's top that opens the site's index of the kit's language."""
    target = f"site/{lang}/index.html"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="refresh" content="0; url={target}"><title>medsos</title></head>'
        f'<body><a href="{target}">{target}</a></body></html>\n'
    )


def kit_files(lang: str, site: Path, root: Path = ROOT) -> list[tuple[str, Path | str]]:
    """(name in the zip, file or text) of one language's kit, sorted by name."""
    top = TOP.format(lang=lang)
    found: list[tuple[str, Path | str]] = [
        (f"{top}/README.txt", README[lang]),
        (f"{top}/MULAI-START.html", _start_page(lang)),
    ]
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site)
        if path.is_file() and rel.parts[0] not in SKIP and path.suffix != ".pot":
            found.append((f"{top}/site/{rel.as_posix()}", path))
    for path in sorted((root / "facilitator" / "solutions" / lang).glob("*.ipynb")):
        found.append((f"{top}/solutions/{path.name}", path))
    data = downloads_dir(site) / DATA_ZIP
    if data.exists():
        found.append((f"{top}/data/{DATA_ZIP}", data))
    return sorted(found, key=lambda item: item[0])


def write_kit(lang: str, site: Path, out: Path, root: Path = ROOT) -> Path:
    """Write ``out/medsos-kit-{lang}.zip``; return its path."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{TOP.format(lang=lang)}.zip"
    partial = target.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, source in kit_files(lang, site, root):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.external_attr = 0o644 << 16
            # PDFs, PNG-heavy pages and zips hardly shrink: store them, deflate the rest
            stored = isinstance(source, Path) and source.suffix in {".pdf", ".zip"}
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            content = source.encode() if isinstance(source, str) else source.read_bytes()
            archive.writestr(info, content)
    partial.replace(target)
    return target


def make_kit(site: Path | None = None, out: Path | None = None, root: Path = ROOT) -> int:
    """``make kit``: both languages' zips; an exit code (2 when the site or handouts are missing)."""
    site = Path(site or root / "build")
    out = Path(out or site / "kit")
    if not (site / "index.html").exists():
        print("Situs belum dibangun / the site is not built: make build", file=sys.stderr)
        return 2
    missing = [lang for lang in LANGS if not list((site / "handouts" / lang).glob("*.pdf"))]
    if missing:
        print(
            "PDF belum dicetak / the handouts are not printed: make handouts "
            f"({', '.join(missing)})",
            file=sys.stderr,
        )
        return 2
    for lang in LANGS:
        target = write_kit(lang, site, out, root)
        print(f"medsos kit: {target} ({target.stat().st_size / 1e6:.1f} MB)", flush=True)
    return 0
