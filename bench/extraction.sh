#!/usr/bin/env bash
# Extraction speed: JMH sample times for bodies of 5,000, 20,000 and 100,000 characters built
# from the seed articles' paragraphs (ExtractionBenchmark). Needs only the JDK; compiles the
# tests first. Extra arguments go to JMH (e.g. -p length=5000, -wi 5, -rf json).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
	-Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.openjdk.jmh.Main ExtractionBenchmark "$@"
