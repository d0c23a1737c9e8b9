import type { CrisisResources as Resources } from '@chairside/contract';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Shown the moment a suicide-risk answer is submitted: help first, before anything else. */
export function CrisisResources({ resources }: { readonly resources: Resources }): ReactNode {
  return (
    <Paper
      p="lg"
      radius="md"
      bg="red.0"
      withBorder
      style={{ borderColor: 'var(--mantine-color-red-7)', borderWidth: 2 }}
      role="alert"
      aria-live="assertive"
    >
      <Stack gap="md">
        <Title order={2} size="h3" c="red.9">
          {resources.heading}
        </Title>
        <Text size="lg">
          You said you have had thoughts of being better off dead or of hurting yourself. If you are thinking about it
          now, please reach out right away:
        </Text>
        {resources.lines.map((line) => (
          <Stack key={line.href} gap={2}>
            <Button
              component="a"
              href={line.href}
              size="xl"
              color="red"
              leftSection={<IconPhone aria-hidden />}
              fullWidth
            >
              {line.label}
            </Button>
            <Text size="sm">{line.detail}</Text>
          </Stack>
        ))}
        <Text size="sm">Your care team has been alerted and will follow up with you.</Text>
      </Stack>
    </Paper>
  );
}
