UNWIND $batch AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.label), e.name = row.name, e.kind = row.kind
WITH e, row, coalesce(e.aliases, []) + row.aliases AS seen
WITH e, reduce(acc = [], alias IN seen |
  CASE WHEN alias = e.name OR alias IN acc THEN acc ELSE acc + alias END) AS aliases
SET e.aliases = aliases, e.aliasText = reduce(text = '', alias IN aliases | text + ' | ' + alias)
