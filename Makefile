# The course in two commands:  make build   (set-up + course site in build/)
#                              make test    (set-up + build + every test)
# Everything installs into .venv from pinned versions (requirements.txt) and into
# node_modules from package-lock.json (reveal.js, widget manager, axe-core, Lighthouse): no conda needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
JOBS   ?= 2
export PYTHONDONTWRITEBYTECODE := 1
export MPLBACKEND := Agg

PHONY_KIT := handouts kit bench-kit
.PHONY: $(PHONY_KIT) setup build test lab proof data notebooks new-lesson messages bench bench-build bench-hub bench-report bench-site test-lab test-hub lint format clean

$(STAMP): requirements.txt pyproject.toml $(wildcard package-lock.json)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	@if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; fi
	touch $@

setup: $(STAMP)

## build: the course site (HTML pages, slide decks, index, facilitator guide) in build/
build: setup
	$(BIN)/python -m medsos build --jobs $(JOBS)

## handouts: PDFs in build/handouts/{id,en}/, printed by Debian's Chromium (Playwright):
## per lesson a student handout, a facilitator edition (notes, timings, solutions), the
## exercise sheet and the deck one slide a page; the facilitator guide. Only what changed.
handouts: build
	$(BIN)/python -m medsos handouts

## kit: the facilitator's kit, one zip per language, in build/kit/ (site, PDFs, solutions, data)
kit: handouts
	$(BIN)/python -m medsos kit

## bench-kit: time of make handouts (all PDFs printed again) and the kit's sizes
bench-kit: build
	$(BIN)/python bench/kit.py

## test: unit, data, notebook (nbval), parity, export and browser tests
# (the handout tests print lesson 1's PDFs themselves unless make handouts printed them all)
test: build
	$(BIN)/python -m pytest -n $(JOBS) --dist loadfile

## test-lab: every lesson, in real JupyterLab driven through Chromium (CI runs one per language)
test-lab: setup
	MEDSOS_LAB_ALL=1 $(BIN)/python -m pytest tests/e2e -p no:cacheprovider -q

## test-hub: a class of 20 students on a real JupyterHub on 127.0.0.1 (CI runs 5 in make test)
HUB_STUDENTS ?= 20
test-hub: setup
	MEDSOS_HUB=1 MEDSOS_HUB_STUDENTS=$(HUB_STUDENTS) $(BIN)/python -m pytest tests/hub -p no:cacheprovider -q -s

## bench-hub: lesson 1 run-all time alone and with N students at once, memory, capacity
bench-hub: setup
	$(BIN)/python bench/hub.py

## lab: open the course in JupyterLab (LAB_LANG=en for English), offline: no news prompt,
## no update check, no extension manager (python -m medsos lab, src/medsos/lab.py)
LAB_LANG ?= id
lab: setup
	$(BIN)/python -m medsos lab --lang $(LAB_LANG)

## data: re-derive data/ from ../shared/data/raw (needs the raw files beside the repo)
data: setup
	$(BIN)/python scripts/derive_data.py

## notebooks: write notebooks/, exercises/, facilitator/solutions/ (both languages) and the
## README's lessons table from lessons/NN-slug/{lesson,exercises}.md and course.yml
notebooks: setup
	$(BIN)/python -m medsos.lessonkit generate

## new-lesson: scaffold a lesson, e.g. make new-lesson N=07 SLUG=my-topic (see docs/LESSON_GUIDE.md)
new-lesson: setup
	@test -n "$(N)" -a -n "$(SLUG)" || { echo "usage: make new-lesson N=07 SLUG=my-topic"; exit 2; }
	$(BIN)/python -m medsos.lessonkit new $(N) $(SLUG)
	$(BIN)/python -m medsos.lessonkit generate

## messages: the one gettext catalogue (src/medsos/locale/id/LC_MESSAGES/medsos.po) in step
## with the code: folds any old per-part .po into it, then pybabel extract + pybabel update
messages: setup
	$(BIN)/python scripts/messages.py

## proof: build/proof/: every slide of every deck (1280×720) and every page (1280 and 390 px)
## as screenshots on contact sheets (index.html, one PNG sheet per deck and page width)
proof: build
	$(BIN)/python -m medsos.proof

## bench: median and 95th-percentile update time of every widget
bench: setup
	$(BIN)/python bench/widgets.py
	$(BIN)/python bench/notebooks.py

## bench-build: plain nbconvert vs make build (cold, warm, one lesson changed)
bench-build: setup
	$(BIN)/python bench/build.py

## bench-site: Lighthouse (mobile, slow 4G) on every lesson, exercise and index page, both
## languages, served from 127.0.0.1: four scores and the first view's bytes (make build first)
CHROME_PATH ?= /usr/bin/chromium
bench-site: setup
	CHROME_PATH=$(CHROME_PATH) $(BIN)/python bench/site.py

## bench-report: time of the gradebook (python -m medsos report) over a class of 40 submissions
bench-report: setup
	$(BIN)/python bench/report.py --jobs $(JOBS)

PYCODE := src scripts tests bench notebooks exercises facilitator

lint: setup
	$(BIN)/ruff check $(PYCODE)
	$(BIN)/ruff format --check $(PYCODE)

format: setup
	$(BIN)/ruff check --fix $(PYCODE)
	$(BIN)/ruff format $(PYCODE)
	PATH="$(BIN):$$PATH" $(BIN)/jupytext -q --pipe "ruff format --stdin-filename cell.py -" lessons/*/*.md
	$(BIN)/python -m medsos.lessonkit generate

clean:
	rm -rf build
