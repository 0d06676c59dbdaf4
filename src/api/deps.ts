import type { GraphStore } from '../graph/port.js';
import type { UpsertResult } from '../domain/model.js';

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
  entityId: string;
  /** Surface forms that must stop resolving to `entityId`. */
  aliases: string[];
  /** Canonical name of the entity they resolve to instead. */
  name: string;
}

export interface SplitOutcome {
  newEntityId: string;
  /** Articles whose stored statements still reflect the old resolution until re-ingested. */
  affectedArticleIds: string[];
}

/**
 * The editorial decision log (the alias file of the entity resolver). The API records merges
 * and splits here so the next ingest resolves names the way the editor decided; statement
 * corrections persist in the store itself (GraphStore.correctStatement).
 */
export interface EditorialDecisions {
  recordMerge(survivorId: string, mergedId: string): Promise<void>;
  recordSplit(decision: SplitDecision): Promise<SplitOutcome>;
}

export interface ApiDeps {
  store: GraphStore;
  /** Absent: `ingestArticles` answers NOT_CONFIGURED. */
  ingest?: IngestFunction;
  /** Absent: merges still apply to the store but are not remembered; splits answer NOT_CONFIGURED. */
  decisions?: EditorialDecisions;
}
