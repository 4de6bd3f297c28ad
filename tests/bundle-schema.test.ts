import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '@/utils/bundle';
import { bundleData, environment, NOW } from './helpers/bundle-fixtures';
import { type Schema, validate } from './helpers/json-schema';

const schema = JSON.parse(readFileSync('docs/diagnosis.schema.json', 'utf8')) as Schema;
// biome-ignore lint/suspicious/noExplicitAny: the test mutates arbitrary paths of the parsed document
type Doc = Record<string, any>;
const good = async (): Promise<Doc> =>
  JSON.parse((await buildBundle({ data: bundleData(5, 5), environment, now: new Date(NOW) })).files['diagnosis.json']);

describe('the JSON Schema validator used on exports', () => {
  it('accepts a real export', async () => {
    expect(validate(await good(), schema)).toEqual([]);
  });

  it.each([
    ['missing required', (d: Doc) => delete d.generatedAt, 'missing generatedAt'],
    ['wrong const', (d: Doc) => (d.schema = 'tiktok-shop-diagnostics/2'), 'expected const'],
    ['not ISO 8601', (d: Doc) => (d.generatedAt = 'yesterday'), 'does not match'],
    ['unknown cause id', (d: Doc) => (d.causes[0].id = 'weather'), 'not in enum'],
    ['wrong type', (d: Doc) => (d.events[0].count = '3'), 'expected integer'],
    ['below minimum', (d: Doc) => (d.events[0].count = 0), '< 1'],
    ['extra property', (d: Doc) => (d.extra = true), 'unexpected property extra'],
    ['too few causes', (d: Doc) => d.causes.pop(), 'fewer than 9'],
    ['anyOf', (d: Doc) => (d.summary.window = 'always'), 'none of anyOf'],
    ['metrics value', (d: Doc) => (d.probes[0].metrics.x = { nested: 1 }), 'expected string|number'],
  ])('rejects %s', async (_name, mutate, message) => {
    const d = await good();
    mutate(d);
    const errors = validate(d, schema);
    expect(errors.join('\n')).toContain(message);
  });
});
