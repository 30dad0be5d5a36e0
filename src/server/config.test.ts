import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabase, readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to loopback port 3000 and SQLite under ./data', () => {
    expect(readConfig({})).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: './data', databaseUrl: undefined, trustProxy: false, logLevel: 'info' });
  });

  it('reads every variable', () => {
    expect(readConfig({ PORT: '0', HOST: '0.0.0.0', DATA_DIR: '/srv/ksnav', DATABASE_URL: 'postgres://u:p@db/ksnav', TRUST_PROXY: '2', LOG_LEVEL: 'warn' })).toMatchObject({
      port: 0, host: '0.0.0.0', dataDir: '/srv/ksnav', databaseUrl: 'postgres://u:p@db/ksnav', trustProxy: 2, logLevel: 'warn',
    });
  });

  it('trusts proxies by hop count or by address and CIDR, never every hop', () => {
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1/128,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', '::1/128', 'loopback']);
    expect(() => readConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true would trust every hop/);
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => readConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the cost budget of the expensive routes, 0 turning it off', () => {
    expect(readConfig({}).costLimits).toEqual({ windowSeconds: 10, clientUnits: 600, instanceUnits: 7000 });
    expect(readConfig({ RATE_LIMIT_WINDOW_SECONDS: '60', RATE_LIMIT_CLIENT_UNITS: '1000', RATE_LIMIT_INSTANCE_UNITS: '50000' }).costLimits)
      .toEqual({ windowSeconds: 60, clientUnits: 1000, instanceUnits: 50000 });
    expect(readConfig({ RATE_LIMIT_CLIENT_UNITS: '0' }).costLimits).toBe(false);
    expect(() => readConfig({ RATE_LIMIT_CLIENT_UNITS: 'many' })).toThrow(/RATE_LIMIT_CLIENT_UNITS/);
    expect(() => readConfig({ RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(/RATE_LIMIT_WINDOW_SECONDS/);
  });

  it('reads the public URL the CDS card links point at', () => {
    expect(readConfig({}).publicUrl).toBeNull();
    expect(readConfig({ PUBLIC_URL: 'https://ksnav.clinic.example/' }).publicUrl).toBe('https://ksnav.clinic.example');
    expect(readConfig({ PUBLIC_URL: 'https://clinic.example/ksnav/' }).publicUrl).toBe('https://clinic.example/ksnav');
    expect(() => readConfig({ PUBLIC_URL: 'ksnav.example' })).toThrow(/PUBLIC_URL/);
    expect(() => readConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });

  it('reads the idle timeout and the audit retention, 0 meaning never and at once', () => {
    expect(readConfig({})).toMatchObject({ sessionIdleMinutes: 60, auditRetentionDays: 180 });
    expect(readConfig({ SESSION_IDLE_MINUTES: '0', AUDIT_RETENTION_DAYS: '365' })).toMatchObject({ sessionIdleMinutes: 0, auditRetentionDays: 365 });
    expect(() => readConfig({ AUDIT_RETENTION_DAYS: '-1' })).toThrow(/AUDIT_RETENTION_DAYS/);
  });

  it('reads the request timeout in seconds', () => {
    expect(readConfig({}).requestTimeoutMs).toBe(30_000);
    expect(readConfig({ REQUEST_TIMEOUT_SECONDS: '5' }).requestTimeoutMs).toBe(5000);
    expect(() => readConfig({ REQUEST_TIMEOUT_SECONDS: '0' })).toThrow(/REQUEST_TIMEOUT_SECONDS/);
  });

  it('refuses what it cannot use, saying which variable', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('describes the database without a password', () => {
    expect(describeDatabase(readConfig({ DATABASE_URL: 'postgres://ksnav:s3cret@db:5432/ksnav' }))).toBe('postgresql postgres://ksnav:***@db:5432/ksnav');
    expect(describeDatabase(readConfig({ DATA_DIR: 'data' }))).toBe(`sqlite ${resolve('data/ksnav.sqlite')}`);
  });
});
