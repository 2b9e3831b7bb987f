import { z } from 'zod';
import { named, ZUuid } from '../http/schemas.ts';

export const ZRole = z.enum(['chain-director', 'partner-professional', 'privacy-officer', 'application-administrator']);

export const ZSession = named(
  'Session',
  z.object({
    user: z.object({
      id: ZUuid,
      displayName: z.string(),
      role: ZRole,
      organisation: z.object({ id: ZUuid, name: z.string() }),
      tables: z.array(z.object({ id: ZUuid, name: z.string(), code: z.string() })),
    }),
    abilities: z.object({
      registerCase: z.boolean(),
      decideAdmissions: z.boolean(),
      administer: z.boolean(),
      readProcessingRegister: z.boolean(),
    }),
    authMethod: z.enum(['demo', 'oidc']),
    mfa: z.boolean(),
    csrfToken: z.string().describe('Stuur mee als X-CSRF-Token bij elke wijziging.'),
  }),
);

export const ZLoginOptions = named(
  'LoginOptions',
  z.object({
    oidc: z.boolean().describe('Inloggen via de inlogdienst van de gemeente is beschikbaar.'),
    demoLogin: z.boolean().describe('Alleen in ontwikkeling: inloggen als demogebruiker.'),
    demoUsers: z.array(z.object({ id: ZUuid, displayName: z.string(), role: ZRole, organisationName: z.string() })),
  }),
);

export const ZDemoLogin = named('DemoLogin', z.object({ userId: ZUuid }));
