import DataLoader from 'dataloader';
import type { Article, Entity, Statement } from '../domain/model.js';
import type { GraphStore } from '../graph/port.js';

export interface Loaders {
  article: DataLoader<string, Article | null>;
  entity: DataLoader<string, Entity | null>;
  statement: DataLoader<string, Statement | null>;
  /** Statement counts per entity, by direction ("OUT" made, "IN" about). */
  madeCount: DataLoader<string, number>;
  aboutCount: DataLoader<string, number>;
}

const countLoader = (store: GraphStore, field: 'speaker' | 'target') =>
  new DataLoader<string, number>((ids) =>
    Promise.all(
      ids.map(async (id) => (await store.findStatements({ [field]: id }, { first: 0 })).totalCount),
    ),
  );

/** One set per request (or subscription event): batches and de-duplicates store reads. */
export const createLoaders = (store: GraphStore): Loaders => ({
  article: new DataLoader((ids) => store.getArticles(ids)),
  entity: new DataLoader((ids) => store.getEntities(ids)),
  statement: new DataLoader((ids) => store.getStatements(ids)),
  madeCount: countLoader(store, 'speaker'),
  aboutCount: countLoader(store, 'target'),
});
