MATCH (e:Entity)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($name IS NULL
    OR toLower(e.name) CONTAINS $name
    OR any(alias IN e.aliases WHERE toLower(alias) CONTAINS $name))
WITH e
ORDER BY e.name, e.id
WITH collect(e {.id, .name, .kind, .aliases}) AS entities
RETURN size(entities) AS totalCount, entities[$skip..$skip + $limit] AS entities
