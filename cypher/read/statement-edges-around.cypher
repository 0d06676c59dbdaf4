UNWIND $ids AS id
MATCH (e:Entity {id: id})-[edge]-(other:Entity)
WHERE ($relations IS NULL OR type(edge) IN $relations)
  AND ($from IS NULL OR left(edge.publishedAt, 10) >= $from)
  AND ($to IS NULL OR left(edge.publishedAt, 10) <= $to)
RETURN DISTINCT
  startNode(edge).id AS source,
  endNode(edge).id AS target,
  type(edge) AS relation,
  edge.statementId AS statementId
