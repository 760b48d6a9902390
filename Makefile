# Two commands do all the set-up on a fresh machine:
#   make serve   installs (first time) and starts the server on the shipped models
#   make test    installs (first time, with the test tools and Pure Data) and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: serve test install system-deps bench clean

$(BIN)/oscserver: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# A CPU build of torch when one lies in pip's local find-links (this workplace); elsewhere the
	# next line installs torch the normal way.
	$(BIN)/pip install -q --no-index --no-deps "torch==2.13.0" 2>/dev/null || true
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/oscserver

serve: install
	$(BIN)/oscserver serve $(ARGS)

# Pure Data runs the bundled patches in the tests (its GUI under Xvfb opens each one); the Debian drum kits are test data; PortAudio (on
# ALSA's file plugin) is the sound card the tests play through; sclang runs the SuperCollider client. (fluidsynth and
# fluid-soundfont-gm are only needed to re-render the SampleRNN training data: see its model card.)
system-deps:
	@if ! command -v pd >/dev/null || ! command -v pd-gui >/dev/null || ! command -v Xvfb >/dev/null || \
	    ! command -v sclang >/dev/null || [ ! -d /usr/share/hydrogen/data/drumkits ] || \
	    ! ldconfig -p | grep -q libportaudio.so.2; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    puredata-core puredata-gui xvfb hydrogen-drumkits libsndfile1 libportaudio2 supercollider-language >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    puredata-core puredata-gui xvfb hydrogen-drumkits libsndfile1 libportaudio2 supercollider-language >/dev/null; fi; fi

test: install system-deps
	$(BIN)/python -m pytest $(ARGS)

bench: install
	for b in bench/*.py; do $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) oscserver-output .pytest_cache
