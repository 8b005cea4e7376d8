"""The real client: JupyterLab in Chromium runs a lesson and its widget answers a click.

Starts JupyterLab on 127.0.0.1 with a throwaway token over a *copy* of the lesson (so
Lab's autosave can never write outputs into the repository), opens the lesson in
Debian's Chromium through Playwright with every request to another host blocked, runs
all cells, changes the first course widget's first control, and checks that the chart
changes, with no error in the browser console and no error output in the notebook.

In CI one lesson per language runs; ``make test-lab`` (``MEDSOS_LAB_ALL=1``) runs all.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

ALL = os.environ.get("MEDSOS_LAB_ALL") == "1"


def _lessons() -> list[Path]:
    found = sorted((ROOT / "notebooks").glob("*/*.ipynb"))
    if ALL:
        return found
    # one lesson with a widget per language: the first lesson that makes an explorer
    chosen = []
    for lang in ("id", "en"):
        for path in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")):
            if "_explorer(" in path.read_text(encoding="utf-8"):
                chosen.append(path)
                break
    return chosen


pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def chromium_path() -> str:
    from browser_support import require_chromium

    return require_chromium()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path_factory, chromium_path):
    """A fresh JupyterLab server (own home, no saved workspace) over a copy of the lessons."""
    root = tmp_path_factory.mktemp("lab")
    for lang in ("id", "en"):
        shutil.copytree(ROOT / "notebooks" / lang, root / lang)
    home = tmp_path_factory.mktemp("home")
    port, token = _free_port(), secrets.token_hex(16)
    env = {
        **os.environ,
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "MPLBACKEND": "Agg",
    }
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        *(["--allow-root"] if os.geteuid() == 0 else []),  # CI runs as root
    ]
    log = open(home / "lab.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            if server.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=1):
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start:\n" + (home / "lab.log").read_text())
        yield url, token, root
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


WAIT_ALL_RUN = """() => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.content || !panel.sessionContext) return false;
  const cells = panel.content.widgets.filter(c => c.model.type === 'code');
  return cells.length > 0 && cells.every(c => c.model.executionCount !== null)
      && panel.sessionContext.session && panel.sessionContext.session.kernel
      && panel.sessionContext.session.kernel.status === 'idle';
}"""

ERROR_OUTPUTS = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const errors = [];
  panel.content.widgets.forEach((c, i) => {
    if (c.model.type !== 'code') return;
    for (const o of c.model.outputs.toJSON()) {
      if (o.output_type === 'error') errors.push(`cell ${i + 1}: ${o.ename}: ${o.evalue}`);
      if (o.output_type === 'stream' && o.name === 'stderr' && /Traceback|Error/.test(o.text))
        errors.push(`cell ${i + 1} stderr: ${String(o.text).slice(0, 200)}`);
    }
  });
  return errors;
}"""

CHART_SRC = """() => {
  const box = [...document.querySelectorAll('.medsos-explorer')].find(e => e.querySelector('img'));
  const img = box && box.querySelector('img');
  return img ? img.getAttribute('src').slice(-200) : null;
}"""
# lessons whose widget draws a chart at once (the capstone's planner and own-data box do not)
CHART_WIDGET = re.compile(r"ms\.(?!my_data_)\w+_(explorer|simulator)\(")


@pytest.mark.parametrize("lesson", _lessons(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_lesson_runs_in_jupyterlab_and_its_widget_answers(lab, chromium_path, lesson):
    from browser_support import ARGS
    from playwright.sync_api import sync_playwright

    url, token, _root = lab
    blocked, console_errors = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            def route(r):
                if r.request.url.startswith(
                    ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")
                ):
                    return r.continue_()
                blocked.append(r.request.url)
                return r.abort()

            page.route("**/*", route)
            page.on(
                "console", lambda m: console_errors.append(m.text) if m.type == "error" else None
            )
            page.on("pageerror", lambda e: console_errors.append(str(e)))
            page.goto(f"{url}/lab/tree/{lesson.parent.name}/{lesson.name}?token={token}")
            page.wait_for_function(
                "() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                " && window.jupyterapp.shell.currentWidget.sessionContext"
                " && window.jupyterapp.shell.currentWidget.sessionContext.isReady",
                timeout=60_000,
            )
            page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
            page.wait_for_function(WAIT_ALL_RUN, timeout=180_000, polling=500)
            assert page.evaluate(ERROR_OUTPUTS) == []
            if CHART_WIDGET.search(lesson.read_text(encoding="utf-8")):
                _change_the_widget_and_see_the_chart_change(page)
            else:
                assert page.locator(".medsos-explorer").count() > 0
        finally:
            browser.close()
    assert blocked == [], f"requests to other hosts: {blocked}"
    assert console_errors == [], f"browser console errors: {console_errors}"


def _change_the_widget_and_see_the_chart_change(page) -> None:  # noqa: ANN001 - a Playwright page
    explorer = page.locator(".medsos-explorer:has(img)").first
    explorer.scroll_into_view_if_needed()
    page.wait_for_function(f"() => ({CHART_SRC})() !== null", timeout=30_000)
    before = page.evaluate(CHART_SRC)
    select = explorer.locator("select")
    # a change made while the kernel is still busy can be missed: try a second option once
    for attempt in (1, 2):
        if select.count():
            options = select.first.locator("option")
            select.first.select_option(index=attempt if options.count() > attempt else 0)
        else:
            explorer.locator("button, input[type=checkbox]").first.click()
        try:
            page.wait_for_function(
                f"(before) => ({CHART_SRC})() !== before", arg=before, timeout=20_000
            )
            break
        except Exception:  # noqa: BLE001 - Playwright's TimeoutError; the second try decides
            if attempt == 2:
                raise
    assert page.evaluate(ERROR_OUTPUTS) == []
