# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Test processes (pytest-xdist): two, the cores of the CI machine; most tests wait on child
# processes and servers. Each test file runs whole in one process (its module fixtures once).
TEST_WORKERS ?= 2

.PHONY: install demo test bench lint clean messages

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@# pip's and the build backend's chatter goes to a log, shown only when the install fails
	$(BIN)/pip install --quiet --upgrade pip >$(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	$(BIN)/pip install --quiet -e '.[test]' >>$(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	$(BIN)/pybabel -q compile -d kiwatch/locale -D kiwatch
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kiwatch demo

test: $(STAMP) lint
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check kiwatch
	$(BIN)/mypy kiwatch

bench: $(STAMP)
	@# changedetection.io reads PDFs with pdftohtml (Debian's poppler-utils)
	@command -v pdftohtml >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null) \
		|| echo "warning: pdftohtml missing; changedetection.io will fail on every PDF"
	$(BIN)/python -m bench $(BENCH_ARGS)

# After adding or changing a message in the code: extract, merge into both catalogues, then
# fill the new msgstr lines (tests/test_catalogue.py lists what is missing or unused).
messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output -o kiwatch/locale/kiwatch.pot .
	$(BIN)/pybabel update -i kiwatch/locale/kiwatch.pot -d kiwatch/locale -D kiwatch --no-fuzzy-matching --width 120
	$(BIN)/pybabel compile -d kiwatch/locale -D kiwatch

clean:
	rm -rf $(VENV) build *.egg-info
