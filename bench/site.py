"""Lighthouse (mobile preset) on every lesson page, exercise page and both indexes, both languages.

Why: readers in Indonesia read on phones, often on metered mobile data (issue 18). The site in
``build/`` (``make build`` first) is served from 127.0.0.1 and each page measured by
Lighthouse 12 from ``node_modules`` (package-lock.json) with Debian's Chromium
(``CHROME_PATH``, default ``/usr/bin/chromium``), its default mobile emulation and simulated
slow-4G throttling. No request leaves the machine.

Prints, per page: the four scores (performance, accessibility, best practices, SEO), the first
view's bytes (Lighthouse's total byte weight: everything the page loaded before the network
went quiet, i.e. HTML, CSS, scripts and the images near the first screen; lazy charts and the
widget manager are not loaded), first contentful paint and largest contentful paint, and the
audits that cost points. Goals: performance ≥ 90, accessibility 100, best practices 100,
SEO ≥ 95, first view ≤ 1 MB. A bench measures, it does not fail, unless ``--strict``.

Usage: ``python bench/site.py [--only 01-] [--json out.json] [--strict]``  (``make bench-site``)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from medsos.localserve import serve

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "build"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 95}
FIRST_VIEW_LIMIT = 1_000_000


def pages(site: Path) -> list[str]:
    """The front door and both indexes, then every lesson and exercise page, Indonesian first."""
    found = ["index.html", "id/index.html", "en/index.html"]
    for lang in ("id", "en"):
        for folder in ("lessons", "exercises"):
            found += sorted(
                p.relative_to(site).as_posix() for p in (site / lang / folder).glob("*.html")
            )
    return found


def lighthouse(url: str, chrome: str) -> dict:
    """Run Lighthouse on one URL; return its report (LHR) as a dict."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            f"--output-path={report}",
            "--only-categories=" + ",".join(CATEGORIES),
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run "
            "--disable-background-networking --disable-component-update",
            "--quiet",
        ]
        env = {**os.environ, "CHROME_PATH": chrome}
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        if done.returncode or not report.exists():
            raise RuntimeError(f"lighthouse failed on {url}: {done.stderr.strip()[-500:]}")
        return json.loads(report.read_text(encoding="utf-8"))


def summary(lhr: dict) -> dict:
    """The figures the bench prints, from one Lighthouse report."""
    audits = lhr["audits"]
    scores = {c: round((lhr["categories"][c]["score"] or 0) * 100) for c in CATEGORIES}
    lost = []
    for category in CATEGORIES:
        for ref in lhr["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                lost.append(f"{category}:{ref['id']}({audit['score']:.2f})")
    return {
        **scores,
        "bytes": int(audits["total-byte-weight"]["numericValue"]),
        "fcp_s": round(audits["first-contentful-paint"]["numericValue"] / 1000, 2),
        "lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "lost": lost,
    }


def meets(row: dict) -> bool:
    return row["bytes"] <= FIRST_VIEW_LIMIT and all(row[c] >= g for c, g in GOALS.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=SITE)
    parser.add_argument("--only", help="measure only pages whose path contains this text")
    parser.add_argument("--json", type=Path, help="also write every row to this file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not (args.site / "index.html").exists():
        print(f"no site in {args.site}: run make build first", file=sys.stderr)
        return 2
    if not LIGHTHOUSE.exists() or not Path(chrome).exists():
        print("needs Lighthouse (npm ci) and Chromium (CHROME_PATH)", file=sys.stderr)
        return 2
    chosen = [p for p in pages(args.site) if not args.only or args.only in p]
    print(
        f"Lighthouse, mobile preset (simulated slow 4G), {len(chosen)} pages; goals: "
        "perf ≥ 90, a11y 100, best practices 100, SEO ≥ 95, first view ≤ 1 MB"
    )
    print(
        f"{'page':50} {'perf':>4} {'a11y':>4} {'bp':>4} {'seo':>4} {'first view':>11} "
        f"{'FCP s':>6} {'LCP s':>6} {'TBT ms':>6}  ok"
    )
    rows = []
    with serve(args.site) as base:
        for path in chosen:
            row = {"page": path, **summary(lighthouse(f"{base}/{path}", chrome))}
            rows.append(row)
            print(
                f"{path:50} {row['performance']:>4} {row['accessibility']:>4} "
                f"{row['best-practices']:>4} {row['seo']:>4} {row['bytes'] / 1000:>8.0f} KB "
                f"{row['fcp_s']:>6} {row['lcp_s']:>6} {row['tbt_ms']:>6}  "
                f"{'✔' if meets(row) else '✘'}",
                flush=True,
            )
            if row["lost"]:
                print(f"{'':4}points lost: {', '.join(row['lost'])}", flush=True)
    missed = [r["page"] for r in rows if not meets(r)]
    print(
        f"{len(rows) - len(missed)}/{len(rows)} pages meet every goal"
        + (f"; missed: {', '.join(missed)}" if missed else "")
    )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
