import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded database in ./data, demo on, 15-minute idle timeout', () => {
    const { config, problems } = parseConfig({}, '/srv/chairside');
    expect(problems).toEqual([]);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/srv/chairside/data' });
    expect(config.port).toBe(3000);
    expect(config.demo).toBe(true);
    expect(config.auth.idleTimeoutMinutes).toBe(15);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const { config } = parseConfig({ DATABASE_URL: 'postgres://u@db:5432/c' }, '/');
    expect(config.database).toEqual({ kind: 'postgresql', url: 'postgres://u@db:5432/c' });
  });

  it('lists every problem at once instead of stopping at the first', () => {
    const { problems } = parseConfig(
      {
        PORT: '70000',
        DATABASE_URL: 'mysql://x',
        CHAIRSIDE_DEMO: 'perhaps',
        CHAIRSIDE_ADMIN_PASSWORD: 'short',
        LOG_LEVEL: 'loud',
      },
      '/',
    );
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/PORT.*70000/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(problems.join('\n')).toMatch(/CHAIRSIDE_DEMO/);
    expect(problems.join('\n')).toMatch(/CHAIRSIDE_ADMIN_PASSWORD/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
  });
});
