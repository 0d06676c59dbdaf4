UNWIND $batch AS row
MATCH (a:Article {id: row.articleId})
CREATE (q:Quote)-[:IN]->(a)
SET q = row.props
