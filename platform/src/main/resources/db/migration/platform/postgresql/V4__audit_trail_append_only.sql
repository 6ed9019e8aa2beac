-- The application may only add audit records: updates, deletes and truncation fail, whoever the role is (a trigger
-- binds superusers too). The role that owns the table (the one these migrations run as) could still drop the
-- triggers, and a superuser can switch them off (session_replication_role); the chain's verification then names
-- what was touched, unless the whole chain and its head were rewritten: README.md, "Audit trail", says how auditors
-- anchor the head hash, and how to run the application as a role that owns nothing.
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

-- The chain's head only moves forward, to a record that exists with that hash; it is never deleted.
create function audit_head_moves_forward() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'the audit chain''s head cannot be deleted' using errcode = 'insufficient_privilege';
    end if;
    if new.id <> old.id or new.last_sequence < old.last_sequence
            or not exists (select 1 from audit_record r where r.sequence = new.last_sequence and r.hash = new.last_hash) then
        raise exception 'the audit chain''s head only moves forward to an appended record' using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger audit_head_forward_only
    before update or delete on audit_head
    for each row execute function audit_head_moves_forward();

create trigger audit_head_no_truncate
    before truncate on audit_head
    for each statement execute function audit_record_append_only();
