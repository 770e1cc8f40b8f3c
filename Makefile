# Two commands: `make run` (site with demo content) and `make test` (the whole suite).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

.PHONY: run test check install install-dev translations migrate demo messages clean

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

# The demo builder's factories and the test tools; production installs requirements.lock only.
$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

node_modules/.installed: package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --silent
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

translations: install
	$(MANAGE) compile_translations

migrate: install
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable

demo: migrate translations install-dev
	$(MANAGE) build_demo

run: demo
	@echo "Serving on http://127.0.0.1:8000/ (Ctrl+C to stop)"
	$(MANAGE) runserver 127.0.0.1:8000

test: install-dev node_modules/.installed translations
	DJANGO_SETTINGS_MODULE=rightshouse.settings.test $(VENV)/bin/pytest $(PYTEST_ARGS)

check: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=rightshouse.settings.test $(MANAGE) makemigrations --check --dry-run
	SECRET_KEY=check-only-$$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyz ALLOWED_HOSTS=example.org \
	  WAGTAILADMIN_BASE_URL=https://example.org \
	  SECURE_HSTS_SECONDS=31536000 SECURE_HSTS_INCLUDE_SUBDOMAINS=1 SECURE_HSTS_PRELOAD=1 DJANGO_SETTINGS_MODULE=rightshouse.settings.production \
	  $(MANAGE) check --deploy --fail-level WARNING

# Regenerate .po files after changing interface strings (needs GNU gettext's xgettext).
messages: install
	$(MANAGE) makemessages --locale be --locale ru --locale en --ignore '.venv/*' --ignore 'bench/*' --ignore 'var/*' --ignore 'node_modules/*' --no-obsolete

clean:
	rm -rf $(VENV) var
