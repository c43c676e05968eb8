# netclinic: `make run` to see the site, `make test` to check it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# `make serve` answers these hosts unless DJANGO_ALLOWED_HOSTS says otherwise.
DJANGO_ALLOWED_HOSTS ?= 127.0.0.1,localhost
export DJANGO_ALLOWED_HOSTS

# The W3C Nu Html Checker, run offline by the tests (needs Java).
VNU_VERSION := 26.9.27
VNU_JAR := .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar

.PHONY: screenshots run test test-fast serve serve-proxy bench install install-dev messages makemessages lint format clean tools

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the pinned requirements change.
$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Compile the Korean catalogue (locale/ko/LC_MESSAGES/django.po -> .mo).
messages: install
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install GNU gettext (apt-get install gettext)"; exit 1; }
	$(PY) manage.py compilemessages --ignore=$(VENV) --ignore=.cache --verbosity 0

# Full-page pictures of every kind of page, both languages, 375 and 1280 px (needs Chromium).
screenshots: install-dev messages
	$(PY) docs/screenshots.py --out docs/screenshots/current

# Extract new interface strings into the catalogue, for translators.
makemessages: install
	$(PY) manage.py makemessages --all --no-location --ignore=$(VENV) --ignore=staticfiles --ignore=.cache --ignore=artifacts

run: messages
	$(PY) manage.py migrate --noinput --verbosity 0
	$(PY) manage.py load_content
	@$(PY) manage.py ensure_admin
	@echo ""
	@echo "  Site:  http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/"
	@echo ""
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

$(VNU_JAR):
	@if command -v npm >/dev/null; then \
		npm install --silent --no-save --no-audit --no-fund --prefix .cache/vnu vnu-jar@$(VNU_VERSION); \
	else echo "npm not found: the HTML validity test will be skipped"; fi

tools: $(VNU_JAR)

# Everything, browser tests included (they skip, saying why, where Chromium or Java is missing).
test: install-dev messages tools
	$(VENV)/bin/pytest

# Without the browser: the quick loop while working.
test-fast: install-dev messages
	$(VENV)/bin/pytest -m "not browser"

# The production setup: DEBUG off, gunicorn, static files collected and compressed.
serve: messages
	@test -n "$$DJANGO_SECRET_KEY" || { echo "Set DJANGO_SECRET_KEY: make serve runs with production settings."; exit 1; }
	@test -n "$$DJANGO_FIELD_ENCRYPTION_KEYS" || { echo "Set DJANGO_FIELD_ENCRYPTION_KEYS (README: Keys): make serve runs with production settings."; exit 1; }
	DJANGO_DEBUG=false $(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=false $(PY) manage.py migrate --noinput --verbosity 0
	@# A trial on this machine shows the seed live, its review pending, as make run does; a real
	@# deployment loads it with sign-off on, as drafts for a Medical reviewer (README: Reviews).
	DJANGO_DEBUG=false CONTENT_APPROVAL_REQUIRED=false $(PY) manage.py load_content
	DJANGO_DEBUG=false $(VENV)/bin/gunicorn netclinic.wsgi --config gunicorn.conf.py --bind 127.0.0.1:$(PORT)

# Style, the import direction (netclinic -> apps -> content), templates and types.
# The production stack on one machine: nginx (deploy/nginx/, installed when missing) on
# 127.0.0.1:$(PORT) in front of gunicorn on 127.0.0.1:$(UPSTREAM_PORT). Plain HTTP here,
# so the HTTPS redirect is off; in production TLS ends at nginx (README, Deployment).
UPSTREAM_PORT ?= 8001
serve-proxy: messages
	@test -n "$$DJANGO_SECRET_KEY" || { echo "Set DJANGO_SECRET_KEY: make serve-proxy runs with production settings."; exit 1; }
	@test -n "$$DJANGO_FIELD_ENCRYPTION_KEYS" || { echo "Set DJANGO_FIELD_ENCRYPTION_KEYS (README: Keys): make serve-proxy runs with production settings."; exit 1; }
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { echo "Installing nginx (Debian package)..."; \
		apt-get install -y -qq nginx >/dev/null || { echo "Could not install nginx: apt-get install nginx"; exit 1; }; }
	DJANGO_DEBUG=false $(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_DEBUG=false $(PY) manage.py migrate --noinput --verbosity 0
	@# A trial on this machine shows the seed live, its review pending, as make run does; a real
	@# deployment loads it with sign-off on, as drafts for a Medical reviewer (README: Reviews).
	DJANGO_DEBUG=false CONTENT_APPROVAL_REQUIRED=false $(PY) manage.py load_content
	DJANGO_DEBUG=false DJANGO_SSL_REDIRECT=false $(VENV)/bin/gunicorn netclinic.wsgi --config gunicorn.conf.py \
		--bind 127.0.0.1:$(UPSTREAM_PORT) & gunicorn=$$!; trap "kill $$gunicorn" EXIT INT TERM; \
		$(PY) deploy/proxy.py --port $(PORT) --upstream-port $(UPSTREAM_PORT)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/djlint templates --lint
	$(VENV)/bin/dennis-cmd lint --errorsonly locale
	$(VENV)/bin/mypy

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) staticfiles .cache artifacts
	find . -name '*.mo' -not -path './$(VENV)/*' -delete

LIGHTHOUSE := .cache/lighthouse/node_modules/.bin/lighthouse

$(LIGHTHOUSE):
	npm install --silent --no-save --no-audit --no-fund --prefix .cache/lighthouse lighthouse@13.5.0

# Markdown's worst cases, site search at 1x and 10x content (in-process), then a load test
# (wrk, installed if missing) and Lighthouse, against gunicorn with production settings.
bench: install messages $(LIGHTHOUSE)
	$(PY) bench/markdown_worst.py
	$(PY) bench/search.py
	$(PY) bench/run.py
	$(PY) bench/connections.py
