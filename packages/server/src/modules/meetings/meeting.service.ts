import {
  DUTCH_TIME_ZONE,
  MEETING_KIND_DEFINITIONS,
  PARTNER_KIND_LABELS,
  assertOccurrenceChange,
  generateOccurrences,
  isDomainError,
  missingMinimumPartners,
  planningDateProblem,
  todayIn,
  validateSeriesRule,
  visibleAgendaItems,
  zonedInstant,
  type AgendaViewer,
  type MeetingKind,
} from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AccessDenied, AppError } from '../../errors.ts';
import { buildICalendar, type CalendarEvent } from './icalendar.ts';
import * as repo from './meeting.repository.ts';
import { presentAgendaItem, presentMeetingSummary, presentSeries, meetingTitle } from './meeting.presenter.ts';
import type { ZMeetingSeriesInput, ZMeetingUpdate } from './meeting.schemas.ts';

export function viewerOf(actor: Actor): AgendaViewer {
  return { role: actor.role, organisationId: actor.organisationId, tableIds: actor.tableIds };
}

function requireChainDirector(actor: Actor): void {
  if (actor.role !== 'chain-director') throw new AppError('forbidden', 'Alleen de ketenregisseur van de tafel plant overleggen en stelt de agenda op.');
}

/**
 * A meeting the actor can see at all (chain director or partner professional of its table), or a denial
 * that looks like not-found.
 */
export async function requireMeeting(db: DbOrTrx, actor: Actor, meetingId: string, action: 'meeting.read' | 'meeting.update' | 'agenda-candidates.list' | 'agenda-item.add' | 'agenda-item.remove' | 'agenda-item.invite', forUpdate = false) {
  const readable = actor.role === 'chain-director' || actor.role === 'partner-professional';
  const row = readable ? await repo.findMeeting(db, actor.tableIds, meetingId, { forUpdate }) : undefined;
  if (!row) throw new AccessDenied({ action, activity: 'zvt-meetings', recordType: 'meeting', recordId: meetingId });
  return row;
}

/** Per agenda item, the organisations suggested for an invitation (chain director only). */
async function suggestions(db: DbOrTrx, kind: MeetingKind, tableId: string, caseIds: readonly string[]) {
  const [triage, partners] = await Promise.all([repo.triageOrganisations(db, caseIds), repo.tablePartners(db, tableId)]);
  const partnerIds = new Set(partners.map((p) => p.id));
  const minimum = partners.filter((p) => (MEETING_KIND_DEFINITIONS[kind].minimumPartnerKinds as readonly string[]).includes(p.kind)).map((p) => p.id);
  return (caseId: string) => [...new Set([...triage.filter((t) => t.case_id === caseId).map((t) => t.organisation_id), ...minimum])].filter((id) => partnerIds.has(id));
}

/** The meeting as the actor may see it: for a partner only the items its organisation is invited to. */
export async function loadMeetingDetail(ctx: ServiceContext, db: DbOrTrx, actor: Actor, row: repo.MeetingRow) {
  const items = visibleAgendaItems(viewerOf(actor), row.table_id, await repo.agendaItemsOf(db, [row.id]));
  const isDirector = actor.role === 'chain-director';
  const suggest = isDirector ? await suggestions(db, row.kind, row.table_id, items.map((i) => i.case_id)) : () => [];
  const partners = isDirector ? await repo.tablePartners(db, row.table_id) : [];
  return {
    detail: {
      ...presentMeetingSummary(actor, row, items.length, ctx.clock.now()),
      agenda: items.map((item) => presentAgendaItem(actor, row.kind, item, suggest(item.case_id))),
      partners,
    },
    subjectIds: items.flatMap((i) => (i.subject_id ? [i.subject_id] : [])),
  };
}

type SeriesInput = z.infer<typeof ZMeetingSeriesInput>;

/**
 * ZVT-2A.4, ZVT-2B.1, ZVT-3A.1: the chain director of a table creates a series of meetings of one kind with
 * a cadence; the dates are generated at once (same weekday and local time, DST-correct) and can then be
 * moved or cancelled one by one. A focus or core-group meeting needs a table with the minimum partners. The first
 * meeting may be today, at any time (ADR 0023: a meeting held today can be planned and prepared on the day).
 */
export async function createSeries(ctx: ServiceContext, actor: Actor, trace: TraceContext, input: SeriesInput) {
  requireChainDirector(actor);
  const problems = validateSeriesRule(input);
  if (problems.length > 0) throw new AppError('invalid-input', 'Niet alle velden zijn goed ingevuld.', { errors: problems.map((p) => ({ field: `body.${p.field}`, message: p.message })) });
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const table = actor.tableIds.includes(input.tableId)
      ? await trx.selectFrom('tables').select(['id', 'term_end']).where('id', '=', input.tableId).executeTakeFirst()
      : undefined;
    if (!table) {
      throw new AppError('invalid-input', 'U kunt voor deze tafel geen overleggen plannen.', { errors: [{ field: 'body.tableId', message: 'Kies een tafel waarvan u ketenregisseur bent.' }] });
    }
    const partners = await repo.tablePartners(trx, table.id);
    const missing = missingMinimumPartners(input.kind, partners.map((p) => p.kind));
    if (missing.length > 0) {
      throw new AppError(
        'rule-violation',
        `Aan een ${MEETING_KIND_DEFINITIONS[input.kind].label.toLowerCase()} nemen in ieder geval ${MEETING_KIND_DEFINITIONS[input.kind].minimumPartnerKinds.map((k) => PARTNER_KIND_LABELS[k]).join(', ')} deel; deze tafel heeft geen ketenpartner voor: ${missing.map((k) => PARTNER_KIND_LABELS[k]).join(', ')}.`,
      );
    }
    const occurrences = generateOccurrences(input, DUTCH_TIME_ZONE);
    const first = occurrences[0];
    if (first === undefined || planningDateProblem(first.date, now, DUTCH_TIME_ZONE) !== null) {
      throw new AppError('invalid-input', 'Het eerste overleg ligt op een dag in het verleden.', { errors: [{ field: 'body.startDate', message: 'Kies vandaag of een latere datum als eerste datum.' }] });
    }
    const beyondTerm = occurrences.filter((o) => o.date > table.term_end);
    if (beyondTerm.length > 0) {
      throw new AppError('rule-violation', `De reeks loopt door na het einde van de looptijd van de tafel (${table.term_end}); kies minder overleggen of een eerdere einddatum (ZVT-E.2).`);
    }
    const series = await repo.insertSeries(trx, {
      table_id: table.id,
      kind: input.kind,
      interval_weeks: input.intervalWeeks,
      start_time: input.startTime,
      duration_minutes: input.durationMinutes,
      location: input.location,
      created_by: actor.userId,
    });
    await repo.insertMeetings(
      trx,
      occurrences.map((o) => ({
        series_id: series.id,
        table_id: table.id,
        kind: input.kind,
        scheduled_on: o.date,
        starts_on: o.date,
        start_time: o.startTime,
        starts_at: o.startsAt,
        duration_minutes: input.durationMinutes,
        location: input.location,
      })),
    );
    await recordProcessing(trx, actor, trace, { action: 'meeting-series.create', activity: 'zvt-meetings', recordType: 'meeting-series', recordId: series.id, outcome: 'allowed' });
    return loadSeries(ctx, trx, actor, [series.id]).then((list) => list[0]);
  });
}

async function visibleCounts(db: DbOrTrx, actor: Actor, meetings: readonly repo.MeetingRow[]) {
  const items = await repo.agendaItemsOf(db, meetings.map((m) => m.id));
  const viewer = viewerOf(actor);
  return (meeting: repo.MeetingRow) => visibleAgendaItems(viewer, meeting.table_id, items.filter((i) => i.meeting_id === meeting.id)).length;
}

async function loadSeries(ctx: ServiceContext, db: DbOrTrx, actor: Actor, seriesIds: readonly string[]) {
  const rows = (await repo.listSeries(db, actor.tableIds)).filter((s) => seriesIds.includes(s.id));
  const meetings = await repo.meetingsOfSeries(db, rows.map((r) => r.id));
  const count = await visibleCounts(db, actor, meetings);
  const now = ctx.clock.now();
  return rows.map((row) =>
    presentSeries(
      actor,
      row,
      meetings.filter((m) => m.series_id === row.id).map((m) => presentMeetingSummary(actor, m, count(m), now)),
    ),
  );
}

/** The series of the caller's tables (no personal data: dates, places, counts of visible items). */
export async function listSeries(ctx: ServiceContext, actor: Actor) {
  if (actor.role !== 'chain-director' && actor.role !== 'partner-professional') return { series: [] };
  const rows = await repo.listSeries(ctx.db, actor.tableIds);
  return { series: await loadSeries(ctx, ctx.db, actor, rows.map((r) => r.id)) };
}

export async function getSeries(ctx: ServiceContext, actor: Actor, seriesId: string) {
  const readable = actor.role === 'chain-director' || actor.role === 'partner-professional';
  const found = readable ? (await loadSeries(ctx, ctx.db, actor, [seriesId]))[0] : undefined;
  if (!found) throw new AccessDenied({ action: 'meeting.read', activity: 'zvt-meetings', recordType: 'meeting-series', recordId: seriesId });
  return found;
}

/** Meetings of the caller's tables from a date on (default today), with the number of items the caller may see. */
export async function listMeetings(ctx: ServiceContext, actor: Actor, filter: { tableId?: string | undefined; from?: string | undefined }) {
  if (actor.role !== 'chain-director' && actor.role !== 'partner-professional') return { meetings: [] };
  const rows = await repo.listMeetings(ctx.db, actor.tableIds, { tableId: filter.tableId, from: filter.from ?? todayIn(DUTCH_TIME_ZONE, ctx.clock.now()) });
  const count = await visibleCounts(ctx.db, actor, rows);
  const now = ctx.clock.now();
  return { meetings: rows.map((row) => presentMeetingSummary(actor, row, count(row), now)) };
}

/**
 * One meeting (ZVT-3A.1): the chain director sees the whole agenda; a partner professional of the table sees
 * the meeting and only the items its organisation is invited to, with the young person's name. Logged with
 * the subjects whose names were shown.
 */
export async function getMeeting(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireMeeting(trx, actor, meetingId, 'meeting.read');
    const { detail, subjectIds } = await loadMeetingDetail(ctx, trx, actor, row);
    await recordProcessing(trx, actor, trace, { action: 'meeting.read', activity: 'zvt-meetings', recordType: 'meeting', recordId: meetingId, subjectIds, outcome: 'allowed' });
    return detail;
  });
}

type MeetingUpdate = z.infer<typeof ZMeetingUpdate>;

/** Moves one meeting (date and/or time), changes its location, or cancels it; the chain director only. */
export async function updateMeeting(ctx: ServiceContext, actor: Actor, trace: TraceContext, meetingId: string, input: MeetingUpdate) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireMeeting(trx, actor, meetingId, 'meeting.update', true);
    requireChainDirector(actor);
    const now = ctx.clock.now();
    const moving = input.startsOn !== undefined || input.startTime !== undefined;
    if (input.status === 'cancelled' && (moving || input.location !== undefined)) {
      throw new AppError('invalid-input', 'Annuleer een overleg óf verplaats het, niet allebei tegelijk.');
    }
    if (!moving && input.location === undefined && input.status === undefined) throw new AppError('invalid-input', 'Er is niets gewijzigd.');
    const startsOn = input.startsOn ?? row.starts_on;
    const startTime = input.startTime ?? row.start_time;
    try {
      assertOccurrenceChange(
        { status: row.status, startsAt: row.starts_at },
        input.status === 'cancelled' ? { kind: 'cancel' } : { kind: 'move', date: startsOn, startTime },
        now,
        DUTCH_TIME_ZONE,
      );
    } catch (error) {
      if (isDomainError(error)) throw new AppError('rule-violation', error.message);
      throw error;
    }
    if (startsOn > row.term_end) throw new AppError('rule-violation', `Deze datum ligt na het einde van de looptijd van de tafel (${row.term_end}).`);
    await repo.updateMeeting(
      trx,
      meetingId,
      input.status === 'cancelled'
        ? { status: 'cancelled' }
        : {
            starts_on: startsOn,
            start_time: startTime,
            starts_at: zonedInstant(startsOn, startTime, DUTCH_TIME_ZONE).toISOString(),
            ...(input.location === undefined ? {} : { location: input.location }),
          },
      now,
    );
    const updated = await requireMeeting(trx, actor, meetingId, 'meeting.update');
    const { detail, subjectIds } = await loadMeetingDetail(ctx, trx, actor, updated);
    await recordProcessing(trx, actor, trace, { action: 'meeting.update', activity: 'zvt-meetings', recordType: 'meeting', recordId: meetingId, subjectIds, outcome: 'allowed' });
    return detail;
  });
}

function calendarEvent(row: repo.MeetingRow): CalendarEvent {
  return {
    id: row.id,
    summary: meetingTitle(row.kind, row.municipality),
    date: row.starts_on,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    location: row.location,
    cancelled: row.status === 'cancelled',
    sequence: row.sequence,
  };
}

/**
 * the calendar export of one meeting or a whole series. Built from the meeting rows only, so no agenda
 * item, name or case reference can end up in it (ADR 0013). Nothing personal is read, so nothing is logged.
 */
export async function meetingCalendar(ctx: ServiceContext, actor: Actor, meetingId: string, host: string): Promise<{ fileName: string; body: string }> {
  const row = await requireMeeting(ctx.db, actor, meetingId, 'meeting.read');
  return { fileName: `overleg-${row.starts_on}.ics`, body: buildICalendar([calendarEvent(row)], ctx.clock.now(), host) };
}

export async function seriesCalendar(ctx: ServiceContext, actor: Actor, seriesId: string, host: string): Promise<{ fileName: string; body: string }> {
  const readable = actor.role === 'chain-director' || actor.role === 'partner-professional';
  const series = readable ? await repo.findSeries(ctx.db, actor.tableIds, seriesId) : undefined;
  if (!series) throw new AccessDenied({ action: 'meeting.read', activity: 'zvt-meetings', recordType: 'meeting-series', recordId: seriesId });
  const meetings = await repo.meetingsOfSeries(ctx.db, [series.id]);
  return { fileName: `overlegreeks-${series.kind}.ics`, body: buildICalendar(meetings.map(calendarEvent), ctx.clock.now(), host) };
}
