import { displayName } from '@chairside/domain';
import type { SessionSummary } from '../app/records/session-summary.js';
import { field, heading, newPdf, pdfBuffer, printedTime, type Pdf } from './pdf-document.js';

const time = (iso: string | null): string => (iso === null ? '—' : printedTime(iso));

function readingsTable(doc: Pdf, s: SessionSummary): void {
  heading(doc, 'Vital signs entered during the session', 11);
  if (s.session.readings.length === 0) {
    doc.text('None entered by hand (monitor readings are on the session chart).');
    return;
  }
  for (const r of s.session.readings) {
    doc.text(
      `${time(r.takenAt)}   BP ${r.systolicMmHg}/${r.diastolicMmHg} mmHg   HR ${r.heartRateBpm}/min   SpO₂ ${r.spo2Pct}%   RR ${r.respiratoryRatePerMin}/min${r.etco2MmHg === null ? '' : `   EtCO₂ ${r.etco2MmHg} mmHg`}`,
    );
  }
}

function remsForm(doc: Pdf, s: SessionSummary): void {
  const x = s.session;
  const devices = x.journal.filter((e) => e.kind === 'esketamine-device');
  const first = x.readings[0];
  const last = x.readings.at(-1);
  const discharge = x.journal.find((e) => e.kind === 'discharge');
  doc.addPage();
  heading(doc, 'SPRAVATO® REMS: patient monitoring form (data for the REMS portal)', 13);
  doc
    .fontSize(9)
    .fillColor('#444444')
    .text('Transcribe into the SPRAVATO REMS patient monitoring form after each treatment session.')
    .fillColor('black')
    .fontSize(10);
  doc.moveDown(0.5);
  field(doc, 'Patient', `${displayName(s.patient)}, born ${s.patient.dateOfBirth}, MRN ${s.patient.mrn}`);
  field(doc, 'Treatment date', x.row.dosingStartedAt?.slice(0, 10) ?? '—');
  field(doc, 'Dose', `${devices.length} device(s), ${x.dose.deliveredMg ?? '—'} mg`);
  field(doc, 'First device administered', time(devices[0]?.at ?? null));
  field(
    doc,
    'Blood pressure before dosing',
    first ? `${first.systolicMmHg}/${first.diastolicMmHg} mmHg at ${time(first.takenAt)}` : 'not entered',
  );
  field(
    doc,
    'Blood pressure at the end',
    last ? `${last.systolicMmHg}/${last.diastolicMmHg} mmHg at ${time(last.takenAt)}` : 'not entered',
  );
  heading(doc, 'Sedation and dissociation checks', 11);
  const checks = x.journal.filter((e) => e.kind === 'sedation-check');
  doc.text(checks.length === 0 ? 'None recorded.' : checks.map((e) => `${time(e.at)}  ${e.summary}`).join('\n'));
  heading(doc, 'Adverse events', 11);
  const events = x.journal.filter((e) => e.kind === 'adverse-event');
  doc.text(events.length === 0 ? 'None recorded.' : events.map((e) => `${time(e.at)}  ${e.summary}`).join('\n'));
  heading(doc, 'Discharge', 11);
  field(
    doc,
    'Patient ready to leave',
    discharge ? `${time(discharge.at)} (${discharge.byUsername})` : 'not yet discharged',
  );
}

/**
 * The printed summary of one treatment session (also the discharge summary once discharged):
 * who, protocol and route, times, the dose given, vital signs, alerts with their resolution, and
 * the session's journal in order. Esketamine sessions add the REMS monitoring form page.
 */
export async function renderSessionSummaryPdf(s: SessionSummary, clinicName: string): Promise<Buffer> {
  const x = s.session;
  const discharged = x.row.state === 'discharged';
  const doc = await newPdf(`${discharged ? 'Discharge summary' : 'Session summary'}: ${displayName(s.patient)}`);
  doc.font('bold').fontSize(15).fillColor('#12344d').text(clinicName).fillColor('black');
  heading(doc, discharged ? 'Treatment session: discharge summary' : 'Treatment session summary', 14);
  field(doc, 'Patient', `${displayName(s.patient)}, born ${s.patient.dateOfBirth}, MRN ${s.patient.mrn}`);
  field(
    doc,
    'Protocol',
    `${x.protocolName} (${x.row.protocolId} v${x.row.protocolVersion}), route ${x.row.route.toUpperCase()}`,
  );
  field(doc, 'Chair', x.row.chairName ?? '—');
  field(doc, 'State', x.row.state + (x.row.abortReason ? ` (${x.row.abortReason})` : ''));
  field(doc, 'Checked in', time(x.row.checkedInAt));
  field(doc, 'Dosing', `${time(x.row.dosingStartedAt)} to ${time(x.row.dosingEndedAt)}`);
  field(doc, 'Ended', time(x.row.endedAt));
  field(
    doc,
    'Dose given',
    x.dose.deliveredMg === null
      ? 'not computable from the record'
      : `${x.dose.deliveredMg} mg${x.dose.plannedMg === null ? '' : ` of ${x.dose.plannedMg} mg planned`}`,
  );
  readingsTable(doc, s);
  heading(doc, 'Alerts', 11);
  doc.text(
    s.alerts.length === 0
      ? 'None.'
      : s.alerts
          .map(
            (a) =>
              `${time(a.observedAt)}  [${a.severity}] ${a.message}${a.resolvedBy ? ` — ${a.resolvedBy}` : ' — open'}`,
          )
          .join('\n'),
  );
  heading(doc, 'Session journal', 11);
  doc
    .fontSize(9)
    .text(
      x.journal.length === 0
        ? 'Empty.'
        : x.journal.map((e) => `${time(e.at)}  ${e.summary} (${e.byUsername})`).join('\n'),
    );
  doc.fontSize(10);
  if (x.row.route === 'intranasal') {
    remsForm(doc, s);
  }
  return pdfBuffer(doc);
}
