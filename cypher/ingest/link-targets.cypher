UNWIND $batch AS row
MATCH (q:Quote {statementId: row.statementId})
MATCH (e:Entity {id: row.entityId})
CREATE (q)-[about:ABOUT]->(e)
SET about = row.mention
