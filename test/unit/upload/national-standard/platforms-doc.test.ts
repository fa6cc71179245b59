// docs/platforms.md carries a worked signature example; this recomputes it from its inputs, so the
// page and the code cannot drift apart.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  signParams,
  stringToSign,
  verifyParams,
} from '../../../../src/core/upload/platforms/national-standard/request-signature';

const DOC = readFileSync(resolve(import.meta.dirname, '../../../../docs/platforms.md'), 'utf8');

function block(marker: string): string {
  const found = new RegExp(
    `<!-- signature-example:${marker} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``,
  ).exec(DOC);
  if (!found?.[1]) throw new Error(`docs/platforms.md has no ${marker} block`);
  return found[1];
}

const inputs = JSON.parse(block('inputs')) as {
  api_secret: string;
  params: Record<string, string>;
};

describe('worked signature example in docs/platforms.md', () => {
  it('gives the documented string to sign', () => {
    expect(stringToSign(inputs.api_secret, inputs.params)).toBe(block('string'));
  });

  it('gives the documented MD5, in upper case', () => {
    expect(signParams(inputs.api_secret, inputs.params)).toBe(block('md5'));
    expect(block('md5')).toMatch(/^[0-9A-F]{32}$/);
  });

  it('verifies the documented signature in either case and refuses a changed body', () => {
    expect(verifyParams(inputs.api_secret, inputs.params, block('md5').toLowerCase())).toBe(true);
    const changed = { ...inputs.params, body: inputs.params.body!.replace('张三', '李四') };
    expect(verifyParams(inputs.api_secret, changed, block('md5'))).toBe(false);
  });
});
