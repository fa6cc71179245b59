// The published JSON Schema (docs/record-format.schema.json) is generated from the runtime zod
// schema, so the document a platform validates against cannot drift from what the device checks.
import { z } from 'zod';
import { signedEnvelopeSchema } from './envelope';

/** JSON Schema (draft 2020-12) of the signed envelope with its record, as published in docs/. */
export function recordFormatJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(signedEnvelopeSchema),
    $id: 'https://github.com/realname-kiosk/record-format/v1/envelope.schema.json',
    title: 'Signed capture record envelope, format v1',
    description:
      'Body of POST /v1/records and form of the local log. Members marked x-personal-data are personal data (PIPL art. 28). See docs/record-format.md.',
  };
}
