import { z } from 'zod';

/** Runtime mode. Demo login and demo data exist only in `development`. */
export type Mode = 'development' | 'production' | 'test';

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  KETENTAFEL_DATA_DIR: z.string().default('.data'),
  KETENTAFEL_EMBEDDED_PG_PORT: z.coerce.number().int().default(54329),
  KETENTAFEL_PUBLIC_URL: z.url().optional(),
  KETENTAFEL_DEMO_LOGIN: z.enum(['on', 'off']).optional(),
  KETENTAFEL_SEED_DEMO: z.enum(['on', 'off']).optional(),
  KETENTAFEL_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KETENTAFEL_SESSION_HOURS: z.coerce.number().positive().default(8),
  KETENTAFEL_RETENTION_INTERVAL_MINUTES: z.coerce.number().positive().max(24 * 60).default(60),
  KETENTAFEL_TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  KETENTAFEL_SEAL_KEY: z.string().min(32, { error: 'minstens 32 tekens' }).optional(),
  KETENTAFEL_ACCESS_EXPORT_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  KETENTAFEL_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).max(100).default(5),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REQUIRE_MFA: z.enum(['on', 'off']).default('on'),
  OIDC_MFA_ACR_VALUES: z.string().default(''),
  OIDC_PROVISION_FROM_CLAIMS: z.enum(['on', 'off']).default('off'),
  OIDC_ALLOW_INSECURE_ISSUER: z.enum(['on', 'off']).default('off'),
});

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string | undefined;
  /** Users who can read case data must have logged in with MFA (amr/acr). */
  readonly requireMfa: boolean;
  /** acr values that count as multi-factor, besides an `amr` containing `mfa`, `otp`, `hwk`, … */
  readonly mfaAcrValues: readonly string[];
  /**
   * Create unknown users from the `ketentafel_role`, `ketentafel_organisation` and `ketentafel_tables`
   * claims. Off by default: users are then configured locally by the application administrator.
   */
  readonly provisionFromClaims: boolean;
  /** Allow an http:// issuer (local test IdP only). */
  readonly allowInsecureIssuer: boolean;
}

export interface Config {
  readonly mode: Mode;
  readonly port: number;
  readonly host: string;
  readonly publicUrl: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  readonly demoLogin: boolean;
  readonly seedDemo: boolean;
  readonly logLevel: string;
  readonly sessionHours: number;
  /** How often the retention job runs (X-4); one node takes each run. */
  readonly retentionIntervalMinutes: number;
  /** Number of reverse proxies in front of the app whose X-Forwarded-For is trusted (0: none). */
  readonly trustProxyHops: number;
  /** X-5: counts from 1 to this threshold minus one are suppressed in anything that leaves a table (default 5). */
  readonly suppressionThreshold: number;
  readonly oidc: OidcConfig | undefined;
  /**
   * Secret for the HMAC seal over an access-request export (X-3, ADR 0008). Required in production; elsewhere a
   * fixed, public development key is used (seals made with it prove nothing).
   */
  readonly sealKey: string;
  /** How many days an access-request export can be downloaded before it is removed (X-3). */
  readonly accessExportDays: number;
}

/** The seal key outside production: public, so a seal made with it proves nothing (ADR 0008). */
export const DEVELOPMENT_SEAL_KEY = 'ketentafel-ontwikkelsleutel-openbaar-niet-voor-productie';

/** Thrown when the configuration is unsafe or incomplete; the process must not start. */
export class ConfigError extends Error {}

/**
 * Reads the configuration from the environment.
 * Demo login can never be switched on in production: that combination is refused, not ignored.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Ongeldige configuratie: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  const mode = e.NODE_ENV;
  const demoLogin = e.KETENTAFEL_DEMO_LOGIN === undefined ? mode !== 'production' : e.KETENTAFEL_DEMO_LOGIN === 'on';
  if (mode === 'production' && demoLogin) {
    throw new ConfigError('Demo-inloggen kan niet aan in productie (KETENTAFEL_DEMO_LOGIN=on met NODE_ENV=production).');
  }
  const seedDemo = e.KETENTAFEL_SEED_DEMO === undefined ? mode === 'development' : e.KETENTAFEL_SEED_DEMO === 'on';
  if (mode === 'production' && seedDemo) {
    throw new ConfigError('Demodata kan niet worden geladen in productie.');
  }
  const oidc: OidcConfig | undefined =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          requireMfa: e.OIDC_REQUIRE_MFA === 'on',
          mfaAcrValues: e.OIDC_MFA_ACR_VALUES.split(',').map((s) => s.trim()).filter(Boolean),
          provisionFromClaims: e.OIDC_PROVISION_FROM_CLAIMS === 'on',
          allowInsecureIssuer: e.OIDC_ALLOW_INSECURE_ISSUER === 'on',
        }
      : undefined;
  if (mode === 'production' && !oidc) {
    throw new ConfigError('Productie vereist OIDC: zet OIDC_ISSUER en OIDC_CLIENT_ID.');
  }
  if (mode === 'production' && e.KETENTAFEL_SEAL_KEY === undefined) {
    throw new ConfigError('Productie vereist een geheime sleutel voor het verzegelen van inzage-exports: zet KETENTAFEL_SEAL_KEY (minstens 32 tekens).');
  }
  return {
    mode,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.KETENTAFEL_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.KETENTAFEL_DATA_DIR,
    embeddedPgPort: e.KETENTAFEL_EMBEDDED_PG_PORT,
    demoLogin,
    seedDemo,
    logLevel: e.KETENTAFEL_LOG_LEVEL,
    sessionHours: e.KETENTAFEL_SESSION_HOURS,
    retentionIntervalMinutes: e.KETENTAFEL_RETENTION_INTERVAL_MINUTES,
    trustProxyHops: e.KETENTAFEL_TRUST_PROXY_HOPS,
    suppressionThreshold: e.KETENTAFEL_SUPPRESSION_THRESHOLD,
    oidc,
    sealKey: e.KETENTAFEL_SEAL_KEY ?? DEVELOPMENT_SEAL_KEY,
    accessExportDays: e.KETENTAFEL_ACCESS_EXPORT_DAYS,
  };
}
