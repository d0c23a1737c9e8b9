import type { LetterTemplateView } from '@chairside/contract';
import { Button, Center, Container, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { postForBlob } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader/PageHeader';
import { useLetterTemplate, useSaveLetterTemplate } from '../letters-api';

function TemplateForm({ template }: { readonly template: LetterTemplateView }): ReactNode {
  const [letterhead, setLetterhead] = useState(template.letterhead.join('\n'));
  const [signatureBlock, setSignatureBlock] = useState(template.signatureBlock);
  const [footer, setFooter] = useState(template.footer);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const save = useSaveLetterTemplate();
  const body = { letterhead: letterhead.split('\n').filter((l) => l.trim() !== ''), signatureBlock, footer };

  useEffect(
    () => () => {
      if (previewUrl) {
        URL.revokeObjectURL(previewUrl);
      }
    },
    [previewUrl],
  );

  const preview = async (): Promise<void> => {
    setPreviewError(null);
    try {
      const blob = await postForBlob('/api/letter-template/preview', body);
      setPreviewUrl(URL.createObjectURL(blob));
    } catch (error) {
      setPreviewError(error);
    }
  };

  return (
    <Group align="flex-start" grow wrap="wrap">
      <Paper withBorder p="md" miw={320}>
        <Stack gap="sm">
          <Textarea
            label="Letterhead"
            description="One line each: the clinic's name first, then address, phone and fax."
            autosize
            minRows={3}
            value={letterhead}
            onChange={(e) => {
              setLetterhead(e.currentTarget.value);
            }}
          />
          <Textarea
            label="Signature block"
            description="Printed under the signing physician's name."
            autosize
            minRows={2}
            value={signatureBlock}
            onChange={(e) => {
              setSignatureBlock(e.currentTarget.value);
            }}
          />
          <Textarea
            label="Footer"
            autosize
            minRows={2}
            value={footer}
            onChange={(e) => {
              setFooter(e.currentTarget.value);
            }}
          />
          {save.isError ? <ErrorAlert error={save.error} title="Not saved" /> : null}
          {previewError ? <ErrorAlert error={previewError} title="No preview" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void preview()}>
              Preview
            </Button>
            <Button
              loading={save.isPending}
              onClick={() => {
                save.mutate({ ...body, version: template.version });
              }}
            >
              Save template
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            Version {template.version}
            {template.createdByUsername ? `, saved by ${template.createdByUsername}` : ' (built-in default)'}. Letters
            already signed keep the template they were signed on.
          </Text>
        </Stack>
      </Paper>
      {previewUrl ? (
        <Paper withBorder p={0} miw={320}>
          <iframe title="Letter preview" src={previewUrl} style={{ width: '100%', height: 720, border: 0 }} />
        </Paper>
      ) : null}
    </Group>
  );
}

/** The clinic's letterhead, signature block and footer for letters to the care team. */
export function LetterTemplatePage(): ReactNode {
  const template = useLetterTemplate();
  return (
    <Container size="xl" py="lg">
      <PageHeader title="Letter template" description="How letters to the care team look. Preview before you save." />
      {template.isPending ? (
        <Center py="md">
          <Loader aria-label="Loading the template" />
        </Center>
      ) : template.isError ? (
        <ErrorAlert error={template.error} title="The template could not be loaded" />
      ) : (
        <TemplateForm key={template.data.version} template={template.data} />
      )}
    </Container>
  );
}
