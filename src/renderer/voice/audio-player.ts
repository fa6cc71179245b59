/** Plays the prompt files bundled from assets/voice through HTMLAudioElement. */
import type { PlayingPrompt, PromptPlayer } from './voice-queue';

const ROOT = '../../../assets/voice/';
const FILES = import.meta.glob<string>(
  ['../../../assets/voice/*.ogg', '../../../assets/voice/en/*.ogg'],
  {
    eager: true,
    query: '?url',
    import: 'default',
  },
);

/** Prompt file (see `promptFile`) → bundled file URL. */
const URLS = new Map(
  Object.entries(FILES).map(([path, url]) => [path.slice(ROOT.length, -'.ogg'.length), url]),
);

/** A player for the bundled prompts; an unknown file plays nothing (a missing file is not fatal). */
export const audioPlayer: PromptPlayer = (id, volume): PlayingPrompt => {
  const url = URLS.get(id);
  if (!url) return { stop: () => {}, finished: Promise.resolve() };
  const audio = new Audio(url);
  audio.volume = volume;
  const finished = new Promise<void>((resolve) => {
    audio.addEventListener('ended', () => resolve(), { once: true });
    audio.addEventListener('pause', () => resolve(), { once: true });
    audio.addEventListener('error', () => resolve(), { once: true });
  });
  // Autoplay may be refused until the first touch; the screen text carries the message anyway.
  audio.play().catch(() => audio.dispatchEvent(new Event('error')));
  return {
    stop: () => {
      audio.pause();
      audio.src = '';
    },
    finished,
  };
};
