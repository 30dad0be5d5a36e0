import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDatabase, readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to loopback port 3000 and SQLite under ./data', () => {
    expect(readConfig({})).toEqual({ port: 3000, host: '127.0.0.1', dataDir: './data', databaseUrl: undefined, trustProxy: false, logLevel: 'info' });
  });

  it('reads every variable', () => {
    expect(readConfig({ PORT: '0', HOST: '0.0.0.0', DATA_DIR: '/srv/ksnav', DATABASE_URL: 'postgres://u:p@db/ksnav', TRUST_PROXY: 'true', LOG_LEVEL: 'warn' })).toEqual({
      port: 0, host: '0.0.0.0', dataDir: '/srv/ksnav', databaseUrl: 'postgres://u:p@db/ksnav', trustProxy: true, logLevel: 'warn',
    });
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
