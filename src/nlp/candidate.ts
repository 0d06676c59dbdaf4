import type { QuoteType, Range, Span } from '../domain/model.js';
import type { CueEntry } from './rules/cue-lexicon.js';

/** A quotation with its attribution as found in the text, before entities and relations are resolved. */
export interface Candidate {
  quote: Span & { fragments?: Range[] };
  type: QuoteType;
  /** The words that name the source here; null when carried over from an earlier quotation. */
  speaker: Span | null;
  /**
   * The words that identify the source when `speaker` only marks it: an interview's "A:" label
   * stands for the interviewee its introduction names.
   */
  resolveAs?: Span;
  /** An earlier candidate whose source this one inherits (a quotation continued in a new paragraph). */
  carriedFrom?: Candidate;
  cue: Span | null;
  cueEntry: CueEntry | null;
  /** How the content hangs off the cue: decides frame relations (ask X to → URGES). */
  frame:
    | 'that'
    | 'bare'
    | 'of'
    | 'to'
    | 'wh'
    | 'as'
    | 'for'
    | 'against'
    | 'object'
    | 'according'
    | 'colon'
    | 'label'
    | 'adjacent'
    | 'none';
  /** The cue's object or addressee ("accused Seoul", "urged voters"), a target candidate. */
  object: Span | null;
  negated: boolean;
  /** Sieve or rule id, reported as the statement's `reason`. */
  reason: string;
  /** Prior probability that this sieve attributes correctly (see the eval reliability table). */
  prior: number;
}
