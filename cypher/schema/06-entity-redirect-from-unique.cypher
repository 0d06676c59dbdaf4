CREATE CONSTRAINT entity_redirect_from IF NOT EXISTS FOR (r:EntityRedirect) REQUIRE r.from IS UNIQUE
