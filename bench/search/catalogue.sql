-- A generated catalogue for the search benchmark: :artists artists, :albums albums and :works works, all on
-- sale, deterministic (the same rows on every run), added beside the demo catalogue with ids from 1,000,001 up.
-- Titles and names are drawn from a vocabulary of a few hundred words, so common words match thousands of works
-- and rare combinations a handful, as in a real store.
CREATE TEMP TABLE vocabulary AS
SELECT string_to_array(
    'love night river blue summer winter heart fire rain light dark moon sun star city road home dream ' ||
    'gold silver stone glass paper iron velvet harbour kettle fox wolf raven crow lion tiger horse ' ||
    'ocean sea wave shore island mountain valley forest garden field meadow desert storm thunder cloud ' ||
    'morning evening midnight dawn dusk autumn spring season time memory echo shadow ghost angel devil ' ||
    'king queen prince lady girl boy man woman child mother father brother sister friend lover stranger ' ||
    'train station platform lobby elevator window door room house street bridge tower castle church ' ||
    'song dance waltz blues ballad hymn lullaby anthem chorus rhythm melody harmony silence noise ' ||
    'red green yellow black white grey purple orange copper bronze crystal diamond pearl amber ' ||
    'wild quiet slow fast lonely happy sad broken golden electric neon northern southern eastern western ' ||
    'little big old new last first lost found hidden secret sweet bitter cold warm high low deep ' ||
    'fjord nordlys élan café naïve señor über søndag måne hjerte sommer vinter natt lys ' ||
    'coffee whiskey wine honey sugar salt bread apple cherry lemon peach ' ||
    'paris london berlin tokyo lagos lima oslo rome vienna cairo delhi dublin ' ||
    'machine engine signal radio static satellite circuit pixel laser rocket orbit planet comet galaxy ' ||
    'running falling flying waiting dreaming burning shining fading breaking calling singing dancing',
    ' ') AS w,
    ARRAY['Jazz', 'Folk', 'Electronic', 'Ambient', 'Indie', 'Rock', 'Pop', 'Classical', 'Hip-Hop', 'Soul',
          'Country', 'Reggae'] AS g;

INSERT INTO artist (id, name, name_initial, band, genre, created_at)
SELECT 1000000 + a, name, upper(left(name, 1)), a % 3 = 0, g[1 + a % 12],
       TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00' + a * INTERVAL '1 minute'
FROM (SELECT a, g, initcap(w[1 + a * 7919 % 100003 % cardinality(w)]) || ' '
                   || initcap(w[1 + a * 104729 % 99991 % cardinality(w)])
                   || CASE WHEN a % 4 = 0 THEN ' ' || initcap(w[1 + a % cardinality(w)]) ELSE '' END AS name
      FROM generate_series(1::BIGINT, :artists) AS a, vocabulary) AS named;

INSERT INTO album (id, artist_id, title, release_year, created_at)
SELECT 1000000 + b, 1000000 + 1 + b % :artists,
       initcap(w[1 + b * 31 % 9973 % cardinality(w)]) || ' ' || initcap(w[1 + b * 17 % 8191 % cardinality(w)]),
       1960 + b % 67, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00' + b * INTERVAL '1 minute'
FROM generate_series(1::BIGINT, :albums) AS b, vocabulary;

-- Work i is on album b = 1 + i % albums, whose artist is a = 1 + b % artists.
INSERT INTO work (id, title, artist_id, album_id, track_number, genre, release_year, duration_seconds, media_type,
                  price_points, explicit, licensed_for_business, state, plays, created_at, available_at)
SELECT 1000000 + i, title, 1000000 + a, 1000000 + b, 1 + i / :albums, g[1 + a % 12], 1960 + b % 67,
       90 + i * 37 % 360, 'AUDIO', 5 + i % 16, i % 17 = 0, i % 5 = 0, 'AVAILABLE', i * 7 % 1000, created, created
FROM (SELECT i, b, 1 + b % :artists AS a, g,
             initcap(w[1 + i * 2654435761 % 1000003 % cardinality(w)])
                 || CASE WHEN i % 3 > 0 THEN ' ' || w[1 + i * 40503 % 65521 % cardinality(w)] ELSE '' END
                 || CASE WHEN i % 3 = 2 THEN ' ' || w[1 + i * 69069 % 131071 % cardinality(w)] ELSE '' END AS title,
             TIMESTAMP WITH TIME ZONE '2021-01-01 00:00:00+00' + i * INTERVAL '1 minute' AS created
      FROM (SELECT i, 1 + i % :albums AS b FROM generate_series(1::BIGINT, :works) AS i) AS placed, vocabulary) AS titled;
