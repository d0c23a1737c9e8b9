import {
  Badge,
  Button,
  Checkbox,
  Container,
  Group,
  Loader,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { FormularyItem, FormularyItemBody } from '@chairside/contract';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { useFormulary, useSaveFormularyItem } from '../chairside-api';

type Unit = FormularyItemBody['doseUnit'];
type Route = FormularyItemBody['routes'][number];
const units: Unit[] = ['mg', 'mcg', 'mL', 'L/min', 'units'];
const routes: Route[] = ['iv', 'im', 'po', 'sl', 'intranasal', 'inhaled', 'sc'];

function ItemModal({
  item,
  onClose,
}: {
  readonly item: FormularyItem | null;
  readonly onClose: () => void;
}): ReactNode {
  const save = useSaveFormularyItem();
  const [drug, setDrug] = useState(item?.drug ?? '');
  const [unit, setUnit] = useState<Unit>(item?.doseUnit ?? 'mg');
  const [defaultDose, setDefaultDose] = useState<number | ''>(item?.defaultDose ?? '');
  const [maxDose, setMaxDose] = useState<number | ''>(item?.maxDose ?? '');
  const [itemRoutes, setRoutes] = useState<Route[]>(item?.routes ?? []);
  const [indication, setIndication] = useState(item?.indication ?? '');
  const [source, setSource] = useState(item?.source ?? '');
  const [active, setActive] = useState(item?.active ?? true);
  const body: FormularyItemBody = {
    drug: drug.trim(),
    doseUnit: unit,
    ...(defaultDose === '' ? {} : { defaultDose }),
    ...(maxDose === '' ? {} : { maxDose }),
    routes: itemRoutes,
    indication: indication.trim(),
    ...(source.trim() === '' ? {} : { source: source.trim() }),
  };
  return (
    <Modal opened onClose={onClose} title={item === null ? 'Add medication' : `Edit ${item.drug}`} size="lg">
      <Stack gap="sm">
        <TextInput
          label="Drug"
          required
          maxLength={200}
          value={drug}
          onChange={(e) => {
            setDrug(e.currentTarget.value);
          }}
        />
        <Group grow>
          <Select
            label="Dose unit"
            data={units}
            value={unit}
            allowDeselect={false}
            onChange={(v) => {
              if (v !== null) {
                setUnit(v);
              }
            }}
          />
          <NumberInput
            label="Usual dose"
            min={0}
            value={defaultDose}
            onChange={(v) => {
              setDefaultDose(typeof v === 'number' ? v : '');
            }}
          />
          <NumberInput
            label="Maximum dose"
            min={0}
            value={maxDose}
            onChange={(v) => {
              setMaxDose(typeof v === 'number' ? v : '');
            }}
          />
        </Group>
        <MultiSelect
          label="Routes"
          required
          data={routes}
          value={itemRoutes}
          onChange={(v) => {
            setRoutes(v);
          }}
        />
        <TextInput
          label="Indication"
          required
          maxLength={500}
          value={indication}
          onChange={(e) => {
            setIndication(e.currentTarget.value);
          }}
        />
        <TextInput
          label="Source"
          maxLength={500}
          value={source}
          onChange={(e) => {
            setSource(e.currentTarget.value);
          }}
        />
        {item === null ? null : (
          <Checkbox
            label="Active (offered at the chair)"
            checked={active}
            onChange={(e) => {
              setActive(e.currentTarget.checked);
            }}
          />
        )}
        {save.isError ? <ErrorAlert error={save.error} title="Not saved" /> : null}
        <Group justify="flex-end">
          <Button
            loading={save.isPending}
            disabled={drug.trim() === '' || indication.trim() === '' || itemRoutes.length === 0}
            onClick={() => {
              const input =
                item === null
                  ? { id: null, body }
                  : { id: item.id, body: { ...body, source: body.source ?? '', active, version: item.version } };
              save.mutate(input, { onSuccess: onClose });
            }}
          >
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The clinic's rescue and adjunct medications offered at the chair; a physician or administrator edits them. */
export function FormularyPage(): ReactNode {
  const { me } = useAuth();
  const formulary = useFormulary();
  const [editing, setEditing] = useState<FormularyItem | null | 'new'>(null);
  const canEdit = me?.role === 'physician' || me?.role === 'admin';
  return (
    <Container size="xl" py="lg">
      <PageHeader
        title="Session formulary"
        description="Rescue and adjunct medications a nurse can record during a session. Changes are versioned and audited."
        actions={
          canEdit ? (
            <Button
              onClick={() => {
                setEditing('new');
              }}
            >
              Add medication
            </Button>
          ) : undefined
        }
      />
      {formulary.isPending ? <Loader aria-label="Loading the formulary" /> : null}
      {formulary.isError ? <ErrorAlert error={formulary.error} title="The formulary could not be loaded" /> : null}
      {formulary.data === undefined ? null : (
        <Table striped aria-label="Formulary">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Drug</Table.Th>
              <Table.Th>Dose</Table.Th>
              <Table.Th>Routes</Table.Th>
              <Table.Th>Indication</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {formulary.data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Text fw={600}>{item.drug}</Text>
                    {item.active ? null : <Badge color="gray">inactive</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {item.defaultDose === null
                    ? `set at the chair (${item.doseUnit})`
                    : `${item.defaultDose} ${item.doseUnit}`}
                  {item.maxDose === null ? '' : ` (max ${item.maxDose})`}
                </Table.Td>
                <Table.Td>{item.routes.join(', ').toUpperCase()}</Table.Td>
                <Table.Td>{item.indication}</Table.Td>
                <Table.Td>
                  <Text size="xs">{item.source}</Text>
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        setEditing(item);
                      }}
                    >
                      Edit
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing === null ? null : (
        <ItemModal
          item={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
    </Container>
  );
}
