/** The GraphQL documents the views send; names follow the agreed API contract. */
const ENTITY_REF = 'id name kind';
const SPAN = 'text start end';

export const STATEMENT_FIELDS = `
  id relation confidence verified
  speaker { ${ENTITY_REF} } target { ${ENTITY_REF} }
  speakerMention { ${SPAN} } targetMention { ${SPAN} } cue { ${SPAN} }
  quote { id text type start end }
  article { id url title outlet publishedAt text }`;

export const NETWORK_QUERY = `
query QuotegraphNetwork($center: ID!, $depth: Int, $relations: [RelationType!], $from: Date, $to: Date, $limit: Int) {
  network(center: $center, depth: $depth, relations: $relations, from: $from, to: $to, limit: $limit) {
    nodes { id activity distance entity { ${ENTITY_REF} } }
    edges { id source target relation count }
  }
}`;

/** Ids first: a connection with every field nested exceeds the API's default cost limit. */
export const EDGE_STATEMENTS_QUERY = `
query QuotegraphEdge($filter: StatementFilter) {
  statements(filter: $filter, first: 50) { totalCount edges { node { id } } }
}`;

/** Up to `n` statements by id in one request, as aliases (kept under the API's alias limit). */
export const statementsByIdQuery = (n: number): string => {
  const keys = [...Array(n).keys()];
  return `query QuotegraphStatements(${keys.map((i) => `$id${i}: ID!`).join(', ')}) {
  ${keys.map((i) => `s${i}: statement(id: $id${i}) { ${STATEMENT_FIELDS} }`).join('\n  ')}
}`;
};

export const STATEMENT_QUERY = `
query QuotegraphStatement($id: ID!) { statement(id: $id) { ${STATEMENT_FIELDS} } }`;

const COUNTERPART = `entity { ${ENTITY_REF} } total byRelation { relation count }`;

export const ENTITY_QUERY = `
query QuotegraphEntity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_REF} aliases statementsMadeCount statementsAboutCount
    out: counterparts(direction: OUT) { ${COUNTERPART} }
    in: counterparts(direction: IN) { ${COUNTERPART} }
  }
  timeline(entity: $id, interval: DAY) { start count }
}`;

export const STATEMENT_ADDED = `
subscription QuotegraphLive($filter: StatementFilter) {
  statementAdded(filter: $filter) { id relation speaker { id } target { id } }
}`;
