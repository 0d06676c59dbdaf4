MATCH (q:Quote {statementId: $statementId})
SET q.relation = $relation, q.verified = $verified
