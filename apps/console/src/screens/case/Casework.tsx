import type { components } from '../../api/schema';

type Appointment = components['schemas']['AppointmentRecordDto'];
type MedicationCheck = components['schemas']['MedicationCheckRecordDto'];

const label = (value: string): string => value.replace(/_/g, ' ');

/** A case's appointments, soonest first, with what became of each and whether transport is arranged. */
export function Appointments({ appointments }: { readonly appointments: readonly Appointment[] }) {
  if (appointments.length === 0) return <p>No appointment yet.</p>;
  const sorted = [...appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <table className="plain">
      <caption className="visually-hidden">Appointments, soonest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">With</th>
          <th scope="col">Purpose</th>
          <th scope="col">Status</th>
          <th scope="col">Transport</th>
          <th scope="col">Follow-up</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((appointment) => (
          <tr key={appointment.appointmentId}>
            <td>
              <time dateTime={appointment.startsAt}>{new Date(appointment.startsAt).toLocaleString()}</time>
            </td>
            <td>{appointment.providerName ?? appointment.organizationId ?? 'not named'}</td>
            <td>{appointment.purpose ?? '(erased)'}</td>
            <td>
              {label(appointment.status)}
              {appointment.reschedules > 0 ? ` (rescheduled ${appointment.reschedules}×)` : ''}
              {appointment.cancellationReason ? ` · ${appointment.cancellationReason}` : ''}
            </td>
            <td>{label(appointment.transport)}</td>
            <td>
              {appointment.followedUp
                ? 'done'
                : appointment.followUpDueBy
                  ? `due by ${new Date(appointment.followUpDueBy).toLocaleDateString()}`
                  : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ADHERENCE: Readonly<Record<MedicationCheck['adherence'], string>> = {
  as_prescribed: 'Takes it as prescribed',
  missed_doses: 'Missed doses',
  stopped: 'Stopped taking it',
};

/** The medication checks of a case, latest first: adherence, side effects, whether the prescriber was told. */
export function MedicationChecks({ checks }: { readonly checks: readonly MedicationCheck[] }) {
  if (checks.length === 0) return <p>No medication check yet.</p>;
  const sorted = [...checks].sort((a, b) => b.checkedOn.localeCompare(a.checkedOn));
  return (
    <table className="plain">
      <caption className="visually-hidden">Medication checks, latest first</caption>
      <thead>
        <tr>
          <th scope="col">Checked on</th>
          <th scope="col">Medication</th>
          <th scope="col">Dose</th>
          <th scope="col">Adherence</th>
          <th scope="col">Side effects</th>
          <th scope="col">Prescriber informed</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((check) => (
          <tr key={check.checkId}>
            <td>
              <time dateTime={check.checkedOn}>{check.checkedOn}</time>
            </td>
            <td>{check.medication ?? '(erased)'}</td>
            <td>{check.dose ?? '—'}</td>
            <td>{ADHERENCE[check.adherence]}</td>
            <td>{check.sideEffects ?? 'none noted'}</td>
            <td>{check.prescriberInformed ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
