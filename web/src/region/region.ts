/**
 * The person's region, for the numbers to call: chosen in the app, else from the browser's
 * locale. Kept in localStorage (a preference, not health data), shared by every component.
 */
import { useEffect, useState } from 'preact/hooks';
import { REGIONS, regionForLocales, type Region, type RegionId } from '../../../src/knowledge/regions.js';

const KEY = 'ksnav.region.v1';

function stored(): RegionId | null {
  try {
    const value = localStorage.getItem(KEY);
    return value && value in REGIONS ? (value as RegionId) : null;
  } catch {
    return null;
  }
}

function fromBrowser(): RegionId {
  const locales = navigator.languages?.length ? navigator.languages : [navigator.language];
  return regionForLocales(locales.filter(Boolean));
}

let current: RegionId = stored() ?? fromBrowser();
const listeners = new Set<(id: RegionId) => void>();

export function chooseRegion(id: RegionId): void {
  current = id;
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // storage disabled: the choice lasts for this page
  }
  for (const listener of listeners) listener(id);
}

/** The region and a way to change it; every component using it follows a change. */
export function useRegion(): [Region, (id: RegionId) => void] {
  const [id, setId] = useState(current);
  useEffect(() => {
    listeners.add(setId);
    setId(current);
    return () => {
      listeners.delete(setId);
    };
  }, []);
  return [REGIONS[id], chooseRegion];
}

export { REGIONS, type Region, type RegionId };
