"""JupyterLab speaks the student's language: the Indonesian pack is pinned, found and the default.

``python -m medsos lab --lang id`` must start a JupyterLab whose translation API serves the
Indonesian strings and whose *default* interface language is ``id_ID`` (a student can
still choose English in Settings → Language). The pack's version must follow JupyterLab's
minor version, or JupyterLab ignores it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from importlib.metadata import entry_points, version
from pathlib import Path

import pytest
import requests
from conftest import ROOT

from medsos import lab

pytestmark = pytest.mark.slow

TOKEN = "medsos-test-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_indonesian_language_pack_is_installed_and_matches_jupyterlab():
    packs = {ep.name: ep for ep in entry_points(group="jupyterlab.languagepack")}
    assert "id_ID" in packs, "jupyterlab-language-pack-id-ID is not installed"
    pack = version("jupyterlab-language-pack-id-ID").split(".post")[0]
    assert version("jupyterlab").startswith(pack + "."), (pack, version("jupyterlab"))


def test_course_overrides_make_indonesian_the_default_and_keep_lab_offline(tmp_path):
    written = lab.write_settings(tmp_path, "id")
    settings = json.loads(written.read_text())
    assert settings["@jupyterlab/translation-extension:plugin"] == {"locale": "id_ID"}
    assert settings["@jupyterlab/apputils-extension:notification"]["checkForUpdates"] is False
    assert lab.overrides("en")["@jupyterlab/translation-extension:plugin"]["locale"] == "en"
    argv = lab.lab_argv(ROOT, "id", tmp_path, ["--no-browser"])
    assert f"--ServerApp.default_url=/lab/tree/notebooks/id/{lab.FIRST_LESSON}" in argv
    assert "--LabApp.news_url=None" in argv and "--LabApp.extension_manager=readonly" in argv


def test_make_lab_opens_the_course_with_the_offline_settings():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nlab: setup\n", 1)[1].split("\n\n", 1)[0]
    assert "-m medsos lab" in recipe, "make lab must use python -m medsos lab (offline defaults)"
    settings = lab.overrides("id")
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    assert settings["@jupyterlab/extensionmanager-extension:plugin"] == {"enabled": False}


def test_lab_outside_the_course_says_what_to_do_in_both_languages(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "medsos", "lab", "--folder", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "notebooks/" in result.stderr and "tidak ditemukan" in result.stderr


def test_medsos_lab_in_indonesian_serves_jupyterlab_in_indonesian(tmp_path):
    port = _free_port()
    home = tmp_path / "home"
    env = os.environ | {
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(home / "lab-user-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "lab-workspaces"),
    }
    command = [
        sys.executable,
        "-m",
        "medsos",
        "lab",
        "--lang",
        "id",
        "--",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={TOKEN}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # CI runs as root
        command.append("--allow-root")
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"token {TOKEN}"}
    try:
        deadline = time.monotonic() + 180  # a busy 2-core machine
        while True:
            assert server.poll() is None, server.stderr.read()
            try:
                reply = requests.get(
                    f"{base}/lab/api/translations/id_ID", headers=headers, timeout=5
                )
                if reply.status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "JupyterLab did not start within 180 s"
            time.sleep(0.5)
        strings = reply.json()["data"]["jupyterlab"]
        assert strings["Run All Cells"] == ["Menjalakan Semua Sel"]  # the pack's own wording
        assert strings["New Notebook"] == ["Notebook Baru"]
        available = requests.get(f"{base}/lab/api/translations/", headers=headers, timeout=5)
        assert "id_ID" in available.json()["data"]
        plugin = requests.get(
            f"{base}/lab/api/settings/@jupyterlab/translation-extension:plugin",
            headers=headers,
            timeout=5,
        ).json()
        assert plugin["schema"]["properties"]["locale"]["default"] == "id_ID"
        # offline: the news prompt and feed, the update check and the extension manager off
        for name, key, value in (
            ("@jupyterlab/apputils-extension:notification", "fetchNews", "false"),
            ("@jupyterlab/apputils-extension:notification", "checkForUpdates", False),
            ("@jupyterlab/extensionmanager-extension:plugin", "enabled", False),
        ):
            schema = requests.get(
                f"{base}/lab/api/settings/{name}", headers=headers, timeout=5
            ).json()["schema"]
            assert schema["properties"][key]["default"] == value, (name, key)
        news = requests.get(f"{base}/lab/api/news", headers=headers, timeout=5)
        assert news.status_code == 200 and news.json()["news"] == []
        page = requests.get(f"{base}/lab", headers=headers, timeout=5).text
        assert '"newsUrl": null' in page or '"news": {"disabled": true}' in page
        assert not (Path(env["JUPYTERLAB_SETTINGS_DIR"]) / "@jupyterlab").exists()
    finally:
        server.terminate()
        server.wait(timeout=30)
