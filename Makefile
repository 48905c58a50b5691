# Desktop FT developer entry points. `make run` and `make test` are the README's two commands.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# The torch wheel is pinned to a CPU build that satisfies pyproject's range; GPU users install
# their CUDA/ROCm build of torch into the venv first (README: "GPU builds of torch").
TORCH  ?= torch==2.13.0

.PHONY: run test test-fast demo bench lint i18n screenshots clean

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

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
