import type { RuleSource } from '@chairside/domain';
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

/** Evidence tags of REFERENCE.md, in words, so a clinician can weigh the rule. */
const tagWords: Readonly<Record<string, string>> = {
  L: 'Label / regulation',
  'L-CH': 'Swiss label',
  G: 'Guideline',
  T: 'Trial',
  S: 'Secondary source',
  C: 'Clinic practice',
  P: 'Chairside default policy',
};

const tagColor = (tag: string): string =>
  tag.startsWith('L') ? 'red' : tag === 'G' ? 'blue' : tag === 'T' ? 'grape' : 'gray';

/** The source tags of a rule, with the citation beside them (or in a tooltip when compact). */
export function SourceTags({
  source,
  compact = false,
}: {
  readonly source: RuleSource;
  readonly compact?: boolean;
}): ReactNode {
  const badges = (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      {source.tags.map((tag) => (
        <Badge
          key={tag}
          size="sm"
          variant="light"
          color={tagColor(tag)}
          title={tagWords[tag] ?? tag}
          style={{ flexShrink: 0, overflow: 'visible' }}
        >
          [{tag}]
        </Badge>
      ))}
    </Group>
  );
  if (compact) {
    return (
      <Tooltip label={source.citation} multiline w={360} withArrow>
        <span tabIndex={0} aria-label={`Source: ${source.citation}`}>
          {badges}
        </span>
      </Tooltip>
    );
  }
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      {badges}
      <Text size="xs" c="dimmed">
        {source.citation}
      </Text>
    </Group>
  );
}
