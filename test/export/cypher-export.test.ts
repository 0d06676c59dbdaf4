import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  lintCypherQuery,
  isNotParamError,
  parseStatementsStrs,
} from '@neo4j-cypher/language-support';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { cypherLiteral } from '../../src/graph/export/cypher-literal.js';
import { exportGraph } from '../../src/graph/export/export-graph.js';
import {
  EXPORT_TEMPLATE_NAMES,
  exportTemplatesDir,
} from '../../src/graph/export/load-export-templates.js';
import { articleGraph, entity } from '../graph/fixtures.js';

const errors = (query: string) =>
  lintCypherQuery(query, {})
    .diagnostics.filter((d) => isNotParamError(d as Parameters<typeof isNotParamError>[0]))
    .filter((d) => d.severity === 1)
    .map((d) => d.message);

describe('cypher export', () => {
  it.each(EXPORT_TEMPLATE_NAMES)('template %s.cypher lints clean', (name) => {
    const text = readFileSync(join(exportTemplatesDir(), `${name}.cypher`), 'utf8');
    for (const statement of parseStatementsStrs(text)) expect(errors(statement)).toEqual([]);
  });

  it('encodes awkward values as valid Cypher literals', () => {
    const value = {
      name: 'O\'Neil "the" \\ \n\u2028 <x>',
      n: 0.5,
      ok: true,
      none: null,
      'odd key': [1],
    };
    const literal = cypherLiteral(value);
    expect(errors(`RETURN ${literal} AS v`)).toEqual([]);
    expect(literal).toContain('`odd key`: [1]');
  });

  it('emits a replayable script: every :param value and statement is valid Cypher', async () => {
    const store = await openEmbeddedStore({ dir: '/nonexistent', persist: false });
    const a = entity('Lorraine Voss');
    const b = entity("Dwayne O'Kafor");
    await store.upsertArticle(
      articleGraph('a_x', [
        { speaker: a, target: b, relation: 'ACCUSES', quote: 'He "lied" to us' },
      ]),
    );
    const [file] = await exportGraph(store, 'cypher');
    const lines = file!.body.split('\n');
    const params = lines.filter((l) => l.startsWith(':param rows => '));
    expect(params).toHaveLength(4);
    for (const p of params)
      expect(errors(`RETURN ${p.slice(':param rows => '.length)} AS rows`)).toEqual([]);
    const cypher = lines.filter((l) => !l.startsWith(':param')).join('\n');
    const statements = parseStatementsStrs(cypher);
    expect(statements.length).toBe(3 + 4);
    for (const s of statements) expect(errors(s)).toEqual([]);
    expect(file!.body).toContain("O'Kafor");
    await store.close();
  });
});
