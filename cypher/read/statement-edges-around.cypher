UNWIND $ids AS id
MATCH (e:Entity {id: id})-[edge]-(other:Entity)
WHERE other <> e
  AND ($relations IS NULL OR type(edge) IN $relations)
  AND ($from IS NULL OR left(edge.publishedAt, size($from)) >= $from)
  AND ($to IS NULL OR left(edge.publishedAt, size($to)) <= $to)
RETURN DISTINCT
  startNode(edge).id AS source,
  endNode(edge).id AS target,
  type(edge) AS relation,
  edge.statementId AS statementId
