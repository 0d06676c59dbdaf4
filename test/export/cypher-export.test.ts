import { describe, expect, it } from '@jest/globals';
import {
  lintCypherQuery,
  isNotParamError,
  parseStatementsStrs,
  testData,
} from '@neo4j-cypher/language-support';
import { openEmbeddedStore } from '../../src/graph/embedded/embedded-store.js';
import { cypherLiteral } from '../../src/graph/export/cypher-literal.js';
import { exportGraph } from '../../src/graph/export/export-graph.js';
import { loadCypherFiles } from '../../src/graph/neo4j/cypher-statements.js';
import { GRAPH_VOCABULARY } from '../../src/graph/neo4j/graph-vocabulary.js';
import { articleGraph, entity } from '../graph/fixtures.js';

const dbSchema = { ...testData.mockSchema, ...GRAPH_VOCABULARY };
const errors = (query: string) =>
  lintCypherQuery(query, dbSchema)
    .diagnostics.filter((d) => isNotParamError({ message: String(d.message) }))
    .map((d) => String(d.message));

describe('cypher export', () => {
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
    expect(errors('RETURN {a: 1 AS v')).not.toEqual([]);
  });

  it("emits a cypher-shell script of the adapter's own schema and ingest statements with valid :param rows", async () => {
    const store = await openEmbeddedStore({ dir: '/nonexistent', persist: false });
    const a = entity('Lorraine Voss');
    const b = entity("Dwayne O'Kafor", 'ORGANIZATION');
    await store.upsertArticle(
      articleGraph('a_x', [
        { speaker: a, target: b, relation: 'ACCUSES', quote: 'He "lied" to us' },
        { speaker: b, quote: 'No comment' },
      ]),
    );
    const [file] = await exportGraph(store, 'cypher');
    await store.close();
    const lines = file!.body.split('\n');
    const params = lines.filter((l) => l.startsWith(':param batch => '));
    expect(params).toHaveLength(7);
    for (const p of params)
      expect(errors(`RETURN ${p.slice(':param batch => '.length)} AS batch`)).toEqual([]);
    const statements = parseStatementsStrs(
      lines.filter((l) => !l.startsWith(':param') && !l.startsWith('//')).join('\n'),
    )
      .map((s) => s.trim())
      .filter(Boolean);
    const files = loadCypherFiles();
    const adapter = new Set([...files.values()].map((t) => t.trim()));
    for (const s of statements) expect(adapter.has(s.replace(/;$/, ''))).toBe(true);
    const schema = [...files.keys()].filter((k) => k.startsWith('schema/'));
    expect(statements).toHaveLength(schema.length + 7);
    expect(file!.body).toContain("O'Kafor");
    expect(file!.body).toContain('label: "Organization"');
  });
});
