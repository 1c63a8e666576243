-- A database as pivotbot wrote it before flows brought their own record tables: core schema v1
-- (one list of versions; the pivot tables made by the core's first migration), code at commit
-- 6d912e6. Made by playing tests/conversations/{01,25,28,33,50}*.yaml as users legacy0..legacy4
-- into one file, then dumping it (sqlite3's iterdump). It stands for files already on people's
-- disks: never regenerate it with newer code.
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
INSERT INTO "attempts" VALUES(1,'console:local:legacy1','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z',2,'sceptical',1,1,6,'rework','{"E1":2,"E2":0,"E3":2,"E4":0,"E5":1,"E6":0,"E7":0,"E8":1}','[]');
INSERT INTO "attempts" VALUES(2,'console:local:legacy1','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z',2,'sceptical',1,1,16,'ready','{"E1":2,"E2":2,"E3":2,"E4":2,"E5":2,"E6":2,"E7":2,"E8":2}','[]');
INSERT INTO "attempts" VALUES(3,'console:local:legacy1','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z',2,'sceptical',1,2,16,'ready','{"E1":2,"E2":2,"E3":2,"E4":2,"E5":2,"E6":2,"E7":2,"E8":2}','[]');
INSERT INTO "attempts" VALUES(4,'console:local:legacy1','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z',2,'sceptical',1,3,16,'ready','{"E1":2,"E2":2,"E3":2,"E4":2,"E5":2,"E6":2,"E7":2,"E8":2}','[]');
INSERT INTO "attempts" VALUES(5,'console:local:legacy1','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z',2,'sceptical',1,4,5,'restart','{"E1":0,"E2":2,"E3":2,"E4":2,"E5":2,"E6":2,"E7":2,"E8":2}','["ignores_interviewer"]');
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
INSERT INTO "contacts" VALUES(1,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z',3,'Priya Raman','Sales Development Manager','Verdant Grid','Inside sales','priya.raman@verdantgrid.example','interview','A','met','2026-11-25T13:00:00.000000Z','check in about once a quarter',NULL,'how your forecasting team started as two people in a spare room
an introduction to Sam Lee, who leads product analytics');
INSERT INTO "contacts" VALUES(2,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z',3,'Dr Tom Okafor','Senior data analyst','Verdant Grid','Product analytics','linkedin.com/in/tomokafor-example','interview','A','met','2026-11-25T13:00:00.000000Z','check in about once a quarter',NULL,'the advice to learn dbt before anything else
an introduction to Sam Lee, who leads product analytics');
INSERT INTO "contacts" VALUES(3,'console:local:legacy3','2026-11-26T10:00:00.000000Z','2026-11-26T10:00:00.000000Z',4,'Joanna Reyes','Head of People','Harbour Health Trust','People and culture','joanna.reyes@harbour.example','interview','A','met','2026-11-26T10:00:00.000000Z','send a thank-you note',NULL,'the way the clinics were planned with patients
passing my CV to the service improvement team');
INSERT INTO "contacts" VALUES(4,'console:local:legacy4','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z',NULL,'Maria Lopez','Head of product analytics','Acme Robotics',NULL,NULL,'Met at the climate-tech meetup in November','B','referred','2026-11-25T09:00:00.000000Z','send her my dbt project in January',NULL,'2026-11-25: She said to learn dbt before applying');
CREATE TABLE conversations (
            key TEXT PRIMARY KEY, platform TEXT NOT NULL, workspace TEXT NOT NULL,
            user TEXT NOT NULL, state TEXT NOT NULL, data TEXT NOT NULL,
            flow_version INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1,
            events TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
INSERT INTO "conversations" VALUES('console:local:legacy0','console','local','legacy0','pivot.evidence','{"_trail":["welcome","intake.company","intake.role","intake.date","intake.draws","intake.company_fit","intake.role_fit","intake.target","triage","pivot.evidence"],"company":"Acme Robotics","role":"Inside sales","interview_date":"2026-12-01","draws":"Their grid-forecasting launch and the people I met at the meetup","company_fit":5,"role_fit":2,"target":"product analytics","path":"pivot","interview_id":1}',2,1,'script-1
script-2
script-3
script-4
script-5
script-6
script-7
script-8
script-9
script-10','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
INSERT INTO "conversations" VALUES('console:local:legacy1','console','local','legacy1','rehearse.done','{"_trail":["rehearse.persona","rehearse.turn","rehearse.feedback","rehearse.turn","rehearse.feedback","rehearse.turn","rehearse.feedback","rehearse.turn","rehearse.feedback","rehearse.turn","rehearse.feedback","rehearse.done"],"company":"Verdant Grid","role":"Inside sales representative","interview_date":"2026-12-03","draws":"the grid-forecasting launch","company_fit":5,"role_fit":2,"target":"product analytics","path":"pivot","interview_id":2,"evidence":"I built a usage dashboard in Looker that my team used for renewals","rounds":1,"rh":{"persona":"sceptical","seed":1851935789,"round":1,"turn":4,"line":"There''s nothing else open here, you know.","used":["I''ve got what I need. Questions for me?","Who in particular would you want to talk to, and why would they make time for you?","Our product analytics people want proof. What have you actually done in that area?","There''s nothing else open here, you know."],"next":null,"answer":"Honest answer: I''d have to think hard about it, because my best work is in analytics. I''m still keen on Verdant Grid and glad to stay in the process, and I''d love to stay in touch either way.","scores":[6,16,16,16,5],"elements":{"E1":0,"E2":2,"E3":2,"E4":2,"E5":2,"E6":2,"E7":2,"E8":2},"last":{"total":5,"elements":{"E1":0,"E2":2,"E3":2,"E4":2,"E5":2,"E6":2,"E7":2,"E8":2},"red_flags":["ignores_interviewer"],"band":"restart","missing":["E1"],"weak":[],"raw_total":14,"line_kind":"no_openings","words":38},"feedback":"**5/16 · Start again**\nLet''s rebuild this one. It''s quicker than patching it.\n\n**Start with this:**\n- It doesn''t answer what they just said (\"There''s nothing else open here, you know.\"). Answer that first, in one sentence, then pivot.\n\n**What worked**\n- \"I''m still keen on Verdant Grid and glad to stay in the process, and I''d love to stay in touch either way.\" (enthusiasm for the company)\n- \"Honest answer: I''d have to think hard about it, because my best work is in analytics.\" (honest fit)\n\n**Still missing:** a natural moment: answer their line first, then pivot.\n\n**Next step:** Start with one sentence that answers \"There''s nothing else open here, you know.\", then use the rest of your answer.","carried":{"E1":2,"E2":2,"E3":2,"E4":2,"E5":2,"E6":2,"E7":2,"E8":2}}}',2,1,'script-1
script-2
script-3
script-4
script-5
script-6
script-7
script-8
script-9
script-10
script-11
script-12
script-13
script-14
script-15
script-16
script-17
script-18
script-19
script-20
script-21
script-22
script-23
script-24','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
INSERT INTO "conversations" VALUES('console:local:legacy2','console','local','legacy2','contacts','{"_trail":["debrief.promised","debrief.outcome","debrief.decision","debrief.summary","drafts.thanks","drafts","drafts.intro","drafts","drafts.decline","drafts","menu","contacts"],"company":"Verdant Grid","role":"Inside sales representative","interview_date":"2026-11-25","draws":"the grid-forecasting launch","company_fit":5,"role_fit":2,"target":"product analytics","path":"pivot","interview_id":3,"evidence":"I built a usage dashboard in Looker that my team used for renewals","db":{"people":[{"name":"Priya Raman","title":"Sales Development Manager","team":"Inside sales","reach":"priya.raman@verdantgrid.example","detail":"how your forecasting team started as two people in a spare room"},{"name":"Dr Tom Okafor","title":"Senior data analyst","team":"Product analytics","reach":"linkedin.com/in/tomokafor-example","detail":"the advice to learn dbt before anything else"}],"interview_id":3,"pivoted":"yes","went":"Better than I expected. Priya said the analytics team is growing and offered to introduce me to its lead.","person":{},"promised":"an introduction to Sam Lee, who leads product analytics","outcome":"introduction","decision":"2026-12-04","contact_ids":[1,2]},"draft_style":"formal"}',2,1,'script-15
script-16
script-17
script-18
script-19
script-20
script-21
script-22
script-23
script-24
script-25
script-26
script-27
script-28
script-29
script-30
script-31
script-32
script-33
script-34
script-35
script-36
script-37
script-38
script-39
script-40
script-41
script-42
script-43
script-44
script-45
script-46','2026-11-25T09:00:00.000000Z','2026-11-25T13:00:00.000000Z');
INSERT INTO "conversations" VALUES('console:local:legacy3','console','local','legacy3','drafts.thanks','{"_trail":["debrief.went","debrief.person.name","debrief.person.title","debrief.person.team","debrief.person.reach","debrief.person.detail","debrief.more","debrief.promised","debrief.outcome","debrief.decision","debrief.summary","drafts.thanks"],"company":"Harbour Health Trust","role":"HR administrator","interview_past":true,"draws":"their new community mental-health clinics","company_fit":5,"role_fit":2,"target":"service improvement","path":"pivot","interview_id":4,"evidence":"I redesigned the student union''s volunteer rota and cut missed shifts by a third","db":{"people":[{"name":"Joanna Reyes","title":"Head of People","team":"People and culture","reach":"joanna.reyes@harbour.example","detail":"the way the clinics were planned with patients"}],"interview_id":4,"pivoted":"yes","went":"She liked the idea and offered to pass my CV to the improvement team.","person":{},"promised":"passing my CV to the service improvement team","outcome":"referral","decision":"2026-12-02","contact_ids":[3]},"draft_style":"normal"}',2,1,'script-1
script-2
script-3
script-4
script-5
script-6
script-7
script-8
script-9
script-10
script-11
script-12
script-13
script-14
script-15
script-16
script-17
script-18
script-19
script-20
script-21
script-22
script-23
script-24
script-25
script-26
script-27
script-28','2026-11-25T09:00:00.000000Z','2026-12-10T09:00:00.000000Z');
INSERT INTO "conversations" VALUES('console:local:legacy4','console','local','legacy4','menu','{"_trail":["contacts.edit","contacts.edit.value","contacts.view","contacts.edit","contacts.edit.value","contacts.view","contacts.stage","contacts.view","contacts","contacts.view","contacts","menu"],"contact":4}',2,1,'script-1
script-2
script-3
script-4
script-5
script-6
script-7
script-8
script-9
script-10
script-11
script-12
script-13
script-14
script-15
script-16
script-17
script-18
script-19
script-20
script-21
script-22
script-23','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z');
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
INSERT INTO "followups" VALUES(1,'console:local:legacy0','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z','thank_you',NULL,1,'2026-12-01T17:00:00.000000Z','pending',NULL,NULL);
INSERT INTO "followups" VALUES(2,'console:local:legacy1','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z','thank_you',NULL,2,'2026-12-03T17:00:00.000000Z','pending',NULL,NULL);
INSERT INTO "followups" VALUES(3,'console:local:legacy2','2026-11-25T09:00:00.000000Z','2026-11-25T13:00:00.000000Z','thank_you',NULL,3,'2026-11-25T17:00:00.000000Z','cancelled',NULL,NULL);
INSERT INTO "followups" VALUES(4,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z','thank_you',NULL,3,'2026-11-25T17:00:00.000000Z','done','2026-11-25T13:00:00.000000Z',1);
INSERT INTO "followups" VALUES(5,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z','status_check',NULL,3,'2026-12-11T09:00:00.000000Z','pending',NULL,NULL);
INSERT INTO "followups" VALUES(6,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z','keep_warm',1,3,'2027-02-24T09:00:00.000000Z','pending',NULL,NULL);
INSERT INTO "followups" VALUES(7,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z','outreach_second',NULL,3,'2026-11-30T09:00:00.000000Z','pending',NULL,NULL);
INSERT INTO "followups" VALUES(8,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z','outreach_followup',NULL,3,'2026-12-04T09:00:00.000000Z','pending',NULL,NULL);
INSERT INTO "followups" VALUES(9,'console:local:legacy3','2026-11-26T10:00:00.000000Z','2026-11-26T17:00:00.000000Z','thank_you',NULL,4,'2026-11-26T17:00:00.000000Z','done','2026-11-26T17:00:00.000000Z',1);
INSERT INTO "followups" VALUES(10,'console:local:legacy3','2026-11-26T10:00:00.000000Z','2026-12-10T09:00:00.000000Z','status_check',NULL,4,'2026-12-09T09:00:00.000000Z','done','2026-12-10T09:00:00.000000Z',1);
INSERT INTO "followups" VALUES(11,'console:local:legacy3','2026-11-26T10:00:00.000000Z','2026-11-26T10:00:00.000000Z','keep_warm',3,4,'2027-02-25T09:00:00.000000Z','pending',NULL,NULL);
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
INSERT INTO "interviews" VALUES(1,'console:local:legacy0','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z','Acme Robotics','Inside sales','2026-12-01',5,2,'pivot','product analytics','Their grid-forecasting launch and the people I met at the meetup',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "interviews" VALUES(2,'console:local:legacy1','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z','Verdant Grid','Inside sales representative','2026-12-03',5,2,'pivot','product analytics','the grid-forecasting launch','I built a usage dashboard in Looker that my team used for renewals',NULL,NULL,NULL,NULL);
INSERT INTO "interviews" VALUES(3,'console:local:legacy2','2026-11-25T09:00:00.000000Z','2026-11-25T13:00:00.000000Z','Verdant Grid','Inside sales representative','2026-11-25',5,2,'pivot','product analytics','the grid-forecasting launch','I built a usage dashboard in Looker that my team used for renewals','yes','Better than I expected. Priya said the analytics team is growing and offered to introduce me to its lead.','introduction','2026-12-04');
INSERT INTO "interviews" VALUES(4,'console:local:legacy3','2026-11-25T09:00:00.000000Z','2026-11-26T10:00:00.000000Z','Harbour Health Trust','HR administrator',NULL,5,2,'pivot','service improvement','their new community mental-health clinics','I redesigned the student union''s volunteer rota and cut missed shifts by a third','yes','She liked the idea and offered to pass my CV to the improvement team.','referral','2026-12-02');
CREATE TABLE "milestones" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "kind" TEXT,
   "contact_id" INTEGER,
   "interview_id" INTEGER
);
INSERT INTO "milestones" VALUES(1,'console:local:legacy2','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z','introduction',1,3);
INSERT INTO "milestones" VALUES(2,'console:local:legacy3','2026-11-26T10:00:00.000000Z','2026-11-26T10:00:00.000000Z','referral',3,4);
INSERT INTO "milestones" VALUES(3,'console:local:legacy4','2026-11-25T09:00:00.000000Z','2026-11-25T09:00:00.000000Z','referral',4,NULL);
CREATE TABLE outbox (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, payload TEXT NOT NULL,
            created_at TEXT NOT NULL);
INSERT INTO "outbox" VALUES(1,'console:local:legacy2','{"text":"It''s time for a friendly status check with **Verdant Grid**. Two or three lines: thank them again, say you''re still interested, and ask whether there''s any news on timing.","choices":[["Done","fu:done:5"],["Remind me tomorrow","fu:snooze:5"],["Skip","fu:skip:5"]]}','2027-01-09T09:00:00.000000Z');
CREATE TABLE "outcomes" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT,
   "created_at" TEXT,
   "updated_at" TEXT,
   "category" TEXT
);
INSERT INTO "outcomes" VALUES(1,'console:local:legacy3','2026-12-10T09:00:00.000000Z','2026-12-10T09:00:00.000000Z','seeking');
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO "schema_migrations" VALUES(1,'initial');
CREATE TABLE timers (
            id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, due_at TEXT NOT NULL,
            payload TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, fired_at TEXT);
INSERT INTO "timers" VALUES(1,'console:local:legacy0','thank_you:1','2026-12-01T17:00:00.000000Z','{"followup_id":1}','fired','2026-11-25T09:00:00.000000Z','2026-12-09T08:00:00.000000Z');
INSERT INTO "timers" VALUES(2,'console:local:legacy1','thank_you:2','2026-12-03T17:00:00.000000Z','{"followup_id":2}','fired','2026-11-25T09:00:00.000000Z','2026-12-09T08:00:00.000000Z');
INSERT INTO "timers" VALUES(3,'console:local:legacy2','thank_you:3','2026-11-25T17:00:00.000000Z','{"followup_id":3}','cancelled','2026-11-25T09:00:00.000000Z','2026-11-25T13:00:00.000000Z');
INSERT INTO "timers" VALUES(4,'console:local:legacy2','thank_you:4','2026-11-25T17:00:00.000000Z','{"followup_id":4}','cancelled','2026-11-25T13:00:00.000000Z','2026-11-25T13:00:00.000000Z');
INSERT INTO "timers" VALUES(5,'console:local:legacy2','status_check:5','2026-12-11T09:00:00.000000Z','{"followup_id":5}','fired','2026-11-25T13:00:00.000000Z','2027-01-09T09:00:00.000000Z');
INSERT INTO "timers" VALUES(6,'console:local:legacy2','keep_warm:6','2027-02-24T09:00:00.000000Z','{"followup_id":6}','pending','2026-11-25T13:00:00.000000Z',NULL);
INSERT INTO "timers" VALUES(7,'console:local:legacy2','outreach_second:7','2026-11-30T09:00:00.000000Z','{"followup_id":7}','fired','2026-11-25T13:00:00.000000Z','2026-12-09T08:00:00.000000Z');
INSERT INTO "timers" VALUES(8,'console:local:legacy2','outreach_followup:8','2026-12-04T09:00:00.000000Z','{"followup_id":8}','fired','2026-11-25T13:00:00.000000Z','2026-12-09T08:00:00.000000Z');
INSERT INTO "timers" VALUES(9,'console:local:legacy3','thank_you:9','2026-11-26T17:00:00.000000Z','{"followup_id":9}','fired','2026-11-26T10:00:00.000000Z','2026-11-26T17:00:00.000000Z');
INSERT INTO "timers" VALUES(10,'console:local:legacy3','status_check:10','2026-12-09T09:00:00.000000Z','{"followup_id":10}','fired','2026-11-26T10:00:00.000000Z','2026-12-09T09:00:00.000000Z');
INSERT INTO "timers" VALUES(11,'console:local:legacy3','keep_warm:11','2027-02-25T09:00:00.000000Z','{"followup_id":11}','pending','2026-11-26T10:00:00.000000Z',NULL);
CREATE INDEX conversations_workspace ON conversations (platform, workspace);
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
