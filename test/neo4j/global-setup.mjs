import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launcherUnavailableReason, startNeo4j } from './launcher-process.mjs';

// Same names as test-env.ts: distinct from NEO4J_URI so no CLI test picks the server up.
const URI_ENV = 'QUOTEGRAPH_TEST_NEO4J_URI';
const SKIP_ENV = 'QUOTEGRAPH_TEST_NEO4J_SKIP';
const TEST_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Test files that need a real Neo4j say so in their name. */
const neo4jTestFiles = () =>
  readdirSync(TEST_ROOT, { recursive: true, encoding: 'utf8' })
    .filter((p) => /neo4j[^/]*\.test\.ts$/.test(p))
    .map((p) => `${TEST_ROOT}${p}`);

/** Only start a JVM when a selected test file needs it, so other runs stay cheap. */
const selected = (config) => {
  const patterns = config.testPathPatterns?.patterns ?? [];
  if (patterns.length === 0) return true;
  const files = neo4jTestFiles();
  return patterns.some((p) => files.some((f) => new RegExp(p, 'i').test(f)));
};

/**
 * NEO4J_URI wins (a disposable database: the tests wipe it); else the in-process launcher is
 * started once for the run; else the reason is passed on and the Neo4j tests report skipped.
 */
export default async function globalSetup(config) {
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
    process.env[SKIP_ENV] = `the Neo4j launcher failed: ${String(error.message).slice(0, 500)}`;
  }
}
