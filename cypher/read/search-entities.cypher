CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.id, .name, .kind, .aliases} AS entity, score
