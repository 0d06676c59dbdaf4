import { ENTITY_KINDS, RELATIONS } from '../../domain/model.js';
import { kindLabel } from './entity-rows.js';

/**
 * Every label, relationship type and property key the Cypher files may use (docs/graph-model.md
 * describes them). The offline Cypher lint checks the files against this list, so a misspelt
 * name fails the tests instead of silently matching nothing.
 */
export const GRAPH_VOCABULARY = {
  labels: [
    'Article',
    'Quote',
    'Entity',
    ...ENTITY_KINDS.map(kindLabel),
    'Correction',
    'EntityRedirect',
  ],
  relationshipTypes: ['SAID', 'ABOUT', 'IN', 'MENTIONS', ...RELATIONS],
  propertyKeys: [
    // Article
    'id',
    'url',
    'title',
    'source',
    'publishedAt',
    'text',
    'graphHash',
    // Quote (also carries its statement's fields)
    'statementId',
    'articleId',
    'start',
    'end',
    'type',
    'fragments',
    'relation',
    'confidence',
    'verified',
    'reason',
    'cueText',
    'cueStart',
    'cueEnd',
    'words',
    'searchText',
    // Entity
    'name',
    'kind',
    'aliases',
    // SAID / ABOUT
    'mentionText',
    'mentionStart',
    'mentionEnd',
    // typed statement edges
    'quoteId',
    'cue',
    // Correction
    'speakerSet',
    'speakerId',
    'targetSet',
    'targetId',
    // EntityRedirect
    'from',
    'to',
    // keys of the batch rows sent as parameters (the linter reads row.x as a property)
    'entityId',
    'label',
    'props',
    'mention',
  ],
};
