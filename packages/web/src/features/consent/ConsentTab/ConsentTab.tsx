import { Button, Center, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { consentFormsV1 } from '@chairside/domain';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { ConsentCapture } from '../ConsentCapture/ConsentCapture';
import { useConsentForm, useConsents } from '../consent-api';
import { ConsentList } from '../ConsentList/ConsentList';

const routes = [
  { value: 'iv', label: 'Intravenous ketamine' },
  { value: 'im', label: 'Intramuscular ketamine' },
  { value: 'intranasal', label: 'Esketamine nasal spray (SPRAVATO)' },
];
const currentVersions = Object.fromEntries(Object.values(consentFormsV1).map((f) => [f.route, f.version]));

/** Informed consent per route: capture, status (valid / withdrawn / earlier form), withdrawal. */
export function ConsentTab({ patientId }: { readonly patientId: string }): ReactNode {
  const [route, setRoute] = useState('iv');
  const [capturing, setCapturing] = useState(false);
  const form = useConsentForm(route);
  const consents = useConsents(patientId);
  if (consents.isPending) {
    return (
      <Center py="md">
        <Loader aria-label="Loading consents" />
      </Center>
    );
  }
  if (consents.isError) {
    return <ErrorAlert error={consents.error} title="Consents could not be loaded" />;
  }
  return (
    <Stack>
      <Title order={2} size="h3">
        Consent
      </Title>
      <Text size="sm" c="dimmed">
        Record informed consent for the treatment route before the first session. Each signed consent has a printable
        PDF copy.
      </Text>
      <ConsentList patientId={patientId} items={consents.data} currentVersions={currentVersions} />
      {capturing && form.data ? (
        <ConsentCapture
          patientId={patientId}
          form={form.data}
          onDone={() => {
            setCapturing(false);
          }}
        />
      ) : (
        <Group align="flex-end">
          <NativeSelect
            label="Route"
            data={routes}
            value={route}
            onChange={(e) => {
              setRoute(e.currentTarget.value);
            }}
          />
          <Button
            onClick={() => {
              setCapturing(true);
            }}
            disabled={!form.data}
          >
            Take consent
          </Button>
        </Group>
      )}
      {form.isError ? <ErrorAlert error={form.error} title="The consent form could not be loaded" /> : null}
    </Stack>
  );
}
