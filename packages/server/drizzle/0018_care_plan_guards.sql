-- Care-plan goals and their ratings are append-only: a changed goal is a new goal, a wrong
-- rating is followed by a new rating (DESIGN.md "Records are appended").
CREATE TRIGGER care_plan_goals_append_only BEFORE UPDATE OR DELETE ON care_plan_goals FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
--> statement-breakpoint
CREATE TRIGGER care_plan_goal_ratings_append_only BEFORE UPDATE OR DELETE ON care_plan_goal_ratings FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only();
