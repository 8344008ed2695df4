#!/usr/bin/env python3
"""Care figures of a plan: continuity (distinct caregivers per patient), overtime, workload spread per team.

Usage: scripts/plan-stats.py PROBLEM.json PLAN.json
"""
import json
import statistics
import sys
from collections import defaultdict
from datetime import datetime


def ts(text):
    return datetime.fromisoformat(text).timestamp()


def main(problem_file, plan_file):
    problem = json.load(open(problem_file, encoding="utf-8"))
    plan = json.load(open(plan_file, encoding="utf-8"))
    client_of = {v["id"]: v.get("clientId", v["id"]) for v in problem["visits"]}
    duration_of = {}
    for v in problem["visits"]:
        d = v["duration"]
        duration_of[v["id"]] = d if isinstance(d, (int, float)) else None
    caregiver_team = {c["id"]: c.get("team", "-") for c in problem["caregivers"]}
    shift_end = {s["id"]: ts(s["end"]) for c in problem["caregivers"] for s in c["shifts"]}
    caregivers_of_client = defaultdict(set)
    visits_of_client = defaultdict(int)
    workload = defaultdict(float)  # caregiver -> minutes of service + driving over the horizon
    overtime_minutes = 0.0
    shifts_over = 0
    for route in plan["shifts"]:
        cg = route["caregiverId"]
        for pv in route["visits"]:
            client = client_of[pv["visitId"]]
            caregivers_of_client[client].add(cg)
            visits_of_client[client] += 1
            workload[cg] += (ts(pv["end"]) - ts(pv["start"])) / 60
        workload[cg] += route["travelSeconds"] / 60
        if route["visits"]:
            over = ts(route["returnTime"]) - shift_end[route["shiftId"]]
            if over > 0:
                overtime_minutes += over / 60
                shifts_over += 1
    multi = [len(c) for k, c in caregivers_of_client.items() if visits_of_client[k] >= 2]
    print(f"patients with >= 2 planned visits: {len(multi)}; visits per such patient: "
          f"{statistics.mean(visits_of_client[k] for k in caregivers_of_client if visits_of_client[k] >= 2):.2f}")
    if multi:
        print(f"distinct caregivers per patient: mean {statistics.mean(multi):.2f}, median "
              f"{statistics.median(multi)}, max {max(multi)}")
    print(f"overtime: {overtime_minutes:.0f} min over {shifts_over} shifts")
    by_team = defaultdict(list)
    for cg, team in caregiver_team.items():
        by_team[team].append(workload.get(cg, 0.0))
    print("workload per caregiver over the horizon (service + driving, hours): team, caregivers, mean, min, max, stdev")
    for team, loads in sorted(by_team.items()):
        hours = [x / 60 for x in loads]
        sd = statistics.pstdev(hours) if len(hours) > 1 else 0.0
        print(f"  {team}: {len(hours)}, {statistics.mean(hours):.1f}, {min(hours):.1f}, {max(hours):.1f}, {sd:.1f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
