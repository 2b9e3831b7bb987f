import { z } from 'zod';
import { TERM_END_RULES } from '@ketentafel/domain';
import { named, ZIsoDate, ZUuid } from '../../http/schemas.ts';
import { ZRole } from '../../auth/auth.schemas.ts';

export const ZOrganisationKind = z.enum([
  'municipality',
  'police',
  'public-prosecutor',
  'youth-care',
  'youth-work',
  'school-attendance',
  'social-team',
  'probation',
  'safety-house',
  'other',
]);

export const ZOrganisation = named('Organisation', z.object({ id: ZUuid, name: z.string(), kind: ZOrganisationKind }));
export const ZOrganisationList = named('OrganisationList', z.object({ organisations: z.array(ZOrganisation) }));
export const ZOrganisationInput = named(
  'OrganisationInput',
  z.object({ name: z.string().trim().min(2, { error: 'Naam: minstens 2 tekens.' }).max(200), kind: ZOrganisationKind }),
);

export const ZAdminTable = named(
  'AdminTable',
  z.object({
    id: ZUuid,
    name: z.string(),
    code: z.string(),
    municipality: z.string(),
    organisationId: ZUuid,
    processKey: z.string(),
    processVersion: z.number().int(),
    termStart: ZIsoDate,
    termEnd: ZIsoDate,
    partnerIds: z.array(ZUuid),
    termEndRule: z.enum(TERM_END_RULES),
    successorTableId: ZUuid.nullable(),
  }),
);
export const ZAdminTableList = named('AdminTableList', z.object({ tables: z.array(ZAdminTable) }));
export const ZTableInput = named(
  'TableInput',
  z.object({
    name: z.string().trim().min(2).max(200),
    code: z.string().trim().regex(/^[A-Z]{2,6}$/, { error: 'Code: 2 tot 6 hoofdletters.' }),
    municipality: z.string().trim().min(2).max(100),
    organisationId: ZUuid,
    processKey: z.string().min(1),
    processVersion: z.number().int().positive(),
    termStart: ZIsoDate,
    /** Without an end date the covenant's two years apply (ZVT-E.2). */
    termEnd: ZIsoDate.optional(),
    partnerIds: z.array(ZUuid),
    termEndRule: z.enum(TERM_END_RULES).optional(),
    successorTableId: ZUuid.nullable().optional(),
  }),
);
/** ZVT-E.2: extend the term (a renewed covenant) or change what happens to open cases at its end. */
export const ZTableUpdate = named(
  'TableUpdate',
  z.object({ termEnd: ZIsoDate.optional(), termEndRule: z.enum(TERM_END_RULES).optional(), successorTableId: ZUuid.nullable().optional() }),
);
export const ZTableParams = z.object({ tableId: ZUuid.describe('Id van de tafel.') });

export const ZAdminUser = named(
  'AdminUser',
  z.object({
    id: ZUuid,
    displayName: z.string(),
    email: z.string(),
    role: ZRole,
    organisationId: ZUuid,
    tableIds: z.array(ZUuid),
    active: z.boolean(),
  }),
);
export const ZAdminUserList = named('AdminUserList', z.object({ users: z.array(ZAdminUser) }));
export const ZUserInput = named(
  'UserInput',
  z.object({
    displayName: z.string().trim().min(2).max(200),
    email: z.email({ error: 'Vul een geldig e-mailadres in.' }),
    role: ZRole,
    organisationId: ZUuid,
    tableIds: z.array(ZUuid),
  }),
);
export const ZUserUpdate = named(
  'UserUpdate',
  z.object({ role: ZRole.optional(), tableIds: z.array(ZUuid).optional(), active: z.boolean().optional() }),
);
export const ZUserParams = z.object({ userId: ZUuid.describe('Id van de gebruiker.') });
