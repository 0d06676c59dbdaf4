UNWIND $batch AS row
MERGE (e:Entity {id: row.id})
SET
  e:$(row.label),
  e.name = row.name,
  e.kind = row.kind,
  e.aliases = row.aliases,
  e.searchText = row.searchText
