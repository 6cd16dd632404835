-- What the field does with PostgreSQL alone: one denormalised search table with full-text vectors (accents
-- folded with unaccent) under GIN indexes, and B-tree indexes for the filters and sort orders.
CREATE EXTENSION IF NOT EXISTS unaccent;
DROP TABLE IF EXISTS bench_work;
CREATE TABLE bench_work AS
SELECT w.id, w.title, a.id AS artist_id, a.name AS artist, al.id AS album_id, al.title AS album, w.genre,
       w.release_year, w.duration_seconds, w.media_type, w.price_points, w.explicit, w.licensed_for_business,
       w.available_at,
       to_tsvector('simple', unaccent(w.title || ' ' || a.name || ' ' || coalesce(al.title, ''))) AS tsv_all,
       to_tsvector('simple', unaccent(a.name)) AS tsv_artist,
       to_tsvector('simple', unaccent(w.title)) AS tsv_title
FROM work w JOIN artist a ON a.id = w.artist_id LEFT JOIN album al ON al.id = w.album_id
WHERE w.state = 'AVAILABLE';
CREATE INDEX ON bench_work USING gin (tsv_all);
CREATE INDEX ON bench_work USING gin (tsv_artist);
CREATE INDEX ON bench_work USING gin (tsv_title);
CREATE INDEX ON bench_work (genre, available_at);
CREATE INDEX ON bench_work (release_year, price_points);
CREATE INDEX ON bench_work (lower(title));
ANALYZE bench_work;
