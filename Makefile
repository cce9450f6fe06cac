# Set-up and checks. `make demo` and `make test` install everything they need on a fresh
# Debian machine (as root): the venv, Debian's docker.io with a running engine, the base image.
PY := .venv/bin/python
BASE_IMAGE ?= grader-base:bookworm
PYTHON_IMAGES ?= grader-base:trixie grader-base:bullseye
PYTEST := .venv/bin/pytest
MIRROR ?= /work/.mirror

.PHONY: demo test test-unit test-docker lint bench calibrate images service-images engine venv clean

.venv/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

venv: .venv/.installed

engine:
	bash scripts/ensure-engine.sh

# PostgreSQL 15, MariaDB 10.11 and Redis 7 from Debian bookworm's packages, on the bookworm base
# image (scripts/make-service-images.sh); an image already present is kept.
service-images: engine
	bash scripts/make-base-image.sh grader-base:bookworm
	BASE_IMAGE=grader-base:bookworm bash scripts/make-service-images.sh

# The default base image, the other Pythons' base images (GradeSettings.base_images: 3.13 from
# Debian trixie, 3.9 from bullseye for code written for Python <= 3.9, which the docker tier
# grades; `make images PYTHON_IMAGES="... grader-base:forky"` adds 3.14),
# then `grade prepare`: the probe image, and the build image of each (compiler, headers, uv).
images: venv engine service-images
	bash scripts/make-base-image.sh $(BASE_IMAGE)
	for image in $(filter-out $(BASE_IMAGE),$(PYTHON_IMAGES)); do \
	  bash scripts/make-base-image.sh $$image || exit 1; done
	.venv/bin/grade prepare --base-image $(BASE_IMAGE)

demo: images
	.venv/bin/grade sample_submissions/todo_good --format json -o demo-report.json --base-image $(BASE_IMAGE); \
	  status=$$?; cat demo-report.json; exit $$status

test-unit: venv
	$(PYTEST) -q -m "not docker"

test-docker: images
	$(PYTEST) -q -m docker

test: lint test-unit test-docker

lint: venv
	.venv/bin/ruff check grader probes tests benchmarks
	.venv/bin/mypy --strict grader probes

bench: images
	$(PY) -m benchmarks.run --base-image $(BASE_IMAGE)
	$(PY) -m benchmarks.batch_bench --base-image $(BASE_IMAGE)
	$(PY) -m benchmarks.services_bench --base-image $(BASE_IMAGE)

# Grades the labeled corpus and the public repositories; reports are kept, so
# `.venv/bin/grade calibrate ... --reports bench-results/calibration --reuse` recomputes without Docker.
calibrate: images
	.venv/bin/grade calibrate calibration/tune calibration/test --public calibration/public.toml \
	  --mirror $(MIRROR) --reports bench-results/calibration --base-image $(BASE_IMAGE)

clean:
	rm -rf .venv demo-report.json .pytest_cache .mypy_cache .ruff_cache
