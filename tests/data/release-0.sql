-- A database as the first release of pivotbot wrote it (code to commit 7c3559b, 25 Nov 2026),
-- before its initial migration was edited (c2934a7): processed events in their own table, and
-- delivered replies kept in the outbox with ``delivered_at`` set. Made by running that commit's
-- engine: console:local:first0 at intake.date (taps and typing from /start; the last reply,
-- the date question, never delivered), console:local:first1 at the welcome (delivered); then
-- dumped (sqlite3's iterdump). It stands for files already on people's disks: never
-- regenerate it with newer code.
BEGIN TRANSACTION;
CREATE TABLE "attempts" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "interview_id" INTEGER,
   "persona" TEXT,
   "round" INTEGER,
   "turn" INTEGER,
   "total" INTEGER,
   "band" TEXT,
   "elements" TEXT,
   "red_flags" TEXT
);
CREATE TABLE "contacts" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "interview_id" INTEGER,
   "name" TEXT,
   "title" TEXT,
   "organisation" TEXT,
   "team" TEXT,
   "reach" TEXT,
   "how_met" TEXT,
   "priority" TEXT,
   "stage" TEXT,
   "last_contact_at" TEXT,
   "next_step" TEXT,
   "next_step_at" TEXT,
   "notes" TEXT
);
CREATE TABLE conversations (
            key TEXT PRIMARY KEY, platform TEXT NOT NULL, workspace TEXT NOT NULL,
            user TEXT NOT NULL, state TEXT NOT NULL, data TEXT NOT NULL,
            flow_version INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
INSERT INTO "conversations" VALUES('console:local:first0','console','local','first0','intake.date','{"_trail":["welcome","intake.company","intake.role","intake.date"],"company":"Acme Robotics","role":"Inside sales"}',1,1,'2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
INSERT INTO "conversations" VALUES('console:local:first1','console','local','first1','welcome','{"_trail":["welcome"]}',1,1,'2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
CREATE TABLE "followups" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "kind" TEXT,
   "contact_id" INTEGER,
   "interview_id" INTEGER,
   "due_at" TEXT,
   "status" TEXT,
   "done_at" TEXT,
   "on_time" INTEGER
);
CREATE TABLE "interviews" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "company" TEXT,
   "role" TEXT,
   "interview_date" TEXT,
   "company_fit" INTEGER,
   "role_fit" INTEGER,
   "path" TEXT,
   "target" TEXT,
   "draws" TEXT,
   "evidence" TEXT,
   "pivoted" TEXT,
   "how_it_went" TEXT,
   "outcome" TEXT,
   "decision_date" TEXT
);
CREATE TABLE "milestones" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "kind" TEXT,
   "contact_id" INTEGER,
   "interview_id" INTEGER
);
CREATE TABLE outbox (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, payload TEXT NOT NULL,
            created_at TEXT NOT NULL, delivered_at TEXT);
INSERT INTO "outbox" VALUES(1,'console:local:first0','{"text":"Hi, I''m **Pivotbot**. I help with one tricky moment: the job interview where you love the company but the job itself isn''t right for you.\nInstead of going through the motions, you can turn the rest of that hour into networking: stay keen on the company, be honest about the fit, and leave with a name or an introduction. I''ll help you plan it, practise it until it feels natural, and follow up on time.\nWhere would you like to start?","choices":[["Prepare for an interview","prepare"],["How does this work?","about"]]}','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
INSERT INTO "outbox" VALUES(2,'console:local:first0','{"text":"Which company is the interview with?"}','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
INSERT INTO "outbox" VALUES(3,'console:local:first0','{"text":"And which role at **Acme Robotics** are you interviewing for?"}','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
INSERT INTO "outbox" VALUES(4,'console:local:first0','{"text":"When is the interview? You can write \"tomorrow\", \"next Tuesday\" or a date like 2026-12-03.","choices":[["It''s already happened","done"],["Not scheduled yet","skip"]]}','2026-11-25T09:00:00.000000Z',NULL);
INSERT INTO "outbox" VALUES(5,'console:local:first1','{"text":"Hi, I''m **Pivotbot**. I help with one tricky moment: the job interview where you love the company but the job itself isn''t right for you.\nInstead of going through the motions, you can turn the rest of that hour into networking: stay keen on the company, be honest about the fit, and leave with a name or an introduction. I''ll help you plan it, practise it until it feels natural, and follow up on time.\nWhere would you like to start?","choices":[["Prepare for an interview","prepare"],["How does this work?","about"]]}','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
CREATE TABLE "outcomes" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "category" TEXT
);
CREATE TABLE processed_events (
            key TEXT NOT NULL, event_id TEXT NOT NULL, at TEXT NOT NULL,
            PRIMARY KEY (key, event_id)) WITHOUT ROWID;
INSERT INTO "processed_events" VALUES('console:local:first0','first0-1','2026-11-25T09:00:00.000000Z');
INSERT INTO "processed_events" VALUES('console:local:first0','first0-2','2026-11-25T09:00:00.000000Z');
INSERT INTO "processed_events" VALUES('console:local:first0','first0-3','2026-11-25T09:00:00.000000Z');
INSERT INTO "processed_events" VALUES('console:local:first0','first0-4','2026-11-25T09:00:00.000000Z');
INSERT INTO "processed_events" VALUES('console:local:first1','first1-5','2026-11-25T09:00:00.000000Z');
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO "schema_migrations" VALUES(1,'initial');
CREATE TABLE timers (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, due_at TEXT NOT NULL,
            payload TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, fired_at TEXT);
CREATE INDEX conversations_workspace ON conversations (platform, workspace);
CREATE INDEX conversations_updated ON conversations (updated_at);
CREATE INDEX processed_events_at ON processed_events (at);
CREATE INDEX outbox_undelivered ON outbox (id) WHERE delivered_at IS NULL;
CREATE INDEX outbox_key ON outbox (key);
CREATE INDEX timers_due ON timers (due_at) WHERE status = 'pending';
CREATE INDEX timers_key ON timers (key, name);
CREATE INDEX "idx_interviews_key"
    ON "interviews" ("key");
CREATE INDEX "idx_attempts_key"
    ON "attempts" ("key");
CREATE INDEX "idx_contacts_key"
    ON "contacts" ("key");
CREATE INDEX "idx_followups_key"
    ON "followups" ("key");
CREATE INDEX "idx_milestones_key"
    ON "milestones" ("key");
CREATE INDEX "idx_outcomes_key"
    ON "outcomes" ("key");
COMMIT;
