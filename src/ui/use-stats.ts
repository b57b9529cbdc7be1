import { useEffect, useState } from 'preact/hooks';
import { emptyStats, type Stats } from '../stats/stats';
import { statsItem } from '../stats/stats-storage';

/** The local statistics, kept up to date while the page is open. */
export function useStats(): Stats {
  const [stats, setStats] = useState<Stats>(emptyStats());
  useEffect(() => {
    void statsItem.getValue().then(setStats);
    return statsItem.watch((value) => setStats(value ?? emptyStats()));
  }, []);
  return stats;
}
