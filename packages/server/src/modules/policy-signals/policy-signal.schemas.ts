import { z } from 'zod';
import { POLICY_SIGNAL_KINDS } from '@ketentafel/domain';
import { named, ZDateTime, ZUuid } from '../../http/schemas.ts';

export const ZPolicySignalInput = named(
  'PolicySignalInput',
  z.object({
    kind: z.enum(POLICY_SIGNAL_KINDS, { error: 'Kies de soort signaal.' }),
    area: z.string().trim().min(2, { error: 'Gebied: minstens 2 tekens.' }).max(200),
    description: z.string().trim().min(1, { error: 'Omschrijving is verplicht.' }).min(20, { error: 'Omschrijving: minstens 20 tekens.' }).max(4000),
  }),
);
export const ZPolicySignal = named(
  'PolicySignal',
  z.object({ id: ZUuid, kind: z.enum(POLICY_SIGNAL_KINDS), area: z.string(), description: z.string(), recordedAt: ZDateTime, recordedBy: z.string() }),
);
export const ZPolicySignalList = named('PolicySignalList', z.object({ signals: z.array(ZPolicySignal) }));
/** A file to download, produced by the server (CSV); the client saves `content` under `fileName`. */
export const ZCsvFile = named('CsvFile', z.object({ fileName: z.string(), mediaType: z.literal('text/csv'), content: z.string() }));
