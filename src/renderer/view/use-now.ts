/** The current time, refreshed every `everyMs`, for countdowns and timed screen changes. */
import { useEffect, useState } from 'preact/hooks';

/** Re-renders the caller every `everyMs` with the time in epoch ms. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
