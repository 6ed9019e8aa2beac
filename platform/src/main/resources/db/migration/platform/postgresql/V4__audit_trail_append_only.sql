-- The application's database role may only add audit records: updates, deletes and truncation fail, whoever the
-- role is (a trigger binds the table's owner and superusers too; only a superuser who switches triggers off
-- with session_replication_role can bypass it, and the chain's verification then names what was touched).
revoke update, delete, truncate on audit_record from public;

create function audit_record_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit records are append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_record_no_update_or_delete
    before update or delete on audit_record
    for each row execute function audit_record_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_append_only();
