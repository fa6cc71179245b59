import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFormatJsonSchema } from '../../../src/core/records/record-json-schema';

const published = join(import.meta.dirname, '../../../docs/record-format.schema.json');

describe('published JSON Schema', () => {
  const generated = `${JSON.stringify(recordFormatJsonSchema(), null, 2)}\n`;
  // UPDATE_RECORD_SCHEMA=1 rewrites the published file after a deliberate schema change.
  if (process.env.UPDATE_RECORD_SCHEMA === '1') writeFileSync(published, generated);

  it('matches the runtime schema (regenerate with UPDATE_RECORD_SCHEMA=1 after a deliberate change)', () => {
    // Compared as data, so reformatting the published file (Prettier) does not matter.
    expect(JSON.parse(readFileSync(published, 'utf8'))).toEqual(JSON.parse(generated));
  });

  it('marks card fields and photos as personal data', () => {
    const properties = recordFormatJsonSchema().properties as {
      record: { properties: Record<string, object> };
    };
    const record = properties.record;
    expect(record.properties.card).toMatchObject({ 'x-personal-data': true });
    expect(record.properties.photos).toMatchObject({ 'x-personal-data': true });
    expect(record.properties.verification).not.toHaveProperty('x-personal-data');
  });
});
