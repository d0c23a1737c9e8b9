import { Alert, Container } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** Shown when a role opens a page it may not use (the server would refuse it anyway). */
export function NoAccessPage(): ReactNode {
  return (
    <Container size="sm" py="xl">
      <Alert icon={<IconLock />} title="This page is not available to your role" color="gray" variant="light">
        Ask a clinic administrator if you need access. The pages you can use are in the navigation.
      </Alert>
    </Container>
  );
}
