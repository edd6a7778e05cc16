CREATE TABLE "assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"engine_version" text NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"triage_level" text NOT NULL,
	"program_weeks" real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkins" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"day" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"pain" integer NOT NULL,
	"red_flags" jsonb NOT NULL,
	"red" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalation_events" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"escalation" text NOT NULL,
	"action" text NOT NULL,
	"text" text NOT NULL,
	"origin" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"display_name" text,
	"baseline_pain" integer,
	"weight_kg" real
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"cause" text NOT NULL,
	"cause_detail" text,
	"author" text DEFAULT 'engine' NOT NULL,
	"assessment_id" text,
	"plan" jsonb NOT NULL,
	CONSTRAINT "plan_versions_plan_id_version_pk" PRIMARY KEY("plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"start_date" date NOT NULL,
	"status" text NOT NULL,
	"stopped_reason" text
);
--> statement-breakpoint
CREATE TABLE "prescriptions" (
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"exercise" text NOT NULL,
	"phase" text NOT NULL,
	"position" integer NOT NULL,
	"dose" jsonb NOT NULL,
	"frequency" text NOT NULL,
	"last_increase" text,
	CONSTRAINT "prescriptions_plan_id_version_exercise_pk" PRIMARY KEY("plan_id","version","exercise")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"from_version" integer NOT NULL,
	"to_version" integer NOT NULL,
	"week_start" date NOT NULL,
	"week_end" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"decisions" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_logs" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"plan_version" integer NOT NULL,
	"day" date NOT NULL,
	"logged_at" timestamp with time zone NOT NULL,
	"exercises" jsonb NOT NULL,
	"pain_during" integer NOT NULL,
	"note" text,
	"client_id" text
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_person_idx" ON "assessments" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "checkins_person_day_idx" ON "checkins" USING btree ("person_id","day");--> statement-breakpoint
CREATE INDEX "escalation_events_person_idx" ON "escalation_events" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "plans_person_idx" ON "plans" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "prescriptions_version_idx" ON "prescriptions" USING btree ("plan_id","version");--> statement-breakpoint
CREATE INDEX "reviews_person_idx" ON "reviews" USING btree ("person_id","week_end");--> statement-breakpoint
CREATE INDEX "session_logs_person_day_idx" ON "session_logs" USING btree ("person_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "session_logs_client_idx" ON "session_logs" USING btree ("person_id","client_id") WHERE "session_logs"."client_id" is not null;