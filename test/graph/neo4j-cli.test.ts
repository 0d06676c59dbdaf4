import { beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../cli/run-cli.js';
import { describeNeo4j, neo4jTestUri, openCleanStore } from '../neo4j/test-env.js';

describeNeo4j('quotegraph CLI on Neo4j', () => {
  beforeAll(async () => {
    const store = await openCleanStore();
    await store.close();
  });

  it('ingests with --store bolt://…, re-ingest changes nothing, stats reads the same server', async () => {
    const uri = neo4jTestUri()!;
    const first = await runCli(['ingest', '--store', uri, 'data/dev/corpus']);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toMatch(
      /ingested 12 articles \(12 new or changed, 0 unchanged, 0 failed\)/,
    );
    const again = await runCli(['ingest', 'data/dev/corpus'], { env: { NEO4J_URI: uri } });
    expect(again.stdout).toMatch(/ingested 12 articles \(0 new or changed, 12 unchanged/);
    const stats = await runCli(['stats', '--json', '--store', uri]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ store: uri, articles: 12 });
  });
});

describe('quotegraph CLI with an unreachable Neo4j', () => {
  it('reports an unreachable server as STORE_UNAVAILABLE with a non-zero exit', async () => {
    const result = await runCli(['stats', '--store', 'bolt://127.0.0.1:9'], {
      env: { NEO4J_URI: '' },
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('[STORE_UNAVAILABLE]');
  });
});
