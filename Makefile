# Desktop FT developer entry points. `make run` and `make test` are the README's two commands.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The torch wheel is pinned to a CPU build that satisfies pyproject's range; GPU users install
# their CUDA/ROCm build of torch into the venv first (README: "GPU builds of torch").
TORCH  ?= torch==2.13.0
# Where `make package` and `make wheel` put what they build, and PyInstaller's work folder.
DIST   ?= dist
BUILD  ?= build

.PHONY: run test test-fast demo bench lint i18n screenshots package wheel clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "$(TORCH)"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

run: $(BIN)/.installed
	$(BIN)/desktop-ft

test: $(BIN)/.installed
	$(BIN)/ruff check desktop_ft tests benchmarks tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

demo: $(BIN)/.installed
	$(BIN)/desktop-ft demo

bench: $(BIN)/.installed
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

lint: $(BIN)/.installed
	$(BIN)/ruff check desktop_ft tests benchmarks tools
	$(BIN)/lint-imports

# Translations: i18n/*.ts from the GUI's tr() strings (then translate the unfinished entries in
# Qt Linguist: pyside6-linguist), compiled to the .qm files the package ships (committed).
# English needs only its plural forms ("1 step", "2 steps"): desktop_ft_en.ts is -pluralonly.
I18N_LANGS := cs sr sv el tl
I18N_SOURCES = $(sort $(shell find desktop_ft/gui -name '*.py'))
i18n: $(BIN)/.installed
	$(BIN)/pyside6-lupdate $(I18N_SOURCES) -locations none -no-obsolete \
		-ts $(foreach l,$(I18N_LANGS),i18n/desktop_ft_$(l).ts)
	$(BIN)/pyside6-lupdate $(I18N_SOURCES) -locations none -no-obsolete -pluralonly \
		-ts i18n/desktop_ft_en.ts
	for l in en $(I18N_LANGS); do $(BIN)/pyside6-lrelease -silent i18n/desktop_ft_$$l.ts \
		-qm resources/translations/desktop_ft_$$l.qm || exit 1; done

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs

# The one-folder app in dist/desktop-ft/ (packaging/desktop-ft.spec; README: "Packaging").
# DESKTOP_FT_BUNDLE=gpu keeps CUDA libraries: build it in a venv holding a CUDA torch.
$(BIN)/.package-tools: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e ".[dev,package]"
	touch $@

package: $(BIN)/.package-tools
	$(BIN)/pyinstaller --noconfirm --distpath $(DIST) --workpath $(BUILD)/pyinstaller \
		packaging/desktop-ft.spec

# $(DIST)/desktop_ft-<version>-py3-none-any.whl, for pip install / pipx install.
wheel: $(BIN)/.installed
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w $(DIST) .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
