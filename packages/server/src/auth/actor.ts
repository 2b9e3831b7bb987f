import type { Role } from '../db/schema.ts';

/** The authenticated user on whose behalf a request runs. Built once per request from the session. */
export interface Actor {
  readonly userId: string;
  readonly displayName: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly role: Role;
  /** Tables the user is a member of; the boundary of everything case-related they may see. */
  readonly tableIds: readonly string[];
  /** Whether this session was authenticated with more than one factor. */
  readonly mfa: boolean;
  readonly authMethod: 'demo' | 'oidc';
}

/** Roles that can ever read case content. Administrators and privacy officers never can. */
export const CASE_READING_ROLES: readonly Role[] = ['chain-director', 'partner-professional'];

export function canReadCaseContent(role: Role): boolean {
  return CASE_READING_ROLES.includes(role);
}
