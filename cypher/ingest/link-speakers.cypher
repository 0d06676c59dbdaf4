UNWIND $batch AS row
MATCH (q:Quote {statementId: row.statementId})
MATCH (e:Entity {id: row.entityId})
CREATE (e)-[said:SAID]->(q)
SET said = row.mention
