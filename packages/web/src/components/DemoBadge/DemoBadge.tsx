import { Badge, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

/** Marks synthetic demo records so nobody mistakes them for a real patient. */
export function DemoBadge({ size = 'sm' }: { readonly size?: 'xs' | 'sm' | 'md' }): ReactNode {
  return (
    <Tooltip label="Synthetic demo record, not a real patient">
      <Badge size={size} color="grape" variant="outline" radius="sm">
        Demo
      </Badge>
    </Tooltip>
  );
}
