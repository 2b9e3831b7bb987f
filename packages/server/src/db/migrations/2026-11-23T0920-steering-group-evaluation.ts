import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration uses Kysely<any> and imports no application code.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Steering group, policy signals, evaluation and table term (ZVT-E.1, ZVT-E.2, X-5; ADR 0015).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // ZVT-E.2: what happens to open cases when the table's term ends; a transfer names the successor table.
  await db.schema
    .alterTable('tables')
    .addColumn('open_cases_at_term_end', 'text', (c) => c.notNull().defaultTo('close-and-apply-retention'))
    .addColumn('successor_table_id', 'uuid', (c) => c.references('tables.id'))
    .execute();
  await sql`ALTER TABLE tables ADD CONSTRAINT tables_term_end_rule_check
    CHECK (open_cases_at_term_end IN ('close-and-apply-retention', 'transfer-to-successor'))`.execute(db);
  await sql`ALTER TABLE tables ADD CONSTRAINT tables_successor_check
    CHECK ((open_cases_at_term_end = 'transfer-to-successor') = (successor_table_id IS NOT NULL) AND successor_table_id IS DISTINCT FROM id)`.execute(db);

  // ZVT-E.1: the steering group by office (mayor, alderman for youth); its members do not log in.
  await db.schema
    .createTable('steering_group_members')
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('steering_group_members_pk', ['table_id', 'role'])
    .addCheckConstraint('steering_group_members_role_check', sql`role IN ('mayor', 'alderman')`)
    .execute();

  // ZVT-E.1: a stuck procedural matter of a case, escalated with a pseudonymised summary; the decision later.
  // It follows the case's retention (cascade): it is about one case, even without a name in it.
  await db.schema
    .createTable('escalations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id'))
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('escalated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('escalated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('decided_on', 'date')
    .addColumn('decision', 'text')
    .addColumn('decision_text', 'text')
    .addColumn('decision_recorded_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decision_recorded_at', 'timestamptz')
    .addCheckConstraint('escalations_decision_check', sql`decision IS NULL OR decision IN ('approved', 'instruction', 'rejected', 'other')`)
    .addCheckConstraint(
      'escalations_decision_complete_check',
      sql`(decision IS NULL) = (decided_on IS NULL) AND (decision IS NULL) = (decision_text IS NULL)
        AND (decision IS NULL) = (decision_recorded_by IS NULL) AND (decision IS NULL) = (decision_recorded_at IS NULL)`,
    )
    .execute();
  await db.schema.createIndex('escalations_table_idx').on('escalations').columns(['table_id', 'escalated_at']).execute();
  // Deleting a case (retention) follows this foreign key: index it.
  await db.schema.createIndex('escalations_case_idx').on('escalations').column('case_id').execute();

  // Seed 004 "Signaleringsrol": policy signals, without personal data.
  await db.schema
    .createTable('policy_signals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('policy_signals_kind_check', sql`kind IN ('neighbourhood-problem', 'chain-cooperation-gap', 'other')`)
    .execute();
  await db.schema.createIndex('policy_signals_table_idx').on('policy_signals').columns(['table_id', 'recorded_at']).execute();

  // ZVT-E.2: counters that outlive deleted cases (never a per-case row, X-4), kept by the database on every
  // path that registers a case or records a scale-down, so no service can forget them.
  await db.schema
    .createTable('table_statistics')
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id'))
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('table_statistics_pk', ['table_id', 'measure', 'quarter'])
    .addCheckConstraint('table_statistics_measure_check', sql`measure IN ('registered', 'scaled-down')`)
    .execute();
  await sql`
    CREATE FUNCTION kt_count_table_events() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO table_statistics (table_id, measure, quarter, count)
        VALUES (NEW.table_id, 'registered', to_char(NEW.registered_on, 'YYYY-"Q"Q'), 1)
        ON CONFLICT (table_id, measure, quarter) DO UPDATE SET count = table_statistics.count + 1;
      END IF;
      IF NEW.scale_down_on IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.scale_down_on IS NULL) THEN
        INSERT INTO table_statistics (table_id, measure, quarter, count)
        VALUES (NEW.table_id, 'scaled-down', to_char(NEW.scale_down_on, 'YYYY-"Q"Q'), 1)
        ON CONFLICT (table_id, measure, quarter) DO UPDATE SET count = table_statistics.count + 1;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER cases_count_table_events AFTER INSERT OR UPDATE OF scale_down_on ON cases
    FOR EACH ROW EXECUTE FUNCTION kt_count_table_events()`.execute(db);
  await sql`INSERT INTO table_statistics (table_id, measure, quarter, count)
    SELECT table_id, 'registered', to_char(registered_on, 'YYYY-"Q"Q'), count(*)::int FROM cases GROUP BY 1, 3`.execute(db);
  await sql`INSERT INTO table_statistics (table_id, measure, quarter, count)
    SELECT table_id, 'scaled-down', to_char(scale_down_on, 'YYYY-"Q"Q'), count(*)::int FROM cases WHERE scale_down_on IS NOT NULL GROUP BY 1, 3`.execute(db);

  // ZVT-E.2 "outcomes per phase": every recorded outcome (a phase transition with an outcome) is counted when it
  // is recorded, so outcomes of earlier phases still count after the case's transitions are deleted.
  await db.schema
    .createTable('outcome_statistics')
    .addColumn('table_id', 'uuid', (c) => c.notNull().references('tables.id'))
    .addColumn('process_key', 'text', (c) => c.notNull())
    .addColumn('process_version', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_statistics_pk', ['table_id', 'process_key', 'process_version', 'phase', 'outcome', 'quarter'])
    .execute();
  await sql`
    CREATE FUNCTION kt_count_outcome() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.from_phase IS NOT NULL AND NEW.outcome IS NOT NULL THEN
        INSERT INTO outcome_statistics (table_id, process_key, process_version, phase, outcome, quarter, count)
        SELECT c.table_id, c.process_key, c.process_version, NEW.from_phase, NEW.outcome,
          to_char(NEW.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-"Q"Q'), 1
        FROM cases c WHERE c.id = NEW.case_id
        ON CONFLICT (table_id, process_key, process_version, phase, outcome, quarter)
          DO UPDATE SET count = outcome_statistics.count + 1;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER phase_transitions_count_outcome AFTER INSERT ON phase_transitions
    FOR EACH ROW EXECUTE FUNCTION kt_count_outcome()`.execute(db);
  await sql`INSERT INTO outcome_statistics (table_id, process_key, process_version, phase, outcome, quarter, count)
    SELECT c.table_id, c.process_key, c.process_version, pt.from_phase, pt.outcome,
      to_char(pt.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-"Q"Q'), count(*)::int
    FROM phase_transitions pt JOIN cases c ON c.id = pt.case_id
    WHERE pt.from_phase IS NOT NULL AND pt.outcome IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6`.execute(db);

  // ZVT-E.2 "deletions on time": which table a deletion belongs to and the day it was due. No foreign key: a
  // log row must never change. Rows written before this migration get the due date from their rule text.
  await db.schema.alterTable('deletion_log').addColumn('table_id', 'uuid').addColumn('due_on', 'date').execute();
  await sql`UPDATE deletion_log SET due_on = COALESCE(
      substring(rule from 'vervallen op (\\d{4}-\\d{2}-\\d{2})')::date,
      (at AT TIME ZONE 'Europe/Amsterdam')::date)`.execute(db);
  await db.schema.createIndex('deletion_log_table_idx').on('deletion_log').columns(['table_id', 'at']).execute();
}
