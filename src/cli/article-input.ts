import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InvalidArticleError } from '../domain/errors.js';
import { articleId } from '../domain/ids.js';
import type { Article } from '../domain/model.js';

/** Larger articles are refused with a clear error rather than stalling a batch. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const JSON_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json']);

/** One article, or the reason one input could not become an article. */
export type InputItem = { origin: string; article: Article } | { origin: string; error: Error };

const optionalString = (value: unknown, field: string, origin: string): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new InvalidArticleError(`${origin}: ${field} must be a string`);
  return value;
};

/** Validates an article record as found in JSONL or sent to the API. */
export function articleFromRecord(record: unknown, origin: string): Article {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new InvalidArticleError(`${origin}: expected an object with a "text" field`);
  const r = record as Record<string, unknown>;
  if (typeof r.text !== 'string' || !r.text.trim())
    throw new InvalidArticleError(`${origin}: "text" must be a non-empty string`);
  if (Buffer.byteLength(r.text) > MAX_ARTICLE_BYTES)
    throw new InvalidArticleError(`${origin}: text exceeds ${MAX_ARTICLE_BYTES} bytes`);
  const publishedAt = optionalString(r.publishedAt, 'publishedAt', origin);
  if (publishedAt && Number.isNaN(Date.parse(publishedAt)))
    throw new InvalidArticleError(`${origin}: publishedAt "${publishedAt}" is not an ISO date`);
  return {
    id: optionalString(r.id, 'id', origin) ?? articleId(r.text),
    url: optionalString(r.url, 'url', origin),
    title: optionalString(r.title, 'title', origin),
    source: optionalString(r.source, 'source', origin),
    publishedAt,
    text: r.text,
  };
}

export const articleFromText = (text: string, origin: string): Article =>
  articleFromRecord({ text }, origin);

const attempt = (origin: string, make: () => Article): InputItem => {
  try {
    return { origin, article: make() };
  } catch (error) {
    return { origin, error: error as Error };
  }
};

/** Splits JSONL (or one JSON object/array) into articles, one result per record. */
export function parseArticleRecords(content: string, origin: string): InputItem[] {
  const trimmed = content.trim();
  if (trimmed.startsWith('[')) {
    let records: unknown[];
    try {
      records = JSON.parse(trimmed) as unknown[];
    } catch (error) {
      return [
        {
          origin,
          error: new InvalidArticleError(`${origin}: invalid JSON (${(error as Error).message})`),
        },
      ];
    }
    return records.map((r, i) =>
      attempt(`${origin}[${i}]`, () => articleFromRecord(r, `${origin}[${i}]`)),
    );
  }
  return content.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const at = `${origin}:${i + 1}`;
    return [
      attempt(at, () => {
        let record: unknown;
        try {
          record = JSON.parse(line);
        } catch (error) {
          throw new InvalidArticleError(`${at}: invalid JSON (${(error as Error).message})`);
        }
        return articleFromRecord(record, at);
      }),
    ];
  });
}

async function readPath(path: string): Promise<InputItem[]> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    const nested = await Promise.all(
      names
        .filter((n) => TEXT_EXTENSIONS.has(extname(n)) || JSON_EXTENSIONS.has(extname(n)))
        .map((n) => readPath(join(path, n))),
    );
    return nested.flat();
  }
  if (info.size > MAX_ARTICLE_BYTES * 4)
    throw new InvalidArticleError(`${path}: file is ${info.size} bytes, over the input limit`);
  const content = await readFile(path, 'utf8');
  if (JSON_EXTENSIONS.has(extname(path))) return parseArticleRecords(content, path);
  return [attempt(path, () => articleFromText(content, path))];
}

/** Reads files, directories (their .txt/.md/.json/.jsonl files) and `-` (stdin) into articles. */
export async function readInputs(
  paths: string[],
  readStdin: () => Promise<string>,
): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for (const path of paths) {
    if (path === '-') {
      const content = await readStdin();
      const looksJson = /^\s*[[{]/.test(content);
      items.push(
        ...(looksJson
          ? parseArticleRecords(content, 'stdin')
          : [attempt('stdin', () => articleFromText(content, 'stdin'))]),
      );
      continue;
    }
    try {
      items.push(...(await readPath(path)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT' ? `${path}: no such file or directory` : (error as Error).message;
      items.push({ origin: path, error: new InvalidArticleError(message) });
    }
  }
  return items;
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
