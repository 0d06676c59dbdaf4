import { z } from 'zod';
import { ENTITY_KINDS } from '../domain/model.js';

/**
 * Editorial decisions about entity identity, as stored in `quotegraph.aliases.yaml` in the data
 * directory (format in docs/entity-resolution.md). Names, not ids: ids derive from kind + name,
 * and names are what an editor reads and types.
 */
const kind = z.enum(ENTITY_KINDS);
const name = z.string().trim().min(1);

export const editorialDecisionsSchema = z
  .object({
    version: z.literal(1).default(1),
    /** Canonical names with the surface forms that always mean them. */
    entities: z
      .array(z.object({ name, kind, aliases: z.array(name).default([]) }).strict())
      .default([]),
    /** `merged` always resolves to `survivor` (same kind). */
    merge: z
      .array(
        z
          .object({
            kind,
            survivor: name,
            merged: name,
            reason: z.string().default(''),
            at: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    /** These two names are different entities, whatever the evidence says. */
    neverMerge: z
      .array(
        z
          .object({
            kind,
            a: name,
            b: name,
            reason: z.string().default(''),
            at: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type EditorialDecisions = z.infer<typeof editorialDecisionsSchema>;
export type MergeRule = EditorialDecisions['merge'][number];
export type NeverMergeRule = EditorialDecisions['neverMerge'][number];

export const emptyDecisions = (): EditorialDecisions => ({
  version: 1,
  entities: [],
  merge: [],
  neverMerge: [],
});
