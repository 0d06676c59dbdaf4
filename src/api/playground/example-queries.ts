/** The saved tabs the playground opens with; variables are filled from the live graph. */
export interface ExampleTab {
  query: string;
  variables: string;
}

export const WHO_ACCUSED_WHOM = `# Who accused or criticised whom, newest first
query WhoAccusedWhom($first: Int = 10) {
  statements(filter: { relation: [ACCUSES, CRITICIZES] }, first: $first) {
    totalCount
    edges {
      node {
        speaker { name }
        relation
        target { name }
        quote { text }
        article { title outlet publishedAt }
      }
    }
  }
}
`;

export const SAID_ABOUT = `# Everything said about one entity (a country, say), with who said it
query SaidAbout($entity: ID!, $from: Date, $to: Date) {
  entity(id: $entity) {
    name
    kind
    statementsAboutCount
    counterparts(direction: IN) { entity { name } total byRelation { relation count } }
  }
  statements(filter: { target: $entity, from: $from, to: $to }, first: 20) {
    edges { node { speaker { name } relation quote { text type } article { title } } }
  }
}
`;

export const DASHBOARD_NETWORK = `# The network around one entity, as a dashboard graph view loads it
query Network($center: ID!) {
  network(center: $center, depth: 2, minCount: 1, limit: 50) {
    nodes { id distance activity entity { name kind } }
    edges { id source target relation count }
  }
}
`;

export const SEARCH = `# Fuzzy search over names, aliases and quotes
query Search($q: String = "budget") {
  search(query: $q, first: 10) {
    totalCount
    edges {
      score
      node {
        __typename
        ... on Entity { id name aliases }
        ... on Statement { quote { text } speaker { name } }
      }
    }
  }
}
`;

export const exampleTabs = (ids: { country?: string; hub?: string }): ExampleTab[] => [
  { query: WHO_ACCUSED_WHOM, variables: '{ "first": 10 }' },
  { query: SAID_ABOUT, variables: JSON.stringify({ entity: ids.country ?? 'e_…' }, null, 2) },
  { query: DASHBOARD_NETWORK, variables: JSON.stringify({ center: ids.hub ?? 'e_…' }, null, 2) },
  { query: SEARCH, variables: '{ "q": "budget" }' },
];
