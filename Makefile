# Two commands: `make run` (site with demo content) and `make test` (the whole suite).
# Both install the Debian packages they need when run as root (bin/ensure-system-packages);
# otherwise they stop at once with the apt-get command to run.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
SYSTEM_PACKAGES := PYTHON=$(PYTHON) bin/ensure-system-packages

.PHONY: run test check install install-dev translations migrate demo messages clean system-packages-test

$(VENV)/.installed: requirements.lock
	$(SYSTEM_PACKAGES) python pdf
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

# The demo builder's factories and the test tools; production installs requirements.lock only.
$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

node_modules/.installed: package-lock.json
	$(SYSTEM_PACKAGES) node
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

# Runs the background tasks build_demo queued (search and reference index), then serves
# with a task worker and the scheduler beside the development server; Ctrl+C stops all
# three (bin/run-dev).
run: demo
	bin/run-dev

# Everything the suite needs from Debian, checked (and installed) before anything else, so
# that a missing package is reported at once, not after minutes of pip.
system-packages-test:
	$(SYSTEM_PACKAGES) python node browser pdf

test: system-packages-test install-dev node_modules/.installed translations
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
	$(SYSTEM_PACKAGES) gettext
	$(MANAGE) makemessages --locale be --locale ru --locale en --ignore '.venv/*' --ignore 'bench/*' --ignore 'var/*' --ignore 'node_modules/*' --no-obsolete

clean:
	rm -rf $(VENV) var
