CREATE RANGE INDEX quote_relation IF NOT EXISTS FOR (q:Quote) ON (q.relation)
