import type { Db } from '../db/database.ts';
import type { Clock } from '../http/app.ts';
import type { Actor } from '../auth/actor.ts';
import { registerGroup } from '../modules/groups/group.service.ts';
import { decideAdmission } from '../modules/cases/case.service.ts';
import { DEMO_GROUP } from './demo-data.ts';

const TRACE = { traceId: 'demo'.padEnd(32, '0'), spanId: 'seed'.padEnd(16, '0') };

/** A minimal, valid one-page PDF standing in for the police group scan (no content). */
function demoScanPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${String(index + 1)} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function actorFor(db: Db, email: string): Promise<Actor> {
  const user = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.organisation_id', 'o.name', 'u.role'])
    .where('u.email', '=', email)
    .executeTakeFirstOrThrow();
  const memberships = await db.selectFrom('user_tables').select('table_id').where('user_id', '=', user.id).execute();
  return {
    userId: user.id,
    displayName: user.display_name,
    organisationId: user.organisation_id,
    organisationName: user.name,
    role: user.role,
    tableIds: memberships.map((m) => m.table_id),
    mfa: true,
    authMethod: 'demo',
  };
}

/** Seeds DEMO_GROUP: registered by the police with its scan, admitted by the chain director to phase 2B. */
export async function seedDemoGroup(db: Db, clock: Clock, tableIds: ReadonlyMap<string, string>): Promise<void> {
  const police = await actorFor(db, DEMO_GROUP.referrer);
  const group = await registerGroup({ db, clock }, police, TRACE, {
    tableId: tableIds.get(DEMO_GROUP.table) ?? '',
    name: DEMO_GROUP.name,
    area: DEMO_GROUP.area,
    reason: DEMO_GROUP.reason,
    members: DEMO_GROUP.members.map((m) => ({ ...m })),
    unknownMemberCount: 2,
    scanDocument: { fileName: DEMO_GROUP.scanFileName, contentType: 'application/pdf', contentBase64: demoScanPdf().toString('base64') },
  });
  const director = await db.selectFrom('users').select('email').where('role', '=', 'chain-director').orderBy('email').executeTakeFirstOrThrow();
  await decideAdmission({ db, clock }, await actorFor(db, director.email), TRACE, group.id, { decision: 'group-scan' });
}
