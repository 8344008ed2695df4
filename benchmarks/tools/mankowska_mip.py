"""Solves a small Mankowska instance (UHHC JSON, about 10 patients) exactly as a mixed-integer program and prints the
optimal routes with each service's arrival, start, voluntary wait and lateness.

The model is Mankowska et al.'s: each service one qualified caregiver, routes from and back to the depot, a start no
earlier than the arrival and the window start (waiting allowed anywhere), simultaneous services at one start,
sequential ones within their [min, max] start gap, cost = travel + total lateness + highest lateness (the UHHC scale,
three times the literature's). Needs SciPy (HiGHS through scipy.optimize.milp).

    python3 benchmarks/tools/mankowska_mip.py INSTANCE.json [seconds]
"""
import json, sys, numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds
d=json.load(open(sys.argv[1]))
D=d['distances']
cg=d['caregivers']; pats=d['patients']
jobs=[]  # (patient, service, dur, loc, e, l)
for p in pats:
    for s in p['required_services']:
        tw=p['time_windows'][0]
        jobs.append(dict(p=p['id'],s=s['service'],dur=s['duration'],loc=p['distance_matrix_index'],e=tw['start'],l=tw['end'],sync=p.get('synchronization')))
J=len(jobs); K=len(cg); depot=0
nodes=list(range(J))+['S','E']
var={}; names=[]
def add(n):
    var[n]=len(names); names.append(n); return var[n]
qual=lambda k,j: jobs[j]['s'] in cg[k]['abilities']
for k in range(K):
    for a in ['S']+list(range(J)):
        for b in list(range(J))+['E']:
            if a==b: continue
            if a!='S' and not qual(k,a): continue
            if b!='E' and not qual(k,b): continue
            add(('x',k,a,b))
for j in range(J): add(('S',j)); add(('T',j))
add('Tmax')
n=len(names)
loc=lambda a: depot if a in ('S','E') else jobs[a]['loc']
c=np.zeros(n)
for nm,i in var.items():
    if nm[0]=='x': c[i]=D[loc(nm[2])][loc(nm[3])]
    if nm[0]=='T': c[i]=1
c[var['Tmax']]=1
A=[];lo=[];hi=[]
def row(coefs,l,h):
    r=np.zeros(n)
    for i,v in coefs: r[i]+=v
    A.append(r);lo.append(l);hi.append(h)
M=2000
for j in range(J):
    row([(var[nm],1) for nm in var if nm[0]=='x' and nm[3]==j],1,1)
for k in range(K):
    row([(var[nm],1) for nm in var if nm[0]=='x' and nm[1]==k and nm[2]=='S'],0,1)
    row([(var[nm],1) for nm in var if nm[0]=='x' and nm[1]==k and nm[2]=='S']+[(var[nm],-1) for nm in var if nm[0]=='x' and nm[1]==k and nm[3]=='E'],0,0)
    for j in range(J):
        if not qual(k,j): continue
        row([(var[nm],1) for nm in var if nm[0]=='x' and nm[1]==k and nm[3]==j]+[(var[nm],-1) for nm in var if nm[0]=='x' and nm[1]==k and nm[2]==j],0,0)
for nm,i in var.items():
    if nm[0]!='x': continue
    k,a,b=nm[1:]
    if b=='E': continue
    if a=='S':
        row([(var[('S',b)],1),(i,-M)],D[depot][loc(b)]-M,np.inf)
    else:
        row([(var[('S',b)],1),(var[('S',a)],-1),(i,-M)],jobs[a]['dur']+D[loc(a)][loc(b)]-M,np.inf)
for j in range(J):
    row([(var[('T',j)],1),(var[('S',j)],-1)],-jobs[j]['l'],np.inf)
    row([(var['Tmax'],1),(var[('T',j)],-1)],0,np.inf)
byp={}
for j,jb in enumerate(jobs): byp.setdefault(jb['p'],[]).append(j)
for p,js in byp.items():
    if len(js)==2:
        sy=jobs[js[0]]['sync']
        a,b=js
        if sy['type']=='simultaneous': row([(var[('S',b)],1),(var[('S',a)],-1)],0,0)
        else: row([(var[('S',b)],1),(var[('S',a)],-1)],sy['distance']['min'],sy['distance']['max'])
lb=np.zeros(n); ub=np.full(n,np.inf); integ=np.zeros(n)
for nm,i in var.items():
    if nm[0]=='x': ub[i]=1; integ[i]=1
    if nm[0]=='S': lb[i]=jobs[nm[1]]['e']; ub[i]=3000
res=milp(c,constraints=LinearConstraint(np.array(A),lo,hi),integrality=integ,bounds=Bounds(lb,ub),options=dict(time_limit=float(sys.argv[2]) if len(sys.argv) > 2 else 120))
print(res.status,res.message, 'obj',res.fun)
x=res.x
for k in range(K):
    cur='S'; route=[]
    while True:
        nxt=[nm[3] for nm,i in var.items() if nm[0]=='x' and nm[1]==k and nm[2]==cur and x[i]>0.5]
        if not nxt or nxt[0]=='E': break
        cur=nxt[0]; route.append(cur)
    t=0; prev=depot; out=[]
    for j in route:
        arr=t+D[prev][jobs[j]['loc']]
        S=x[var[('S',j)]]
        asap=max(arr,jobs[j]['e'])
        out.append(f"{jobs[j]['p']}/{jobs[j]['s']} arr {arr:.1f} start {S:.1f}{' WAIT+%.1f'%(S-asap) if S-asap>1e-6 else ''} late {max(0,S-jobs[j]['l']):.1f}")
        t=S+jobs[j]['dur']; prev=jobs[j]['loc']
    print(cg[k]['id'],' | '.join(out))
