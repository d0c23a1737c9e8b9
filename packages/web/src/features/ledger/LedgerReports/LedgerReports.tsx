import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { queryString } from '../../../api/client';

const pad = (n: number): string => String(n).padStart(2, '0');
const localDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Local midnight of a YYYY-MM-DD date as an ISO instant; `plusDays` moves it. */
function startOf(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays).toISOString();
}

/** A date range as the reports take it: from the start of the first day to the end of the last. */
export function rangeOf(from: string, to: string): { from: string; to: string } | null {
  if (from === '' || to === '' || to < from) {
    return null;
  }
  return { from: startOf(from), to: startOf(to, 1) };
}

function ReportLinks({ base, query }: { readonly base: string; readonly query: string | null }): ReactNode {
  const disabled = query === null;
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={disabled ? undefined : `${base}.pdf${query}`}
        target="_blank"
        size="xs"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        disabled={disabled}
      >
        PDF
      </Button>
      <Button
        component="a"
        href={disabled ? undefined : `${base}.csv${query}`}
        size="xs"
        variant="light"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        disabled={disabled}
      >
        CSV
      </Button>
    </Group>
  );
}

/** The dispensing/administration record for any dates, and the initial or biennial inventory. */
export function LedgerReports({
  from,
  to,
  onRange,
}: {
  readonly from: string;
  readonly to: string;
  readonly onRange: (from: string, to: string) => void;
}): ReactNode {
  const [kind, setKind] = useState<'initial' | 'biennial'>('biennial');
  const [businessTime, setBusinessTime] = useState<'opening-of-business' | 'close-of-business'>('close-of-business');
  const range = rangeOf(from, to);
  const inventoryQuery = queryString({ kind, businessTime, at: new Date().toISOString() });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Dispensing and administration record
          </Title>
          <Text size="xs" c="dimmed">
            21 CFR 1304.22(c): receipts, each dose given with patient and who gave it, and every other disposal.
          </Text>
          <Group grow>
            <TextInput
              label="From"
              type="date"
              value={from}
              onChange={(e) => {
                onRange(e.currentTarget.value, to);
              }}
            />
            <TextInput
              label="To (inclusive)"
              type="date"
              value={to}
              error={range === null && from !== '' && to !== '' ? 'Ends before it starts' : undefined}
              onChange={(e) => {
                onRange(from, e.currentTarget.value);
              }}
            />
          </Group>
          <ReportLinks base="/api/ledger/reports/dispensing" query={range === null ? null : queryString(range)} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Inventory (as of now)
          </Title>
          <Text size="xs" c="dimmed">
            Initial inventory when you first hold stock; a new one at least every 2 years (21 CFR 1304.11).
          </Text>
          <Group grow>
            <Select
              label="Inventory"
              allowDeselect={false}
              value={kind}
              data={[
                { value: 'initial', label: 'Initial' },
                { value: 'biennial', label: 'Biennial' },
              ]}
              onChange={(v) => {
                setKind(v === 'initial' ? 'initial' : 'biennial');
              }}
            />
            <Select
              label="Taken at"
              allowDeselect={false}
              value={businessTime}
              data={[
                { value: 'opening-of-business', label: 'Opening of business' },
                { value: 'close-of-business', label: 'Close of business' },
              ]}
              onChange={(v) => {
                setBusinessTime(v === 'opening-of-business' ? 'opening-of-business' : 'close-of-business');
              }}
            />
          </Group>
          <ReportLinks base="/api/ledger/reports/inventory" query={inventoryQuery} />
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

export const defaultRange = (): { from: string; to: string } => {
  const today = new Date();
  return { from: localDate(new Date(today.getFullYear(), today.getMonth(), 1)), to: localDate(today) };
};
