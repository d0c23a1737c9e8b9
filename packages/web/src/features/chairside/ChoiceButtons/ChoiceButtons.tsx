import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Choice<T extends string | number> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

/**
 * A row of large buttons for one choice: thumb-sized on a tablet held in one hand, and each
 * button is a radio to assistive technology.
 */
export function ChoiceButtons<T extends string | number>({
  label,
  choices,
  value,
  onChange,
  columns = choices.length,
}: {
  readonly label: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T | null;
  readonly onChange: (value: T) => void;
  readonly columns?: number;
}): ReactNode {
  return (
    <Stack gap={4} role="radiogroup" aria-label={label}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <SimpleGrid cols={columns} spacing={6}>
        {choices.map((choice) => {
          const selected = choice.value === value;
          return (
            <Button
              key={String(choice.value)}
              role="radio"
              aria-checked={selected}
              variant={selected ? 'filled' : 'default'}
              size="lg"
              h="auto"
              mih={52}
              py={6}
              styles={{ label: { whiteSpace: 'normal', flexDirection: 'column', lineHeight: 1.2 } }}
              onClick={() => {
                onChange(choice.value);
              }}
            >
              <span>{choice.label}</span>
              {choice.hint === undefined ? null : (
                <Text span size="xs" fw={400} c={selected ? 'white' : 'dimmed'}>
                  {choice.hint}
                </Text>
              )}
            </Button>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
