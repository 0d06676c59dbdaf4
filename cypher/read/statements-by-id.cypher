UNWIND $ids AS id
OPTIONAL MATCH (q:Quote {statementId: id})
OPTIONAL MATCH (speaker:Entity)-[said:SAID]->(q)
OPTIONAL MATCH (q)-[about:ABOUT]->(target:Entity)
RETURN
  id,
  q {.*} AS quote,
  speaker.id AS speakerId,
  said {.*} AS said,
  target.id AS targetId,
  about {.*} AS about
