# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export FORUM_ENV ?= development
FLASK := $(BIN)/flask --app wsgi

.PHONY: run test test-pg test-browser lint fmt typecheck check install db seed mail messages screenshots eval-guard bench-guard bench clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

db: install
	$(FLASK) db upgrade

seed: db
	$(FLASK) seed-demo

## run: install, migrate, seed demo data, serve on http://127.0.0.1:5000
run: seed
	@echo ""
	@echo "Practice Commons is running on http://127.0.0.1:5000 (Ctrl+C to stop)."
	@echo "Mail is written to instance/mail/ and shown in this console."
	@echo "The demo moderator and admin have two-factor on (secrets above); a current code:"
	@echo "  FORUM_ENV=development $(FLASK) demo-code moderator@example.org"
	$(FLASK) run --host 127.0.0.1 --port 5000

## test: the whole suite on SQLite (set TEST_DATABASE_URL for PostgreSQL)
test: install
	$(BIN)/python -m pytest

test-pg: install
	TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test $(BIN)/python -m pytest

test-browser: install
	$(BIN)/python -m pytest tests/browser --browser-tests

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: install
	$(BIN)/mypy

check: lint typecheck test
	$(FLASK) db check

mail: install
	$(FLASK) mail deliver

## messages: extract every marked string (Python and templates, see babel.cfg) into translations/messages.pot
# A translation starts from it: pybabel init -i translations/messages.pot -d translations -l cy,
# then pybabel update and pybabel compile -d translations after each `make messages`.
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k _l --ignore-dirs '.*' -o translations/messages.pot .

## screenshots: retake the README's screenshots (docs/screenshots/) from the demo data
screenshots: install
	$(BIN)/python -m pytest tests/browser/test_screenshots.py --browser-tests --screenshots -q

## eval-guard: the confidentiality guard's recall, false positives and speed on the gold sets
# (GUARD_SETS="tests/confidentiality/eval_set.jsonl ..." to choose the sets)
GUARD_SETS ?= $(sort $(wildcard tests/confidentiality/*_set.jsonl))
eval-guard: install
	$(BIN)/python -m tools.guard.evaluate $(GUARD_SETS)

## bench-guard: the guard's throughput through the JSONL tool, against baselines from the same run
bench-guard: install
	$(BIN)/python -m tools.guard.bench

## bench: the main pages under load (gunicorn + wrk), as ratios to a minimal Flask page.
# BENCH_DB=sqlite|postgresql, BENCH_MEMBERS/TOPICS/POSTS (seeded once, then reused),
# BENCH_SECONDS, BENCH_CONNECTIONS; results in bench-results/. Needs wrk (Debian):
#   apt-get update && apt-get install -y wrk
bench: install
	@command -v wrk >/dev/null || { echo "make bench needs wrk: apt-get update && apt-get install -y wrk" >&2; exit 1; }
	$(BIN)/python -m tools.bench.run

clean:
	rm -rf $(VENV) .pytest_cache
