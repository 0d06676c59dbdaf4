import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { Command } from 'commander';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { registerImportCommand } from '../../src/cli/import-command.js';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { openNeo4jStore, type Neo4jStore } from '../../src/graph/neo4j/index.js';
import { goldArticleGraphs } from '../neo4j/gold-corpus.js';
import { describeNeo4j, neo4jTestUri, openCleanStore } from '../neo4j/test-env.js';

describeNeo4j('quotegraph import from an existing Neo4j database', () => {
  let source: Neo4jStore;
  let dir: string;
  let target: EmbeddedStore | undefined;

  beforeEach(async () => {
    source = await openCleanStore();
    dir = await mkdtemp(join(tmpdir(), 'quotegraph-import-'));
  });
  afterEach(async () => {
    await target?.close();
    await source.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs the real command with the target pointed at a temporary embedded store. */
  const runImport = async (): Promise<string> => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const program = new Command().exitOverride();
    registerImportCommand(program, {
      openSource: (options) => openNeo4jStore(options),
      openTarget: async () => ({ store: await openEmbeddedStore({ dir }), name: dir }),
      out,
    });
    await program.parseAsync(['import', '--from', neo4jTestUri()!, '--batch', '5'], {
      from: 'user',
    });
    return text;
  };

  it('copies articles, entities and corrected statements, and a second run changes nothing', async () => {
    const gold = goldArticleGraphs();
    await source.upsertArticles(gold);
    const someStatement = gold[2]!.statements[0]!;
    await source.correctStatement({ statementId: someStatement.id, verified: true });

    const first = await runImport();
    expect(first).toMatch(
      new RegExp(`^imported ${gold.length} articles \\(${gold.length} changed\\)`),
    );
    target = await openEmbeddedStore({ dir });
    expect(await target.counts()).toEqual(await source.counts());
    const ids = gold.flatMap((g) => g.statements.map((s) => s.id));
    expect(await target.getStatements(ids)).toEqual(await source.getStatements(ids));
    expect((await target.getStatements([someStatement.id]))[0]?.verified).toBe(true);
    const all = { first: 1000 };
    expect((await target.findEntities({}, all)).items.map((i) => i.node)).toEqual(
      (await source.findEntities({}, all)).items.map((i) => i.node),
    );
    await target.close();
    target = undefined;

    expect(await runImport()).toMatch(/^imported \d+ articles \(0 changed\)/);
  }, 180_000);
});
