import type {
  Appointment,
  BookAppointmentsBody,
  BookingProblem,
  ClinicSettingsBody,
  ClinicSetup,
  CloseAppointmentBody,
  Course,
  CourseDetail,
  MoveAppointmentBody,
  ProposeCalendarBody,
  ProposedCalendar,
  StartCourseBody,
} from '@chairside/contract';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { api, queryString } from '../../api/client';

export const schedulingKeys = {
  setup: ['clinic', 'setup'] as const,
  appointments: ['appointments'] as const,
  window: (from: string, to: string) => ['appointments', from, to] as const,
  courses: (patientId: string) => ['courses', 'patient', patientId] as const,
  course: (id: string) => ['courses', 'detail', id] as const,
};

/** The booking problems a refused request listed, one per slot and reason. */
export function bookingProblemsOf(error: unknown): BookingProblem[] {
  return error instanceof ApiError
    ? (error.findings as BookingProblem[]).filter((f) => typeof f.message === 'string')
    : [];
}

export function useClinicSetup(): UseQueryResult<ClinicSetup> {
  return useQuery({ queryKey: schedulingKeys.setup, queryFn: () => api.get<ClinicSetup>('/api/clinic/setup') });
}

export function useAppointments(from: string, to: string): UseQueryResult<Appointment[]> {
  return useQuery({
    queryKey: schedulingKeys.window(from, to),
    queryFn: () => api.get<Appointment[]>(`/api/appointments${queryString({ from, to })}`),
  });
}

function useInvalidate(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: schedulingKeys.appointments });
    await client.invalidateQueries({ queryKey: ['courses'] });
  };
}

export function useBook(): UseMutationResult<Appointment[], Error, BookAppointmentsBody> {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body) => api.post<Appointment[]>('/api/appointments', body),
    onSuccess: invalidate,
  });
}

export function useMove(): UseMutationResult<Appointment, Error, MoveAppointmentBody & { id: string }> {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }) => api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/move`, body),
    onSettled: invalidate,
  });
}

export function useCloseAppointment(): UseMutationResult<Appointment, Error, CloseAppointmentBody & { id: string }> {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }) => api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/close`, body),
    onSuccess: invalidate,
  });
}

export function usePatientCourses(patientId: string): UseQueryResult<Course[]> {
  return useQuery({
    queryKey: schedulingKeys.courses(patientId),
    queryFn: () => api.get<Course[]>(`/api/patients/${encodeURIComponent(patientId)}/courses`),
    enabled: patientId !== '',
  });
}

export function useCourse(id: string): UseQueryResult<CourseDetail> {
  return useQuery({
    queryKey: schedulingKeys.course(id),
    queryFn: () => api.get<CourseDetail>(`/api/courses/${encodeURIComponent(id)}`),
  });
}

export function useStartCourse(patientId: string): UseMutationResult<Course, Error, StartCourseBody> {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body) => api.post<Course>(`/api/patients/${encodeURIComponent(patientId)}/courses`, body),
    onSuccess: invalidate,
  });
}

export function useExtendCourse(
  id: string,
): UseMutationResult<unknown, Error, { additionalSessions: number; reason: string }> {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body) => api.post(`/api/courses/${encodeURIComponent(id)}/extensions`, body),
    onSuccess: invalidate,
  });
}

export function useProposeCalendar(id: string): UseMutationResult<ProposedCalendar, Error, ProposeCalendarBody> {
  return useMutation({
    mutationFn: (body) => api.post<ProposedCalendar>(`/api/courses/${encodeURIComponent(id)}/proposal`, body),
  });
}

export function useSaveClinicSettings(): UseMutationResult<unknown, Error, ClinicSettingsBody> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body) => api.put('/api/clinic/settings', body),
    onSuccess: () => client.invalidateQueries({ queryKey: schedulingKeys.setup }),
  });
}

export function useSaveChair(): UseMutationResult<
  unknown,
  Error,
  { id?: string; name: string; active?: boolean; version?: number }
> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }) =>
      id === undefined
        ? api.post('/api/clinic/chairs', { name: body.name })
        : api.put(`/api/clinic/chairs/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: schedulingKeys.setup }),
  });
}
