-- The scoreline knowledge base, schema version 1 (PRAGMA user_version).
-- Documented in docs/kb-schema.md. Entity ids are `<kind>/<slug>`; offsets
-- are Unicode code points into the document's text; `spans` is a JSON array
-- of [start, end] pairs (end exclusive); dates are YYYY-MM-DD.

-- One row per build run: what it added.
CREATE TABLE build (
    id         INTEGER PRIMARY KEY,
    finished   TEXT    NOT NULL,            -- UTC, RFC 3339
    added      INTEGER NOT NULL,            -- documents new to the base
    replaced   INTEGER NOT NULL,            -- documents whose content changed
    unchanged  INTEGER NOT NULL             -- documents already in the base as they are
);

-- Every document whose facts the base holds.
CREATE TABLE document (
    id      TEXT    PRIMARY KEY,
    lang    TEXT    NOT NULL,
    date    TEXT,                           -- publication date, or NULL
    chars   INTEGER NOT NULL,               -- length of the text in code points
    digest  TEXT    NOT NULL,               -- FNV-1a 64 of the document's JSON
    build   INTEGER NOT NULL REFERENCES build(id)
);
CREATE INDEX document_date ON document(date);

-- Players, clubs (and national teams), stadiums, coaches, competitions.
CREATE TABLE entity (
    id       TEXT    PRIMARY KEY,           -- `club/fc-porto`
    kind     TEXT    NOT NULL,              -- player | club | stadium | coach | competition
    name     TEXT    NOT NULL,              -- canonical name
    refdata  INTEGER NOT NULL               -- 1: the slug is a models/refdata id
);
CREATE INDEX entity_kind ON entity(kind, name);

-- Names an entity is known by (reference-data names and aliases, and every
-- surface form seen), folded (lower case, no diacritics): for look-ups.
CREATE TABLE alias (
    key        TEXT NOT NULL,
    entity_id  TEXT NOT NULL REFERENCES entity(id),
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

-- Each entity mention, as the extractor found it.
CREATE TABLE mention (
    doc_id      TEXT    NOT NULL REFERENCES document(id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    label       TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL REFERENCES entity(id),
    confidence  REAL,
    PRIMARY KEY (doc_id, start, end, label)
) WITHOUT ROWID;
CREATE INDEX mention_entity ON mention(entity_id);

-- Matches, merged across documents. team1 < team2 (by id); scores aligned.
CREATE TABLE match (
    id           INTEGER PRIMARY KEY,
    team1        TEXT    NOT NULL REFERENCES entity(id),
    team2        TEXT    NOT NULL REFERENCES entity(id),
    score1       INTEGER,                   -- NULL when only a shoot-out is stated
    score2       INTEGER,
    pen1         INTEGER,                   -- shoot-out, or NULL
    pen2         INTEGER,
    competition  TEXT    REFERENCES entity(id),
    venue        TEXT    REFERENCES entity(id),
    date_first   TEXT,                      -- earliest date of an article reporting it
    date_last    TEXT                       -- latest such date
);
CREATE INDEX match_key ON match(team1, team2, score1, score2);
CREATE INDEX match_team2 ON match(team2);
CREATE INDEX match_venue ON match(venue);
CREATE INDEX match_competition ON match(competition);

-- Each report of a match: the provenance of a match fact.
CREATE TABLE match_source (
    doc_id       TEXT    NOT NULL REFERENCES document(id),
    local_id     TEXT    NOT NULL,          -- the match's id in that document
    match_id     INTEGER NOT NULL REFERENCES match(id),
    team1_first  INTEGER NOT NULL,          -- 1: the document names team1 first
    competition  TEXT    REFERENCES entity(id), -- as this document reports them
    venue        TEXT    REFERENCES entity(id),
    spans        TEXT    NOT NULL,
    evidence     TEXT    NOT NULL,          -- the text of the spans
    confidence   REAL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX match_source_match ON match_source(match_id);

-- Goals, merged by match, scorer and minute.
CREATE TABLE goal (
    id        INTEGER PRIMARY KEY,
    match_id  INTEGER REFERENCES match(id), -- NULL: its match has no stated score
    scorer    TEXT    NOT NULL REFERENCES entity(id),
    team      TEXT    REFERENCES entity(id),-- the team credited (own goals: the beneficiary)
    minute    INTEGER,
    stoppage  INTEGER,
    kind      TEXT    NOT NULL,             -- regular | penalty | own_goal
    conflict  TEXT                          -- NULL, or what sources disagree on: kind, team, minute
);
CREATE INDEX goal_match ON goal(match_id, scorer, minute);
CREATE INDEX goal_scorer ON goal(scorer);

-- Each report of a goal, with what that document says of it.
CREATE TABLE goal_source (
    doc_id      TEXT    NOT NULL REFERENCES document(id),
    ordinal     INTEGER NOT NULL,           -- the goal's index in the document
    goal_id     INTEGER NOT NULL REFERENCES goal(id),
    team        TEXT    REFERENCES entity(id),
    minute      INTEGER,
    stoppage    INTEGER,
    kind        TEXT    NOT NULL,
    spans       TEXT    NOT NULL,
    evidence    TEXT    NOT NULL,
    confidence  REAL,
    PRIMARY KEY (doc_id, ordinal)
);
CREATE INDEX goal_source_goal ON goal_source(goal_id);

-- Pairs of goals that may be one goal reported differently (the same match
-- and scorer, minutes at most two apart, never both in one document).
CREATE TABLE goal_conflict (
    goal_id   INTEGER NOT NULL REFERENCES goal(id),
    other_id  INTEGER NOT NULL REFERENCES goal(id),
    what      TEXT    NOT NULL,
    PRIMARY KEY (goal_id, other_id)
) WITHOUT ROWID;

-- player → club (plays_for), coach → club (coach_of), club → stadium (home_stadium).
CREATE TABLE relation (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    subject  TEXT NOT NULL REFERENCES entity(id),
    object   TEXT NOT NULL REFERENCES entity(id),
    UNIQUE (kind, subject, object)
);
CREATE INDEX relation_object ON relation(object, kind);

-- Each observation of a relation.
CREATE TABLE relation_source (
    relation_id  INTEGER NOT NULL REFERENCES relation(id),
    doc_id       TEXT    REFERENCES document(id), -- NULL when origin is refdata
    date         TEXT,                      -- the article's date
    method       TEXT    NOT NULL,          -- goal | refdata+text | nearby | refdata
    spans        TEXT    NOT NULL,
    evidence     TEXT    NOT NULL,
    confidence   REAL,
    UNIQUE (relation_id, doc_id, spans)
);
CREATE INDEX relation_source_doc ON relation_source(doc_id);
