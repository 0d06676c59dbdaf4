UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a {.id, .url, .title, .source, .publishedAt, .text} AS article
