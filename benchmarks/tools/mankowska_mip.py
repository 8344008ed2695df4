"""Solves a small Mankowska instance (UHHC JSON, about 10 patients) exactly as a mixed-integer program and prints the
optimal routes with each service's arrival, start, voluntary wait and lateness.

The model is Mankowska et al.'s: each service one qualified caregiver, routes from and back to the depot, a start no
earlier than the arrival and the window start (waiting allowed anywhere), simultaneous services at one start,
sequential ones within their [min, max] start gap, cost = travel + total lateness + highest lateness (the UHHC scale,
three times the literature's). Needs SciPy (HiGHS through scipy.optimize.milp).

    python3 benchmarks/tools/mankowska_mip.py INSTANCE.json [seconds]
"""
import json
import sys

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

BIG_M = 2000  # longer than any Mankowska day
START, END = "S", "E"


def services(instance):
    """Every required service of every patient, with its patient's window and synchronisation."""
    result = []
    for patient in instance["patients"]:
        window = patient["time_windows"][0]
        for service in patient["required_services"]:
            result.append({"patient": patient["id"], "service": service["service"], "duration": service["duration"],
                           "location": patient["distance_matrix_index"], "open": window["start"],
                           "close": window["end"], "sync": patient.get("synchronization")})
    return result


class Program:
    """Variables by name and constraint rows, built up one by one."""

    def __init__(self):
        self.index = {}
        self.rows, self.lower, self.upper = [], [], []

    def add(self, name):
        self.index[name] = len(self.index)

    def row(self, terms, low, high):
        coefficients = np.zeros(len(self.index))
        for name, value in terms:
            coefficients[self.index[name]] += value
        self.rows.append(coefficients)
        self.lower.append(low)
        self.upper.append(high)


def solve(instance, seconds):
    distance = instance["distances"]
    caregivers = instance["caregivers"]
    jobs = services(instance)
    depot = 0

    def location(node):
        return depot if node in (START, END) else jobs[node]["location"]

    def qualified(k, node):
        return node in (START, END) or jobs[node]["service"] in caregivers[k]["abilities"]

    program = Program()
    arcs = [(k, a, b) for k in range(len(caregivers)) for a in [START] + list(range(len(jobs)))
            for b in list(range(len(jobs))) + [END] if a != b and qualified(k, a) and qualified(k, b)]
    for arc in arcs:
        program.add(("x",) + arc)
    for j in range(len(jobs)):
        program.add(("start", j))
        program.add(("late", j))
    program.add("latest")

    for j in range(len(jobs)):  # each service served once
        program.row([(("x",) + arc, 1) for arc in arcs if arc[2] == j], 1, 1)
    for k in range(len(caregivers)):  # one route per caregiver, flows kept
        leaving = [(("x",) + arc, 1) for arc in arcs if arc[0] == k and arc[1] == START]
        program.row(leaving, 0, 1)
        program.row(leaving + [(("x",) + arc, -1) for arc in arcs if arc[0] == k and arc[2] == END], 0, 0)
        for j in range(len(jobs)):
            if qualified(k, j):
                program.row([(("x",) + arc, 1) for arc in arcs if arc[0] == k and arc[2] == j]
                            + [(("x",) + arc, -1) for arc in arcs if arc[0] == k and arc[1] == j], 0, 0)
    for arc in arcs:  # a start after the previous service and the drive
        k, a, b = arc
        if b == END:
            continue
        if a == START:
            program.row([(("start", b), 1), (("x",) + arc, -BIG_M)], distance[depot][location(b)] - BIG_M, np.inf)
        else:
            program.row([(("start", b), 1), (("start", a), -1), (("x",) + arc, -BIG_M)],
                        jobs[a]["duration"] + distance[location(a)][location(b)] - BIG_M, np.inf)
    for j, job in enumerate(jobs):  # lateness and the highest lateness
        program.row([(("late", j), 1), (("start", j), -1)], -job["close"], np.inf)
        program.row([("latest", 1), (("late", j), -1)], 0, np.inf)
    by_patient = {}
    for j, job in enumerate(jobs):
        by_patient.setdefault(job["patient"], []).append(j)
    for first, *rest in by_patient.values():
        if not rest:
            continue
        second = rest[0]
        sync = jobs[first]["sync"]
        gap = (0, 0) if sync["type"] == "simultaneous" else (sync["distance"]["min"], sync["distance"]["max"])
        program.row([(("start", second), 1), (("start", first), -1)], gap[0], gap[1])

    size = len(program.index)
    cost = np.zeros(size)
    lower, upper, integral = np.zeros(size), np.full(size, np.inf), np.zeros(size)
    for name, i in program.index.items():
        if name == "latest":
            cost[i] = 1
        elif name[0] == "x":
            cost[i] = distance[location(name[2])][location(name[3])]
            upper[i], integral[i] = 1, 1
        elif name[0] == "late":
            cost[i] = 1
        else:
            lower[i], upper[i] = jobs[name[1]]["open"], 3000
    result = milp(cost, constraints=LinearConstraint(np.array(program.rows), program.lower, program.upper),
                  integrality=integral, bounds=Bounds(lower, upper), options={"time_limit": seconds})
    print(result.message, "cost", result.fun)
    if result.x is None:
        return
    value = result.x
    for k, caregiver in enumerate(caregivers):
        node, stops, time, at = START, [], 0.0, depot
        while True:
            following = [b for (c, a, b) in arcs if c == k and a == node and value[program.index[("x", c, a, b)]] > 0.5]
            if not following or following[0] == END:
                break
            node = following[0]
            job = jobs[node]
            arrival = time + distance[at][job["location"]]
            start = value[program.index[("start", node)]]
            wait = start - max(arrival, job["open"])
            stops.append(f"{job['patient']}/{job['service']} arr {arrival:.1f} start {start:.1f}"
                         + (f" WAIT+{wait:.1f}" if wait > 1e-6 else "")
                         + f" late {max(0.0, start - job['close']):.1f}")
            time, at = start + job["duration"], job["location"]
        print(caregiver["id"], " | ".join(stops))


if __name__ == "__main__":
    with open(sys.argv[1]) as file:
        solve(json.load(file), float(sys.argv[2]) if len(sys.argv) > 2 else 120.0)
