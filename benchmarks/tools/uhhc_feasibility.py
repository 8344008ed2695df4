#!/usr/bin/env python3
"""Exact feasibility checker for small UHHC instances (standard library only): benchmarks/tools/README.md.

Model (mirrors UhhcEvaluator.java / spec solution_models.py check_validity):
  * every visited patient gets each required service exactly once, by one caregiver each;
  * a visit lasts >= the service duration (we use exactly the duration: longer == waiting afterwards);
  * consecutive visits: start_next >= end_prev + dist[prev][next];
  * first visit: start >= shift.start + dist[depot][first]  (departure = start - travel >= shift start, >= 0);
  * int(start) >= int(first window start); if total/highest tardiness is HARD: tardiness == 0, computed exactly as
    SolutionCosts.tardiness (window = last window whose start <= start, limited time = start or end);
  * simultaneous: both starts equal; sequential: min <= start(second) - start(first) <= max
    (first/second = order of required_services); the validator only asks for two services, so a sequential pair
    may be served by the same caregiver;
  * qualification / incompatibilities / caregiver_preferences / optional_patients / missed_lunch_break are hard when
    absent or 'HARD' (is_component_hard(none_as_hard=True)); working_time only when 'HARD' (shift end);
  * mandatory (non-optional) patients must be visited.
Soft components are ignored.

Search: for a fixed assignment + visit order the constraints form a Simple Temporal Network (difference constraints),
whose consistency (no negative cycle) is exactly the existence of start times -- so delaying a service to meet a
sequential max gap or a simultaneous start is handled exactly (no earliest-start assumption). Routes are built
caregiver by caregiver (append a service, or close the route); the STN closure is maintained incrementally and
prunes (windows of linked services are tightened through the sync edges; an unplaced mandatory service with no
caregiver left able to start it before its latest start kills the branch). All data are integers, so integral
start times exist whenever the STN is consistent; the earliest solution (t_v = -D[v][z]) is returned.

Optional patients are skipped unless serving one could shorten a route (triangle inequality with its service time
violated), which is checked; then it is added to the search as a may-serve patient.
"""
import itertools
import json
import os
import sys

INF = float('inf')
BIG = 10 ** 6
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'datasets', 'benchmarks', 'uhhc',
                    'instances', 'generated-small')


def hard(cc, name, none_as_hard=True):
    v = cc.get(name)
    if v is None:
        return none_as_hard
    return v == 'HARD'


def tardiness(at_end, windows, start, end):
    """SolutionCosts.tardiness: bisect_right on window starts; index -1 -> last window."""
    lo, hi = 0, len(windows)
    while lo < hi:
        m = (lo + hi) // 2
        if start < windows[m]['start']:
            hi = m
        else:
            lo = m + 1
    idx = lo - 1 if lo - 1 >= 0 else len(windows) - 1
    lim = end if at_end else start
    return max(0, lim - windows[idx]['end'])


class Inst:
    def __init__(self, path):
        d = json.load(open(path))
        self.d = d
        self.name = path.split('/')[-1]
        md = d['metadata']
        self.cc = md.get('cost_components') or {}
        self.at_end = md.get('time_window_met', 'at_service_start') == 'at_service_end'
        self.dist = d['distances']
        self.terms = {t['id']: t for t in d['terminal_points']}
        self.cgs = d['caregivers']
        self.cg_by = {c['id']: c for c in self.cgs}
        self.pats = d['patients']
        self.pat_by = {p['id']: p for p in self.pats}
        self.sdef = {s['id']: s for s in d['services']}
        self.h_qual = hard(self.cc, 'qualification')
        self.h_inc = hard(self.cc, 'incompabilities')
        self.h_pref = hard(self.cc, 'caregiver_preferences')
        self.h_opt = hard(self.cc, 'optional_patients')
        self.h_lunch = hard(self.cc, 'missed_lunch_break')
        self.h_work = hard(self.cc, 'working_time', False)
        self.h_tard = hard(self.cc, 'total_tardiness', False) or hard(self.cc, 'highest_tardiness', False)
        self.lunch_rules = 'missed_lunch_break' in self.cc
        self.horizon = md.get('horizon') or 1440

    def dur(self, p, rs):
        return rs.get('duration') or self.sdef[rs['service']]['default_duration']

    def mandatory(self, p):
        return self.h_opt or not p.get('optional')

    def dep_idx(self, c):
        return self.terms[c['departing_point']]['distance_matrix_index']

    def arr_idx(self, c):
        return self.terms[c.get('arrival_point') or c['departing_point']]['distance_matrix_index']

    def shift_start(self, c):
        return c['working_shift']['start'] if c.get('working_shift') else 0

    def allowed(self, p, sid):
        out = []
        for j, c in enumerate(self.cgs):
            if self.h_qual and sid not in (c.get('abilities') or []):
                continue
            if self.h_inc and c['id'] in (p.get('incompatible_caregivers') or []):
                continue
            if self.h_pref and p.get('preferred_caregivers') is not None and c['id'] not in p['preferred_caregivers']:
                continue
            out.append(j)
        return out

    def start_intervals(self, p, d):
        """Integer start times accepted by the window rules, as a list of [lo, hi] intervals."""
        w = p['time_windows']
        first = int(w[0]['start'])
        if not self.h_tard:
            return [[first, BIG]]
        top = int(max(x['end'] for x in w)) + 1
        ivs = []
        for t in range(max(0, first), top + 1):
            if tardiness(self.at_end, w, t, t + d) == 0:
                if ivs and ivs[-1][1] == t - 1:
                    ivs[-1][1] = t
                else:
                    ivs.append([t, t])
        return ivs


class STN:
    """Closure D[u][v] = tightest bound on t_v - t_u; node 0 is the origin z (t_z = 0)."""

    def __init__(self, n):
        self.n = n
        self.D = [[0 if i == j else INF for j in range(n)] for i in range(n)]

    def copy(self):
        s = STN.__new__(STN)
        s.n = self.n
        s.D = [row[:] for row in self.D]
        return s

    def add(self, u, v, w):
        """t_v - t_u <= w. Returns False if inconsistent."""
        D = self.D
        if D[u][v] <= w:
            return True
        if D[v][u] + w < 0:
            return False
        n = self.n
        col_u = [D[i][u] for i in range(n)]
        row_v = D[v]
        rv = [(j, row_v[j]) for j in range(n) if row_v[j] < INF]
        for i in range(n):
            a = col_u[i]
            if a == INF:
                continue
            a += w
            Di = D[i]
            for j, b in rv:
                if a + b < Di[j]:
                    Di[j] = a + b
        return True

    def earliest(self, v):
        return -self.D[v][0]

    def latest(self, v):
        return self.D[0][v]


class Solver:
    def __init__(self, inst, patients_subset=None, verbose=False):
        self.I = I = inst
        self.verbose = verbose
        self.nodes = 0
        pats = [p for p in I.pats if patients_subset is None or p['id'] in patients_subset]
        # optional patients that could help as stepping stones (triangle inequality violated)
        pts = [t['distance_matrix_index'] for t in I.d['terminal_points']] + [p['distance_matrix_index'] for p in I.pats]
        self.helpers = []
        for p in pats:
            if I.mandatory(p):
                continue
            b = p['distance_matrix_index']
            mind = min(I.dur(p, rs) for rs in p['required_services'])
            if any(I.dist[a][c] > I.dist[a][b] + mind + I.dist[b][c] for a in pts for c in pts):
                self.helpers.append(p['id'])
        self.chosen = [p for p in pats if I.mandatory(p) or p['id'] in self.helpers]
        # service items
        self.items = []  # dict(pid, sid, d, node, allowed, ivs, mand, var)
        for p in self.chosen:
            for rs in p['required_services']:
                d = I.dur(p, rs)
                it = dict(pid=p['id'], sid=rs['service'], d=d, node=p['distance_matrix_index'],
                          allowed=I.allowed(p, rs['service']), ivs=I.start_intervals(p, d),
                          mand=I.mandatory(p), var=len(self.items) + 1)
                self.items.append(it)
        self.by_pid = {}
        for it in self.items:
            self.by_pid.setdefault(it['pid'], []).append(it)
        self.stn = STN(len(self.items) + 1)
        self.ok0 = True
        self.reason0 = None
        for it in self.items:
            if not it['ivs']:
                self.ok0, self.reason0 = False, f"{it['pid']}/{it['sid']}: no start time meets the window"
            elif not self.stn.add(0, it['var'], it['ivs'][-1][1]) or not self.stn.add(it['var'], 0, -it['ivs'][0][0]):
                self.ok0 = False
        for p in self.chosen:
            sy = p.get('synchronization')
            if not sy or sy['type'] == 'independent':
                continue
            a, b = self.by_pid[p['id']][0]['var'], self.by_pid[p['id']][1]['var']
            if sy['type'] == 'simultaneous':
                lo = hi = 0
            else:
                dd = sy['distance']
                if isinstance(dd, (int, float)):
                    lo = hi = dd
                elif isinstance(dd, list):
                    lo, hi = dd
                else:
                    lo, hi = dd['min'], dd['max']
            # lo <= t_b - t_a <= hi
            if not (self.stn.add(a, b, hi) and self.stn.add(b, a, -lo)):
                if I.mandatory(p):
                    self.ok0, self.reason0 = False, f"{p['id']}: sync impossible within its own window"
                # an optional helper that cannot be served: just never choose it (its edges stay local)
        for it in self.items:
            if it['mand'] and not it['allowed']:
                self.ok0, self.reason0 = False, f"{it['pid']}/{it['sid']}: no qualified compatible caregiver"
        self.ncg = len(I.cgs)

    # ------------------------------------------------------------------
    def solve(self):
        if not self.ok0:
            return None
        self.solution = None
        routes = [[] for _ in range(self.ncg)]
        placed = set()
        self._dfs(0, routes, placed, self.stn)
        return self.solution

    def _can_still(self, k, routes, placed, stn):
        I = self.I
        for it in self.items:
            if it['var'] in placed or not it['mand']:
                continue
            lat = stn.latest(it['var'])
            ok = False
            for j in it['allowed']:
                if j < k:
                    continue
                c = I.cgs[j]
                if j == k and routes[k]:
                    last = self.items[routes[k][-1] - 1]
                    e = stn.earliest(last['var']) + last['d'] + I.dist[last['node']][it['node']]
                else:
                    e = I.shift_start(c) + I.dist[I.dep_idx(c)][it['node']]
                if max(e, stn.earliest(it['var'])) <= lat:
                    ok = True
                    break
            if not ok:
                return False
        return True

    def _complete(self, placed):
        for it in self.items:
            if it['var'] in placed:
                continue
            if it['mand']:
                return False
            # optional: all-or-nothing per patient
            if any(o['var'] in placed for o in self.by_pid[it['pid']]):
                return False
        return True

    def _dfs(self, k, routes, placed, stn):
        if self.solution is not None:
            return True
        self.nodes += 1
        if self._complete(placed) and self._shift_end_ok(routes, stn):
            self.solution = ([r[:] for r in routes], stn.copy())
            return True
        if k >= self.ncg:
            return False
        if not self._can_still(k, routes, placed, stn):
            return False
        I = self.I
        c = I.cgs[k]
        cand = [it for it in self.items if it['var'] not in placed and k in it['allowed']]
        cand.sort(key=lambda it: stn.latest(it['var']))
        for it in cand:
            for iv in it['ivs']:
                s2 = stn.copy()
                v = it['var']
                ok = s2.add(0, v, iv[1]) and s2.add(v, 0, -iv[0])
                if ok:
                    if routes[k]:
                        last = self.items[routes[k][-1] - 1]
                        gap = last['d'] + I.dist[last['node']][it['node']]
                        ok = s2.add(v, last['var'], -gap)  # t_v - t_last >= gap
                    else:
                        ok = s2.add(v, 0, -(I.shift_start(c) + I.dist[I.dep_idx(c)][it['node']]))
                if ok and I.h_work and c.get('working_shift'):
                    ok = s2.add(0, v, c['working_shift']['end'] - it['d'] - I.dist[it['node']][I.arr_idx(c)])
                if not ok:
                    continue
                routes[k].append(v)
                placed.add(v)
                r = self._dfs(k, routes, placed, s2)
                routes[k].pop()
                placed.discard(v)
                if r:
                    return True
        # close route k
        return self._dfs(k + 1, routes, placed, stn)

    def _shift_end_ok(self, routes, stn):
        return True  # enforced per visit when working_time is HARD

    def to_solution(self):
        routes, stn = self.solution
        out = []
        for k, r in enumerate(routes):
            if not r:
                continue
            vis = []
            for v in r:
                it = self.items[v - 1]
                t = stn.earliest(v)
                vis.append(dict(patient=it['pid'], service=it['sid'], start_service_time=t,
                                end_service_time=t + it['d']))
            out.append(dict(caregiver_id=self.I.cgs[k]['id'], locations=vis))
        return out


# ----------------------------------------------------------------------
def recheck(I, routes):
    """Independent re-implementation of the evaluator's rules on a visits-only solution. Returns violations."""
    V = []
    visited = {l['patient'] for r in routes for l in r['locations'] if l['service'] != 'lunch_break'}
    for p in visited:
        if p not in I.pat_by:
            V.append(f'unknown patient {p}')
    for p in I.pats:
        if not p.get('optional') and p['id'] not in visited:
            V.append(f'mandatory {p["id"]} unvisited')
    for p in I.pats:
        if p['id'] not in visited:
            continue
        for rs in p['required_services']:
            prov = {r['caregiver_id'] for r in routes for l in r['locations']
                    if l['patient'] == p['id'] and l['service'] == rs['service']}
            if len(prov) != 1:
                V.append(f'{p["id"]}/{rs["service"]} provided by {prov}')
    for r in routes:
        c = I.cg_by[r['caregiver_id']]
        locs = sorted(r['locations'], key=lambda l: l['start_service_time'])
        for l in locs:
            if not l['start_service_time'] < l['end_service_time']:
                V.append('start>=end')
        for a, b in zip(locs, locs[1:]):
            tt = I.dist[I.pat_by[a['patient']]['distance_matrix_index']][I.pat_by[b['patient']]['distance_matrix_index']]
            if b['start_service_time'] < a['end_service_time'] + tt:
                V.append(f'{c["id"]}: travel {a["patient"]}->{b["patient"]}')
        first, last = locs[0], locs[-1]
        dep = first['start_service_time'] - I.dist[I.dep_idx(c)][I.pat_by[first['patient']]['distance_matrix_index']]
        arr = last['end_service_time'] + I.dist[I.pat_by[last['patient']]['distance_matrix_index']][I.arr_idx(c)]
        if dep < 0:
            V.append(f'{c["id"]}: departure before 0')
        if c.get('working_shift') and dep < c['working_shift']['start']:
            V.append(f'{c["id"]}: departs {dep} before shift start')
        if I.h_work and c.get('working_shift') and arr > c['working_shift']['end']:
            V.append(f'{c["id"]}: back {arr} after shift end')
        for l in locs:
            p = I.pat_by[l['patient']]
            rs = next((x for x in p['required_services'] if x['service'] == l['service']), None)
            if rs is None:
                V.append(f'{p["id"]} does not require {l["service"]}')
                continue
            if l['end_service_time'] - l['start_service_time'] < I.dur(p, rs):
                V.append(f'{p["id"]}/{l["service"]} too short')
            if int(l['start_service_time']) < int(p['time_windows'][0]['start']):
                V.append(f'{p["id"]} before window')
            if I.h_qual and l['service'] not in c['abilities']:
                V.append(f'{c["id"]} not qualified for {l["service"]}')
            if I.h_inc and c['id'] in (p.get('incompatible_caregivers') or []):
                V.append(f'{c["id"]} incompatible with {p["id"]}')
            if I.h_pref and p.get('preferred_caregivers') is not None and c['id'] not in p['preferred_caregivers']:
                V.append(f'{c["id"]} not preferred by {p["id"]}')
            if I.h_tard and tardiness(I.at_end, p['time_windows'], l['start_service_time'], l['end_service_time']) > 0:
                V.append(f'{p["id"]}/{l["service"]} late')
    for p in I.pats:
        sy = p.get('synchronization')
        if p['id'] not in visited or not sy or sy['type'] == 'independent':
            continue
        bys = {l['service']: l for r in routes for l in r['locations'] if l['patient'] == p['id']}
        a = bys.get(p['required_services'][0]['service'])
        b = bys.get(p['required_services'][1]['service'])
        if len(bys) != 2 or a is None or b is None:
            V.append(f'{p["id"]} sync incomplete')
            continue
        if sy['type'] == 'simultaneous':
            if a['start_service_time'] != b['start_service_time']:
                V.append(f'{p["id"]} not simultaneous')
        else:
            dd = sy['distance']
            g = b['start_service_time'] - a['start_service_time']
            if not dd['min'] <= g <= dd['max']:
                V.append(f'{p["id"]} sequential gap {g} outside [{dd["min"]},{dd["max"]}]')
    if I.h_opt and len(visited) != len(I.pats):
        V.append('optional patients hard: not all visited')
    if I.h_lunch:
        for c in I.cgs:
            if c.get('lunch_break'):
                V.append(f'{c["id"]} misses lunch (lunch hard; no lunch breaks scheduled)')
    return V


def feasible_subset(I, subset):
    s = Solver(I, subset)
    return s.solve() is not None


def explain(I):
    """Small infeasible cores of mandatory patients (all of size 1, else all of size 2, else one minimal core by
    deletion) plus per-service facts and, for each core, the forward earliest-start schedules of every
    assignment/order of its services (what breaks)."""
    mand = [p['id'] for p in I.pats if I.mandatory(p)]
    cores = [[x] for x in mand if not feasible_subset(I, {x})]
    if not cores:
        cores = [list(c) for c in itertools.combinations(mand, 2) if not feasible_subset(I, set(c))]
    if not cores:
        core = list(mand)
        for pid in mand:
            trial = [x for x in core if x != pid]
            if not feasible_subset(I, set(trial)):
                core = trial
        cores = [core]
    lines = []
    for core in cores:
        lines.append(f'infeasible core: {core}')
        for pid in core:
            p = I.pat_by[pid]
            for rs in p['required_services']:
                d = I.dur(p, rs)
                ivs = I.start_intervals(p, d)
                cands = []
                for j in I.allowed(p, rs['service']):
                    c = I.cgs[j]
                    e = I.shift_start(c) + I.dist[I.dep_idx(c)][p['distance_matrix_index']]
                    cands.append(f"{c['id']}(shift {c['working_shift']['start']}-{c['working_shift']['end']}, "
                                 f"earliest start {e}{'' if any(e <= iv[1] for iv in ivs) else ' TOO LATE'})")
                lines.append(f"  {pid}/{rs['service']} dur {d} windows "
                             f"{[(w['start'], w['end']) for w in p['time_windows']]} -> start in {ivs}; "
                             f"caregivers: {', '.join(cands) or 'none'}")
            if p.get('synchronization') and p['synchronization']['type'] != 'independent':
                lines.append(f"  {pid} sync {p['synchronization']}")
        if len(core) > 1:
            lines.extend(order_analysis(I, core))
    return cores, lines


def order_analysis(I, core):
    """Forward earliest-start schedules (no waiting beyond windows) for each caregiver's order of core services."""
    svc = []
    for pid in core:
        p = I.pat_by[pid]
        for rs in p['required_services']:
            d = I.dur(p, rs)
            svc.append((pid, rs['service'], d, p['distance_matrix_index'], I.start_intervals(p, d),
                        I.allowed(p, rs['service'])))
    out = []
    for assign in itertools.product(*[s[5] for s in svc]):
        per = {}
        for s, j in zip(svc, assign):
            per.setdefault(j, []).append(s)
        desc = []
        for j, lst in per.items():
            c = I.cgs[j]
            for perm in itertools.permutations(lst):
                t, node, txt = I.shift_start(c), I.dep_idx(c), []
                for (pid, sid, d, nd, ivs, _) in perm:
                    arr = t + I.dist[node][nd]
                    st = next((max(arr, iv[0]) for iv in ivs if max(arr, iv[0]) <= iv[1]), None)
                    if st is None:
                        txt.append(f'{pid} arrive {arr} > latest start {ivs[-1][1]}')
                        break
                    txt.append(f'{pid}@{st}-{st + d}')
                    t, node = st + d, nd
                desc.append(f"{c['id']}: " + ', '.join(txt))
        out.append('  assignment ' + str({s[0] + '/' + s[1]: I.cgs[j]['id'] for s, j in zip(svc, assign)}))
        out.extend('    ' + x for x in desc)
    return out[:60]


def main(argv):
    """Usage: uhhc_feasibility.py [--out DIR] [INSTANCE.json | N ...] (N: generated-small instance-00N; default all)."""
    args = argv[1:]
    out_dir = None
    if len(args) >= 2 and args[0] == '--out':
        out_dir, args = args[1], args[2:]
    paths = [a if a.endswith('.json') else f'{BASE}/instance-00{int(a)}.json' for a in args] or [
        f'{BASE}/instance-00{i}.json' for i in range(10)]
    for path in paths:
        I = Inst(path)
        s = Solver(I)
        hard_names = sorted(k for k, v in I.cc.items() if v == 'HARD')
        print(f'=== {I.name}: {len(I.pats)} patients, {len(I.cgs)} caregivers, '
              f'{"at_service_end" if I.at_end else "at_service_start"}, HARD={hard_names}, '
              f'mandatory={[p["id"] for p in I.pats if I.mandatory(p)]}, helper optionals={s.helpers}')
        sol = s.solve()
        if sol is not None:
            routes = s.to_solution()
            viol = recheck(I, routes)
            print(f'FEASIBLE (search nodes {s.nodes}); re-check: {"OK" if not viol else viol}')
            for r in routes:
                print('  ' + r['caregiver_id'] + ': ' + ', '.join(
                    f"{l['patient']}/{l['service']}@{l['start_service_time']}-{l['end_service_time']}"
                    for l in r['locations']))
            if out_dir:
                name = os.path.splitext(os.path.basename(path))[0]
                with open(os.path.join(out_dir, name + '.feasible.json'), 'w') as f:
                    json.dump(dict(instance=I.d['metadata']['name'], routes=routes), f, indent=1)
        else:
            print(f'INFEASIBLE (search nodes {s.nodes}){": " + s.reason0 if s.reason0 else ""}')
            cores, lines = explain(I)
            print('\n'.join(lines))
        sys.stdout.flush()


if __name__ == '__main__':
    main(sys.argv)
