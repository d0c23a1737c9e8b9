import { useEffect, useState } from 'react';

/**
 * Refreshes every `everyMs` only while someone has used the page in the last 2 minutes: every
 * request restarts the server's idle timer, so polling an unattended screen forever would
 * keep a clinical session open (the idle sign-out exists for exactly that screen).
 */
export function useAutoRefresh(everyMs: number, idleAfterMs = 120_000): number | false {
  const [lastUseAt, setLastUseAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const onUse = (): void => {
      setLastUseAt(Date.now());
    };
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, everyMs);
    window.addEventListener('pointerdown', onUse);
    window.addEventListener('keydown', onUse);
    window.addEventListener('pointermove', onUse);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', onUse);
      window.removeEventListener('keydown', onUse);
      window.removeEventListener('pointermove', onUse);
    };
  }, [everyMs]);
  return now - lastUseAt < idleAfterMs ? everyMs : false;
}
