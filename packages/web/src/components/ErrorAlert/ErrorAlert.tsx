import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { messageOf } from '../../api/api-error';

interface ErrorAlertProps {
  readonly error: unknown;
  readonly title?: string;
  /** Replaces the server's text, e.g. when its field errors are already shown at the fields. */
  readonly message?: string;
  /** Extra actions, such as a Reload button. */
  readonly children?: ReactNode;
}

/** A server or network failure, in the server's own words. */
export function ErrorAlert({ error, title = 'Something went wrong', message, children }: ErrorAlertProps): ReactNode {
  return (
    <Alert icon={<IconAlertCircle />} color="red" variant="light" title={title} role="alert">
      {message ?? messageOf(error)}
      {children}
    </Alert>
  );
}
