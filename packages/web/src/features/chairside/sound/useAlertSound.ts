import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { cueCount, enableSound, onSoundChange, playCue, soundReady, type CueKind } from './alert-cue';

export interface SoundingAlert {
  readonly id: string;
  readonly severity: string;
}

/** How often an unresolved hard-stop sounds again, unless silenced. */
const HARD_STOP_REPEAT_MS = 20_000;
const SILENCE_MS = 120_000;

function cueKind(severity: string): CueKind | null {
  return severity === 'hard-stop' || severity === 'soft-stop' ? severity : null;
}

export interface AlertSound {
  readonly ready: boolean;
  readonly cues: number;
  readonly silenced: boolean;
  enable: () => void;
  silence: () => void;
}

/**
 * Sounds each new active soft- or hard-stop once when it first appears on this screen (the
 * hard-stop pattern wins when both arrive together), and repeats while a hard-stop stays
 * unresolved, unless silenced for two minutes. Alerts present when the screen opens sound too:
 * a nurse opening the board should hear what is waiting.
 */
export function useAlertSound(active: readonly SoundingAlert[]): AlertSound {
  const heard = useRef(new Set<string>());
  const [silencedUntil, setSilencedUntil] = useState<number | null>(null);
  const ready = useSyncExternalStore(onSoundChange, soundReady);
  const cues = useSyncExternalStore(onSoundChange, cueCount);

  const key = active.map((a) => `${a.id}\t${a.severity}`).join('\n');
  useEffect(() => {
    const kinds: CueKind[] = [];
    for (const line of key === '' ? [] : key.split('\n')) {
      const [id = '', severity = ''] = line.split('\t');
      if (!heard.current.has(id)) {
        heard.current.add(id);
        const kind = cueKind(severity);
        if (kind !== null) {
          kinds.push(kind);
        }
      }
    }
    if (kinds.length > 0) {
      playCue(kinds.includes('hard-stop') ? 'hard-stop' : 'soft-stop');
    }
  }, [key]);

  const hasHardStop = active.some((a) => a.severity === 'hard-stop');
  useEffect(() => {
    if (!hasHardStop) {
      return undefined;
    }
    const timer = window.setInterval(() => {
      if (silencedUntil === null || Date.now() >= silencedUntil) {
        playCue('hard-stop');
      }
    }, HARD_STOP_REPEAT_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [hasHardStop, silencedUntil]);

  return {
    ready,
    cues,
    silenced: silencedUntil !== null,
    enable: () => {
      void enableSound();
    },
    silence: () => {
      const until = Date.now() + SILENCE_MS;
      setSilencedUntil(until);
      window.setTimeout(() => {
        setSilencedUntil((current) => (current === until ? null : current));
      }, SILENCE_MS);
    },
  };
}
