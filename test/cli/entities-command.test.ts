import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

let dir: string;
let env: NodeJS.ProcessEnv;
const data = () => join(dir, 'data');
const aliasFile = () => join(data(), 'quotegraph.aliases.yaml');
const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-entities-'));
  env = { QUOTEGRAPH_DATA_DIR: data() };
  const articles = [
    {
      id: 'a1',
      source: 'Northwire',
      publishedAt: '2026-03-01',
      text: '"Talks have failed," Maria Zakharova said on Monday.',
    },
    {
      id: 'a2',
      source: 'Eastern Post',
      publishedAt: '2026-09-01',
      text: '"We will not be rushed," Ms Zakharova said.',
    },
    {
      id: 'a3',
      source: 'Northwire',
      publishedAt: '2026-03-02',
      text: '"The door is open," Han Do-yun said.',
    },
  ];
  await writeFile(join(dir, 'articles.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n'));
  const ingest = await runCli(['ingest', join(dir, 'articles.jsonl')], { env });
  expect(ingest.code).toBe(0);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('quotegraph entities', () => {
  it('lists entities and ranks likely duplicates', async () => {
    const list = await runCli(['entities', 'list', '--json'], { env });
    expect(list.code).toBe(0);
    const names = jsonLines(list.stdout).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Maria Zakharova', 'Zakharova', 'Han Do-yun']));

    const suspicious = await runCli(['entities', 'list', '--suspicious', '--json'], { env });
    expect(suspicious.code).toBe(0);
    const [top] = jsonLines(suspicious.stdout);
    expect([top.a.name, top.b.name].sort()).toEqual(['Maria Zakharova', 'Zakharova']);
    expect(top.score).toBeGreaterThanOrEqual(0.9);
    const text = await runCli(['entities', 'list', '--suspicious'], { env });
    expect(text.stdout).toContain('"Maria Zakharova"');
  }, 60_000);

  it('merges through the store and records the decision; split records the opposite', async () => {
    const merge = await runCli(
      ['entities', 'merge', 'Maria Zakharova', 'Zakharova', '--reason', 'same spokeswoman'],
      { env },
    );
    expect(merge.stderr).toBe('');
    expect(merge.code).toBe(0);
    expect(merge.stdout).toContain('merged PERSON "Zakharova"');
    const yaml = await readFile(aliasFile(), 'utf8');
    expect(yaml).toMatch(/survivor: Maria Zakharova/);
    expect(yaml).toMatch(/merged: Zakharova/);
    expect(yaml).toContain('same spokeswoman');

    const list = jsonLines(
      (await runCli(['entities', 'list', '--json', '--kind', 'person'], { env })).stdout,
    );
    expect(list.map((e) => e.name)).not.toContain('Zakharova');
    expect(list.find((e) => e.name === 'Maria Zakharova').aliases).toContain('Zakharova');
    const after = await runCli(['entities', 'list', '--suspicious'], { env });
    expect(after.stdout).toContain('no likely duplicates');

    const split = await runCli(
      ['entities', 'split', 'Maria Zakharova', 'Zakharova', '--reason', 'two people'],
      { env },
    );
    expect(split.code).toBe(0);
    expect(split.stdout).toContain('1 merge rule(s) removed');
    const yaml2 = await readFile(aliasFile(), 'utf8');
    expect(yaml2).toMatch(/neverMerge:\s+- kind: PERSON\s+a: Maria Zakharova\s+b: Zakharova/);
    expect(yaml2).not.toMatch(/survivor:/);
  }, 60_000);

  it('fails clearly on bad input and keeps the alias file intact', async () => {
    const before = await readFile(aliasFile(), 'utf8');
    const missing = await runCli(['entities', 'merge', 'Nobody Known', 'Han Do-yun'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[NOT_FOUND]');
    const kind = await runCli(['entities', 'list', '--kind', 'boat'], { env });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('[INVALID_ARGUMENT]');
    expect(await readFile(aliasFile(), 'utf8')).toBe(before);

    await writeFile(aliasFile(), 'merge: [{kind: PERSON}]\n');
    const broken = await runCli(['entities', 'list', '--suspicious'], { env });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/\[INVALID_ARGUMENT\].*quotegraph\.aliases\.yaml/);
    expect(await readFile(aliasFile(), 'utf8')).toBe('merge: [{kind: PERSON}]\n');
  }, 60_000);
});
