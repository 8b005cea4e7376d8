"""``make proof``: what a facilitator will see, on paper before the workshop.

Writes into ``build/proof/``:

* ``slides/{lang}/{lesson}/NN.png``: every slide of every deck at 1280×720, as projected;
* ``pages/{width}/{lang}/{folder}/{page}.png``: every page, whole, at 1280 and 390 px;
* ``sheets/*.png``: contact sheets, one per deck (all its slides in a grid, each labelled
  with its number and, in red, what is wrong with it) and one per page and width (the page
  cut into screens, side by side);
* ``index.html``: the sheets in order, each linking to its full-size pictures.

The measurement of a slide (:data:`MEASURE_SLIDE`: what runs past the slide's edge, how
much of the slide its chart covers, the smallest text on the screen) is the one
``tests/test_browser_decks.py`` asserts on, so the sheet marks what the test would fail.

Everything runs offline: the site is served on 127.0.0.1 and Debian's Chromium is driven
by Playwright with every request to another host refused. The sheets are drawn by Chromium
too (an HTML grid, screenshotted), so no imaging library is needed.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

from medsos.course import ROOT
from medsos.localserve import serve

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL = ("http://127.0.0.1", "data:", "blob:", "about:")
SLIDE_VIEW = {"width": 1280, "height": 720}
PAGE_WIDTHS = (1280, 390)
MIN_TEXT_PX = 14.0  # smallest text on a chart slide, on a 1280×720 screen
MIN_CHART_SHARE = 0.40  # of the slide's area

# One slide, measured in the browser. Rectangles are screen pixels; an element is outside
# when the part of it that is not clipped by a scrolling or hidden box reaches past the
# slide; a chart is an <img> drawn by the course (data-min-text-px says its smallest text).
MEASURE_SLIDE = r"""
() => {
  const slide = Reveal.getCurrentSlide();
  const frame = document.querySelector(".reveal .slides").getBoundingClientRect();
  const scale = Reveal.getScale();
  const box = {left: frame.left, top: frame.top,
               right: frame.left + Reveal.getConfig().width * scale,
               bottom: frame.top + Reveal.getConfig().height * scale};
  const area = (box.right - box.left) * (box.bottom - box.top);
  const sectionRect = slide.getBoundingClientRect();
  const total = slide.offsetWidth ? sectionRect.width / slide.offsetWidth : scale;
  const outside = [], small = [];
  const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string"
      ? "." + el.className.trim().split(/\s+/).slice(0, 2).join(".") : "");
  const clipOf = (el) => {
    let r = {left: -1e9, top: -1e9, right: 1e9, bottom: 1e9};
    for (let p = el.parentElement; p && p !== slide.parentElement; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX !== "visible" || s.overflowY !== "visible") {
        const q = p.getBoundingClientRect();
        r = {left: Math.max(r.left, q.left), top: Math.max(r.top, q.top),
             right: Math.min(r.right, q.right), bottom: Math.min(r.bottom, q.bottom)};
      }
    }
    return r;
  };
  const visible = (el) => {
    if (el.closest("aside.notes") || el.closest("option, optgroup")) return false;
    const s = getComputedStyle(el);
    return s.display !== "none" && s.visibility !== "hidden" && parseFloat(s.opacity) > 0;
  };
  for (const el of slide.querySelectorAll("*")) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const c = clipOf(el);
    const v = {left: Math.max(r.left, c.left), top: Math.max(r.top, c.top),
               right: Math.min(r.right, c.right), bottom: Math.min(r.bottom, c.bottom)};
    if (v.right - v.left < 1 || v.bottom - v.top < 1) continue;
    const past = Math.max(box.left - v.left, v.right - box.right, box.top - v.top, v.bottom - box.bottom);
    if (past > 1.5) outside.push(name(el) + " by " + Math.round(past) + " px");
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (own) {
      const px = parseFloat(getComputedStyle(el).fontSize) * total;
      if (px < 13.95) small.push([name(el), Math.round(px * 10) / 10,
                                   el.textContent.trim().slice(0, 40)]);
    }
  }
  // reveal.js's arrows sit in the screen's bottom-right corner, over the slide: text lines
  // (each line box of each text node) that reach under them cannot be read
  const arrows = Array.from(document.querySelectorAll(".reveal .controls button"))
    .filter((b) => getComputedStyle(b).display !== "none" && parseFloat(getComputedStyle(b).opacity) > 0)
    .map((b) => b.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1);
  const underArrows = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || !visible(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      const hit = arrows.some((a) => line.right > a.left + 2 && line.left < a.right - 2 &&
                                     line.bottom > a.top + 2 && line.top < a.bottom - 2);
      if (hit) { underArrows.push(node.textContent.trim().slice(0, 40)); break; }
    }
  }
  const charts = [];
  for (const img of slide.querySelectorAll(".medsos-chart img, .widget-output img, img.mse-chart, img[data-min-text-px]")) {
    if (!visible(img) || !img.naturalWidth) continue;
    const r = img.getBoundingClientRect();
    const c = clipOf(img);
    const w = Math.max(0, Math.min(r.right, c.right, box.right) - Math.max(r.left, c.left, box.left));
    const h = Math.max(0, Math.min(r.bottom, c.bottom, box.bottom) - Math.max(r.top, c.top, box.top));
    const smallest = parseFloat(img.dataset.minTextPx || "NaN");
    const output = img.closest(".jp-OutputArea-output, .widget-output");
    charts.push({share: (w * h) / area,
                 text_px: smallest * r.width / img.naturalWidth,
                 known_text: !isNaN(smallest),
                 natural: [img.naturalWidth, img.naturalHeight],
                 together: output ? output.querySelectorAll("img").length : 1,
                 alt: (img.alt || "").slice(0, 60)});
  }
  return {index: Reveal.getIndices(slide), outside: outside.slice(0, 8), outside_count: outside.length,
          small_text: small.slice(0, 8), small_count: small.length, charts: charts,
          under_arrows: underArrows.slice(0, 4), under_arrows_count: underArrows.length,
          scaled: slide.classList.contains("medsos-scaled")};
}
"""

# Every slide's indices, and every speaker note reveal.js's speaker view will show.
SLIDES = "() => Reveal.getSlides().map((s) => Reveal.getIndices(s))"
NOTES = """() => Reveal.getSlides().map((s) => {
  const n = Reveal.getSlideNotes(s); return n ? n : ""; })"""
# The HTML widget manager renders each saved widget view in a div just before its <script>.
WIDGETS_RENDERED = """() => Array.from(document.querySelectorAll(
  'script[type="application/vnd.jupyter.widget-view+json"]')).every((s) => {
    const div = s.previousElementSibling;
    return div && div.classList.contains("widget-subarea") && div.children.length > 0; })"""


def problems(measured: dict, *, text: bool = True) -> list[str]:
    """What is wrong with one measured slide (empty when it is fine for projection)."""
    found = []
    if measured["outside_count"]:
        found.append(f"outside the slide: {', '.join(measured['outside'][:3])}")
    if measured.get("under_arrows_count"):
        found.append(f"text under the deck's arrows: {measured['under_arrows'][:2]}")
    charts = measured["charts"]
    if charts:
        biggest = max(chart["share"] for chart in charts)
        if biggest < MIN_CHART_SHARE:
            found.append(f"chart covers {biggest:.0%} of the slide")
        if text:
            if measured["small_count"]:
                found.append(f"text under 14 px: {measured['small_text'][:2]}")
            tiny = [c["text_px"] for c in charts if c["known_text"] and c["text_px"] < MIN_TEXT_PX]
            if tiny:
                found.append(f"chart text {min(tiny):.1f} px")
    return found


def _offline(route) -> None:  # noqa: ANN001 - a Playwright route
    if route.request.url.startswith(LOCAL):
        route.continue_()
    else:
        route.abort()


def open_deck(browser, url: str, viewport: dict | None = None):  # noqa: ANN001, ANN201 - Playwright objects
    """A page showing the deck at ``url``, ready: reveal.js started, widgets drawn."""
    page = browser.new_page(viewport=viewport or SLIDE_VIEW)
    page.route("**/*", _offline)
    page.goto(url, wait_until="load")
    page.wait_for_function("() => window.Reveal && window.Reveal.isReady()", timeout=30_000)
    page.wait_for_function(WIDGETS_RENDERED, timeout=30_000)
    return page


def show(page, index: dict) -> None:  # noqa: ANN001 - a Playwright page
    """Go to one slide and let the deck fit it (deckfit.js runs on ``slidechanged``)."""
    page.evaluate("(i) => Reveal.slide(i.h, i.v || 0, -1)", index)
    page.evaluate("() => window.MedsosDeck && MedsosDeck.fit(Reveal.getCurrentSlide())")
    page.evaluate("() => Reveal.layout()")


def measure_deck(browser, url: str, viewport: dict | None = None, shots: Path | None = None):  # noqa: ANN001, ANN201
    """Every slide of the deck measured (and, given ``shots``, screenshotted as NN.png)."""
    page = open_deck(browser, url, viewport)
    measured = []
    try:
        for number, index in enumerate(page.evaluate(SLIDES), start=1):
            show(page, index)
            result = page.evaluate(MEASURE_SLIDE)
            if shots is not None:
                shots.mkdir(parents=True, exist_ok=True)
                result["shot"] = shots / f"{number:02d}.png"
                page.screenshot(path=str(result["shot"]))
            measured.append(result)
    finally:
        page.close()
    return measured


def _sheet_html(
    title: str, tiles: list[tuple[str, str, list[str]]], columns: int, width: int
) -> str:
    cells = []
    for src, label, wrong in tiles:
        note = "".join(f"<div class=bad>{html.escape(w)}</div>" for w in wrong)
        cls = "tile bad-tile" if wrong else "tile"
        cells.append(
            f'<div class="{cls}"><img src="{html.escape(src)}"><div class=label>'
            f"{html.escape(label)}</div>{note}</div>"
        )
    return f"""<!doctype html><meta charset=utf-8><style>
body {{ margin: 12px; font: 15px sans-serif; background: #fff; width: {width}px; }}
h1 {{ font-size: 20px; margin: 0 0 8px; }}
.grid {{ display: grid; grid-template-columns: repeat({columns}, 1fr); gap: 10px; }}
.tile {{ border: 1px solid #999; padding: 3px; }}
.bad-tile {{ border: 3px solid #c00; }}
.tile img {{ width: 100%; display: block; }}
.label {{ font-weight: bold; }} .bad {{ color: #c00; font-size: 13px; }}
</style><h1>{html.escape(title)}</h1><div class=grid>{"".join(cells)}</div>"""


def contact_sheet(
    browser, target: Path, title: str, tiles, columns: int = 4, width: int = 1600
) -> Path:  # noqa: ANN001
    """Draw the tiles (picture, label, problems) as one PNG grid, through Chromium."""
    page_file = target.with_suffix(".html")
    rel = [(Path(src).resolve().as_uri(), label, wrong) for src, label, wrong in tiles]
    page_file.write_text(_sheet_html(title, rel, columns, width), encoding="utf-8")
    page = browser.new_page(viewport={"width": width + 24, "height": 800})
    page.goto(page_file.as_uri(), wait_until="load")
    page.screenshot(path=str(target), full_page=True)
    page.close()
    page_file.unlink()
    return target


def shoot_page(browser, url: str, width: int, target: Path, screen: int = 800) -> list[Path]:  # noqa: ANN001
    """The whole page at ``width`` px as one PNG, and cut into screens (for the sheet)."""
    page = browser.new_page(viewport={"width": width, "height": screen})
    page.route("**/*", _offline)
    page.goto(url, wait_until="load")
    try:
        page.wait_for_function(WIDGETS_RENDERED, timeout=20_000)
    except Exception:  # noqa: BLE001 - a page without widgets, or one that never draws them
        pass
    page.wait_for_timeout(200)
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    height = page.evaluate("document.scrollingElement.scrollHeight")
    parts = []
    for number, top in enumerate(range(0, height, screen), start=1):
        part = target.with_name(f"{target.stem}.{number:02d}.png")
        clip = {"x": 0, "y": top, "width": width, "height": min(screen, height - top)}
        page.screenshot(path=str(part), full_page=True, clip=clip)
        parts.append(part)
    page.close()
    return parts


def site_pages(site: Path) -> list[str]:
    """Every page of the site (not the decks), as paths under ``site``."""
    pages = ["index.html"]
    for lang in ("id", "en"):
        pages += [f"{lang}/{name}" for name in ("index.html", "guide.html", "data.html")]
        for folder in ("lessons", "exercises"):
            pages += [
                p.relative_to(site).as_posix()
                for p in sorted((site / lang / folder).glob("*.html"))
            ]
    return [p for p in pages if (site / p).is_file()]


def decks(site: Path) -> list[str]:
    return [
        p.relative_to(site).as_posix()
        for lang in ("id", "en")
        for p in sorted((site / lang / "slides").glob("*.slides.html"))
    ]


def make_proof(site: Path, out: Path, *, pages: bool = True, only: str = "") -> dict:
    """Write the proof sheets; return a summary (slides, problems, sheets)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise SystemExit(
            "Chromium tidak ditemukan (/usr/bin/chromium): apt-get install chromium\n"
            "Chromium was not found (/usr/bin/chromium): apt-get install chromium"
        )
    if not (site / "index.html").is_file():
        raise SystemExit(
            f"Situs belum dibangun ({site}): jalankan make build\n"
            f"The site is not built ({site}): run make build"
        )
    out.mkdir(parents=True, exist_ok=True)
    sheets_dir = out / "sheets"
    sheets_dir.mkdir(exist_ok=True)
    summary: dict = {
        "slides": 0,
        "slides_with_problems": [],
        "sheets": [],
        "overflowing": 0,
        "chart_slides": 0,
        "small_chart_slides": 0,
    }
    with serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for deck in decks(site):
                if only and only not in deck:
                    continue
                lang, name = deck.split("/")[0], Path(deck).name.removesuffix(".slides.html")
                shots = out / "slides" / lang / name
                measured = measure_deck(browser, f"{base}/{deck}", shots=shots)
                tiles = []
                for number, slide in enumerate(measured, start=1):
                    wrong = problems(slide)
                    index = slide["index"]
                    label = f"{number} ({index['h']}.{index.get('v', 0)})"
                    tiles.append((str(slide["shot"]), label, wrong))
                    if wrong:
                        summary["slides_with_problems"].append((deck, number, wrong))
                    summary["overflowing"] += bool(slide["outside_count"])
                    if slide["charts"]:
                        summary["chart_slides"] += 1
                        biggest = max(c["share"] for c in slide["charts"])
                        summary["small_chart_slides"] += biggest < MIN_CHART_SHARE
                summary["slides"] += len(measured)
                sheet = contact_sheet(browser, sheets_dir / f"deck-{lang}-{name}.png", deck, tiles)
                summary["sheets"].append(sheet)
            if pages:
                for path in site_pages(site):
                    if only and only not in path:
                        continue
                    for width in PAGE_WIDTHS:
                        target = out / "pages" / str(width) / path.replace(".html", ".png")
                        parts = shoot_page(browser, f"{base}/{path}", width, target)
                        columns = 6 if width == 1280 else 8
                        tiles = [(str(p), f"{i}", []) for i, p in enumerate(parts, start=1)]
                        stem = path.replace("/", "-").removesuffix(".html")
                        sheet = contact_sheet(
                            browser,
                            sheets_dir / f"page-{width}-{stem}.png",
                            f"{path} at {width} px",
                            tiles,
                            columns=columns,
                        )
                        summary["sheets"].append(sheet)
        finally:
            browser.close()
    _index(out, summary)
    return summary


def _index(out: Path, summary: dict) -> None:
    """build/proof/index.html: every sheet, in order, each linking to its full picture."""
    items = []
    for sheet in summary["sheets"]:
        rel = sheet.relative_to(out).as_posix()
        items.append(
            f'<h2>{html.escape(sheet.stem)}</h2><a href="{rel}"><img src="{rel}" '
            f'style="max-width:100%" alt="{html.escape(sheet.stem)}"></a>'
        )
    bad = "".join(
        f"<li>{html.escape(deck)} slide {n}: {html.escape('; '.join(w))}</li>"
        for deck, n, w in summary["slides_with_problems"]
    )
    (out / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><title>Proof sheets</title>"
        "<body style='font:16px sans-serif;margin:1em'>"
        f"<h1>Proof sheets: {summary['slides']} slides, {len(summary['sheets'])} sheets</h1>"
        f"<p>Slides to look at again:</p><ul>{bad or '<li>none</li>'}</ul>{''.join(items)}",
        encoding="utf-8",
    )
    (out / "summary.json").write_text(
        json.dumps(
            {
                "slides": summary["slides"],
                "overflowing": summary["overflowing"],
                "chart_slides": summary["chart_slides"],
                "small_chart_slides": summary["small_chart_slides"],
                "slides_with_problems": summary["slides_with_problems"],
                "sheets": [s.relative_to(out).as_posix() for s in summary["sheets"]],
            },
            indent=1,
        ),
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m medsos.proof", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--site", default=str(ROOT / "build"), help="the built site (make build)")
    parser.add_argument("--out", default=None, help="where to write (default: SITE/proof)")
    parser.add_argument("--decks-only", action="store_true", help="slides only, no pages")
    parser.add_argument("--only", default="", help="only decks and pages whose path contains this")
    args = parser.parse_args(argv)
    site = Path(args.site)
    out = Path(args.out) if args.out else site / "proof"
    summary = make_proof(site, out, pages=not args.decks_only, only=args.only)
    print(
        f"{summary['slides']} slides, {len(summary['slides_with_problems'])} to look at again; "
        f"{len(summary['sheets'])} sheets → {out / 'index.html'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
