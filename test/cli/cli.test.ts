import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const article = `LONDON (Northwire) - The talks collapsed on Friday.

"We came here ready to sign," Eleanor Marchetti told reporters. "Nobody had seen these demands before."

“The door is open,” said Han Do-yun.`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-cli-'));
  await writeFile(join(dir, 'talks.txt'), article);
  await writeFile(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({
        id: 'wire-1',
        source: 'Northwire',
        publishedAt: '2026-03-14',
        text: article,
      }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', title: 'Empty' }),
    ].join('\n'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('quotegraph extract', () => {
  it('prints one JSON line per quotation in the documented contract', async () => {
    const { code, stdout } = await runCli(['extract', join(dir, 'talks.txt')]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const first = lines.find((l) => l.quote.text.startsWith('We came here'));
    expect(Object.keys(first).sort()).toEqual(
      ['article', 'confidence', 'cue', 'quote', 'relation', 'speaker', 'target', 'type'].sort(),
    );
    expect(article.slice(first.quote.start, first.quote.end)).toBe(first.quote.text);
    expect(first.speaker.name).toContain('Marchetti');
    expect(first.speaker.id).toMatch(/^e_/);
    expect(article.slice(first.speaker.mention.start, first.speaker.mention.end)).toBe(
      first.speaker.mention.text,
    );
    expect(article.slice(first.cue.start, first.cue.end)).toBe('told');
    expect(first.confidence).toBeGreaterThan(0);
    expect(first.confidence).toBeLessThanOrEqual(1);
    const curly = lines.find((l) => l.quote.text.startsWith('The door is open'));
    expect(curly.speaker.name).toBe('Han Do-yun');
  });

  it('reads an article from stdin', async () => {
    const { code, stdout } = await runCli(['extract', '-'], { input: article });
    expect(code).toBe(0);
    expect(stdout).toContain('"The door is open,"'.slice(1, -2));
  });

  it('reports a missing file on stderr, exits 1, and still extracts the others', async () => {
    const { code, stdout, stderr } = await runCli([
      'extract',
      join(dir, 'missing.txt'),
      join(dir, 'talks.txt'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: no such file/);
    expect(stdout.trim().split('\n').length).toBeGreaterThanOrEqual(2);
  });
});

describe('quotegraph ingest and stats', () => {
  it('ingests, summarises, skips bad records loudly, and re-ingest changes nothing', async () => {
    const store = join(dir, 'store');
    const first = await runCli([
      'ingest',
      '--store',
      store,
      join(dir, 'talks.txt'),
      join(dir, 'batch.jsonl'),
    ]);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/batch\.jsonl:2: invalid JSON/);
    expect(first.stderr).toMatch(/batch\.jsonl:3: "text" must be a non-empty string/);
    expect(first.stdout).toMatch(/ingested 2 articles \(2 new or changed, 0 unchanged, 2 failed\)/);
    const second = await runCli(['ingest', '--store', store, join(dir, 'talks.txt')]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /ingested 1 articles \(0 new or changed, 1 unchanged, 0 failed\)/,
    );
    const stats = await runCli(['stats', '--json', '--store', store]);
    const counts = JSON.parse(stats.stdout);
    expect(counts.articles).toBe(2);
    expect(counts.statements).toBeGreaterThanOrEqual(4);
    const saved = JSON.parse(await readFile(join(store, 'store.json'), 'utf8'));
    expect(saved.articles.map((a: { id: string }) => a.id)).toContain('wire-1');
  });

  it('uses QUOTEGRAPH_DATA_DIR when no --store is given', async () => {
    const store = join(dir, 'from-env');
    const result = await runCli(['ingest', join(dir, 'talks.txt')], {
      env: { QUOTEGRAPH_DATA_DIR: store },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(join(store, 'store.json'));
  });

  it('fails with exit 2 and a coded message on a corrupt store, leaving it as it was', async () => {
    const store = join(dir, 'corrupt');
    await rm(store, { recursive: true, force: true });
    await (await import('node:fs/promises')).mkdir(store);
    await writeFile(join(store, 'store.json'), 'not json');
    const result = await runCli(['ingest', '--store', store, join(dir, 'talks.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\[STORE_CORRUPT\]/);
    expect(await readFile(join(store, 'store.json'), 'utf8')).toBe('not json');
  });

  it('rejects an unknown command with usage help', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unknown command/);
  });
});
