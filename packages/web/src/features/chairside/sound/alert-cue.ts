/**
 * Audible alert cues with the Web Audio API (no sound files to load). Two patterns a nurse can
 * tell apart without looking: a soft-stop is two medium beeps; a hard-stop is three rapid
 * high beeps, played twice. Every cue is counted on the page (`data-alert-cues` and
 * `data-last-alert-cue` on <html>) so a test, or a supervisor's screen check, can see that it
 * was triggered even where the browser keeps audio muted.
 */
export type CueKind = 'soft-stop' | 'hard-stop';

interface Beep {
  readonly atS: number;
  readonly durationS: number;
  readonly frequencyHz: number;
}

function pattern(kind: CueKind): Beep[] {
  if (kind === 'soft-stop') {
    return [
      { atS: 0, durationS: 0.25, frequencyHz: 660 },
      { atS: 0.45, durationS: 0.25, frequencyHz: 660 },
    ];
  }
  const burst = (startS: number): Beep[] =>
    [0, 0.16, 0.32].map((offset) => ({ atS: startS + offset, durationS: 0.11, frequencyHz: 1175 }));
  return [...burst(0), ...burst(0.8)];
}

let context: AudioContext | null = null;
let count = 0;
const listeners = new Set<() => void>();

function audioContext(): AudioContext | null {
  if (context === null && typeof window !== 'undefined' && 'AudioContext' in window) {
    context = new AudioContext();
    context.addEventListener('statechange', notify);
  }
  return context;
}

function notify(): void {
  for (const listener of listeners) {
    listener();
  }
}

/** True when the browser lets the page make sound (tablets need one tap on the page first). */
export function soundReady(): boolean {
  return context?.state === 'running';
}

/** Call from a tap or click: browsers only start audio after a user gesture. */
export async function enableSound(): Promise<void> {
  const ctx = audioContext();
  if (ctx !== null && ctx.state !== 'running') {
    await ctx.resume();
  }
  notify();
}

export function onSoundChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function cueCount(): number {
  return count;
}

export function playCue(kind: CueKind): void {
  count += 1;
  document.documentElement.dataset['alertCues'] = String(count);
  document.documentElement.dataset['lastAlertCue'] = kind;
  notify();
  const ctx = audioContext();
  if (ctx === null) {
    return;
  }
  if (ctx.state === 'suspended') {
    // Without a user gesture this stays suspended; the page shows "Tap to enable sound".
    void ctx.resume().catch(() => undefined);
  }
  const start = ctx.currentTime + 0.02;
  for (const beep of pattern(kind)) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = kind === 'hard-stop' ? 'square' : 'sine';
    oscillator.frequency.value = beep.frequencyHz;
    const at = start + beep.atS;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.35, at + 0.01);
    gain.gain.setValueAtTime(0.35, at + beep.durationS - 0.02);
    gain.gain.linearRampToValueAtTime(0, at + beep.durationS);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + beep.durationS + 0.01);
  }
}
