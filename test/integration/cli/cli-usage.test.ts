// A wrong or curious invocation gets the command's usage, never a stack trace.
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runKiosk } from './kiosk-cli';

describe('kiosk command line usage', () => {
  it("prints a command's usage for --help and exits 0", async () => {
    const run = await runKiosk(tmpdir(), 'demo', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--card/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('names an unknown option, prints the usage and exits 2', async () => {
    const run = await runKiosk(tmpdir(), 'demo', '--no-such-option');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--no-such-option'");
    expect(run.stderr).toMatch(/--card/);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('names an option given without its value', async () => {
    const run = await runKiosk(tmpdir(), 'demo', '--card');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'--card");
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
