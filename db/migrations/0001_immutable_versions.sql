-- Published versions are immutable: the database itself refuses to change or remove them.
CREATE FUNCTION refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published versions are immutable (% on %)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER item_versions_immutable BEFORE UPDATE OR DELETE ON item_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_published_change();
--> statement-breakpoint
CREATE TRIGGER bundle_versions_immutable BEFORE UPDATE OR DELETE ON bundle_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_published_change();
--> statement-breakpoint
CREATE TRIGGER item_versions_no_truncate BEFORE TRUNCATE ON item_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_published_change();
--> statement-breakpoint
CREATE TRIGGER bundle_versions_no_truncate BEFORE TRUNCATE ON bundle_versions
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_published_change();
