"""PDF handouts (``make handouts``): the built site printed by Debian's Chromium.

nbconvert's ``webpdf`` exporter looks for a Chromium of its own and fails with Debian's, so
the handouts are printed the way the browser tests already drive the browser: Playwright
launching ``/usr/bin/chromium`` and calling ``page.pdf``. What is printed is the built page
itself (charts as the site shows them), opened from ``file://`` and prepared in the page:

- **student edition** (``NN-slug.student.pdf``): the lesson (objectives, text and charts,
  without code and without the facilitator's notes), then its exercise sheet without
  solutions;
- **facilitator edition** (``NN-slug.facilitator.pdf``): the same with the speaker notes
  open (they carry the timings, ⏱) and, after the sheet, the solutions from
  ``facilitator/solutions``;
- **exercise sheet** (``NN-slug.exercises.pdf``) alone, with its code cells;
- **deck** (``NN-slug.slides.pdf``): the reveal.js deck, exactly one slide a page (reveal's
  own ``?print-pdf`` mode, fragments shown once, a tall slide scaled to fit its page);
- **the facilitator guide** (``guide.pdf``).

The print stylesheet (``templates/site/handout.css``) sets A4, hides navigation, search,
downloads and widget controls, keeps charts whole on a page and prints each external link's
address. Output: ``build/handouts/{id,en}/``.
"""

from __future__ import annotations

import html
import json
import re
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from medsos.sitebuild.discovery import LANGS, ROOT, Notebook, discover
from medsos.sitebuild.export import TEMPLATES
from medsos.sitebuild.kittext import KIT_TEXT

CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]
EDITIONS = ("student", "facilitator")
HANDOUT_CSS = TEMPLATES / "site" / "handout.css"
LOCAL = ("file:", "data:", "blob:", "about:")

# Run in the page before printing: the edition's class and stylesheet, the banner at the top,
# the sheet (and solutions) after the lesson; notes open for the facilitator, gone otherwise.
PREPARE_JS = """
({edition, css, banner, extra}) => {
  document.body.classList.add('medsos-handout', 'medsos-handout-' + edition);
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  const main = document.querySelector('main') || document.body;
  main.insertAdjacentHTML('afterbegin', banner);
  main.insertAdjacentHTML('beforeend', extra);
  document.querySelectorAll('details.medsos-notes').forEach(d => {
    if (edition === 'facilitator') { d.open = true; } else { d.remove(); }
  });
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  // a link whose text is its address already shows it: no second copy in brackets
  document.querySelectorAll('main a[href^="http"]').forEach(a => {
    if (a.textContent.trim().replace(/\\/$/, '') === a.href.replace(/\\/$/, '')) a.classList.add('medsos-bare-link');
  });
  return document.title;
}
"""


# A deck is printed one slide a page: before the deck's script runs, Reveal.initialize is
# wrapped (through require.js's onResourceLoad hook, as the deck loads reveal.js as an AMD
# module) to print fragments once and never spill a slide onto a second page ...
DECK_HOOK_JS = """
(() => {
  let real;
  Object.defineProperty(window, 'requirejs', {configurable: true, get() { return real; }, set(v) {
    real = v;
    if (!v || v.__medsos) return;
    v.__medsos = true;
    v.onResourceLoad = function (context, map) {
      if (!/reveal\\.js$/.test(map.name || '')) return;
      const R = context.defined[map.id];
      if (!R || !R.initialize || R.__medsos) return;
      R.__medsos = true;
      const init = R.initialize.bind(R);
      R.initialize = c => init(Object.assign({}, c, {pdfSeparateFragments: false, pdfMaxPagesPerSlide: 1}));
    };
  }});
})();
"""
# ... and a slide taller than its page is scaled down to fit it, not cut.
DECK_FIT_JS = """
() => document.querySelectorAll('.pdf-page').forEach(p => {
  const s = p.querySelector('section'), room = p.clientHeight - 30;
  if (s && s.scrollHeight > room) { s.style.zoom = (room / s.scrollHeight).toFixed(3); s.style.top = '0px'; }
})
"""


@dataclass(frozen=True)
class Handout:
    """One PDF to print, in one language: a lesson's handout in an ``edition`` ("student",
    "facilitator"), its exercise sheet ("exercises"), its deck ("slides"), or the
    facilitator guide ("guide", no lesson)."""

    lang: str
    edition: str
    lesson: Notebook | None = None

    @property
    def slug(self) -> str:
        return self.lesson.slug if self.lesson else "guide"

    def path(self, out: Path) -> Path:
        if self.edition == "guide":
            return out / self.lang / "guide.pdf"
        return out / self.lang / f"{self.slug}.{self.edition}.pdf"

    def source(self, site: Path, notebooks: list[Notebook]) -> Path:
        """The built page that is printed."""
        if self.edition == "guide":
            return site / self.lang / "guide.html"
        if self.edition == "slides":
            return self.lesson.deck(site)
        if self.edition == "exercises":
            return _exercise_of(self.lesson, notebooks).page(site)
        return self.lesson.page(site)

    def inputs(self, site: Path, notebooks: list[Notebook], root: Path) -> list[Path]:
        """What the PDF is made from: newer than the PDF means it is printed again."""
        found = [self.source(site, notebooks), HANDOUT_CSS, Path(__file__)]
        if self.edition in EDITIONS:
            exercise = _exercise_of(self.lesson, notebooks)
            found += [exercise.page(site)] if exercise else []
        if self.edition == "facilitator":
            found += sorted(
                (root / "facilitator" / "solutions" / self.lang).glob(f"{self.slug[:3]}*")
            )
        return [p for p in found if p.exists()]

    def title(self, notebooks: list[Notebook]) -> str:
        if self.edition == "guide":
            from medsos.sitebuild.text import SITE_TEXT

            return SITE_TEXT[self.lang]["guide"]
        if self.edition == "exercises":
            exercise = _exercise_of(self.lesson, notebooks)
            return exercise.meta().get("title", exercise.slug)
        return self.lesson.meta().get("title", self.slug)


def handout_path(lesson: Notebook, out: Path, edition: str = "student") -> Path:
    """Where ``make handouts`` writes a lesson's PDF (the site's download links point here)."""
    return Handout(lesson.lang, edition, lesson).path(out)


def _exercise_of(lesson: Notebook, notebooks: list[Notebook]) -> Notebook | None:
    return next(
        (
            nb
            for nb in notebooks
            if not nb.is_lesson and nb.lang == lesson.lang and nb.slug.startswith(lesson.slug[:3])
        ),
        None,
    )


def _main_of(page: Path) -> str:
    """The inside of a built page's ``<main>``: the exercise sheet without its header."""
    text = page.read_text(encoding="utf-8")
    start = text.find('<main id="content">')
    end = text.rfind("</main>")
    if start < 0 or end < 0:
        return ""
    return text[start + len('<main id="content">') : end]


def solutions_html(lesson: Notebook, root: Path = ROOT) -> str:
    """The solution cells of a lesson's exercises (``tags: solution``), under their task
    headings, as HTML: what the facilitator edition adds after the sheet."""
    folder = root / "facilitator" / "solutions" / lesson.lang
    found = sorted(folder.glob(f"{lesson.slug[:3]}*-solutions.ipynb"))
    if not found:
        return ""
    cells = json.loads(found[0].read_text(encoding="utf-8"))["cells"]
    parts, heading = [], ""
    for cell in cells:
        source = "".join(cell.get("source", ""))
        if cell["cell_type"] == "markdown":
            first = next((ln for ln in source.splitlines() if ln.startswith("#")), "")
            heading = first.lstrip("#").strip() or heading
        elif "solution" in cell.get("metadata", {}).get("tags", []):
            parts.append(
                f"<h3>{html.escape(heading)}</h3>"
                f"<pre class='medsos-solution'><code>{html.escape(source)}</code></pre>"
            )
    title = KIT_TEXT[lesson.lang]["solutions"]
    return f"<section class='medsos-handout-solutions'><h2>{title}</h2>{''.join(parts)}</section>"


def _banner(handout: Handout, notebooks: list[Notebook]) -> str:
    if handout.edition == "guide":
        return ""
    t = KIT_TEXT[handout.lang]
    if handout.edition == "exercises":
        label = t["exercises"]
        minutes = _exercise_of(handout.lesson, notebooks).meta().get("minutes", "?")
    else:
        label, minutes = t[handout.edition], handout.lesson.meta().get("minutes", "?")
    return (
        f"<p class='medsos-handout-banner'>{html.escape(label)} · "
        f"{html.escape(t['about'].format(minutes=minutes))}</p>"
    )


def _extra(handout: Handout, site: Path, notebooks: list[Notebook], root: Path) -> str:
    if handout.edition not in EDITIONS:
        return ""
    exercise = _exercise_of(handout.lesson, notebooks)
    parts = []
    if exercise and exercise.page(site).exists():
        parts.append(
            f"<section class='medsos-handout-exercises'>{_main_of(exercise.page(site))}</section>"
        )
    if handout.edition == "facilitator":
        parts.append(solutions_html(handout.lesson, root))
    return "".join(parts)


def prepare(page, handout: Handout, site: Path, root: Path = ROOT) -> None:  # noqa: ANN001 - a Playwright page
    """Open the handout's page from ``file://`` and make it the handout (in place).

    Shared by ``make handouts`` and the tests, which read the prepared page in print media.
    """
    notebooks = discover(root)
    page.goto(handout.source(site, notebooks).resolve().as_uri(), wait_until="load")
    if page.locator('script[type="application/vnd.jupyter.widget-view+json"]').count():
        # the widget manager draws the saved widget states after the load event
        try:
            page.wait_for_selector(".widget-output .jp-OutputArea-output", timeout=15_000)
        except Exception:  # noqa: BLE001 - a widget without output prints without it
            pass
    page.wait_for_timeout(300)
    page.evaluate(
        PREPARE_JS,
        {
            "edition": handout.edition,
            "css": HANDOUT_CSS.read_text(encoding="utf-8"),
            "banner": _banner(handout, notebooks),
            "extra": _extra(handout, site, notebooks, root),
        },
    )


def _footer(handout: Handout, notebooks: list[Notebook]) -> str:
    t = KIT_TEXT[handout.lang]
    title = html.escape(handout.title(notebooks))
    page = t["page"].format(
        page="<span class='pageNumber'></span>", pages="<span class='totalPages'></span>"
    )
    return (
        "<div style='font-size:8pt;font-family:sans-serif;width:100%;padding:0 12mm;"
        f"display:flex;justify-content:space-between'><span>{title}</span><span>{page}</span></div>"
    )


def print_handout(browser, handout: Handout, site: Path, out: Path, root: Path = ROOT) -> Path:  # noqa: ANN001 - a Playwright browser
    """Print one handout or deck to its PDF; return the path."""
    notebooks = discover(root)
    target = handout.path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(LOCAL) else route.abort(),
    )
    try:
        if handout.edition == "slides":
            deck = handout.source(site, notebooks).resolve().as_uri()
            page.add_init_script(DECK_HOOK_JS)
            page.goto(deck + "?print-pdf", wait_until="load")
            page.wait_for_function("() => window.Reveal && window.Reveal.isReady()", timeout=30_000)
            page.wait_for_timeout(500)
            page.evaluate(DECK_FIT_JS)
            page.pdf(path=str(target), print_background=True, prefer_css_page_size=True)
        else:
            prepare(page, handout, site, root)
            page.pdf(
                path=str(target),
                format="A4",
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=_footer(handout, notebooks),
                margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
            )
    finally:
        page.close()
    return target


def pdf_info(path: Path) -> dict:
    """Pages, title, fonts and what each page draws, read from the PDF's own objects.

    Chromium (Skia) writes page and font dictionaries uncompressed and each page's drawing
    as one Flate stream, so this needs no PDF library: ``pages`` counts ``/Type /Page``,
    ``title`` is the document's ``/Title`` (UTF-16, hex), ``fonts_embedded`` says every font
    descriptor has a font file, and ``marks`` is, per page, (text blocks, images drawn).
    """
    data = path.read_bytes()
    offsets = {int(m.group(1)): m.end() for m in re.finditer(rb"(\d+) 0 obj", data)}
    marks = []
    for page in re.finditer(rb"/Type\s*/Page(?![a-zA-Z])(.*?)endobj", data, re.S):
        contents = re.search(rb"/Contents (\d+) 0 R", page.group(1))
        drawn = b""
        if contents and int(contents.group(1)) in offsets:
            at = offsets[int(contents.group(1))]
            head = re.compile(rb"stream\r?\n").search(data, at)
            length = re.compile(rb"/Length (\d+)").search(data, at, head.start())
            if head and length:
                raw = data[head.end() : head.end() + int(length.group(1))]
                try:
                    drawn = zlib.decompress(raw)
                except zlib.error:
                    drawn = raw
        marks.append((drawn.count(b"BT"), drawn.count(b" Do")))
    fonts = len(re.findall(rb"/Type\s*/FontDescriptor", data))
    embedded = len(re.findall(rb"/FontFile[23]?\s", data))
    title = ""
    found = re.search(rb"/Title\s*<([0-9A-Fa-f]+)>", data)
    if found:
        raw = bytes.fromhex(found.group(1).decode())
        title = (
            raw.decode("utf-16") if raw[:2] in (b"\xfe\xff", b"\xff\xfe") else raw.decode("latin-1")
        )
    else:
        plain = re.search(rb"/Title\s*\((.*?)\)", data)
        title = plain.group(1).decode("latin-1") if plain else ""
    return {
        "pages": len(marks),
        "title": title,
        "fonts": fonts,
        "fonts_embedded": fonts == embedded,
        "marks": marks,
    }


def handouts_for(
    notebooks: list[Notebook], decks: bool = True, guide: bool = True
) -> list[Handout]:
    """Every PDF of these lessons: both editions, the exercise sheet, (``decks``) the deck,
    and (``guide``) each language's facilitator guide."""
    found = []
    for nb in notebooks:
        if not nb.is_lesson:
            continue
        found += [Handout(nb.lang, e, nb) for e in EDITIONS]
        if _exercise_of(nb, notebooks):
            found.append(Handout(nb.lang, "exercises", nb))
        if decks:
            found.append(Handout(nb.lang, "slides", nb))
    if guide:
        found += [Handout(lang, "guide") for lang in LANGS]
    return found


def make_handouts(
    site: Path | None = None,
    out: Path | None = None,
    only: str | None = None,
    decks: bool = True,
    force: bool = False,
    root: Path = ROOT,
) -> int:
    """Print every handout (``only``: lessons whose path contains that text; then no guide)
    that is older than what it is made from (``force``: all); return an exit code."""
    site = Path(site or root / "build")
    out = Path(out or site / "handouts")
    notebooks = discover(root, only)
    todo = handouts_for(notebooks, decks, guide=only is None)
    missing = [
        str(h.source(site, notebooks)) for h in todo if not h.source(site, notebooks).exists()
    ]
    if missing or not todo:
        print(
            "Situs belum dibangun / the site is not built: make build\n  "
            + "\n  ".join(missing[:3]),
            file=sys.stderr,
        )
        return 2
    if not CHROMIUM.exists():
        print(
            "Chromium tidak ditemukan / Chromium not found: apt-get install chromium",
            file=sys.stderr,
        )
        return 2
    stale = [h for h in todo if force or not _up_to_date(h, site, out, notebooks, root)]
    print(f"medsos handouts: {len(todo)} PDFs, {len(stale)} to print", flush=True)
    start = time.perf_counter()
    if stale:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
            try:
                for n, handout in enumerate(stale, 1):
                    took = time.perf_counter()
                    target = print_handout(browser, handout, site, out, root)
                    info = pdf_info(target)
                    print(
                        f"[{n:>2}/{len(stale)}] {target.relative_to(out)}: {info['pages']} pages "
                        f"({time.perf_counter() - took:.1f} s)",
                        flush=True,
                    )
            finally:
                browser.close()
    print(f"medsos handouts: done in {time.perf_counter() - start:.1f} s → {out}")
    return 0


def _up_to_date(
    handout: Handout, site: Path, out: Path, notebooks: list[Notebook], root: Path
) -> bool:
    target = handout.path(out)
    if not target.exists():
        return False
    newest = max(p.stat().st_mtime for p in handout.inputs(site, notebooks, root))
    return target.stat().st_mtime >= newest
