/** Recovery alerts in plain words, emergencies first, each with its severity in words and icon. */
import type { Alert, AlertSeverity } from '../api/types.js';
import { EmergencyNumbers } from '../components/emergency-numbers.js';
import { Icon, type IconName } from '../components/icons.js';

const ORDER: AlertSeverity[] = ['emergency', 'urgent', 'review', 'info'];
const LOOK: Record<AlertSeverity, { label: string; icon: IconName }> = {
  emergency: { label: 'Emergency', icon: 'alarm' },
  urgent: { label: 'Urgent: today', icon: 'clock' },
  review: { label: 'Get it checked', icon: 'calendar' },
  info: { label: 'For your information', icon: 'info' },
};

export function AlertList({ alerts }: { alerts: readonly Alert[] }) {
  const sorted = [...alerts].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  if (sorted.length === 0) return <p class="all-clear"><Icon name="check" /> No alerts: nothing in your check-ins needs attention right now.</p>;
  return (
    <ul class="alert-list">
      {sorted.map((a) => (
        <li key={a.id} class={`alert severity-${a.severity}`} data-alert={a.id} data-severity={a.severity}>
          <p class="alert-severity">
            <Icon name={LOOK[a.severity].icon} /> {LOOK[a.severity].label}
          </p>
          <h3 class="alert-title">{a.title}</h3>
          <p>{a.message}</p>
          <p>
            <strong>What to do: </strong>
            {a.whatToDo}
          </p>
          {a.severity === 'emergency' && <EmergencyNumbers />}
        </li>
      ))}
    </ul>
  );
}
