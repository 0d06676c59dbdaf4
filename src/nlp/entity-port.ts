/**
 * The entity/coreference interface the attribution stages code against (owned by src/nlp/entities
 * once it lands). Until then a minimal local analyser stands behind it: swap the export below.
 */
import type { EntityKind, LocalEntity, Range, Span } from '../domain/model.js';

export interface EntityMention extends Span {
  entityKey: string;
  kind: EntityKind;
  form: 'name' | 'pronoun' | 'descriptor';
}

export interface DocumentEntities {
  entities: LocalEntity[];
  mentions: EntityMention[];
  /** The entity a span of this text refers to (names, pronouns, role descriptors, countries); null when unresolvable. */
  resolve(span: Range): LocalEntity | null;
}

export { analyzeEntities, isAnonymousKey } from './entities/index.js';
