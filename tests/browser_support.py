"""Debian's Chromium driven by Playwright, with every request to another host blocked and recorded.

Used by the site tests and the JupyterLab test. Never downloads a browser: it launches
``/usr/bin/chromium``. Without it, browser tests skip locally and FAIL in CI (CI=true).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from medsos.localserve import serve  # noqa: F401 - the tests import it from here

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")


def require_chromium() -> str:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is required in CI (.ci/run installs Debian's chromium)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return str(CHROMIUM)


class Watched:
    """A page whose blocked requests and console errors are recorded."""

    def __init__(self, page):
        self.page = page
        self.blocked: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route):
        url = route.request.url
        if url.startswith(LOCAL):
            return route.continue_()
        self.blocked.append(url)
        return route.abort()


@contextmanager
def browser():
    from playwright.sync_api import sync_playwright

    path = require_chromium()
    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=path, args=ARGS)
        try:
            yield instance
        finally:
            instance.close()
