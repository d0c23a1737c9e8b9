import { Box, Group, Text } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useAuth } from '../../../app/auth/auth-context';
import { homePathFor } from '../../../app/navigation';
import { PortalHome } from '../PortalHome/PortalHome';
import { RedeemInvitation } from '../RedeemInvitation/RedeemInvitation';
import '../portal.css';

/** /portal: the patient's own space, phone-first and outside the staff shell. */
export function PortalPage(): ReactNode {
  const { me } = useAuth();
  if (me !== null && me.role !== 'patient') {
    return <Navigate to={homePathFor(me.role)} replace />;
  }
  return (
    <Box component="main" className="portal">
      <Group gap="xs" mb="lg">
        <IconStethoscope aria-hidden />
        <Text fw={700}>Chairside patient portal</Text>
      </Group>
      {me === null ? <RedeemInvitation /> : <PortalHome />}
    </Box>
  );
}
