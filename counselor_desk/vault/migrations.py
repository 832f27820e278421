"""Numbered schema migrations (PRAGMA user_version), each in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from counselor_desk.vault.connection import Connection

MIGRATION_1 = """
-- The vault's id and name also live here, so the recovery key can rebuild keys.json.
CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    legal_name TEXT,
    date_of_birth TEXT,
    sex TEXT,
    pronouns TEXT,
    preferred_language TEXT NOT NULL DEFAULT 'en',
    phone TEXT,
    emergency_contact TEXT,
    guardian TEXT,
    program TEXT,
    admission_date TEXT,
    discharge_date TEXT,
    recovery_date TEXT,
    diagnoses TEXT NOT NULL DEFAULT '[]',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE medications (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    medication TEXT NOT NULL,
    form TEXT,
    dose TEXT,
    schedule TEXT,
    prescriber TEXT,
    started TEXT NOT NULL,
    stopped TEXT,
    dispensing TEXT,
    take_home_count INTEGER,
    notes TEXT,
    replaces TEXT REFERENCES medications(id),
    created_at TEXT NOT NULL
);
CREATE INDEX medications_client ON medications(client_id, started);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    start TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    kind TEXT NOT NULL,
    location TEXT,
    participants TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sessions_client ON sessions(client_id, start);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id),
    format TEXT NOT NULL,
    sections TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    signed_by TEXT,
    signed_at TEXT,
    content_sha256 TEXT,
    late_entry INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_client ON notes(client_id);

-- A signed note is immutable, and so is an addendum: the database refuses, not just the UI.
CREATE TRIGGER notes_signed_immutable BEFORE UPDATE ON notes
WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed note is immutable'); END;
CREATE TRIGGER notes_signed_undeletable BEFORE DELETE ON notes
WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'signed note is immutable'); END;

CREATE TABLE addenda (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes(id),
    client_id TEXT NOT NULL REFERENCES clients(id),
    text TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX addenda_note ON addenda(note_id, signed_at);
CREATE TRIGGER addenda_immutable BEFORE UPDATE ON addenda
BEGIN SELECT RAISE(ABORT, 'addendum is immutable'); END;
CREATE TRIGGER addenda_undeletable BEFORE DELETE ON addenda
BEGIN SELECT RAISE(ABORT, 'addendum is immutable'); END;

-- 42 CFR 2.11: the counselor's private analysis lives in its own compartment.
CREATE TABLE counseling_notes (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    session_id TEXT REFERENCES sessions(id),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX counseling_notes_client ON counseling_notes(client_id);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    discloser TEXT NOT NULL,
    recipient TEXT NOT NULL,
    information TEXT NOT NULL,
    purpose TEXT NOT NULL,
    signed TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    expires TEXT,
    expires_on_event TEXT,
    includes_counseling_notes INTEGER NOT NULL DEFAULT 0,
    revoked TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX consents_client ON consents(client_id);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT,
    mac TEXT NOT NULL
);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Search: one row per searchable text. The body lives only in the encrypted database.
-- Prefix indexes for one- and two-letter prefixes answer the first keystrokes fast
-- ("c" over 10,000 notes: 25 ms -> 10 ms, for 15% more space).
CREATE VIRTUAL TABLE search_index USING fts5(
    body, kind UNINDEXED, ref_id UNINDEXED, client_id UNINDEXED, at UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
);

CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN
    INSERT INTO search_index(body, kind, ref_id, client_id, at)
    VALUES (NEW.display_name || ' ' || coalesce(NEW.legal_name, ''), 'client', NEW.id, NEW.id,
            NEW.created_at);
END;
CREATE TRIGGER clients_search_update AFTER UPDATE OF display_name, legal_name ON clients BEGIN
    UPDATE search_index SET body = NEW.display_name || ' ' || coalesce(NEW.legal_name, '')
    WHERE kind = 'client' AND ref_id = NEW.id;
END;

CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
    INSERT INTO search_index(body, kind, ref_id, client_id, at)
    VALUES ((SELECT group_concat(value, char(10)) FROM json_each(NEW.sections)), 'note', NEW.id,
            NEW.client_id, (SELECT start FROM sessions WHERE id = NEW.session_id));
END;
CREATE TRIGGER notes_search_update AFTER UPDATE OF sections ON notes BEGIN
    UPDATE search_index
    SET body = (SELECT group_concat(value, char(10)) FROM json_each(NEW.sections))
    WHERE kind = 'note' AND ref_id = NEW.id;
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE kind = 'note' AND ref_id = OLD.id;
END;

CREATE TRIGGER addenda_search_insert AFTER INSERT ON addenda BEGIN
    INSERT INTO search_index(body, kind, ref_id, client_id, at)
    VALUES (NEW.text, 'addendum', NEW.id, NEW.client_id, NEW.signed_at);
END;

CREATE TRIGGER counseling_search_insert AFTER INSERT ON counseling_notes BEGIN
    INSERT INTO search_index(body, kind, ref_id, client_id, at)
    VALUES (NEW.text, 'counseling-note', NEW.id, NEW.client_id, NEW.created_at);
END;
CREATE TRIGGER counseling_search_update AFTER UPDATE OF text ON counseling_notes BEGIN
    UPDATE search_index SET body = NEW.text WHERE kind = 'counseling-note' AND ref_id = NEW.id;
END;
CREATE TRIGGER counseling_search_delete AFTER DELETE ON counseling_notes BEGIN
    DELETE FROM search_index WHERE kind = 'counseling-note' AND ref_id = OLD.id;
END;
"""


def _migration_1(conn: Connection) -> None:
    for statement in _split(MIGRATION_1):
        conn.execute(statement)
    # Secure delete is a command, not a table option: deleted text is overwritten.
    conn.execute("INSERT INTO search_index(search_index, rank) VALUES('secure-delete', 1)")


def _split(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        if stripped.startswith("CREATE TRIGGER"):
            in_trigger = True
        if (in_trigger and stripped.endswith("END;")) or (
            not in_trigger and stripped.endswith(";")
        ):
            statements.append("\n".join(current))
            current = []
            in_trigger = False
    return statements


# Worksheets and scales (issue 4). JSON columns hold plain JSON: a worksheet's answers by
# field key (domain.worksheets), a scale's answers by item key and its flags.
MIGRATION_2 = """
CREATE TABLE worksheets (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    session_id TEXT REFERENCES sessions(id),
    definition_id TEXT NOT NULL,
    definition_version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
    values_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    completed_at TEXT,
    CHECK ((status = 'complete') = (completed_at IS NOT NULL))
);
CREATE INDEX worksheets_client ON worksheets(client_id, created_at);
CREATE INDEX worksheets_session ON worksheets(session_id);

-- A completed worksheet's answers change only after it is reopened (status back to draft).
CREATE TRIGGER worksheets_complete_unchanged BEFORE UPDATE OF values_json ON worksheets
WHEN OLD.status = 'complete' AND NEW.status = 'complete' AND NEW.values_json IS NOT OLD.values_json
BEGIN SELECT RAISE(ABORT, 'a completed worksheet is reopened before it changes'); END;

-- The history: written when a worksheet is marked complete and when it is reopened.
CREATE TABLE worksheet_versions (
    worksheet_id TEXT NOT NULL REFERENCES worksheets(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    values_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
    saved_at TEXT NOT NULL,
    PRIMARY KEY (worksheet_id, version)
) WITHOUT ROWID;
CREATE TRIGGER worksheet_versions_immutable BEFORE UPDATE ON worksheet_versions
BEGIN SELECT RAISE(ABORT, 'worksheet history is append-only'); END;
CREATE TRIGGER worksheet_versions_undeletable BEFORE DELETE ON worksheet_versions
BEGIN SELECT RAISE(ABORT, 'worksheet history is append-only'); END;

CREATE TABLE scale_entries (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    session_id TEXT REFERENCES sessions(id),
    scale TEXT NOT NULL,
    taken_on TEXT NOT NULL,
    answers TEXT NOT NULL,
    total INTEGER NOT NULL,
    band TEXT,
    flags TEXT NOT NULL DEFAULT '[]',
    sex TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX scale_entries_client ON scale_entries(client_id, scale, taken_on);

-- Worksheet text is indexed by the repository (the words come from the definition, in
-- Python), in the same transaction as the write; a deleted worksheet leaves no text.
CREATE TRIGGER worksheets_search_delete AFTER DELETE ON worksheets BEGIN
    DELETE FROM search_index WHERE kind = 'worksheet' AND ref_id = OLD.id;
END;
"""


def _migration_2(conn: Connection) -> None:
    for statement in _split(MIGRATION_2):
        conn.execute(statement)


# Urine drug screens, attendance and contingency management (issue 4). A screen's results
# are a JSON object of substance → result (domain.screens); a CM plan is one JSON object
# per client (vault.screening.plan_to_dict), so an edited schedule is kept whole. Amounts
# are decimal text ("2.50"), never floats. The attendance column "on" is a keyword in
# SQL, so it is always quoted.
MIGRATION_3 = """
CREATE TABLE urine_screens (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    collected TEXT NOT NULL,
    results TEXT NOT NULL DEFAULT '{}',
    observed INTEGER NOT NULL DEFAULT 0 CHECK (observed IN (0, 1)),
    refused INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1)),
    missed INTEGER NOT NULL DEFAULT 0 CHECK (missed IN (0, 1)),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (NOT (refused AND missed))
);
CREATE INDEX urine_screens_client ON urine_screens(client_id, collected);

CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    "on" TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'attended', 'excused', 'no-show')),
    session_id TEXT REFERENCES sessions(id),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX attendance_client ON attendance(client_id, "on");
CREATE INDEX attendance_day ON attendance("on", status);

CREATE TABLE cm_plans (
    client_id TEXT PRIMARY KEY REFERENCES clients(id),
    plan TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE prizes_given (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    "on" TEXT NOT NULL,
    size TEXT NOT NULL CHECK (size IN ('good-job', 'small', 'large', 'jumbo')),
    value TEXT NOT NULL,
    notes TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX prizes_given_client ON prizes_given(client_id, "on");
"""


def _migration_3(conn: Connection) -> None:
    for statement in _split(MIGRATION_3):
        conn.execute(statement)


# Treatment plans, the support network (ecomap), group sessions and supervision (issue 4).
# A treatment plan is one JSON document (domain.treatment_plan: problems → goals →
# objectives → interventions, each with a stable id); the golden thread links a session to
# the objectives it worked on. Plan and network text is indexed by the repository, in the
# same transaction as the write (like worksheets). A group session's draft holds every
# attendee's section, so it is never indexed and never shown in a chart: signing files one
# note per attendee, holding the group part and that attendee's own section only.
MIGRATION_4 = """
CREATE TABLE treatment_plans (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'completed', 'discontinued')),
    body TEXT NOT NULL,
    review_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX treatment_plans_client ON treatment_plans(client_id, created_at);
CREATE INDEX treatment_plans_review ON treatment_plans(status, review_date);

-- The history: a version is written when a plan is activated, reviewed or closed.
CREATE TABLE treatment_plan_versions (
    plan_id TEXT NOT NULL REFERENCES treatment_plans(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    review_date TEXT,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, version)
) WITHOUT ROWID;
CREATE TRIGGER treatment_plan_versions_immutable BEFORE UPDATE ON treatment_plan_versions
BEGIN SELECT RAISE(ABORT, 'treatment plan history is append-only'); END;
CREATE TRIGGER treatment_plan_versions_undeletable BEFORE DELETE ON treatment_plan_versions
BEGIN SELECT RAISE(ABORT, 'treatment plan history is append-only'); END;
CREATE TRIGGER treatment_plans_search_delete AFTER DELETE ON treatment_plans BEGIN
    DELETE FROM search_index WHERE kind = 'plan' AND ref_id = OLD.id;
END;

-- The golden thread: which objectives a session worked on.
CREATE TABLE session_objectives (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    plan_id TEXT NOT NULL REFERENCES treatment_plans(id),
    objective_id TEXT NOT NULL,
    client_id TEXT NOT NULL REFERENCES clients(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (session_id, objective_id)
) WITHOUT ROWID;
CREATE INDEX session_objectives_objective ON session_objectives(plan_id, objective_id);

CREATE TABLE network_members (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    role TEXT,
    contact TEXT,
    frequency TEXT,
    strength TEXT NOT NULL CHECK (strength IN ('strong', 'tenuous', 'stressful')),
    meeting_day TEXT,
    meeting_time TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX network_members_client ON network_members(client_id, name);
CREATE TRIGGER network_members_search_delete AFTER DELETE ON network_members BEGIN
    DELETE FROM search_index WHERE kind = 'network' AND ref_id = OLD.id;
END;

CREATE TABLE group_sessions (
    id TEXT PRIMARY KEY,
    start TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    location TEXT,
    topic TEXT NOT NULL DEFAULT '',
    interventions TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
    signed_by TEXT,
    signed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX group_sessions_start ON group_sessions(start);
CREATE TRIGGER group_sessions_signed_immutable BEFORE UPDATE ON group_sessions
WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'a signed group session is immutable'); END;
CREATE TRIGGER group_sessions_signed_undeletable BEFORE DELETE ON group_sessions
WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'a signed group session is immutable'); END;

-- One row per attendee; once the group is signed, the row names the session, note and
-- attendance entry filed into that attendee's chart.
CREATE TABLE group_attendees (
    group_id TEXT NOT NULL REFERENCES group_sessions(id),
    client_id TEXT NOT NULL REFERENCES clients(id),
    status TEXT NOT NULL CHECK (status IN ('attended', 'excused', 'no-show')),
    section TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    session_id TEXT REFERENCES sessions(id),
    note_id TEXT REFERENCES notes(id),
    attendance_id TEXT REFERENCES attendance(id),
    PRIMARY KEY (group_id, client_id)
) WITHOUT ROWID;
CREATE INDEX group_attendees_client ON group_attendees(client_id);

-- Supervision: a note waiting for a supervisor, and the co-signature (hashed, immutable).
CREATE TABLE cosign_requests (
    note_id TEXT PRIMARY KEY REFERENCES notes(id),
    client_id TEXT NOT NULL REFERENCES clients(id),
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL
);
CREATE TABLE cosignatures (
    note_id TEXT PRIMARY KEY REFERENCES notes(id),
    client_id TEXT NOT NULL REFERENCES clients(id),
    cosigned_by TEXT NOT NULL,
    cosigned_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TRIGGER cosignatures_immutable BEFORE UPDATE ON cosignatures
BEGIN SELECT RAISE(ABORT, 'a co-signature is immutable'); END;
CREATE TRIGGER cosignatures_undeletable BEFORE DELETE ON cosignatures
BEGIN SELECT RAISE(ABORT, 'a co-signature is immutable'); END;
CREATE TRIGGER cosign_requests_kept_when_cosigned BEFORE DELETE ON cosign_requests
WHEN EXISTS (SELECT 1 FROM cosignatures WHERE note_id = OLD.note_id)
BEGIN SELECT RAISE(ABORT, 'a co-signed request is kept'); END;
"""


def _migration_4(conn: Connection) -> None:
    for statement in _split(MIGRATION_4):
        conn.execute(statement)


# The accounting of disclosures (issue 5; 42 CFR 2.24/2.25): one row each time a client's
# record left the program for someone else, under a consent (consent_id) or in a medical
# emergency (42 CFR 2.51: emergency_nature and facility, no consent). The row names the
# document printed (kind, page count, SHA-256 of the PDF's bytes) so the paper can be
# matched to its entry later. Append-only, like the audit log: the accounting is what the
# client is owed, so it is never edited or pruned. The consent stays referenced, so a
# consent that was used can never be deleted out from under its entries.
MIGRATION_5 = """
CREATE TABLE disclosures (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients(id),
    disclosed_at TEXT NOT NULL,
    recipient TEXT NOT NULL CHECK (trim(recipient) <> ''),
    facility TEXT,
    information TEXT NOT NULL,
    purpose TEXT NOT NULL,
    consent_id TEXT REFERENCES consents(id),
    emergency_nature TEXT,
    disclosed_by TEXT NOT NULL,
    document TEXT NOT NULL,
    pages INTEGER NOT NULL CHECK (pages >= 1),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    created_at TEXT NOT NULL,
    CHECK ((consent_id IS NULL) <> (emergency_nature IS NULL)),
    CHECK (emergency_nature IS NULL OR trim(coalesce(facility, '')) <> '')
);
CREATE INDEX disclosures_client ON disclosures(client_id, disclosed_at);
CREATE INDEX disclosures_consent ON disclosures(consent_id);
CREATE TRIGGER disclosures_append_only_update BEFORE UPDATE ON disclosures
BEGIN SELECT RAISE(ABORT, 'the accounting of disclosures is append-only'); END;
CREATE TRIGGER disclosures_append_only_delete BEFORE DELETE ON disclosures
BEGIN SELECT RAISE(ABORT, 'the accounting of disclosures is append-only'); END;
"""


def _migration_5(conn: Connection) -> None:
    for statement in _split(MIGRATION_5):
        conn.execute(statement)


# Search index rows found by what they index (issue 6, a vault growing for years). FTS5
# cannot index its UNINDEXED columns, so an update or delete "WHERE kind = … AND ref_id = …"
# read every row of the index: at 20,000 rows each note autosave spent ~50 ms there. An
# index on FTS5's own content table (columns c1 = kind, c2 = ref_id; SQLite keeps it as
# FTS5 writes that table) finds the row instead (< 1 ms), through
# `rowid IN (SELECT id FROM search_index_content WHERE c2 = … AND c1 = …)`. The triggers
# that updated or deleted by kind and ref_id are made again that way.
MIGRATION_6 = """
CREATE INDEX search_index_ref ON search_index_content(c2, c1);

DROP TRIGGER clients_search_update;
CREATE TRIGGER clients_search_update AFTER UPDATE OF display_name, legal_name ON clients BEGIN
    UPDATE search_index SET body = NEW.display_name || ' ' || coalesce(NEW.legal_name, '')
    WHERE rowid IN (SELECT id FROM search_index_content WHERE c2 = NEW.id AND c1 = 'client');
END;
DROP TRIGGER notes_search_update;
CREATE TRIGGER notes_search_update AFTER UPDATE OF sections ON notes BEGIN
    UPDATE search_index
    SET body = (SELECT group_concat(value, char(10)) FROM json_each(NEW.sections))
    WHERE rowid IN (SELECT id FROM search_index_content WHERE c2 = NEW.id AND c1 = 'note');
END;
DROP TRIGGER notes_search_delete;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT id FROM search_index_content WHERE c2 = OLD.id AND c1 = 'note');
END;
DROP TRIGGER counseling_search_update;
CREATE TRIGGER counseling_search_update AFTER UPDATE OF text ON counseling_notes BEGIN
    UPDATE search_index SET body = NEW.text WHERE rowid IN (
        SELECT id FROM search_index_content WHERE c2 = NEW.id AND c1 = 'counseling-note'
    );
END;
DROP TRIGGER counseling_search_delete;
CREATE TRIGGER counseling_search_delete AFTER DELETE ON counseling_notes BEGIN
    DELETE FROM search_index WHERE rowid IN (
        SELECT id FROM search_index_content WHERE c2 = OLD.id AND c1 = 'counseling-note'
    );
END;
DROP TRIGGER worksheets_search_delete;
CREATE TRIGGER worksheets_search_delete AFTER DELETE ON worksheets BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT id FROM search_index_content WHERE c2 = OLD.id AND c1 = 'worksheet');
END;
DROP TRIGGER treatment_plans_search_delete;
CREATE TRIGGER treatment_plans_search_delete AFTER DELETE ON treatment_plans BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT id FROM search_index_content WHERE c2 = OLD.id AND c1 = 'plan');
END;
DROP TRIGGER network_members_search_delete;
CREATE TRIGGER network_members_search_delete AFTER DELETE ON network_members BEGIN
    DELETE FROM search_index
    WHERE rowid IN (SELECT id FROM search_index_content WHERE c2 = OLD.id AND c1 = 'network');
END;
"""


def _migration_6(conn: Connection) -> None:
    for statement in _split(MIGRATION_6):
        conn.execute(statement)


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
    _migration_6,
)
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection) -> range:
    return range(schema_version(conn), LATEST_VERSION)


def apply_pending(conn: Connection) -> list[int]:
    """Run every pending migration, each in its own transaction; returns the versions made."""
    done: list[int] = []
    for index in pending(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[index](conn)
            conn.execute(f"PRAGMA user_version = {index + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(index + 1)
    return done
