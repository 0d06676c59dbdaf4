import { describe, expect, it } from '@jest/globals';
import { lintCypherQuery, isNotParamError, testData } from '@neo4j-cypher/language-support';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CYPHER_DIR, loadCypherFiles } from '../src/graph/neo4j/cypher-statements.js';
import { GRAPH_VOCABULARY } from '../src/graph/neo4j/graph-vocabulary.js';

/** Neo4j's procedures and functions (from the library's bundled signatures) plus our vocabulary. */
const dbSchema = { ...testData.mockSchema, ...GRAPH_VOCABULARY };

/** Every diagnostic except "parameter not defined": values arrive as parameters at run time. */
const problems = (query: string): string[] =>
  lintCypherQuery(query, dbSchema)
    .diagnostics.filter((d) => isNotParamError({ message: String(d.message) }))
    .map(
      (d) => `${d.severity === 1 ? 'error' : 'warning'} L${d.range.start.line + 1}: ${d.message}`,
    );

/** The adapter's statements; export templates (cypher/export) are linted by the export tests. */
const files = new Map([...loadCypherFiles()].filter(([name]) => !name.startsWith('export/')));

describe('offline Cypher lint (Neo4j language support)', () => {
  it('finds the Cypher files', () => {
    expect(files.size).toBeGreaterThan(20);
  });

  it.each([...files.keys()])('cypher/%s.cypher parses and lints clean', (name) => {
    expect(problems(files.get(name)!)).toEqual([]);
  });

  it('holds one statement per file', () => {
    for (const [name, text] of files) {
      expect([name, text.replace(/;\s*$/, '').includes(';')]).toEqual([name, false]);
    }
  });

  it('fails on broken statements: syntax, a misspelt label, an unknown procedure', () => {
    expect(problems('MATCH (n:Article WHERE n.id = $id RETURN n')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error/)]),
    );
    const misspelt = files.get('read/articles-by-id')!.replace(':Article', ':Artcle');
    expect(problems(misspelt)).toEqual([expect.stringContaining('Artcle')]);
    const unknownProcedure = files
      .get('read/search-statements')!
      .replace('queryNodes', 'queryNodez');
    expect(problems(unknownProcedure)).toEqual(
      expect.arrayContaining([expect.stringContaining('queryNodez')]),
    );
  });

  it('has a file for every statement name the adapter runs', () => {
    const dir = fileURLToPath(new URL('../src/graph/neo4j/', import.meta.url));
    const named = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [
        ...readFileSync(`${dir}${f}`, 'utf8').matchAll(
          /'((?:schema|ingest|read|editorial|admin)\/[a-z0-9-]+)'/g,
        ),
      ])
      .map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((name) => !files.has(name))).toEqual([]);
    expect(CYPHER_DIR).toMatch(/cypher\/$/);
  });
});
