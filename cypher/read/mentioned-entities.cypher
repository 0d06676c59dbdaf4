UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity)
RETURN id AS articleId, e {.id, .name, .kind, .aliases} AS entity
ORDER BY articleId, entity.id
