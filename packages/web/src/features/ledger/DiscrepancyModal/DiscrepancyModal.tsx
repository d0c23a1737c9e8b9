import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { fieldErrorsOf } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { shortId, useReportDiscrepancy, useResolveDiscrepancy, type Discrepancy } from '../ledger-api';

/** Closes a discrepancy with an explanation, or records the date it was reported to the DEA. */
export function DiscrepancyModal({
  discrepancy,
  onClose,
}: {
  readonly discrepancy: Discrepancy;
  readonly onClose: () => void;
}): ReactNode {
  const [mode, setMode] = useState<'resolve' | 'report'>('resolve');
  const [explanation, setExplanation] = useState('');
  const [reportedOn, setReportedOn] = useState('');
  const [reference, setReference] = useState('');
  const resolve = useResolveDiscrepancy();
  const report = useReportDiscrepancy();
  const active = mode === 'resolve' ? resolve : report;
  const errors = fieldErrorsOf(active.error);

  const onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const done = (): void => {
      notifications.show({ color: 'green', message: 'The discrepancy is closed.' });
      onClose();
    };
    if (mode === 'resolve') {
      resolve.mutate({ countEventId: discrepancy.countEventId, explanation: explanation.trim() }, { onSuccess: done });
    } else {
      report.mutate(
        {
          countEventId: discrepancy.countEventId,
          reportedOn,
          ...(reference.trim() === '' ? {} : { reference: reference.trim() }),
        },
        { onSuccess: done },
      );
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Discrepancy · container ${shortId(discrepancy.containerId)}`}>
      <form onSubmit={onSubmit} noValidate aria-label="Close discrepancy">
        <Stack gap="sm">
          <Text size="sm">
            Counted {discrepancy.countedMg} mg where the ledger shows {discrepancy.expectedMg} mg (
            {discrepancy.differenceMg > 0 ? '+' : ''}
            {discrepancy.differenceMg} mg). Written notice to the DEA is due by{' '}
            {formatDateTime(discrepancy.deaNoticeDueAt)} if this is a theft or significant loss.
          </Text>
          <SegmentedControl
            value={mode}
            onChange={(v) => {
              setMode(v === 'report' ? 'report' : 'resolve');
            }}
            data={[
              { value: 'resolve', label: 'Resolved with explanation' },
              { value: 'report', label: 'Reported to DEA' },
            ]}
          />
          {active.isError ? <ErrorAlert error={active.error} title="The discrepancy was not closed" /> : null}
          {mode === 'resolve' ? (
            <Textarea
              label="Explanation"
              required
              autosize
              minRows={3}
              maxLength={2000}
              value={explanation}
              error={errors['explanation']}
              onChange={(e) => {
                setExplanation(e.currentTarget.value);
              }}
            />
          ) : (
            <Group grow align="flex-start">
              <TextInput
                label="Date reported"
                type="date"
                required
                value={reportedOn}
                error={errors['reportedOn']}
                onChange={(e) => {
                  setReportedOn(e.currentTarget.value);
                }}
              />
              <TextInput
                label="Reference (optional)"
                maxLength={100}
                value={reference}
                onChange={(e) => {
                  setReference(e.currentTarget.value);
                }}
              />
            </Group>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={active.isPending}
              disabled={mode === 'resolve' ? explanation.trim() === '' : reportedOn === ''}
            >
              Close discrepancy
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
