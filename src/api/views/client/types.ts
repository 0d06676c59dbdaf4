/** Shapes of the GraphQL answers the views read (a subset of the API schema). */
export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}
export interface SpanData {
  text: string;
  start: number;
  end: number;
}
export interface StatementData {
  id: string;
  relation: string;
  confidence: number;
  verified: boolean;
  speaker: EntityRef | null;
  target: EntityRef | null;
  speakerMention: SpanData | null;
  targetMention: SpanData | null;
  cue: SpanData | null;
  quote: SpanData & { id: string; type: string };
  article: {
    id: string;
    url: string | null;
    title: string | null;
    outlet: string | null;
    publishedAt: string | null;
    text: string;
  };
}
export interface NetworkData {
  nodes: { id: string; activity: number; distance: number; entity: EntityRef }[];
  edges: { id: string; source: string; target: string; relation: string; count: number }[];
}
export interface CounterpartData {
  entity: EntityRef;
  total: number;
  byRelation: { relation: string; count: number }[];
}
export interface EntityCardData {
  entity:
    | (EntityRef & {
        aliases: string[];
        statementsMadeCount: number;
        statementsAboutCount: number;
        out: CounterpartData[];
        in: CounterpartData[];
      })
    | null;
  timeline: { start: string; count: number }[];
}
export interface LiveEvent {
  statementAdded: {
    id: string;
    relation: string;
    speaker: { id: string } | null;
    target: { id: string } | null;
  };
}
