import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VOICE_PROMPTS, promptFor } from '../../../src/renderer/voice/voice-prompts';
import { createVoiceQueue, type PromptPlayer } from '../../../src/renderer/voice/voice-queue';

function recordingPlayer() {
  const log: string[] = [];
  const endings = new Map<string, () => void>();
  const player: PromptPlayer = (id, volume) => {
    log.push(`play ${id} @${volume}`);
    let end = () => {};
    const finished = new Promise<void>((resolve) => (end = resolve));
    endings.set(id, end);
    return { stop: () => (log.push(`stop ${id}`), end()), finished };
  };
  return { player, log, end: (id: string) => endings.get(id)?.() };
}

describe('voice queue', () => {
  it('stops the prompt playing before it starts the next one', () => {
    const { player, log } = recordingPlayer();
    const voice = createVoiceQueue(player, 0.8);
    voice.say('attract');
    voice.say('consent');
    expect(log).toEqual(['play attract @0.8', 'stop attract', 'play consent @0.8']);
  });

  it('ignores a repeat of the prompt playing, and plays it again once it has finished', async () => {
    const { player, log, end } = recordingPlayer();
    const voice = createVoiceQueue(player, 1);
    voice.say('guidance-blink');
    voice.say('guidance-blink');
    expect(log).toEqual(['play guidance-blink @1']);
    end('guidance-blink');
    await Promise.resolve();
    await Promise.resolve();
    voice.say('guidance-blink');
    expect(log).toEqual(['play guidance-blink @1', 'play guidance-blink @1']);
  });

  it('stays silent at volume 0 and silences what plays when the volume drops to 0', () => {
    const { player, log } = recordingPlayer();
    const voice = createVoiceQueue(player, 0);
    voice.say('attract');
    expect(log).toEqual([]);
    voice.setVolume(2);
    voice.say('attract');
    voice.setVolume(0);
    expect(log).toEqual(['play attract @1', 'stop attract']);
  });
});

describe('voice prompts', () => {
  const dir = join(import.meta.dirname, '../../../assets/voice');

  it('has a small audio file for every prompt and no stray file', () => {
    const ids = [...VOICE_PROMPTS.keys()].sort();
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ogg'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(files).toEqual(ids);
    const total = ids.reduce((sum, id) => sum + statSync(join(dir, `${id}.ogg`)).size, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });

  it('speaks the current instruction on the face screen, and the fault on a fault screen', () => {
    expect(
      promptFor({
        kind: 'face',
        attempt: 1,
        attemptsAllowed: 3,
        instruction: 'move-back',
        deadlineMs: null,
      }),
    ).toBe('guidance-move-back');
    expect(promptFor({ kind: 'device-error', fault: 'reader' })).toBe('reader-error');
    expect(promptFor({ kind: 'connecting' })).toBeNull();
    for (const id of ['attract', 'pass', 'guidance-move-back', 'reader-error'] as const)
      expect(existsSync(join(dir, `${id}.ogg`))).toBe(true);
  });
});
