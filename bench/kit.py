"""Print the time of ``make handouts`` (every PDF printed again) and the kit's sizes
(``make bench-kit``).

Prints every PDF again into ``build/handouts`` (what ``make handouts`` does after a change
to every page; ``make build`` first), then writes both kits into a temporary folder and
reports their sizes, the number of PDFs and pages, and the first-view weight of a lesson page against the 1 MB budget (the search
index is not part of it: it loads on first use). Usage: ``python bench/kit.py [--only 01]``.
Measures; never fails on a number.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from medsos.handouts import handouts_for, make_handouts, pdf_info
from medsos.kit import write_kit
from medsos.sitebuild.discovery import LANGS, ROOT, discover


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=str(ROOT / "build"))
    parser.add_argument("--only", default=None, help="only lessons whose path contains this")
    args = parser.parse_args(argv)
    site = Path(args.site)
    with tempfile.TemporaryDirectory(prefix="medsos-bench-kit-") as tmp:
        out = site / "handouts"
        start = time.perf_counter()
        code = make_handouts(site=site, out=out, only=args.only, force=True)
        took = time.perf_counter() - start
        if code:
            return code
        printed = handouts_for(discover(ROOT, args.only), guide=args.only is None)
        pdfs = [h.path(out) for h in printed]
        pages = sum(pdf_info(p)["pages"] for p in pdfs)
        megabytes = sum(p.stat().st_size for p in pdfs) / 1e6
        print(
            f"\nmake handouts: {len(pdfs)} PDFs, {pages} pages, {megabytes:.1f} MB in {took:.1f} s"
        )
        print(f"  per PDF: {took / max(len(pdfs), 1):.1f} s")
        for lang in LANGS:
            start = time.perf_counter()
            target = write_kit(lang, site, Path(tmp) / "kit")
            print(
                f"kit {lang}: {target.stat().st_size / 1e6:.1f} MB "
                f"(written in {time.perf_counter() - start:.1f} s)"
            )
    lesson = next(nb for nb in discover(ROOT) if nb.is_lesson and nb.lang == "en")
    page = lesson.page(site)
    assets = site / "assets"
    first_view = page.stat().st_size + sum(
        (assets / name).stat().st_size for name in ("site.css", "a11y.js", "search.js")
    )
    index = (site / "en" / "search-index.js").stat().st_size + (
        assets / "minisearch.js"
    ).stat().st_size
    print(
        f"first view of {page.relative_to(site)} (page + site.css + a11y.js + search.js; "
        f"without JupyterLab's CSS and the widget manager): {first_view / 1e6:.2f} MB"
    )
    print(f"search, loaded on first focus (engine + en index): {index / 1e3:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
