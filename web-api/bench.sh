#!/bin/sh
# Benchmark: authenticated GET /api/v1/user/service/status vs a bare Vert.x hello route, same JVM and run.
# Usage (from the repository root): web-api/bench.sh      Env: CONNECTIONS (default 256), SECONDS (default 10)
set -e
cd "$(dirname "$0")/.."
mvn -q -B -pl web-api -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
CP="web-api/target/test-classes:web-api/target/classes:$(cat web-api/target/bench.classpath)"
exec java -Xms1g -Xmx1g -cp "$CP" -Dlogback.configurationFile=web-api/src/test/resources/logback-test.xml \
  in.neotrader.web.bench.StatusBenchmark
