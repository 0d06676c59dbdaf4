CREATE RANGE INDEX quote_confidence IF NOT EXISTS FOR (q:Quote) ON (q.confidence)
