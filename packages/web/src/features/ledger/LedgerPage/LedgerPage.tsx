import { Alert, Button, Container, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { AdministerModal } from '../AdministerModal/AdministerModal';
import { ContainerTable, type ContainerAction } from '../ContainerTable/ContainerTable';
import { CountModal } from '../CountModal/CountModal';
import { DiscrepancyModal } from '../DiscrepancyModal/DiscrepancyModal';
import { DiversionPanel } from '../DiversionPanel/DiversionPanel';
import { DrawModal } from '../DrawModal/DrawModal';
import { LedgerAlerts } from '../LedgerAlerts/LedgerAlerts';
import {
  useLedger,
  useVerifyLedger,
  type Discrepancy,
  type LedgerContainer,
  type LedgerOverview,
  type OpenWaste,
  type SessionAccount,
} from '../ledger-api';
import { defaultRange, LedgerReports, rangeOf } from '../LedgerReports/LedgerReports';
import { ReceiveModal } from '../ReceiveModal/ReceiveModal';
import { SessionAccounts } from '../SessionAccounts/SessionAccounts';
import { StockMovementModal } from '../StockMovementModal/StockMovementModal';
import { WasteModal, type WasteTarget } from '../WasteModal/WasteModal';
import { WitnessWasteModal } from '../WitnessWasteModal/WitnessWasteModal';

type Dialog =
  | { kind: 'receive' }
  | { kind: ContainerAction; container: LedgerContainer }
  | { kind: 'given'; session: SessionAccount }
  | { kind: 'waste-target'; target: WasteTarget }
  | { kind: 'witness'; waste: OpenWaste }
  | { kind: 'discrepancy'; discrepancy: Discrepancy }
  | null;

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }): ReactNode {
  return (
    <Stack gap={6} component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Totals({ data }: { readonly data: LedgerOverview }): ReactNode {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
      {data.byProductLocation.map((b) => (
        <Paper key={`${b.productKind}-${b.location}`} withBorder p="sm">
          <Text size="xs" c="dimmed">
            {b.productKind === 'ketamine-hcl-vial' ? 'Ketamine' : 'Esketamine'} · {b.location}
          </Text>
          <Text fw={700} size="xl">
            {b.balanceMg} mg
          </Text>
          <Text size="xs" c="dimmed">
            {b.containerCount} container{b.containerCount === 1 ? '' : 's'}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function Dialogs({
  dialog,
  data,
  close,
}: {
  readonly dialog: Dialog;
  readonly data: LedgerOverview;
  readonly close: () => void;
}): ReactNode {
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'receive':
      return <ReceiveModal onClose={close} />;
    case 'draw':
      return (
        <DrawModal container={dialog.container} sessions={data.sessions} patients={data.patients} onClose={close} />
      );
    case 'waste':
      return <WasteModal target={{ kind: 'stock', container: dialog.container }} onClose={close} />;
    case 'count':
      return <CountModal container={dialog.container} onClose={close} />;
    case 'given':
      return <AdministerModal session={dialog.session} onClose={close} />;
    case 'waste-target':
      return <WasteModal target={dialog.target} onClose={close} />;
    case 'witness':
      return (
        <WitnessWasteModal waste={dialog.waste} wastedBy={data.people[dialog.waste.wastedBy] ?? ''} onClose={close} />
      );
    case 'transfer':
    case 'return':
    case 'destroy':
      return <StockMovementModal kind={dialog.kind} container={dialog.container} onClose={close} />;
    case 'discrepancy':
      return <DiscrepancyModal discrepancy={dialog.discrepancy} onClose={close} />;
  }
}

/** The administrator re-computes every hash of the ledger. */
function VerifyChain(): ReactNode {
  const verify = useVerifyLedger();
  const result = verify.data;
  return (
    <Group gap="xs">
      <Button
        size="xs"
        variant="default"
        loading={verify.isPending}
        onClick={() => {
          verify.mutate();
        }}
      >
        Verify the hash chain
      </Button>
      {result === undefined ? null : (
        <Text size="xs" c={result.ok ? 'green' : 'red'} fw={600}>
          {result.ok
            ? `Intact: ${String(result.length)} events, every hash recomputed.`
            : `BROKEN at event ${String(result.brokenAtSequence)}: ${result.message}`}
        </Text>
      )}
      {verify.isError ? <ErrorAlert error={verify.error} title="The chain could not be checked" /> : null}
    </Group>
  );
}

/** The controlled-substance ledger: balances, what needs attention, sessions, reports. */
export function LedgerPage(): ReactNode {
  const { me } = useAuth();
  const ledger = useLedger();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [range, setRange] = useState(defaultRange);
  const role = me?.role;
  const canHandle = role === 'physician' || role === 'nurse';
  const canManage = role === 'admin' || role === 'physician';
  const close = (): void => {
    setDialog(null);
  };

  const wasteRemainder = (session: SessionAccount): void => {
    const line = session.containers.find((c) => c.discrepancyMg > 0);
    if (line) {
      setDialog({
        kind: 'waste-target',
        target: { kind: 'session', session, containerId: line.containerId, remainderMg: line.discrepancyMg },
      });
    }
  };

  return (
    <Container size="xl" py="lg">
      <PageHeader
        title="Controlled substances"
        description="Ketamine and esketamine (Schedule III): every container's chain of custody. Balances are derived from the ledger."
        actions={
          canHandle ? (
            <Button
              leftSection={<IconPackageImport size={18} aria-hidden />}
              onClick={() => {
                setDialog({ kind: 'receive' });
              }}
            >
              Receive stock
            </Button>
          ) : undefined
        }
      />
      {ledger.isPending ? <Loader aria-label="Loading the ledger" /> : null}
      {ledger.isError ? <ErrorAlert error={ledger.error} title="The ledger could not be loaded" /> : null}
      {ledger.data === undefined ? null : (
        <Stack gap="xl">
          {ledger.data.timeZone === null ? (
            <Alert color="yellow" title="Clinic time zone not set">
              Set it in Clinic set-up: expiry dates and the DEA notice clock use the clinic’s local date.
            </Alert>
          ) : null}
          <LedgerAlerts
            discrepancies={ledger.data.discrepancies}
            openWastes={ledger.data.openWastes}
            people={ledger.data.people}
            canClose={canManage}
            canWitness={canHandle}
            onClose={(discrepancy) => {
              setDialog({ kind: 'discrepancy', discrepancy });
            }}
            onWitness={(waste) => {
              setDialog({ kind: 'witness', waste });
            }}
          />
          <Totals data={ledger.data} />
          <Section title="Containers">
            <ContainerTable
              containers={ledger.data.containers}
              canHandle={canHandle}
              people={ledger.data.people}
              onAction={(kind, container) => {
                setDialog({ kind, container });
              }}
            />
          </Section>
          <Section title="Sessions">
            <SessionAccounts
              sessions={ledger.data.sessions}
              patients={ledger.data.patients}
              canHandle={canHandle}
              onGiven={(session) => {
                setDialog({ kind: 'given', session });
              }}
              onWaste={wasteRemainder}
            />
          </Section>
          <Section title="Reports">
            <LedgerReports
              from={range.from}
              to={range.to}
              onRange={(from, to) => {
                setRange({ from, to });
              }}
            />
          </Section>
          {canManage ? (
            <Section title="Diversion signals">
              <DiversionPanel range={rangeOf(range.from, range.to)} />
            </Section>
          ) : null}
          <Group>
            <Text size="xs" c="dimmed">
              {ledger.data.eventCount} ledger events, hash-chained and append-only; kept at least 2 years.
            </Text>
            {role === 'admin' ? <VerifyChain /> : null}
          </Group>
          <Dialogs dialog={dialog} data={ledger.data} close={close} />
        </Stack>
      )}
    </Container>
  );
}
