/** Speaks one prompt at a time: a new prompt cancels the one playing, a repeat of it is ignored. */

/** A prompt being played; `stop` silences it at once. */
export interface PlayingPrompt {
  stop(): void;
  /** Resolves when the prompt has finished or was stopped. */
  readonly finished: Promise<void>;
}

/** Plays one audio file at a volume between 0 and 1 (an HTMLAudioElement in the browser). */
export type PromptPlayer = (id: string, volume: number) => PlayingPrompt;

/** The queue the worker screens speak through. */
export interface VoiceQueue {
  say(id: string): void;
  /** Stops whatever is playing (the screen cleared, the language changed). */
  silence(): void;
  setVolume(volume: number): void;
}

/** Makes a queue over a player; volume 0 means silent. */
export function createVoiceQueue(player: PromptPlayer, initialVolume: number): VoiceQueue {
  let volume = initialVolume;
  let current: { id: string; prompt: PlayingPrompt } | null = null;

  const silence = () => {
    current?.prompt.stop();
    current = null;
  };

  return {
    say(id) {
      if (current?.id === id) return;
      silence();
      if (volume <= 0) return;
      const prompt = player(id, volume);
      const entry = { id, prompt };
      current = entry;
      void prompt.finished.then(() => {
        if (current === entry) current = null;
      });
    },
    silence,
    setVolume(next) {
      volume = Math.min(1, Math.max(0, next));
      if (volume === 0) silence();
    },
  };
}
