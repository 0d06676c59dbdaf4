#!/usr/bin/env bash
# Builds the in-process Neo4j launcher used by the Neo4j tests and benchmark:
# target/neo4j-launcher.jar plus its dependencies in target/lib (the jar's manifest lists them).
set -euo pipefail
cd "$(dirname "$0")"
if [ -f target/neo4j-launcher.jar ] && [ -d target/lib ] && [ -z "$(find src pom.xml -newer target/neo4j-launcher.jar -print -quit)" ]; then
  echo "neo4j-launcher: up to date"
  exit 0
fi
mvn -q -B -ntp package -DskipTests
echo "neo4j-launcher: built target/neo4j-launcher.jar"
