ALTER TABLE "plans" ADD CONSTRAINT "plans_id_person_key" UNIQUE("id","person_id");--> statement-breakpoint
ALTER TABLE "session_logs" DROP CONSTRAINT "session_logs_person_id_people_id_fk";
--> statement-breakpoint
ALTER TABLE "session_logs" DROP CONSTRAINT "session_logs_plan_id_plans_id_fk";
--> statement-breakpoint
DROP INDEX "session_logs_person_day_idx";--> statement-breakpoint
ALTER TABLE "session_logs" ALTER COLUMN "exercises" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_plan_person_fk" FOREIGN KEY ("plan_id","person_id") REFERENCES "public"."plans"("id","person_id") ON DELETE cascade ON UPDATE no action;