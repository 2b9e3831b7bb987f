import type { Db } from '../db/database.ts';
import type { Clock } from '../http/app.ts';
import { DEMO_TRACE, demoActor } from './demo-actors.ts';
import { registerGroup } from '../modules/groups/group.service.ts';
import { decideAdmission } from '../modules/cases/case.service.ts';
import { DEMO_GROUP } from './demo-data.ts';

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

/** Seeds DEMO_GROUP: registered by the police with its scan, admitted by the chain director to phase 2B. */
export async function seedDemoGroup(db: Db, clock: Clock, tableIds: ReadonlyMap<string, string>): Promise<void> {
  const police = await demoActor(db, DEMO_GROUP.referrer);
  const group = await registerGroup({ db, clock }, police, DEMO_TRACE, {
    tableId: tableIds.get(DEMO_GROUP.table) ?? '',
    name: DEMO_GROUP.name,
    area: DEMO_GROUP.area,
    reason: DEMO_GROUP.reason,
    members: DEMO_GROUP.members.map((m) => ({ ...m })),
    unknownMemberCount: 2,
    scanDocument: { fileName: DEMO_GROUP.scanFileName, contentType: 'application/pdf', contentBase64: demoScanPdf().toString('base64') },
  });
  const director = await db.selectFrom('users').select('email').where('role', '=', 'chain-director').orderBy('email').executeTakeFirstOrThrow();
  await decideAdmission({ db, clock }, await demoActor(db, director.email), DEMO_TRACE, group.id, { decision: 'group-scan' });
}
