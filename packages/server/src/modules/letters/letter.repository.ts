import type { DbOrTrx } from '../../db/database.ts';
import type { LetterChannel, LetterSender } from '@ketentafel/domain';

/** The table facts a letter names: its name and municipality. */
export async function tableOf(db: DbOrTrx, tableId: string) {
  return db.selectFrom('tables').select(['name', 'municipality']).where('id', '=', tableId).executeTakeFirstOrThrow();
}

/** A user's display name (the referrer signs its own letter, whoever makes the PDF). */
export async function userName(db: DbOrTrx, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.display_name;
}

/** The legal representatives' names, in registration order (contact details never go into a letter). */
export async function representativeNames(db: DbOrTrx, caseId: string): Promise<string[]> {
  const rows = await db.selectFrom('legal_representatives').select('full_name').where('case_id', '=', caseId).orderBy('position').execute();
  return rows.map((r) => r.full_name);
}

/** The latest triage outcome of a case (ZVT-2A.4), if any. */
export async function latestTriageOutcome(db: DbOrTrx, caseId: string) {
  return db.selectFrom('triage_outcomes').select(['outcome', 'decided_at']).where('case_id', '=', caseId).orderBy('decided_at', 'desc').limit(1).executeTakeFirst();
}

export async function sendersOfCase(db: DbOrTrx, caseId: string) {
  return db.selectFrom('letter_senders').select(['kind', 'sender']).where('case_id', '=', caseId).execute();
}

export async function upsertSender(db: DbOrTrx, row: { case_id: string; kind: string; sender: LetterSender; decided_by: string; decided_at: Date }): Promise<void> {
  await db
    .insertInto('letter_senders')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'kind']).doUpdateSet({ sender: row.sender, decided_by: row.decided_by, decided_at: row.decided_at }))
    .execute();
}

export async function sentLettersOfCase(db: DbOrTrx, caseId: string) {
  return db
    .selectFrom('sent_letters as l')
    .innerJoin('organisations as o', 'o.id', 'l.sent_by_organisation_id')
    .select(['l.id', 'l.kind', 'l.letter_date', 'l.sent_on', 'l.channel', 'l.sender', 'l.template_hash', 'l.recorded_at', 'o.name as sent_by_organisation'])
    .where('l.case_id', '=', caseId)
    .orderBy('l.recorded_at')
    .execute();
}

export type SentLetterRow = Awaited<ReturnType<typeof sentLettersOfCase>>[number];

export async function insertSentLetter(
  db: DbOrTrx,
  row: {
    case_id: string;
    kind: string;
    template_hash: string;
    letter_date: string;
    sent_on: string;
    channel: LetterChannel;
    sender: LetterSender;
    sent_by: string;
    sent_by_organisation_id: string;
    recorded_at: Date;
  },
) {
  return db.insertInto('sent_letters').values(row).returning('id').executeTakeFirstOrThrow();
}

/** The informing tasks of a group (ZVT-2B.4) with, when recorded by letter, the letter's date and channel. */
export async function groupInformingTasks(db: DbOrTrx, caseId: string) {
  const rows = await db
    .selectFrom('group_informing_tasks')
    .select(['id', 'member_id', 'status', 'sent_on', 'content'])
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => {
    const letter = (r.content as { letter?: { letterDate: string; channel: LetterChannel } } | null)?.letter;
    return { id: r.id, member_id: r.member_id, status: r.status, sent_on: r.sent_on, letter: letter ? { letterDate: letter.letterDate, channel: letter.channel } : null };
  });
}
