/** The emergency numbers as phone links: one tap calls from a phone. */
import { Icon } from './icons.js';

const NUMBERS = [
  { number: '999', where: 'UK' },
  { number: '112', where: 'Europe' },
  { number: '911', where: 'North America' },
];

export function EmergencyNumbers() {
  return (
    <ul class="call-list">
      {NUMBERS.map((n) => (
        <li key={n.number}>
          <a class="button button-call" href={`tel:${n.number}`}>
            <Icon name="phone" />
            Call {n.number} <span class="call-where">({n.where})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
