import { roleLabel } from '@chairside/domain';
import { AppShell, Box, Burger, Button, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout, IconStethoscope } from '@tabler/icons-react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useAuth, useMe } from '../auth/auth-context';
import { IdleWatcher } from '../IdleWatcher/IdleWatcher';
import { navItemsFor } from '../navigation';
import './AppShellLayout.css';
import type { ReactNode } from 'react';

/**
 * Header with the product and the signed-in user, the role's navigation in a side bar
 * (behind a menu button on narrow tablets), pages in the main area.
 */
export function AppShellLayout(): ReactNode {
  const me = useMe();
  const { signOut } = useAuth();
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 210, breakpoint: 'md', collapsed: { mobile: !navOpen } }}
      padding={0}
    >
      <AppShell.Header className="shell-header">
        <Group h="100%" px="md" gap="md" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggleNav} hiddenFrom="md" size="sm" aria-label="Show navigation" />
            <Link to="/" className="shell-brand" aria-label="Chairside home">
              <IconStethoscope size={22} aria-hidden />
              <span>Chairside</span>
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Menu position="bottom-end" width={220}>
              <Menu.Target>
                <UnstyledButton className="shell-user-button" aria-label={`Account menu for ${me.displayName}`}>
                  <Box className="shell-user-text">
                    <Text size="sm" fw={600} lh={1.2} truncate="end">
                      {me.displayName}
                    </Text>
                    <Text size="xs" c="dimmed" lh={1.2}>
                      {roleLabel[me.role]}
                      {me.medicalDirector ? ' · Medical director' : ''}
                    </Text>
                  </Box>
                  <IconChevronDown size={16} aria-hidden />
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Signed in as {me.username}</Menu.Label>
                <Menu.Item component={Link} to="/change-password" leftSection={<IconKey size={16} />}>
                  Change password
                </Menu.Item>
                <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut('user')}>
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => void signOut('user')}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="shell-navbar">
        <nav aria-label="Main">
          <Stack gap={2}>
            {navItemsFor(me.role).map((item) => (
              <NavLink key={item.to} to={item.to} className="shell-nav-link" onClick={closeNav}>
                <item.icon size={18} aria-hidden />
                <span>{item.label}</span>
              </NavLink>
            ))}
          </Stack>
        </nav>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <IdleWatcher idleTimeoutSeconds={me.idleTimeoutSeconds} />
    </AppShell>
  );
}
