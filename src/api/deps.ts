import type { GraphStore } from '../graph/port.js';
import type { Entity, UpsertResult } from '../domain/model.js';

/** One article as a client submits it; the ingest function derives ids and runs the pipeline. */
export interface ArticleInput {
  text: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  publishedAt?: string | null;
}

/** An input the ingest refused (bad date, oversize text); the other inputs are still stored. */
export interface IngestFailure {
  /** Position in the submitted list. */
  index: number;
  code: string;
  message: string;
}

/** What an ingest did: one result per stored article, plus the refused inputs. */
export interface IngestReport {
  results: UpsertResult[];
  /** Absent when the ingest refuses a bad batch whole (by throwing) instead of skipping inputs. */
  failed?: IngestFailure[];
}

/** Runs extraction, resolution and the store upsert; the CLI wires the real pipeline in. */
export type IngestFunction = (articles: ArticleInput[]) => Promise<IngestReport>;

export interface SplitDecision {
  /** The entity as stored before the split. */
  entity: Entity;
  /** Surface forms that must stop resolving to `entity`. */
  aliases: string[];
  /** Canonical name of the entity they resolve to instead. */
  name: string;
}

/**
 * The editorial decision log (the entity resolver's alias file). The API records merges and
 * splits here, with the entities as they were before the change (the alias file speaks in names),
 * so the next ingest resolves names the way the editor decided. Statement corrections persist in
 * the store itself (GraphStore.correctStatement).
 */
export interface EditorialDecisions {
  recordMerge(survivor: Entity, merged: Entity): Promise<void>;
  recordSplit(decision: SplitDecision): Promise<void>;
}

export interface ApiDeps {
  store: GraphStore;
  /** Absent: `ingestArticles` answers NOT_CONFIGURED. */
  ingest?: IngestFunction;
  /** Absent: merges still apply to the store but are not remembered; splits answer NOT_CONFIGURED. */
  decisions?: EditorialDecisions;
}
