MATCH (e:Entity {id: $entityId})
MATCH (e)-[edge]-(other:Entity)
WHERE other <> e
  AND (($direction = 'OUT' AND startNode(edge) = e) OR ($direction = 'IN' AND endNode(edge) = e))
WITH other, type(edge) AS relation, count(edge) AS n
ORDER BY n DESC, relation
WITH other, collect({relation: relation, count: n}) AS byRelation, sum(n) AS total
RETURN other {.id, .name, .kind, .aliases} AS entity, total, byRelation
ORDER BY total DESC, entity.name
