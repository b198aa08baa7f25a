# Thin wrapper around CMake for people: `make demo`, `make test`.
# Everything real lives in CMakeLists.txt; this file only sets things up.

BUILD    ?= build
ASAN     ?= $(BUILD)/asan
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
PACKAGES := cmake make gcc pkg-config libyaml-dev libcairo2-dev \
            libpango1.0-dev libcmocka-dev fonts-dejavu-core \
            fonts-wqy-microhei python3-jsonschema python3-yaml

.PHONY: all deps configure build test asan demo install clean format lint fuzz

all: build

deps:
	@./.ci/deps $(PACKAGES)

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Every suite, then every suite again under AddressSanitizer + UBSan.
test: deps
	@cmake -S . -B $(BUILD) -DTL_WERROR=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory asan

asan: deps
	@cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DTL_SANITIZE=ON \
	  -DTL_WERROR=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(ASAN) -j $(JOBS)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	 ctest --test-dir $(ASAN) --output-on-failure -j $(JOBS)

demo: build
	@./$(BUILD)/timeline check events.yaml
	@echo "events.yaml is valid; its events:"
	@./$(BUILD)/timeline check --list events.yaml
	@./$(BUILD)/timeline render events.yaml -o output/timeline.svg
	@./$(BUILD)/timeline render events.yaml -o output/timeline.png
	@./$(BUILD)/timeline render events.yaml --template print -o output/timeline.pdf
	@mkdir -p output
	@./$(BUILD)/timeline extract --dct "$$(cat examples/yonhap-pyongyang-summit.dct)" \
	  -o output/yonhap-pyongyang-summit.yaml examples/yonhap-pyongyang-summit.txt
	@echo "Events extracted from examples/yonhap-pyongyang-summit.txt into output/yonhap-pyongyang-summit.yaml:"
	@./$(BUILD)/timeline check --list output/yonhap-pyongyang-summit.yaml
	@./$(BUILD)/timeline render output/yonhap-pyongyang-summit.yaml \
	  -o output/yonhap-pyongyang-summit.svg

install: build
	@cmake --install $(BUILD)

format:
	@clang-format -i src/*.h src/*/*.[ch] tests/*.c

lint:
	@clang-format --dry-run -Werror src/*.h src/*/*.[ch] tests/*.c

clean:
	@rm -rf $(BUILD)

# Run each fuzzer for FUZZ_SECONDS (clang + libFuzzer; not part of `test`).
FUZZ_SECONDS ?= 60
fuzz:
	@./.ci/deps $(PACKAGES) clang
	@CC=clang cmake -S . -B $(BUILD)/fuzz -DTL_FUZZ=ON -DBUILD_TESTING=OFF \
	  -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build $(BUILD)/fuzz -j $(JOBS)
	@for f in $(BUILD)/fuzz/fuzz/fuzz_*; do n=$$(basename $$f); \
	  mkdir -p $(BUILD)/fuzz/corpus/$$n; \
	  $$f -dict=fuzz/dict -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
	    $(BUILD)/fuzz/corpus/$$n fuzz/seeds/$${n#fuzz_} || exit 1; done
