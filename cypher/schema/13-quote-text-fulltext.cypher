CREATE FULLTEXT INDEX quote_text IF NOT EXISTS
FOR (q:Quote) ON EACH [q.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}
