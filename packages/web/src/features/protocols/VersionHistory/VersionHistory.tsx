import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProtocolVersion } from '../protocols-api';

/** Every version with who published it, when and why; each stays readable. */
export function VersionHistory({
  versions,
  selected,
  onSelect,
}: {
  readonly versions: readonly ProtocolVersion[];
  readonly selected: number;
  readonly onSelect: (version: number) => void;
}): ReactNode {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        Version history
      </Title>
      <Table verticalSpacing="xs" highlightOnHover aria-label="Version history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Published</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr
              key={v.version}
              onClick={() => {
                onSelect(v.version);
              }}
              style={{ cursor: 'pointer' }}
              {...(v.version === selected ? { bg: 'blue.0' } : {})}
            >
              <Table.Td>
                <Badge
                  variant={v.version === selected ? 'filled' : 'light'}
                  component="button"
                  type="button"
                  onClick={() => {
                    onSelect(v.version);
                  }}
                  style={{ cursor: 'pointer' }}
                >
                  v{v.version}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{new Date(v.publishedAt).toLocaleString()}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v.publishedBy ?? 'Shipped library'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{v.reason}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
