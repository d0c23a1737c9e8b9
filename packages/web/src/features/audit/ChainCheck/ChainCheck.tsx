import { Alert, Button } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import type { VerifyChain } from '../audit-api';
import type { ReactNode } from 'react';

/** Re-computes the hash chain on the server: proof the log was not edited after the fact. */
export function ChainCheckButton({ verify }: { readonly verify: VerifyChain }): ReactNode {
  return (
    <Button
      variant="default"
      leftSection={<IconShieldCheck size={18} aria-hidden />}
      loading={verify.isPending}
      onClick={() => {
        verify.mutate();
      }}
    >
      Verify chain
    </Button>
  );
}

export function ChainCheckResult({ verify }: { readonly verify: VerifyChain }): ReactNode {
  if (verify.isError) {
    return <ErrorAlert error={verify.error} title="The chain could not be verified" />;
  }
  if (verify.data === undefined) {
    return null;
  }
  const result = verify.data;
  return result.ok ? (
    <Alert color="green" variant="light" icon={<IconShieldCheck />} title="Audit chain verified" role="status" mb="md">
      {result.message}
    </Alert>
  ) : (
    <Alert color="red" variant="light" icon={<IconShieldX />} title="Audit chain broken" role="alert" mb="md">
      {result.message}
      {result.firstBrokenSeq === null ? null : ` First broken event: #${result.firstBrokenSeq}.`}
    </Alert>
  );
}
