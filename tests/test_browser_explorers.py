"""Explorers answer in lesson pages and decks opened from file://, with no kernel and no network.

Every lesson page and deck that shows an explorer, in both languages: every control is
changed through at least three states (with the mouse or the keyboard, as a reader
would), and each change must show another chart with another alt text (or the live
widget's message for a refused choice), with no console error, no request to any host,
and no serious or critical axe-core finding in the explorer. The time from a change to
its chart being decoded is recorded for ``bench/build.py`` (measured, never asserted).
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

import pytest
from browser_support import ARGS, require_chromium
from conftest import ROOT

from medsos.sitebuild import discover

pytestmark = [pytest.mark.browser]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TIMINGS = ROOT / "build" / ".cache" / "explorer-timings.json"
CHANGES = 3  # states each control goes through


def _with_explorer(site: Path) -> list[Path]:
    found = []
    for nb in discover(ROOT):
        if nb.kind != "notebooks":
            continue
        for path in (nb.page(site), nb.deck(site)):
            if path.exists() and "medsos-static-explorer" in path.read_text("utf-8"):
                found.append(path)
    return found


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    path = require_chromium()
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=path, args=ARGS)
        yield instance
        instance.close()


class Offline:
    """A page from file:// whose every other request is aborted and counted."""

    def __init__(self, page) -> None:
        self.page, self.requests, self.errors = page, [], []
        page.route("**/*", self._route)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route) -> None:
        if route.request.url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()
            return
        self.requests.append(route.request.url)
        route.abort()


def _shown(page, root) -> dict:
    return page.evaluate(
        """(root) => {
            const img = root.querySelector('.mse-chart');
            const message = root.querySelector('.mse-message');
            return {state: root.getAttribute('data-state'), src: img.getAttribute('src'),
                    alt: img.alt, image: !root.querySelector('.mse-figure').hidden,
                    loaded: img.complete && img.naturalWidth > 0,
                    message: message.hidden ? '' : message.textContent.trim()};
        }""",
        root,
    )


def _wait_drawn(page, root) -> float:
    """Milliseconds from the change (window.__mseT0) until its chart is decoded or message shown."""
    return page.evaluate(
        """async (root) => {
            const img = root.querySelector('.mse-chart');
            if (!root.querySelector('.mse-figure').hidden) {
                if (!img.complete) {
                    await new Promise((ok) => { img.addEventListener('load', ok, {once: true});
                                                img.addEventListener('error', ok, {once: true}); });
                }
                await img.decode().catch(() => null);
            }
            return performance.now() - window.__mseT0;
        }""",
        root,
    )


def _change(page, box, kind: str, step: int) -> bool:
    """Change one control once, as a reader would; False when it offers nothing else."""
    page.evaluate("window.__mseT0 = performance.now()")
    if kind == "checkbox":
        box.locator("input").click()
        return True
    if kind == "radio":
        for radio in box.locator("label.mse-radio").all():
            if radio.is_visible() and not radio.locator("input").is_checked():
                radio.click()
                return True
        return False
    if kind == "range":
        field = box.locator("input")
        at, top = int(field.input_value()), int(field.get_attribute("max"))
        if top == 0:
            return False
        field.focus()
        page.keyboard.press(
            "ArrowRight" if (at < top and step % 2 == 0) or at == 0 else "ArrowLeft"
        )
        return True
    select = box.locator("select")
    now = select.input_value()
    offered = select.evaluate(
        "(s) => Array.from(s.options).filter(o => !o.hidden && !o.disabled).map(o => o.value)"
    )
    others = [v for v in offered if v != now]
    if not others:
        return False
    select.select_option(others[step % len(others)])
    return True


def _kind(box) -> str:
    if box.locator("input[type=checkbox]").count():
        return "checkbox"
    if box.locator("input[type=radio]").count():
        return "radio"
    if box.locator("input[type=range]").count():
        return "range"
    return "select"


def _exercise(page, root, timings: list[float]) -> list[str]:
    """Every control through CHANGES states; return what went wrong."""
    problems = []
    handle = root.element_handle()
    boxes = root.locator(".mse-control")
    first = boxes.nth(0)
    for index in range(boxes.count()):
        box = boxes.nth(index)
        name = box.get_attribute("data-control")
        tries = 0
        while not box.is_visible() and tries < 12:  # a control another control reveals
            _change(page, first, _kind(first), tries)
            tries += 1
        if not box.is_visible():
            problems.append(f"control {name} never shown")
            continue
        kind, done = _kind(box), 0
        for step in range(CHANGES * 2):
            if done == CHANGES:
                break
            before = _shown(page, handle)
            changed, tries = _change(page, box, kind, step), 0
            while not changed and tries < 12 and index > 0:
                # it offers nothing else here (a group that follows the measure): move the
                # first control on until it does
                _change(page, first, _kind(first), tries)
                tries += 1
                before = _shown(page, handle)
                changed = box.is_visible() and _change(page, box, kind, step)
            if not changed:
                break
            timings.append(_wait_drawn(page, handle))
            after = _shown(page, handle)
            if after["state"] == before["state"]:
                problems.append(f"{name}: the change showed the same state {after['state']}")
                continue
            done += 1
            if after["image"]:
                if not after["loaded"]:
                    problems.append(f"{name}: chart {after['src']} did not load")
                if before["image"] and (
                    after["src"] == before["src"] or after["alt"] == before["alt"]
                ):
                    problems.append(f"{name}: image or alt text unchanged ({after['src']})")
                if not after["alt"]:
                    problems.append(f"{name}: no alt text")
            elif not after["message"]:
                problems.append(f"{name}: neither a chart nor a message")
        if done < CHANGES:
            problems.append(f"{name}: only {done} changes")
    return problems


def _refused(page, root) -> list[str]:
    """Choose a refused state (if the explorer has one) and require its message."""
    handle = root.element_handle()
    data = page.evaluate(
        "(root) => window.MEDSOS_EXPLORERS[root.getAttribute('data-explorer')]", handle
    )
    refused = [i for i, s in enumerate(data["states"]) if s["msg"]]
    if not refused:
        return []
    state = data["states"][refused[0]]
    counts = {
        c["name"]: sum(1 for s in data["states"] if s["v"][c["name"]] == state["v"][c["name"]])
        for c in data["controls"]
    }
    name = min(counts, key=counts.get)
    control = next(c for c in data["controls"] if c["name"] == name)
    # first go to a state that shows this control with this value offered, then choose it
    page.evaluate(
        """([root, name, token]) => {
            const data = window.MEDSOS_EXPLORERS[root.getAttribute('data-explorer')];
            const i = data.states.findIndex(s => s.h.indexOf(name) < 0
                && (s.a[name] || []).indexOf(token) >= 0 && s.v[name] !== token);
            if (i >= 0) { window.medsosExplorers.show(root, i); }
        }""",
        [handle, name, state["v"][name]],
    )
    box = root.locator(f'[data-control="{name}"]')
    token = state["v"][name]
    if control["kind"] == "range":
        box.locator("input").focus()
        page.keyboard.press("Home")
        for _ in range(token):
            page.keyboard.press("ArrowRight")
    elif control["kind"] == "select":
        box.locator("select").select_option(str(token))
    elif control["kind"] == "radio":
        box.locator(f'input[value="{token}"]').locator("..").click()
    else:
        box.locator("input").click()
    shown = _shown(page, handle)
    expected = page.evaluate(
        "(html) => { const d = document.createElement('div'); d.innerHTML = html;"
        " return d.textContent.trim(); }",
        state["msg"],
    )
    if shown["image"] or shown["message"] != expected:
        return [f"refused state {refused[0]} ({name}) did not show its message: {shown}"]
    return []


def _axe(page) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => await axe.run({include: [['.medsos-static-explorer']]},"
        " {resultTypes: ['violations'], preload: false})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} ×{len(v['nodes'])}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_every_explorer_answers_offline_in_pages_and_decks(chromium, built_site):
    paths = _with_explorer(built_site)
    lessons = {p.name.split(".")[0] for p in paths}
    assert len(paths) >= 16, f"too few pages and decks with an explorer: {paths}"
    assert {"00-start-here", "03-equality", "05-indonesia"} <= lessons, lessons
    problems, timings, refused_seen = {}, [], 0
    for path in paths:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        offline = Offline(page)
        page.goto(path.as_uri(), wait_until="load")
        deck = path.name.endswith(".slides.html")
        if deck:
            page.wait_for_function("() => window.Reveal && window.Reveal.isReady()", timeout=20_000)
        page.wait_for_function(
            "() => Array.from(document.querySelectorAll('.medsos-static-explorer'))"
            ".every(e => e.getAttribute('data-ready'))",
            timeout=20_000,
        )
        found = []
        for root in page.locator(".medsos-static-explorer").all():
            if deck:
                root.evaluate(
                    "(el) => { const i = Reveal.getIndices(el.closest('section'));"
                    " Reveal.slide(i.h, i.v); }"
                )
                page.wait_for_timeout(400)
            root.scroll_into_view_if_needed()
            handle = root.element_handle()
            # the time of a change counts from the reader's event (not from Playwright's call)
            handle.evaluate(
                "(root) => ['change', 'input'].forEach((type) => root.addEventListener(type,"
                " () => { window.__mseT0 = performance.now(); }, true))"
            )
            page.evaluate("window.__mseT0 = performance.now()")
            _wait_drawn(page, handle)  # the first chart loads lazily, once it is in view
            first = _shown(page, handle)
            if not first["loaded"] and first["image"]:
                found.append(f"first chart {first['src']} did not load")
            found += _exercise(page, root, timings)
            refusal = _refused(page, root)
            found += refusal
            refused_seen += (
                bool(
                    page.evaluate(
                        "(root) => window.MEDSOS_EXPLORERS[root.getAttribute('data-explorer')]"
                        ".states.some(s => s.msg)",
                        handle,
                    )
                )
                and not refusal
            )
        if offline.errors:  # before axe-core, whose own stylesheet reads file:// refuses
            found.append(f"console errors: {offline.errors}")
        found += [f"axe: {v}" for v in _axe(page)]
        if offline.requests:
            found.append(f"requests to other hosts: {offline.requests}")
        if found:
            problems[path.relative_to(built_site).as_posix()] = found
        page.close()
    TIMINGS.parent.mkdir(parents=True, exist_ok=True)
    TIMINGS.write_text(
        json.dumps(
            {
                "changes": len(timings),
                "median_ms": round(statistics.median(timings), 1),
                "p95_ms": round(sorted(timings)[int(0.95 * (len(timings) - 1))], 1),
            }
        ),
        encoding="utf-8",
    )
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)
    assert refused_seen >= 4, "no refused state was shown with its message"
