import { Badge, Button, Center, Container, Grid, Loader, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../../app/auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { ProtocolViewer } from '../ProtocolViewer/ProtocolViewer';
import { PublishVersionForm } from '../PublishVersionForm/PublishVersionForm';
import { VersionHistory } from '../VersionHistory/VersionHistory';
import { useProtocol, useProtocols } from '../protocols-api';

function ProtocolDetail({ protocolId }: { readonly protocolId: string }): ReactNode {
  const detail = useProtocol(protocolId);
  const { me } = useAuth();
  const [selected, setSelected] = useState<number | null>(null);
  const [publishing, setPublishing] = useState(false);
  if (detail.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading protocol" />
      </Center>
    );
  }
  if (detail.isError) {
    return <ErrorAlert error={detail.error} title="The protocol could not be loaded" />;
  }
  const { latest, versions } = detail.data;
  const shown = versions.find((v) => v.version === selected) ?? latest;
  const director = me?.role === 'physician' && me.medicalDirector;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {shown.protocol.title}
        </Title>
        <Text size="sm" c="dimmed">
          {shown.version === latest.version ? (
            <Badge color="green" mr="xs">
              current
            </Badge>
          ) : (
            <Badge color="gray" mr="xs">
              older version
            </Badge>
          )}
          v{shown.version}, published {new Date(shown.publishedAt).toLocaleString()} by{' '}
          {shown.publishedBy ?? 'the shipped library'}: {shown.reason}
        </Text>
      </Stack>
      {director ? (
        <Button
          w="fit-content"
          onClick={() => {
            setPublishing(true);
          }}
        >
          Publish new version
        </Button>
      ) : null}
      <ProtocolViewer protocol={shown.protocol} />
      <VersionHistory versions={versions} selected={shown.version} onSelect={setSelected} />
      {publishing ? (
        <PublishVersionForm
          protocol={latest.protocol}
          onClose={() => {
            setPublishing(false);
          }}
          onPublished={(version) => {
            setPublishing(false);
            setSelected(version);
            void detail.refetch();
          }}
        />
      ) : null}
    </Stack>
  );
}

/** The protocol library: the list on the left, the chosen protocol with its versions on the right. */
export function ProtocolsPage(): ReactNode {
  const { protocolId } = useParams();
  const navigate = useNavigate();
  const list = useProtocols();
  const active = protocolId ?? list.data?.[0]?.protocolId;
  return (
    <Container size="xl" py="md">
      <PageHeader
        title="Protocols"
        description="The clinic's protocol library: every version stays readable; each limit shows its source."
      />
      {list.isError ? <ErrorAlert error={list.error} title="The protocols could not be loaded" /> : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs">
            {list.isPending ? <Loader size="sm" aria-label="Loading protocols" /> : null}
            {list.data?.map((p) => (
              <NavLink
                key={p.protocolId}
                active={p.protocolId === active}
                label={p.protocolId}
                description={`v${p.version} · ${p.protocol.route.toUpperCase()} ${p.protocol.drug}`}
                onClick={() => void navigate(`/protocols/${p.protocolId}`)}
              />
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {active ? <ProtocolDetail key={active} protocolId={active} /> : null}
        </Grid.Col>
      </Grid>
    </Container>
  );
}
