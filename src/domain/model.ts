/**
 * The domain model every layer speaks: articles, entities, quotes and the statements that link
 * a speaker to a target. Nothing here knows about NLP, storage or transport.
 */

/** The fixed relation vocabulary; docs/relations.md defines each with examples. */
export const RELATIONS = [
  'STATES',
  'CLAIMS',
  'ACCUSES',
  'CRITICIZES',
  'WARNS',
  'URGES',
  'SUPPORTS',
  'PRAISES',
  'REJECTS',
  'DENIES',
  'PROMISES',
  'ASKS',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'GROUP'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const QUOTE_TYPES = ['direct', 'indirect', 'mixed'] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];

/** Half-open character range [start, end) into an article's text. */
export interface Range {
  start: number;
  end: number;
}

/** A stretch of article text with its offsets; `text === article.text.slice(start, end)`. */
export interface Span extends Range {
  text: string;
}

/** Where an entity is named in an article ("Mr Zelensky", "she", "the Ukrainian president"). */
export type Mention = Span;

export interface Article {
  id: string;
  url: string | null;
  title: string | null;
  /** The outlet that published it ("Reuters", "Northwire"). */
  source: string | null;
  /** ISO 8601 date or date-time. */
  publishedAt: string | null;
  text: string;
}

export interface Entity {
  id: string;
  /** Canonical name shown to journalists. */
  name: string;
  kind: EntityKind;
  /** Every other surface form seen or declared for it (deduplicated, canonical name excluded). */
  aliases: string[];
}

export interface Quote extends Span {
  id: string;
  type: QuoteType;
  /** The reported pieces when the attribution interrupts the content; otherwise absent. */
  fragments?: Range[];
}

/** A reference from a statement to an entity, with the words that named it there. */
export interface EntityRef {
  entityId: string;
  mention: Mention | null;
}

/** The edge a journalist asks about: who said what, about whom, in which article. */
export interface Statement {
  id: string;
  articleId: string;
  quote: Quote;
  speaker: EntityRef | null;
  cue: Span | null;
  relation: Relation;
  target: EntityRef | null;
  /** In [0, 1]; higher means right more often (see the eval reliability table). */
  confidence: number;
  /** Set by an editor through a correction; extraction never sets it. */
  verified: boolean;
  /** Id of the rule or sieve that produced the attribution, for traceability. */
  reason: string;
}

/** Everything one article contributes to the graph: the unit of idempotent upsert. */
export interface ArticleGraph {
  article: Article;
  entities: Entity[];
  statements: Statement[];
}

/** An editor's fix to one statement; survives re-ingest of its article. */
export interface StatementCorrection {
  statementId: string;
  speakerId?: string | null;
  targetId?: string | null;
  relation?: Relation;
  verified?: boolean;
}

export interface StatementFilter {
  speaker?: string;
  target?: string;
  /** Statements in either direction between all of these entities (usually two). */
  between?: string[];
  relations?: Relation[];
  quoteType?: QuoteType;
  outlet?: string;
  /** Inclusive ISO date bounds on the article's publishedAt. */
  from?: string;
  to?: string;
  minConfidence?: number;
  verified?: boolean;
  /** Case-insensitive words that must all appear in the quote text. */
  text?: string;
  articleId?: string;
}

export type StatementOrder = 'PUBLISHED_DESC' | 'PUBLISHED_ASC' | 'CONFIDENCE_DESC';

export interface EntityFilter {
  /** Case-insensitive substring of the name or an alias. */
  name?: string;
  kinds?: EntityKind[];
}

export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  items: { node: T; cursor: string }[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface GraphCounts {
  articles: number;
  statements: number;
  entities: number;
}

export interface UpsertResult {
  articleId: string;
  /** False when the article was already stored with identical content (a no-op). */
  changed: boolean;
  statements: number;
  entities: number;
}

export const isRelation = (value: string): value is Relation =>
  (RELATIONS as readonly string[]).includes(value);

export const isEntityKind = (value: string): value is EntityKind =>
  (ENTITY_KINDS as readonly string[]).includes(value);

export interface RelationCount {
  relation: Relation;
  count: number;
}

/** Who an entity talks about (direction OUT) or who talks about it (IN), with counts per relation. */
export interface Counterpart {
  entity: Entity;
  total: number;
  byRelation: RelationCount[];
}

export interface NetworkArgs {
  center: string;
  depth: 1 | 2;
  relations?: Relation[];
  from?: string;
  to?: string;
  /** Edges with fewer statements are dropped. */
  minCount?: number;
  /** Maximum number of nodes, the centre included; the most active are kept. */
  limit?: number;
}

export interface NetworkNode {
  entity: Entity;
  /** Statements made or received inside this network. */
  activity: number;
  /** Hops from the centre. */
  distance: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  relation: Relation;
  count: number;
  statementIds: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export type TimelineInterval = 'DAY' | 'WEEK';

export interface TimelineBucket {
  /** ISO date of the bucket's first day (weeks start on Monday). */
  start: string;
  count: number;
}

export type SearchHit =
  | { kind: 'entity'; entity: Entity; score: number }
  | { kind: 'statement'; statement: Statement; score: number };

/** An entity as one article names it, before cross-document resolution gives it a global id. */
export interface LocalEntity {
  /** Unique within one extraction. */
  key: string;
  name: string;
  kind: EntityKind;
  mentions: Mention[];
}

export interface LocalEntityRef {
  entityKey: string;
  mention: Mention | null;
}

/** One quotation found by the NLP pipeline, with offsets into the article text. */
export interface Quotation {
  quote: Span & { fragments?: Range[] };
  type: QuoteType;
  speaker: LocalEntityRef | null;
  cue: Span | null;
  relation: Relation;
  target: LocalEntityRef | null;
  confidence: number;
  /** Id of the rule or sieve that attributed it. */
  reason: string;
}

/** What the NLP pipeline returns for one text: pure data, no ids beyond the document. */
export interface Extraction {
  quotations: Quotation[];
  entities: LocalEntity[];
}
