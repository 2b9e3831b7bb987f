import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { isMultiFactor } from './auth/oidc.ts';

const production = { NODE_ENV: 'production', OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'kt', KETENTAFEL_SEAL_KEY: 'x'.repeat(32) };

describe('demo login can never be enabled in production', () => {
  it('is on by default in development and off in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).demoLogin).toBe(true);
    expect(loadConfig(production).demoLogin).toBe(false);
  });

  it('refuses to start when demo login or demo data is switched on in production', () => {
    expect(() => loadConfig({ ...production, KETENTAFEL_DEMO_LOGIN: 'on' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, KETENTAFEL_SEED_DEMO: 'on' })).toThrow(ConfigError);
  });

  it('requires OIDC in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/OIDC/);
  });

  it('requires MFA by default', () => {
    expect(loadConfig(production).oidc?.requireMfa).toBe(true);
  });
});

describe('MFA detection from amr/acr claims', () => {
  it.each([
    [{ amr: ['mfa'] }, true],
    [{ amr: ['pwd', 'otp'] }, true],
    [{ amr: ['pwd', 'hwk'] }, true],
    [{ amr: ['pwd'] }, false],
    [{ amr: ['otp'] }, false],
    [{ amr: 'mfa' }, false],
    [{}, false],
    [{ acr: 'urn:etoegang:core:assurance-class:loa3' }, true],
    [{ acr: 'urn:etoegang:core:assurance-class:loa2' }, false],
  ])('%j → %s', (claims, expected) => {
    expect(isMultiFactor(claims, ['urn:etoegang:core:assurance-class:loa3'])).toBe(expected);
  });
});

describe('X-3 the access-export seal key', () => {
  it('is required in production and must be long enough', () => {
    const { KETENTAFEL_SEAL_KEY: _, ...withoutKey } = production;
    expect(() => loadConfig(withoutKey)).toThrow(/KETENTAFEL_SEAL_KEY/);
    expect(() => loadConfig({ ...production, KETENTAFEL_SEAL_KEY: 'te-kort' })).toThrow(ConfigError);
    expect(loadConfig(production).sealKey).toBe('x'.repeat(32));
  });
});

describe('X-5 suppression threshold per installation', () => {
  it('X-5: defaults to 5, is configurable, and refuses a threshold that suppresses nothing', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).suppressionThreshold).toBe(5);
    expect(loadConfig({ NODE_ENV: 'development', KETENTAFEL_SUPPRESSION_THRESHOLD: '10' }).suppressionThreshold).toBe(10);
    expect(() => loadConfig({ NODE_ENV: 'development', KETENTAFEL_SUPPRESSION_THRESHOLD: '1' })).toThrow(ConfigError);
  });
});
