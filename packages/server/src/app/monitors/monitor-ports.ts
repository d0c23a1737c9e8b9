/** Storage of the monitor feed (monitors, bindings, message log, readings), behind a port. */
import type { DeviceReading, DeviceReadingStatus } from '@chairside/domain';

export interface MonitorRecord {
  readonly id: string;
  readonly deviceId: string;
  readonly label: string | null;
  readonly firstSeenAt: string | null;
  readonly lastSeenAt: string | null;
}

export interface BindingRecord {
  readonly id: string;
  readonly monitorId: string;
  readonly chairLabel: string;
  readonly boundAt: string;
  readonly boundBy: string;
  readonly endedAt: string | null;
  readonly endedBy: string | null;
}

export interface MonitorWithBinding extends MonitorRecord {
  readonly binding: BindingRecord | null;
}

export interface MonitorMessageRecord {
  readonly id: string;
  readonly monitorId: string | null;
  readonly receivedAt: string;
  readonly controlId: string | null;
  readonly processingId: string | null;
  readonly demo: boolean;
  readonly ackCode: string;
  readonly error: string | null;
  readonly outcomes: unknown;
  readonly raw: string;
}

/** A stored reading: the domain's DeviceReading plus where it came from and where it went. */
export interface StoredDeviceReading {
  readonly id: string;
  readonly monitorId: string;
  readonly deviceId: string;
  readonly messageId: string;
  /** The chair bound when it arrived; null = on the holding list. */
  readonly chairLabel: string | null;
  readonly bindingId: string | null;
  readonly receivedAt: string;
  readonly status: DeviceReadingStatus;
  readonly reading: DeviceReading;
}

export interface ChairReadingQuery {
  readonly chairLabel: string;
  /** Inclusive start, exclusive end, on observation time (ISO instants). */
  readonly from: string;
  readonly to: string;
  readonly limit: number;
}

/**
 * What a treatment session will consume: readings for its chair over its time range.
 * Implemented by the monitor store; sessions depend on this narrow port only.
 */
export interface DeviceReadingSource {
  readingsForChair(query: ChairReadingQuery): Promise<StoredDeviceReading[]>;
}

export interface MonitorStore extends DeviceReadingSource {
  /** Creates the monitor on first sight, or moves its last-seen time; returns it. */
  seen(monitor: { id: string; deviceId: string }, at: string): Promise<MonitorRecord>;
  findByDeviceId(deviceId: string): Promise<MonitorRecord | undefined>;
  findById(id: string): Promise<MonitorRecord | undefined>;
  register(monitor: { id: string; deviceId: string; label: string | null; at: string }): Promise<MonitorRecord>;
  list(): Promise<MonitorWithBinding[]>;
  activeBindingForMonitor(monitorId: string): Promise<BindingRecord | undefined>;
  activeBindingForChair(chairLabel: string): Promise<BindingRecord | undefined>;
  findBinding(id: string): Promise<BindingRecord | undefined>;
  insertBinding(binding: BindingRecord): Promise<void>;
  /** Closes an open binding; false when it was already closed. */
  endBinding(id: string, at: string, byUserId: string): Promise<boolean>;
  bindingHistory(monitorId: string): Promise<BindingRecord[]>;
  insertMessage(message: MonitorMessageRecord): Promise<void>;
  recentMessages(limit: number): Promise<MonitorMessageRecord[]>;
  insertReadings(readings: readonly StoredDeviceReading[]): Promise<void>;
  heldReadings(limit: number): Promise<StoredDeviceReading[]>;
}
