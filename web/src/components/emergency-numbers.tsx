/**
 * The emergency number for the person's region as a phone link (one tap calls from a phone),
 * with the region named and a way to change it.
 */
import { useRegion } from '../region/region.js';
import { Icon } from './icons.js';
import { RegionPicker } from './region-picker.js';

export function EmergencyNumbers() {
  const [region] = useRegion();
  const { number, alsoWorks } = region.emergency;
  return (
    <div class="emergency-numbers" data-region={region.id}>
      <ul class="call-list">
        <li>
          <a class="button button-call" href={`tel:${number}`} data-number={number}>
            <Icon name="phone" />
            Call {number}
          </a>
        </li>
      </ul>
      <RegionPicker note={alsoWorks.length > 0 ? `${alsoWorks.join(' or ')} also works.` : undefined} />
    </div>
  );
}

/** For help today that is not an emergency: the region's service, with a call button where it has a number. */
export function UrgentCareNumbers() {
  const [region] = useRegion();
  const { name, number, words } = region.urgent;
  return (
    <div class="urgent-numbers" data-region={region.id}>
      <p class="urgent-words">{words}</p>
      {number && (
        <ul class="call-list">
          <li>
            <a class="button button-call button-urgent" href={`tel:${number.replace(/\s/g, '')}`} data-number={number}>
              <Icon name="phone" />
              Call {name === 'NHS 111' ? 'NHS 111' : number}
            </a>
          </li>
        </ul>
      )}
      <RegionPicker />
    </div>
  );
}
