import type { GoalView } from '@chairside/contract';
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useMyGoals, useRateMyGoal } from '../portal-api';

/** The patient's own goals: where they are now and a quick 0–10 rating for today. */
export function PortalGoals(): ReactNode {
  const goals = useMyGoals();
  if (goals.isPending || goals.isError || goals.data.length === 0) {
    return null;
  }
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        My goals
      </Title>
      {goals.data.map((goal) => (
        <GoalCard key={goal.id} goal={goal} />
      ))}
    </Stack>
  );
}

function GoalCard({ goal }: { readonly goal: GoalView }): ReactNode {
  const rate = useRateMyGoal();
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder padding="md" component="article" aria-label={`My goal: ${goal.description}`}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {goal.areaLabel}
      </Text>
      <Text fw={700} fz="lg">
        {goal.description}
      </Text>
      <Group gap="xs" mt={4}>
        <Text>
          Now {goal.progress.latest ?? goal.baselineRating} out of 10 · my target {goal.targetRating}
        </Text>
        {goal.progress.met ? <Badge color="green">Target reached</Badge> : null}
      </Group>
      {open ? (
        <Stack gap={6} mt="sm">
          <Text size="sm">How is it going today? 0 = not at all, 10 = fully.</Text>
          <SimpleGrid cols={6} spacing={6}>
            {Array.from({ length: 11 }, (_, value) => (
              <Button
                key={value}
                size="lg"
                variant="default"
                px={0}
                loading={rate.isPending && rate.variables.rating === value}
                aria-label={`Rate ${String(value)} out of 10`}
                onClick={() => {
                  rate.mutate(
                    { goalId: goal.id, rating: value },
                    {
                      onSuccess: () => {
                        setOpen(false);
                      },
                    },
                  );
                }}
              >
                {value}
              </Button>
            ))}
          </SimpleGrid>
          {rate.isError ? <ErrorAlert error={rate.error} title="Not saved" /> : null}
        </Stack>
      ) : (
        <Button
          mt="sm"
          size="md"
          variant="light"
          fullWidth
          onClick={() => {
            setOpen(true);
          }}
        >
          Rate today
        </Button>
      )}
    </Card>
  );
}
