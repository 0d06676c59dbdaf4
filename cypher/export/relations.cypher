UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[r:SAID_ABOUT {relation: row.relation}]->(target)
SET r.count = row.count, r.confidence = row.confidence, r.statementIds = row.statementIds;
