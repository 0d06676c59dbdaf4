import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { InvalidArgumentError } from '../domain/errors.js';
import {
  editorialDecisionsSchema,
  emptyDecisions,
  type EditorialDecisions,
} from './editorial-decisions.js';

export const ALIAS_FILE_NAME = 'quotegraph.aliases.yaml';

export const aliasFilePath = (dataDir: string): string => join(dataDir, ALIAS_FILE_NAME);

/** Parses alias-file text; a malformed file is an INVALID_ARGUMENT error naming the problem. */
export function parseDecisions(text: string, origin = ALIAS_FILE_NAME): EditorialDecisions {
  let raw: unknown;
  try {
    raw = load(text);
  } catch (error) {
    throw new InvalidArgumentError(`${origin}: not valid YAML: ${(error as Error).message}`, {
      origin,
    });
  }
  if (raw === null || raw === undefined) return emptyDecisions();
  const parsed = editorialDecisionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidArgumentError(
      `${origin}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      {
        origin,
        path: issue.path.join('.'),
      },
    );
  }
  return parsed.data;
}

/** Reads the data directory's alias file; a missing file means no decisions yet. */
export async function loadDecisions(dataDir: string): Promise<EditorialDecisions> {
  const path = aliasFilePath(dataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyDecisions();
    throw error;
  }
  return parseDecisions(text, path);
}

const HEADER =
  '# Editorial entity decisions, applied on every ingest. Format: docs/entity-resolution.md\n' +
  '# Edit by hand or with `quotegraph entities merge|split`.\n';

/** Writes atomically (temp file + rename) so a crash never leaves half a file. */
export async function saveDecisions(dataDir: string, decisions: EditorialDecisions): Promise<void> {
  const valid = editorialDecisionsSchema.parse(decisions);
  await mkdir(dataDir, { recursive: true });
  const path = aliasFilePath(dataDir);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, HEADER + dump(valid, { lineWidth: 100 }), 'utf8');
  await rename(temp, path);
}
