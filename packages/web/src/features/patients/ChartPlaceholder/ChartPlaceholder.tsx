import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconHourglassEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface ChartPlaceholderProps {
  readonly title: string;
  /** What this tab will hold, in the words a clinician would use. */
  readonly description: string;
}

/** A tab whose module is not built yet: says what will be here, so nobody wonders if data is missing. */
export function ChartPlaceholder({ title, description }: ChartPlaceholderProps): ReactNode {
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="xs" maw={560} mx="auto" ta="center">
        <ThemeIcon size={44} radius="xl" variant="light" color="gray">
          <IconHourglassEmpty size={24} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h4">
          {title}: coming soon
        </Title>
        <Text c="dimmed">{description}</Text>
      </Stack>
    </Paper>
  );
}
