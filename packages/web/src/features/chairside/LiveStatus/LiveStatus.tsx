import { Badge, Button, Group, Text } from '@mantine/core';
import { IconVolume, IconVolumeOff, IconWifi, IconWifiOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { StreamStatus } from '../live/useEventStream';
import type { AlertSound } from '../sound/useAlertSound';

/** Whether the page is live, and whether it can make sound; both visible at a glance. */
export function LiveStatus({
  status,
  sound,
}: {
  readonly status: StreamStatus;
  readonly sound: AlertSound;
}): ReactNode {
  const { silenced } = sound;
  return (
    <Group gap="xs" data-alert-cues={sound.cues}>
      {status === 'open' ? (
        <Badge size="xl" color="teal" variant="light" leftSection={<IconWifi size={18} />} data-stream="open">
          Live
        </Badge>
      ) : (
        <Badge
          size="xl"
          color="orange"
          variant="filled"
          leftSection={<IconWifiOff size={18} />}
          data-stream={status}
          role="status"
        >
          {status === 'connecting' ? 'Connecting…' : 'Reconnecting…'}
        </Badge>
      )}
      {sound.ready ? (
        <Button
          variant="default"
          size="md"
          leftSection={silenced ? <IconVolumeOff size={18} /> : <IconVolume size={18} />}
          onClick={sound.silence}
        >
          {silenced ? 'Silenced 2 min' : 'Silence 2 min'}
        </Button>
      ) : (
        <Button color="orange" size="md" leftSection={<IconVolumeOff size={18} />} onClick={sound.enable}>
          Tap to enable alert sound
        </Button>
      )}
      <Text size="xs" c="dimmed" aria-live="polite">
        {sound.cues > 0 ? `${sound.cues} alert sound${sound.cues === 1 ? '' : 's'}` : ''}
      </Text>
    </Group>
  );
}
