DROP INDEX "patients_family_name_idx";--> statement-breakpoint
CREATE INDEX "patients_family_prefix_idx" ON "patients" USING btree (lower("legal_family_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_given_prefix_idx" ON "patients" USING btree (lower("legal_given_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_preferred_prefix_idx" ON "patients" USING btree (lower("preferred_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_mrn_prefix_idx" ON "patients" USING btree ("mrn" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "patients_family_name_idx" ON "patients" USING btree (lower("legal_family_name"),"legal_given_name","id");