# obsc: observability as code. `make generate` compiles definitions/ into generated/;
# `make test` proves the compiler and its output (unit, approval, CLI, promtool, amtool, live, drift).

MVN      ?= mvn
MVNFLAGS ?= -B -q
TESTFLAGS ?= -B -ntp
JAVA     ?= java
OBSC_JAR := compiler/target/obsc.jar
DEFS     := definitions/target/classes
# compiler/obsc runs the jar with the JVM options measured for it.
OBSC     := JAVA=$(JAVA) compiler/obsc
SUDO     := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help build generate check test tools drift bench bench-slo bench-eval clean

help:
	@echo "make generate  compile the definitions into generated/"
	@echo "make check     compile and verify the definitions; write nothing"
	@echo "make test      every test: unit, approval, CLI, promtool, amtool, live servers, and the drift check"
	@echo "make tools     install promtool, amtool, prometheus and alertmanager (Debian packages) when missing"
	@echo "make bench     benchmarks (not part of make test)"
	@echo "make clean     remove build output"

# Builds the obsc jar and the compiled definitions, without running tests, then records the classes a
# compile loads in a class-data archive (compiler/obsc starts faster with it; it is optional).
build:
	$(MVN) $(MVNFLAGS) -DskipTests package
	@rm -f compiler/target/obsc.jsa; rm -rf target/cds; mkdir -p target
	@OBSC_JAVA_OPTS=-XX:ArchiveClassesAtExit=compiler/target/obsc.jsa JAVA=$(JAVA) compiler/obsc generate \
	  --definitions $(DEFS) --out target/cds > target/cds.log 2>&1 \
	  || echo "note: no class-data archive, so obsc starts slower: see target/cds.log"

generate: build
	$(OBSC) generate --definitions $(DEFS) --out generated

check: build
	$(OBSC) check --definitions $(DEFS)

# promtool and amtool check every rule file, config and route in the tests, and the live test runs
# the prometheus and alertmanager servers (Debian names the latter prometheus-alertmanager); they are
# never skipped, so they must be installed. Installing needs root or sudo, and fails loudly otherwise.
tools:
	@if command -v promtool >/dev/null 2>&1 && command -v amtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1 \
	    && { command -v alertmanager >/dev/null 2>&1 || command -v prometheus-alertmanager >/dev/null 2>&1; }; then \
	  echo "promtool, amtool, prometheus and alertmanager: present"; \
	else \
	  echo "installing promtool, amtool, prometheus and alertmanager (Debian packages prometheus, prometheus-alertmanager)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends prometheus prometheus-alertmanager \
	    || { echo "ERROR: could not install promtool/amtool; install the Debian packages prometheus and prometheus-alertmanager" >&2; exit 1; }; \
	fi
	@promtool --version 2>&1 | head -1
	@amtool --version 2>&1 | head -1
	@prometheus --version 2>&1 | head -1

test: tools
	$(MVN) $(TESTFLAGS) verify
	$(MAKE) --no-print-directory drift

# generated/ must be exactly what the definitions produce: regenerate elsewhere and compare.
drift:
	@rm -rf target/drift
	$(OBSC) generate --definitions $(DEFS) --out target/drift
	@diff -r generated target/drift \
	  || { echo "ERROR: generated/ differs from what the definitions produce; run 'make generate' and commit" >&2; exit 1; }
	@echo "drift check: generated/ matches the definitions"

# Benchmarks, not part of `make test`; their results are recorded in the README.
# The SLO benchmark compiles BENCH_SLOS synthetic SLOs as a whole process (JVM start included) and
# reports wall time, peak memory (GNU time's maximum resident set) and the size of what it wrote.
BENCH_SLOS ?= 1000 10000
BENCH_TIME_FORMAT := wall %e s; cpu %U s user + %S s system; peak memory %M KB
BENCH_TIME := /usr/bin/time -f "$(BENCH_TIME_FORMAT)"

bench: build
	$(JAVA) -cp $(OBSC_JAR):compiler/target/test-classes dev.obsc.compiler.bench.PromQLBenchmark
	$(MAKE) --no-print-directory bench-slo
	$(MAKE) --no-print-directory bench-eval

bench-slo: build
	@test -x /usr/bin/time || { echo "ERROR: the SLO benchmark measures with GNU time; install the Debian package time" >&2; exit 1; }
	@for n in $(BENCH_SLOS); do \
	  rm -rf target/bench/slo-$$n; mkdir -p target/bench; \
	  echo "== $$n SLOs: generate (compile, type-check, verify, write)"; \
	  OBSC_JAVA_OPTS="$(OBSC_JAVA_OPTS) -Dobsc.bench.slos=$$n" JAVA=$(JAVA) $(BENCH_TIME) compiler/obsc generate --definitions compiler/target/test-classes \
	    --class dev.obsc.compiler.bench.SloBenchmarkDefinitions --out target/bench/slo-$$n --timings > target/bench/slo-$$n.log \
	    || { cat target/bench/slo-$$n.log; exit 1; }; \
	  tail -1 target/bench/slo-$$n.log; \
	  echo "output: $$(find target/bench/slo-$$n -type f | wc -l) files, $$(du -sb target/bench/slo-$$n | cut -f1) bytes"; \
	done

# The rule-evaluation benchmark runs a real prometheus on 127.0.0.1 over 30 days of backfilled synthetic
# data for BENCH_EVAL_SLOS synthetic SLOs, once with every rule file obsc generated for them and once with
# the naive form (raw long-range ratios), and prints the rule evaluation time of both. It waits for
# BENCH_EVAL_ROUNDS evaluations of every group (the slowest are evaluated every 5 minutes).
BENCH_EVAL_SLOS ?= 100
BENCH_EVAL_ROUNDS ?= 3

bench-eval:
	@test -f $(OBSC_JAR) -a -d compiler/target/test-classes || $(MVN) $(MVNFLAGS) -DskipTests package
	rm -rf target/bench/eval-slo-$(BENCH_EVAL_SLOS)
	$(JAVA) -Dobsc.bench.slos=$(BENCH_EVAL_SLOS) -jar $(OBSC_JAR) generate --definitions compiler/target/test-classes \
	  --class dev.obsc.compiler.bench.SloBenchmarkDefinitions --out target/bench/eval-slo-$(BENCH_EVAL_SLOS) > /dev/null
	$(JAVA) -cp $(OBSC_JAR):compiler/target/test-classes dev.obsc.compiler.bench.RuleEvalBenchmark \
	  target/bench/eval-slo-$(BENCH_EVAL_SLOS) target/bench/eval-run $(BENCH_EVAL_ROUNDS)

clean:
	$(MVN) $(MVNFLAGS) clean
	rm -rf target
