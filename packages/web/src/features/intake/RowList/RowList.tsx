import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { replaceAt } from '../section-props';

interface RowListProps<T> {
  /** Shown above the rows; omitted when the section already names the list. */
  readonly title?: string;
  readonly rows: readonly T[];
  readonly onRows: (rows: T[]) => void;
  readonly newRow: () => T;
  readonly addLabel: string;
  /** Input columns per row on wider screens (the Remove button takes one more). */
  readonly columns: number;
  /** The inputs of one row; `update` patches that row only. */
  readonly children: (row: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
}

/** An editable list of intake rows: the inputs of each row, a Remove button, and an Add button. */
export function RowList<T>({ title, rows, onRows, newRow, addLabel, columns, children }: RowListProps<T>): ReactNode {
  return (
    <Stack gap="xs">
      {title ? <Text fw={600}>{title}</Text> : null}
      {rows.map((row, i) => (
        <SimpleGrid key={i} cols={{ base: 1, sm: columns + 1 }} spacing="xs" verticalSpacing="xs">
          {children(
            row,
            (patch) => {
              onRows(replaceAt(rows, i, { ...row, ...patch }));
            },
            i,
          )}
          <Button
            variant="subtle"
            color="red"
            mt={{ sm: 24 }}
            onClick={() => {
              onRows(rows.filter((_, j) => j !== i));
            }}
          >
            Remove
          </Button>
        </SimpleGrid>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => {
            onRows([...rows, newRow()]);
          }}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
