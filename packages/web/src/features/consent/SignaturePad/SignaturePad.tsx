import { Button, Group, Paper, Text } from '@mantine/core';
import { useRef, type PointerEvent, type ReactNode } from 'react';

interface SignaturePadProps {
  /** The drawing as a PNG data URL, or null when cleared. */
  readonly onChange: (png: string | null) => void;
  readonly error?: string | undefined;
}

/** A canvas the patient signs on with finger, stylus or mouse; exported as a small PNG. */
export function SignaturePad({ onChange, error }: SignaturePadProps): ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const point = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const rect = e.currentTarget.getBoundingClientRect();
    return [
      ((e.clientX - rect.left) * e.currentTarget.width) / rect.width,
      ((e.clientY - rect.top) * e.currentTarget.height) / rect.height,
    ];
  };
  const start = (e: PointerEvent<HTMLCanvasElement>): void => {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) {
      return;
    }
    drawing.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#111';
    ctx.beginPath();
    ctx.moveTo(...point(e));
  };
  const move = (e: PointerEvent<HTMLCanvasElement>): void => {
    const ctx = e.currentTarget.getContext('2d');
    if (!drawing.current || !ctx) {
      return;
    }
    ctx.lineTo(...point(e));
    ctx.stroke();
  };
  const end = (): void => {
    if (!drawing.current || !canvas.current) {
      return;
    }
    drawing.current = false;
    onChange(canvas.current.toDataURL('image/png'));
  };
  const clear = (): void => {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    onChange(null);
  };
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        Patient signature (draw below)
      </Text>
      <Paper withBorder style={{ borderColor: error ? 'var(--mantine-color-red-6)' : undefined, touchAction: 'none' }}>
        <canvas
          ref={canvas}
          width={600}
          height={160}
          aria-label="Signature pad"
          role="img"
          data-testid="signature-pad"
          style={{ width: '100%', height: 160, display: 'block', cursor: 'crosshair' }}
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerLeave={end}
        />
      </Paper>
      <Group justify="space-between" mt={4}>
        <Text size="sm" c="red">
          {error}
        </Text>
        <Button size="xs" variant="subtle" onClick={clear}>
          Clear signature
        </Button>
      </Group>
    </div>
  );
}
