import { inject } from 'vitest';

/** A demo user of the seeded data, with the session the global setup created for it. */
export interface DemoUser {
  readonly id: string;
  readonly displayName: string;
  readonly role: 'chain-director' | 'partner-professional' | 'privacy-officer' | 'application-administrator';
  readonly organisationName: string;
  /** Value of the `kt_session` cookie of a live demo session. */
  readonly sessionCookie: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Ketentafel server under test, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** Issuer URL of the local OpenID provider. */
    idpIssuer: string;
    demoUsers: DemoUser[];
  }
}

/** Demo users the specs act as (names from packages/server/src/seed/demo-data.ts). */
export const CHAIN_DIRECTOR = 'Sanne Verhoef';
export const POLICE_OFFICER = 'Mehmet Aydın';
export const YOUTH_CARE_PROFESSIONAL = 'Anouk Brinkman';
export const YOUTH_WORKER = 'Thijs Koopman';
export const PRIVACY_OFFICER = 'Ingrid Holleman';
export const ADMINISTRATOR = 'Ruud Zandbergen';

export function baseUrl(): string {
  return inject('baseUrl');
}

export function demoUser(displayName: string): DemoUser {
  const user = inject('demoUsers').find((u) => u.displayName === displayName);
  if (!user) throw new Error(`Demogebruiker ${displayName} bestaat niet in de demodata.`);
  return user;
}
