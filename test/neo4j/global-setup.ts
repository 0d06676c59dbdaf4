import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launcherUnavailableReason, startNeo4j, type RunningNeo4j } from './launcher-process.js';
import { SKIP_ENV, URI_ENV } from './test-env.js';

declare global {
  var __quotegraphNeo4j: RunningNeo4j | undefined;
}

const TEST_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Test files that need a real Neo4j: their names say neo4j. */
const neo4jTestFiles = (): string[] =>
  readdirSync(TEST_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((p) => /neo4j[^/]*\.test\.ts$/.test(p))
    .map((p) => `${TEST_ROOT}${p}`);

/** Only start a JVM when a selected test file needs it, so other runs stay cheap. */
const selected = (config: { testPathPatterns?: { patterns?: string[] } }): boolean => {
  const patterns = config.testPathPatterns?.patterns ?? [];
  if (patterns.length === 0) return true;
  const files = neo4jTestFiles();
  return patterns.some((p) => files.some((f) => new RegExp(p, 'i').test(f)));
};

export default async function globalSetup(config: { testPathPatterns?: { patterns?: string[] } }) {
  if (process.env[URI_ENV] || process.env[SKIP_ENV]) return;
  if (process.env.NEO4J_URI) {
    process.env[URI_ENV] = process.env.NEO4J_URI;
    return;
  }
  if (!selected(config)) {
    process.env[SKIP_ENV] = 'no Neo4j test selected';
    return;
  }
  const reason = launcherUnavailableReason();
  if (reason) {
    process.env[SKIP_ENV] = `${reason} and NEO4J_URI is not set`;
    return;
  }
  try {
    globalThis.__quotegraphNeo4j = await startNeo4j();
    process.env[URI_ENV] = globalThis.__quotegraphNeo4j.uri;
  } catch (error) {
    process.env[SKIP_ENV] = `the Neo4j launcher failed: ${(error as Error).message.slice(0, 500)}`;
  }
}
