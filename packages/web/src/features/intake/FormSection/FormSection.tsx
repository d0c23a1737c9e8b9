import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of a long form, announced as a region. */
export function FormSection({ title, children }: { readonly title: string; readonly children: ReactNode }): ReactNode {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
