import type { InstructionSectionView, PortalAppointmentView, PortalVisitsView } from '@chairside/contract';
import { Accordion, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconHome, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { useMyVisits } from '../portal-api';

interface Formats {
  readonly when: Intl.DateTimeFormat;
  readonly day: Intl.DateTimeFormat;
}

/** Times on the clinic's wall clock (the patient comes to the clinic), or the phone's before set-up. */
function formatsFor(timeZone: string | null): Formats {
  const zone = timeZone === null ? {} : { timeZone };
  return {
    when: new Intl.DateTimeFormat('en-US', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      ...zone,
    }),
    day: new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', ...zone }),
  };
}

/** The patient's upcoming visits with what to do before each, and the sheet from their last session. */
export function PortalVisits(): ReactNode {
  const visits = useMyVisits();
  if (visits.isPending) {
    return <Loader aria-label="Loading your appointments" />;
  }
  if (visits.isError) {
    return <ErrorAlert error={visits.error} title="Your appointments could not be loaded" />;
  }
  const formats = formatsFor(visits.data.timeZone);
  return (
    <Stack gap="lg">
      <Upcoming upcoming={visits.data.upcoming} formats={formats} />
      <LastSession lastSession={visits.data.lastSession} formats={formats} />
    </Stack>
  );
}

function Upcoming({
  upcoming,
  formats,
}: {
  readonly upcoming: readonly PortalAppointmentView[];
  readonly formats: Formats;
}): ReactNode {
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        My appointments
      </Title>
      {upcoming.length === 0 ? (
        <Text c="dimmed">No appointments booked. The clinic will contact you to arrange the next one.</Text>
      ) : (
        upcoming.map((a) => (
          <Card
            key={a.id}
            withBorder
            padding="md"
            aria-label={`${a.typeLabel} ${formats.when.format(new Date(a.startsAt))}`}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconCalendar aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Stack gap={0}>
                <Text fw={700} fz="lg">
                  {formats.when.format(new Date(a.startsAt))}
                </Text>
                <Text>
                  {a.typeLabel}
                  {a.location === 'external' ? ' (outside the clinic)' : ''}
                  {a.therapistName ? ` with ${a.therapistName}` : ''}
                </Text>
              </Stack>
            </Group>
            {a.instructions ? (
              <Accordion mt="sm" variant="contained" defaultValue={upcoming[0]?.id === a.id ? 'before' : null}>
                <Accordion.Item value="before">
                  <Accordion.Control>Before this session</Accordion.Control>
                  <Accordion.Panel>
                    <Sections sections={a.instructions} />
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            ) : null}
          </Card>
        ))
      )}
    </Stack>
  );
}

function LastSession({
  lastSession,
  formats,
}: {
  readonly lastSession: PortalVisitsView['lastSession'];
  readonly formats: Formats;
}): ReactNode {
  if (lastSession === null) {
    return null;
  }
  return (
    <Card withBorder padding="md">
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconHome aria-hidden />
        <Title order={2} size="h4">
          After your session on {formats.day.format(new Date(lastSession.at))}
        </Title>
      </Group>
      <Accordion variant="contained">
        <Accordion.Item value="sheet">
          <Accordion.Control>Your discharge instructions</Accordion.Control>
          <Accordion.Panel>
            <Sections sections={lastSession.sections} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {/* Plain text, not an alert: the page's live crisis alert is the one shown after a worrying answer. */}
      <Group mt="sm" gap="xs" wrap="nowrap" c="red.8">
        <IconInfoCircle aria-hidden style={{ flexShrink: 0 }} />
        <Text fw={700}>{lastSession.crisisLine}</Text>
      </Group>
    </Card>
  );
}

function Sections({ sections }: { readonly sections: readonly InstructionSectionView[] }): ReactNode {
  return (
    <Stack gap="sm">
      {sections.map((section) => (
        <Stack key={section.heading} gap={4}>
          <Text fw={700}>{section.heading}</Text>
          <List spacing={6} fz="md">
            {section.items.map((item) => (
              <List.Item key={item.text}>{item.text}</List.Item>
            ))}
          </List>
        </Stack>
      ))}
    </Stack>
  );
}
