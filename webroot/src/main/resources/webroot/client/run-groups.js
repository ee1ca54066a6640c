// Task history grouped: consecutive runs of one task on one trading day with the same status and reason
// (sell_monitor every minute)
// become one row with their count and time range, expandable to the runs themselves.

/** Groups a newest-first list of runs; a group of one is the run itself. */
export function groupRuns(runs) {
  const groups = [];
  for (const run of runs) {
    const last = groups[groups.length - 1];
    if (last && last.task === run.task && last.tradingDay === run.tradingDay && last.status === run.status
      && (last.reason || '') === (run.reason || '')) {
      last.runs.push(run);
    } else {
      groups.push({ task: run.task, tradingDay: run.tradingDay, status: run.status, reason: run.reason, runs: [run] });
    }
  }
  // Keyed by its oldest run: a live run joining the group on top keeps it (and its expanded state) the same row.
  groups.forEach((g) => { g.key = `g${g.runs[g.runs.length - 1].id}`; });
  return groups;
}

/**
 * A PagedList seen as groups of runs, for a paged-table: the same paging, loading and error state, the rows being
 * groups. Live runs go to the underlying list (upsert) and regroup.
 */
export class GroupedRuns {
  constructor(list) {
    this.list = list;
  }

  get items() { return groupRuns(this.list.items); }
  get loading() { return this.list.loading; }
  get error() { return this.list.error; }
  get offset() { return this.list.offset; }
  get limit() { return this.list.limit; }
  get total() { return this.list.total; }

  keyOf(group) { return group.key; }
  load(offset) { return this.list.load(offset); }
  subscribe(render) { return this.list.subscribe(render); }
}
