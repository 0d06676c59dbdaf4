import type { Command } from 'commander';
import { InvalidArgumentError, NotFoundError } from '../domain/errors.js';
import { normalizeName } from '../domain/ids.js';
import { isEntityKind, type Entity, type EntityKind } from '../domain/model.js';
import type { GraphStore } from '../graph/port.js';
import { aliasFilePath, loadDecisions } from '../resolution/alias-file.js';
import { DecisionLookup } from '../resolution/decision-lookup.js';
import { recordMerge, recordSplit } from '../resolution/editorial-actions.js';
import { findSuspiciousPairs } from '../resolution/suspicious.js';
import { fatal } from './output.js';

export interface EntitiesCommandDeps {
  /** Where quotegraph.aliases.yaml lives. */
  dataDir: string;
  openStore: () => Promise<GraphStore>;
}

const parseKind = (value: string): EntityKind => {
  const kind = value.toUpperCase();
  if (!isEntityKind(kind))
    throw new InvalidArgumentError(`unknown entity kind "${value}"`, { kind: value });
  return kind;
};

/** An entity by id (e_…) or exact name (case and accents folded); ambiguity is an error. */
async function findEntity(store: GraphStore, ref: string, kind?: EntityKind): Promise<Entity> {
  if (ref.startsWith('e_')) {
    const [byId] = await store.getEntities([ref]);
    if (byId) return byId;
  }
  const page = await store.findEntities(
    { name: ref, kinds: kind ? [kind] : undefined },
    { first: 200 },
  );
  const wanted = normalizeName(ref);
  const exact = page.items.map((i) => i.node).filter((e) => normalizeName(e.name) === wanted);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1)
    throw new InvalidArgumentError(
      `"${ref}" names ${exact.length} entities (${exact.map((e) => `${e.kind} ${e.id}`).join(', ')}); pass --kind or an id`,
    );
  throw new NotFoundError('entity', ref);
}

async function allEntities(store: GraphStore, kind?: EntityKind): Promise<Entity[]> {
  const out: Entity[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.findEntities(
      { kinds: kind ? [kind] : undefined },
      { first: 1000, after },
    );
    out.push(...page.items.map((i) => i.node));
    if (!page.hasNextPage) return out;
    after = page.endCursor;
  }
}

const withStore = async <T>(
  deps: EntitiesCommandDeps,
  work: (store: GraphStore) => Promise<T>,
): Promise<T> => {
  const store = await deps.openStore();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
};

const print = (json: boolean | undefined, value: unknown, text: string) =>
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${text}\n`);

/** `quotegraph entities merge|split|list`: editorial decisions about entity identity. */
export function registerEntitiesCommand(program: Command, deps: EntitiesCommandDeps): void {
  const entities = program
    .command('entities')
    .description(
      `inspect entities and record editorial merge/split decisions (${aliasFilePath(deps.dataDir)})`,
    );

  entities
    .command('merge')
    .description(
      'fold entity <merged> into <survivor> (names or ids) and remember it for every later ingest',
    )
    .argument('<survivor>')
    .argument('<merged>')
    .option('--kind <kind>', 'entity kind, when a name is ambiguous')
    .option('--reason <text>', 'why, for the record', '')
    .option('--json', 'print JSON')
    .action(
      async (
        survivorRef: string,
        mergedRef: string,
        o: { kind?: string; reason: string; json?: boolean },
      ) => {
        try {
          const kind = o.kind ? parseKind(o.kind) : undefined;
          const result = await withStore(deps, async (store) => {
            const survivor = await findEntity(store, survivorRef, kind);
            const merged = await findEntity(store, mergedRef, survivor.kind);
            if (survivor.id === merged.id)
              throw new InvalidArgumentError(
                `"${survivorRef}" and "${mergedRef}" are already one entity`,
              );
            const entity = await store.mergeEntities(survivor.id, merged.id);
            await recordMerge(deps.dataDir, {
              kind: survivor.kind,
              survivor: survivor.name,
              merged: merged.name,
              reason: o.reason,
            });
            return { entity, merged };
          });
          print(
            o.json,
            result,
            `merged ${result.merged.kind} "${result.merged.name}" (${result.merged.id}) into "${result.entity.name}" (${result.entity.id}); recorded in ${aliasFilePath(deps.dataDir)}`,
          );
        } catch (error) {
          fatal(error);
        }
      },
    );

  entities
    .command('split')
    .description(
      'record that <a> and <b> are different entities; re-ingest their articles to separate statements',
    )
    .argument('<a>')
    .argument('<b>')
    .option('--kind <kind>', 'entity kind (default: the kind of <a> in the store)')
    .option('--reason <text>', 'why, for the record', '')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, o: { kind?: string; reason: string; json?: boolean }) => {
      try {
        const kind = o.kind
          ? parseKind(o.kind)
          : await withStore(deps, async (store) => (await findEntity(store, a)).kind);
        const { removedMerges } = await recordSplit(deps.dataDir, { kind, a, b, reason: o.reason });
        print(
          o.json,
          { kind, a, b, removedMerges },
          `recorded: ${kind} "${a}" and "${b}" are never merged (${removedMerges} merge rule(s) removed); re-ingest the articles that mention them to separate their statements`,
        );
      } catch (error) {
        fatal(error);
      }
    });

  entities
    .command('list')
    .description('list entities, or with --suspicious the likely duplicates ranked by similarity')
    .option('--suspicious', 'rank likely duplicate pairs')
    .option('--kind <kind>', 'only this kind')
    .option('--limit <n>', 'at most this many rows', (v) => Number.parseInt(v, 10), 50)
    .option('--json', 'print JSON lines')
    .action(async (o: { suspicious?: boolean; kind?: string; limit: number; json?: boolean }) => {
      try {
        if (!Number.isInteger(o.limit) || o.limit < 1)
          throw new InvalidArgumentError('--limit must be a positive integer');
        const kind = o.kind ? parseKind(o.kind) : undefined;
        const all = await withStore(deps, (store) => allEntities(store, kind));
        if (!o.suspicious) {
          for (const e of all.slice(0, o.limit))
            print(
              o.json,
              e,
              `${e.id}\t${e.kind}\t${e.name}${e.aliases.length ? `\t(${e.aliases.join(', ')})` : ''}`,
            );
          return;
        }
        const decisions = new DecisionLookup(await loadDecisions(deps.dataDir));
        const pairs = findSuspiciousPairs(all, decisions, o.limit);
        for (const p of pairs)
          print(
            o.json,
            { score: p.score, why: p.why, a: p.a, b: p.b },
            `${p.score.toFixed(3)}\t${p.a.kind}\t"${p.a.name}" (${p.a.id})\t"${p.b.name}" (${p.b.id})\t${p.why}`,
          );
        if (!o.json && pairs.length === 0) process.stdout.write('no likely duplicates\n');
      } catch (error) {
        fatal(error);
      }
    });
}
