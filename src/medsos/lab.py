"""``python -m medsos lab``: open the course in JupyterLab, in the student's language, offline.

Students on Windows, macOS or Linux need neither ``make`` nor Node.js for this: a venv (or
conda environment) with ``requirements.txt`` and the course library is enough. The command

* finds the course folder (the one holding ``notebooks/``): ``--folder``, else the current
  folder, else the checkout the library was installed from;
* starts JupyterLab there and opens lesson 0 of the chosen language;
* sets JupyterLab's own interface language (``--lang id`` → the Indonesian language pack
  ``jupyterlab-language-pack-id-ID``, ``--lang en`` → English) as a *default*: a student
  who picks another language in JupyterLab's *Settings → Language* menu keeps that choice;
* turns off everything in JupyterLab that would reach the internet (news feed and its
  first-run prompt, update check, the PyPI extension manager), so a room without internet
  sees no prompt and no errors. ``make lab`` runs this command.

The language and offline defaults are JupyterLab "overrides" (``overrides.d/medsos.json``
in an application settings folder). ``lab`` puts them in a temporary copy of the
environment's settings folder, so it never changes the environment; a facilitator who
builds a hub image writes them into the environment itself with
``python -m medsos lab --lang id --install-settings``
(``{sys.prefix}/share/jupyter/lab/settings/overrides.d/medsos.json``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from medsos.i18n import DEFAULT, SUPPORTED

# JupyterLab locale names of the language packs (``[jupyterlab.languagepack]`` entry points).
LOCALES = {"id": "id_ID", "en": "en"}
OVERRIDES_NAME = "medsos.json"
FIRST_LESSON = "00-start-here.ipynb"


class LabError(SystemExit):
    """A set-up problem said in both languages (the interface language is not chosen yet)."""

    def __init__(self, english: str, indonesian: str) -> None:
        super().__init__(f"{indonesian}\n{english}")


def overrides(lang: str) -> dict[str, dict]:
    """JupyterLab setting defaults for the course: interface language, nothing online."""
    return {
        "@jupyterlab/translation-extension:plugin": {"locale": LOCALES[lang]},
        # "false" (Never), not "none" (Ask): asking is the prompt a room without internet sees
        "@jupyterlab/apputils-extension:notification": {
            "fetchNews": "false",
            "checkForUpdates": False,
        },
        # the extension manager searches PyPI as soon as its panel opens
        "@jupyterlab/extensionmanager-extension:plugin": {"enabled": False},
    }


def default_settings_dir() -> Path:
    """The environment's JupyterLab application settings folder (where overrides live)."""
    from jupyterlab.commands import get_app_dir

    return Path(get_app_dir()) / "settings"


def write_settings(folder: Path, lang: str) -> Path:
    """Write the course's overrides into ``folder/overrides.d/``; return the file written."""
    target = Path(folder) / "overrides.d" / OVERRIDES_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(overrides(lang), indent=2) + "\n", encoding="utf-8")
    return target


def settings_copy(lang: str) -> Path:
    """A temporary settings folder: the environment's own settings plus the course's overrides."""
    folder = Path(tempfile.mkdtemp(prefix="medsos-lab-settings-"))
    source = default_settings_dir()
    if source.is_dir():
        shutil.copytree(source, folder, dirs_exist_ok=True)
    write_settings(folder, lang)
    return folder


def course_folder(given: str | None = None) -> Path:
    """The folder holding ``notebooks/``: given, current, or the library's own checkout."""
    if given:
        candidates = [Path(given)]
    else:
        candidates = [Path.cwd(), Path(__file__).resolve().parents[2]]
    for candidate in candidates:
        if (candidate / "notebooks").is_dir():
            return candidate.resolve()
    raise LabError(
        "The course's notebooks/ folder was not found. Run this command inside the course "
        "folder (the one with notebooks/), or give it: python -m medsos lab --folder PATH",
        "Folder notebooks/ kursus tidak ditemukan. Jalankan perintah ini di dalam folder "
        "kursus (yang berisi notebooks/), atau sebutkan foldernya: "
        "python -m medsos lab --folder PATH",
    )


def lab_argv(folder: Path, lang: str, settings_dir: Path, extra: list[str]) -> list[str]:
    """The JupyterLab command line: course root, lesson 0 of ``lang``, offline settings."""
    start = f"notebooks/{lang}/{FIRST_LESSON}"
    if not (folder / start).is_file():
        start = f"notebooks/{lang}"
    return [
        f"--ServerApp.root_dir={folder}",
        f"--ServerApp.default_url=/lab/tree/{start}",
        f"--LabApp.app_settings_dir={settings_dir}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        *extra,
    ]


def choose_language(lang: str | None) -> str:
    """``--lang``, else ``MEDSOS_LANG``, else the course's default (Indonesian)."""
    chosen = (lang or os.environ.get("MEDSOS_LANG", "") or DEFAULT).strip().lower()
    if chosen not in SUPPORTED:
        raise LabError(
            f"Unknown language {chosen!r}: use --lang id or --lang en.",
            f"Bahasa {chosen!r} tidak dikenal: gunakan --lang id atau --lang en.",
        )
    return chosen


def main_lab(
    lang: str | None, folder: str | None, extra: list[str], install_settings: bool = False
) -> int:
    """Run JupyterLab on the course (or, with ``install_settings``, only write the defaults)."""
    chosen = choose_language(lang)
    if install_settings:
        written = write_settings(default_settings_dir(), chosen)
        print(written)
        return 0
    root = course_folder(folder)
    settings_dir = settings_copy(chosen)
    from jupyterlab.labapp import LabApp

    try:
        LabApp.launch_instance(argv=lab_argv(root, chosen, settings_dir, extra))
    finally:
        shutil.rmtree(settings_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":  # pragma: no cover - use python -m medsos lab
    sys.exit(main_lab(None, None, sys.argv[1:]))
