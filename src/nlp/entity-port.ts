/**
 * The entity/coreference interface the attribution stages code against: the single place that
 * picks the in-document entity analyser (src/nlp/entities).
 */
export type { DocumentEntities, EntityMention } from './entities/index.js';
export { analyzeEntities, isAnonymousKey } from './entities/index.js';
