UNWIND $batch AS row
MATCH (speaker:Entity {id: row.speakerId})
MATCH (target:Entity {id: row.targetId})
MATCH (article:Article {id: row.props.articleId})
CREATE (speaker)-[edge:$(row.relation)]->(target)
SET edge = row.props, edge.publishedAt = article.publishedAt
