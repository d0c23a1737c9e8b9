import type { Me } from '@chairside/contract';
import {
  IconBook,
  IconBuildingHospital,
  IconCalculator,
  IconCalendar,
  IconChartBar,
  IconChecklist,
  IconClipboardList,
  IconFileExport,
  IconMail,
  IconHeartRateMonitor,
  IconLock,
  IconLayoutDashboard,
  IconPill,
  IconUsers,
  IconUserShield,
  type Icon,
} from '@tabler/icons-react';

type Role = Me['role'];

export interface NavItem {
  readonly label: string;
  readonly to: string;
  readonly icon: Icon;
  readonly roles: readonly Role[];
}

// Mirrors the server's role checks; the server still decides every request.
export const navItems: readonly NavItem[] = [
  { label: 'Patients', to: '/patients', icon: IconUsers, roles: ['admin', 'physician', 'nurse', 'front_desk'] },
  { label: 'Chairside', to: '/chairside', icon: IconLayoutDashboard, roles: ['physician', 'nurse'] },
  { label: 'Dashboard', to: '/dashboard', icon: IconChartBar, roles: ['admin', 'physician'] },
  { label: 'Tasks', to: '/tasks', icon: IconChecklist, roles: ['admin', 'physician', 'nurse', 'front_desk'] },
  { label: 'Schedule', to: '/schedule', icon: IconCalendar, roles: ['admin', 'physician', 'nurse', 'front_desk'] },
  { label: 'Clinic set-up', to: '/clinic-setup', icon: IconBuildingHospital, roles: ['admin'] },
  { label: 'Dose calculator', to: '/dosing', icon: IconCalculator, roles: ['physician', 'nurse'] },
  { label: 'Monitors', to: '/monitors', icon: IconHeartRateMonitor, roles: ['physician', 'nurse'] },
  { label: 'Controlled substances', to: '/ledger', icon: IconLock, roles: ['admin', 'physician', 'nurse'] },
  { label: 'Formulary', to: '/session-formulary', icon: IconPill, roles: ['admin', 'physician', 'nurse'] },
  { label: 'Protocols', to: '/protocols', icon: IconBook, roles: ['admin', 'physician', 'nurse', 'front_desk'] },
  { label: 'Users', to: '/users', icon: IconUserShield, roles: ['admin'] },
  { label: 'Audit', to: '/audit', icon: IconClipboardList, roles: ['admin'] },
  { label: 'Letter template', to: '/letter-template', icon: IconMail, roles: ['admin'] },
  { label: 'Export', to: '/export', icon: IconFileExport, roles: ['admin'] },
];

export function navItemsFor(role: Role): readonly NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

export function homePathFor(role: Role): string {
  if (role === 'patient') {
    return '/portal';
  }
  return navItemsFor(role)[0]?.to ?? '/no-access';
}
