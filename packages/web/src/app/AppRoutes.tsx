import type { Me } from '@chairside/contract';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AuditPage } from '../features/audit/AuditPage/AuditPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage/ChangePasswordPage';
import { SignInPage } from '../features/auth/SignInPage/SignInPage';
import { DashboardPage } from '../features/dashboard/DashboardPage/DashboardPage';
import { DoseCalculatorPage } from '../features/dosing/DoseCalculatorPage/DoseCalculatorPage';
import { LedgerPage } from '../features/ledger/LedgerPage/LedgerPage';
import { BoardPage } from '../features/chairside/BoardPage/BoardPage';
import { FormularyPage } from '../features/chairside/FormularyPage/FormularyPage';
import { SessionPage } from '../features/chairside/SessionPage/SessionPage';
import { MonitorsPage } from '../features/monitors/MonitorsPage/MonitorsPage';
import { PatientChartPage } from '../features/patients/PatientChartPage/PatientChartPage';
import { PatientListPage } from '../features/patients/PatientListPage/PatientListPage';
import { RegisterPatientPage } from '../features/patients/RegisterPatientPage/RegisterPatientPage';
import { ClinicSetupPage } from '../features/scheduling/ClinicSetupPage/ClinicSetupPage';
import { SchedulePage } from '../features/scheduling/SchedulePage/SchedulePage';
import { ProtocolsPage } from '../features/protocols/ProtocolsPage/ProtocolsPage';
import { UsersPage } from '../features/users/UsersPage/UsersPage';
import { PortalPage } from '../features/portal/PortalPage/PortalPage';
import { TasksPage } from '../features/tasks/TasksPage/TasksPage';
import { ImportPage } from '../features/imports/ImportPage/ImportPage';
import { LetterTemplatePage } from '../features/letters/LetterTemplatePage/LetterTemplatePage';
import { ExportPage } from '../features/exports/ExportPage/ExportPage';
import { AppShellLayout } from './AppShellLayout/AppShellLayout';
import { useAuth } from './auth/auth-context';
import { NoAccessPage } from './NoAccessPage/NoAccessPage';
import { homePathFor } from './navigation';

type Role = Me['role'];
const staff: readonly Role[] = ['admin', 'physician', 'nurse', 'front_desk'];
const adminOnly: readonly Role[] = ['admin'];
const clinicians: readonly Role[] = ['physician', 'nurse'];
const formularyRoles: readonly Role[] = ['physician', 'nurse', 'admin'];
const dashboardReaders: readonly Role[] = ['admin', 'physician'];
const chartReaders: readonly Role[] = ['physician', 'nurse', 'front_desk'];

/** Signed in, password current, and (optionally) one of the given roles. */
function RequireUser({
  roles,
  children,
}: {
  readonly roles?: readonly Role[];
  readonly children: ReactNode;
}): ReactNode {
  const { me } = useAuth();
  const location = useLocation();
  if (me === null) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  // The server refuses every role-restricted call until the password is changed.
  if (me.mustChangePassword) {
    return <Navigate to="/change-password" replace />;
  }
  if (roles !== undefined && !roles.includes(me.role)) {
    return <NoAccessPage />;
  }
  return children;
}

function HomeRedirect(): ReactNode {
  const { me } = useAuth();
  return <Navigate to={me === null ? '/sign-in' : homePathFor(me.role)} replace />;
}

function RequireSignedIn({ children }: { readonly children: ReactNode }): ReactNode {
  const { me } = useAuth();
  return me === null ? <Navigate to="/sign-in" replace /> : children;
}

export function AppRoutes(): ReactNode {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/portal" element={<PortalPage />} />
      <Route
        path="/change-password"
        element={
          <RequireSignedIn>
            <ChangePasswordPage />
          </RequireSignedIn>
        }
      />
      <Route
        element={
          <RequireUser>
            <AppShellLayout />
          </RequireUser>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="/patients" element={<RequireUser roles={staff}>{<PatientListPage />}</RequireUser>} />
        <Route path="/patients/new" element={<RequireUser roles={staff}>{<RegisterPatientPage />}</RequireUser>} />
        <Route path="/patients/import" element={<RequireUser roles={chartReaders}>{<ImportPage />}</RequireUser>} />
        <Route
          path="/patients/:patientId/:tab?"
          element={<RequireUser roles={staff}>{<PatientChartPage />}</RequireUser>}
        />
        <Route path="/schedule" element={<RequireUser roles={staff}>{<SchedulePage />}</RequireUser>} />
        <Route path="/clinic-setup" element={<RequireUser roles={adminOnly}>{<ClinicSetupPage />}</RequireUser>} />
        <Route path="/protocols/:protocolId?" element={<RequireUser roles={staff}>{<ProtocolsPage />}</RequireUser>} />
        <Route path="/dosing" element={<RequireUser roles={clinicians}>{<DoseCalculatorPage />}</RequireUser>} />
        <Route path="/chairside" element={<RequireUser roles={clinicians}>{<BoardPage />}</RequireUser>} />
        <Route path="/chairside/:sessionId" element={<RequireUser roles={clinicians}>{<SessionPage />}</RequireUser>} />
        <Route
          path="/session-formulary"
          element={<RequireUser roles={formularyRoles}>{<FormularyPage />}</RequireUser>}
        />
        <Route path="/monitors" element={<RequireUser roles={clinicians}>{<MonitorsPage />}</RequireUser>} />
        <Route
          path="/ledger"
          element={<RequireUser roles={['admin', 'physician', 'nurse']}>{<LedgerPage />}</RequireUser>}
        />
        <Route path="/dashboard" element={<RequireUser roles={dashboardReaders}>{<DashboardPage />}</RequireUser>} />
        <Route path="/tasks" element={<RequireUser roles={staff}>{<TasksPage />}</RequireUser>} />
        <Route path="/users" element={<RequireUser roles={adminOnly}>{<UsersPage />}</RequireUser>} />
        <Route path="/audit" element={<RequireUser roles={adminOnly}>{<AuditPage />}</RequireUser>} />
        <Route
          path="/letter-template"
          element={<RequireUser roles={adminOnly}>{<LetterTemplatePage />}</RequireUser>}
        />
        <Route path="/export" element={<RequireUser roles={adminOnly}>{<ExportPage />}</RequireUser>} />
        <Route path="/no-access" element={<NoAccessPage />} />
        <Route path="*" element={<HomeRedirect />} />
      </Route>
    </Routes>
  );
}
