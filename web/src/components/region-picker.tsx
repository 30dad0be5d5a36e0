/** A small choice of region under the phone numbers; the numbers everywhere follow it. */
import { useId } from 'preact/hooks';
import { REGION_LIST } from '../../../src/knowledge/regions.js';
import { useRegion, type RegionId } from '../region/region.js';

export function RegionPicker({ note }: { note?: string | undefined }) {
  const [region, choose] = useRegion();
  const id = useId();
  return (
    <p class="region-picker">
      <label for={id}>Numbers for</label>{' '}
      <select id={id} class="input input-select input-small" value={region.id} onChange={(e) => choose((e.target as HTMLSelectElement).value as RegionId)}>
        {REGION_LIST.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
      {note && <span class="region-note"> {note}</span>}
    </p>
  );
}
