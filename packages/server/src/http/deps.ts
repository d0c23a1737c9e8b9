import type { AppDeps } from '../app/ports.js';
import type { DatabaseKind } from '../db/connect.js';

/** What the HTTP edge needs: the use-case dependencies plus a few facts for health and cookies. */
export interface HttpDeps {
  readonly app: AppDeps;
  readonly database: {
    readonly kind: DatabaseKind;
    migrationStatus(): Promise<{ applied: number; latest: string | null }>;
  };
  readonly version: string;
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly webDir: string | null;
  readonly logLevel: string;
  /** Shown to patients beside the crisis lines (CHAIRSIDE_CLINIC_PHONE). */
  readonly clinicPhone: string | null;
  readonly clinicName: string;
  /** Where full exports are written while they run and kept for download (CHAIRSIDE_EXPORT_DIR). */
  readonly exportDir: string;
}
