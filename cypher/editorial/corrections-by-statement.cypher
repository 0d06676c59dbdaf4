UNWIND $ids AS id
MATCH (c:Correction {statementId: id})
RETURN id AS statementId, c {.*} AS correction
