"""The BL functions written out a second time, from the contract (MODELS.md,
including "Contract version 2") and nothing else: Python 3, standard library
only, no code shared with src/. reference.py runs these over the cases and
writes reference.json, which test/models/reference.test.ts holds the
TypeScript core to at 1e-9 relative.

A function returns a number, one of the strings "#N/A" / "#VALUE!" for the
whole result, or a table: a list of rows whose cells are numbers, None (an
empty cell), "#DIV/0!" or {"label": "<English text>"}. Only the argument
checks the reference cases exercise are written out here; the full range
checks are probed by bad-inputs.test.ts.
"""

import math

NA = "#N/A"
VALUE = "#VALUE!"
DIV0 = "#DIV/0!"


def lab(text):
    return {"label": text}


def divide(a, b):
    return DIV0 if b == 0 else a / b


# ---------------------------------------------------------------- 1. revolving funds


def growth(d, rec, r, c):
    return max(0.0, (1 - d) * (1 + r) + d * rec - c)


def rev_capital(capital, years, d, rec=0, r=0, c=0):
    return capital * growth(d, rec, r, c) ** years


def rev_lossrate(d, rec=0, r=0, c=0, disc=0):
    return 1 - growth(d, rec, r, c) / (1 + disc)


def rev_cost(capital, years, d, rec=0, r=0, c=0, disc=0):
    return capital - capital * growth(d, rec, r, c) ** years / (1 + disc) ** years


def rev_breakeven(rec=0, r=0, c=0, disc=0):
    margin = r - c - disc
    if margin < 0:
        return NA
    den = 1 + r - rec
    # contract version 2: at most 1, and 1 when recoveries make up for defaults
    if den <= 0:
        return 1.0
    return min(1.0, margin / den)


def rev_annualdefault(cum, loan_years):
    return 1 - (1 - cum) ** (1 / loan_years)


REV_HEADER = ["Year", "Capital at start", "Interest", "Defaults", "Recoveries", "Management costs", "Capital at end",
              "Present value of end capital at the discount rate"]


def rev_table(capital, years, d, rec=0, r=0, c=0, disc=0):
    g = growth(d, rec, r, c)
    rows = [[lab(h) for h in REV_HEADER]]
    k = capital
    for year in range(1, years + 1):
        end = k * g
        rows.append([year, k, k * (1 - d) * r, k * d, k * d * rec, k * c, end, end / (1 + disc) ** year])
        k = end
    return rows


# ---------------------------------------------------------------- 2. VVE


def vve_universal_arm(n, p, cost, years, takeup):
    participants = n * takeup
    return participants, n * p * takeup, participants * cost * years


def vve_targeted_arm(n, p, cost, years, takeup, se, fp, s):
    participants = n * (p * se + (1 - p) * fp) * takeup
    return participants, n * p * se * takeup, n * s + participants * cost * years


def vve_universal(n, p, cost, years=1, takeup=1):
    return vve_universal_arm(n, p, cost, years, takeup)[2]


def vve_targeted(n, p, cost, years=1, takeup=1, se=1, fp=0, s=0):
    return vve_targeted_arm(n, p, cost, years, takeup, se, fp, s)[2]


VVE_ROWS = ["Participants", "Target children reached", "Cost", "Deadweight share", "Cost per target child reached",
            "Effect units", "Cost per effect unit", "Target children missed"]


def vve_compare(n, p, cost, years=1, tu=1, tt=1, se=1, fp=0, s=0, et=1, eo=0):
    def column(arm):
        participants, reached, c = arm
        others = participants - reached
        effect = reached * et + others * eo
        return [participants, reached, c, divide(others, participants), divide(c, reached), effect,
                divide(c, effect), n * p - reached]

    u = column(vve_universal_arm(n, p, cost, years, tu))
    t = column(vve_targeted_arm(n, p, cost, years, tt, se, fp, s))
    rows = [[lab("Item"), lab("Universal"), lab("Targeted")]]
    for i, name in enumerate(VVE_ROWS):
        rows.append([lab(name), u[i], t[i]])
    return rows


# ---------------------------------------------------------------- 3. class size


def groups(pupils, size):
    return sum(-(-x // size) for x in pupils)


def annuity(i, n):
    return i / (1 - (1 + i) ** -n) if i > 0 else 1 / n


CLS_ROWS = ["Groups now", "Groups at target", "Extra groups", "Extra teacher FTE", "Teacher cost per year",
            "Extra classrooms", "Classroom investment", "Housing cost per year", "Total cost per year",
            "Cost per pupil per year"]
RIJK = lab("according to Allers (2017): national government")
GEMEENTE = lab("according to Allers (2017): municipality")


def cls_cost(pupils, current, target, teacher, m2=0, per_m2=0, spare=0, dep=40, i=0):
    if target >= current:
        return VALUE
    g0, g1 = groups(pupils, current), groups(pupils, target)
    extra = g1 - g0
    teacher_cost = extra * teacher
    rooms = max(0, extra - spare)
    investment = rooms * m2 * per_m2
    housing = investment * annuity(i, dep)
    total = teacher_cost + housing
    values = [(g0, None), (g1, None), (extra, None), (extra, None), (teacher_cost, RIJK), (rooms, None),
              (investment, GEMEENTE), (housing, GEMEENTE), (total, None), (divide(total, sum(pupils)), None)]
    rows = [[lab("Item"), lab("Value"), lab("Who should pay, according to Allers (2017)")]]
    for name, (v, who) in zip(CLS_ROWS, values):
        rows.append([lab(name), v, who])
    return rows


# ---------------------------------------------------------------- 4. participation

INCREASE_MIN, INCREASE_MAX = -0.1, 0.1  # contract version 2
TOLERANCE = 1e-9


def part_headroom(pop, rate, ceiling):
    return pop * max(0, ceiling - rate)


def part_years(rate, ceiling, inc):
    if not INCREASE_MIN <= inc <= INCREASE_MAX:
        return VALUE
    if rate >= ceiling:
        return 0
    if inc <= 0:
        return NA
    return (ceiling - rate) / inc


def part_project(now, future, rate_now, ceiling, inc, years):
    if any(not INCREASE_MIN <= x <= INCREASE_MAX for x in inc):
        return VALUE
    rows = [[lab(h) for h in ["Year", "Population", "Employed", "Participation rate", "Groups at ceiling"]]]
    for t in range(years + 1):
        population = employed = 0.0
        at_ceiling = 0
        for g in range(len(now)):
            pop = now[g] + (future[g] - now[g]) * (t / years)
            if rate_now[g] >= ceiling[g]:
                rate = rate_now[g]
            else:
                rate = min(ceiling[g], max(0.0, rate_now[g] + inc[g] * t))
            population += pop
            employed += pop * rate
            if rate >= ceiling[g] - TOLERANCE:
                at_ceiling += 1
        rows.append([t, population, employed, divide(employed, population), at_ceiling])
    return rows


# ---------------------------------------------------------------- 5. tax migration

NATIONAL = 0.495  # contract version 2: the box-1 top rate 2024–2025


def tax_stayers(households, local, neighbour, e, n=NATIONAL):
    if n + local >= 1 or n + neighbour >= 1:
        return VALUE
    if households == 0:
        return 0.0
    return households * ((1 - n - local) / (1 - n - neighbour)) ** e


def tax_revenue(households, income, local, neighbour, e, n=NATIONAL):
    s = tax_stayers(households, local, neighbour, e, n)
    return s if isinstance(s, str) else local * income * s


def tax_maxrate(e, n=NATIONAL):
    return (1 - n) / (1 + e)


TAX_HEADER = ["Year", "Rich households", "Poor households", "Required rate", "Tax per rich household", "Status"]


def tax_spiral(rich, poor, income, transfer, e, years=10, n=NATIONAL, neighbour=0, adjustment=1, poor_e=0, base=0):
    if n + neighbour >= 1:
        return VALUE
    if poor_e > 0 and base <= 0:
        return VALUE
    poor_target = poor if poor_e == 0 else poor * ((base + transfer) / base) ** poor_e
    rows = [[lab(h) for h in TAX_HEADER]]
    r, p, previous = rich, poor, None
    for t in range(years + 1):
        rate = divide(transfer * p, income * r)
        collapse = rate == DIV0 or rate >= 1 - n or r < 1
        if collapse:
            status = "collapse"
        elif t == 0:
            status = "start"
        elif rate > previous + 1e-9:
            status = "rising"
        elif rate < previous - 1e-9:
            status = "falling"
        else:
            status = "steady"
        rows.append([t, r, p, rate, DIV0 if rate == DIV0 else rate * income, lab(status)])
        if collapse:
            break
        previous = rate
        r_target = rich * ((1 - n - rate) / (1 - n - neighbour)) ** e
        r += adjustment * (r_target - r)
        p += adjustment * (poor_target - p)
    return rows


# ---------------------------------------------------------------- 6. stimulus


def stim_multiplier(mpc, m, t=0):
    respent = mpc * (1 - t) * (1 - m)
    if respent >= 1:
        return VALUE
    return (1 - m) / (1 - respent)


def stim_leakage(mpc, m, t=0):
    k = stim_multiplier(mpc, m, t)
    return k if isinstance(k, str) else 1 - k * (1 - mpc * (1 - t))


# ---------------------------------------------------------------- 7. agglomeration and structure


def agg_productivity(wc, we, sorting=0.5):
    return (wc / we) ** (1 - sorting) - 1


def variety(employment, codes, digits=2):
    # contract version 2: codes are text; a number has lost its leading zeros
    if any(not isinstance(c, str) for c in codes):
        return VALUE
    by_sector = {}
    for e, code in zip(employment, codes):
        key = "".join(ch for ch in code if ch.isdigit())
        by_sector[key] = by_sector.get(key, 0) + e
    total = sum(by_sector.values())
    shares = {k: v / total for k, v in by_sector.items()}

    def h(ps):
        return sum(p * math.log2(1 / p) for p in ps if p > 0)

    by_group = {}
    for k, p in shares.items():
        by_group.setdefault(k[:digits], []).append(p)
    unrelated = h(sum(ps) for ps in by_group.values())
    related = sum(sum(ps) * h(p / sum(ps) for p in ps) for ps in by_group.values() if sum(ps) > 0)
    rows = [[lab("Measure"), lab("Value")]]
    for name, v in [("HHI", sum(p * p for p in shares.values())), ("Total entropy", h(shares.values())),
                    ("Unrelated variety", unrelated), ("Related variety", related)]:
        rows.append([lab(name), v])
    return rows


# ---------------------------------------------------------------- comparisons (README reference)


def rev_compare(capital, years, d, i, rec=0, r=0, c=0, life=0):
    g = growth(d, rec, r, c)
    # geometric sums, where the TypeScript core adds year by year
    if g == 1:
        loan_years = capital * years
    else:
        loan_years = capital * (1 - g ** years) / (1 - g)
    write_downs = loan_years * d * (1 - rec)
    costs = loan_years * c
    interest = loan_years * (1 - d) * r
    book = capital * g ** years
    value = book * (g / (1 + i)) ** life
    economic = capital - value / (1 + i) ** years
    fund = [capital, write_downs, costs, interest, write_downs + costs - interest, book, value, economic,
            divide(capital, economic), divide(economic, capital)]
    subsidy = [economic, None, None, None, economic, 0, 0, economic, 1, 1]
    names = ["Money for firms (lent or granted)", "Write-downs on defaulted loans in the budget (nominal)",
             "Management costs in the budget (nominal)", "Interest received in the budget (nominal)",
             "Cost shown in the budget (nominal)", "Book value of the loans at the horizon",
             "Value of the outstanding loans at the horizon",
             "Economic cost: present value (contante waarde) at the financing rate",
             "Euros for firms per euro of subsidy", "Subsidy element per euro for firms"]
    rows = [[lab("Item"), lab("Revolving fund"), lab("Subsidy of the same cost")]]
    for k, name in enumerate(names):
        rows.append([lab(name), fund[k], subsidy[k]])
    return rows


def vve_options(n, p, cost, years=1, tu=1, tt=1, se=1, fp=0, s=0, et=1, eo=0, b=0.625, grant=0, pc=0):
    # universal: everyone offered every hour
    u_part = n * tu
    u = dict(part=u_part, reached=n * p * tu, full=n * p * tu, gross=u_part * cost * years, hours=u_part * years,
             effect=n * p * tu * et + (u_part - n * p * tu) * eo)
    # targeted: screened children only
    t_part = n * (p * se + (1 - p) * fp) * tt
    t_reached = n * p * se * tt
    t = dict(part=t_part, reached=t_reached, full=t_reached, gross=n * s + t_part * cost * years, hours=t_part * years,
             effect=t_reached * et + (t_part - t_reached) * eo)
    # hybrid: the base for everyone, the other hours for screened children in the base
    base = n * tu
    f_t = base * p * se * tt
    f_o = base * (1 - p) * fp * tt
    hour_share = base * b + (f_t + f_o) * (1 - b)
    h = dict(part=base, reached=base * p, full=f_t, gross=n * s + hour_share * cost * years, hours=hour_share * years,
             effect=f_t * et + (base * p - f_t) * b * et + f_o * eo + (base * (1 - p) - f_o) * b * eo)
    columns = []
    for o in (u, t, h):
        parents = o["hours"] * pc
        used = min(grant, max(0, o["gross"] - parents))
        o["net"] = o["gross"] - parents - used
        columns.append([o["part"], o["reached"], o["full"], o["gross"], parents, used, o["net"], o["effect"],
                        divide(o["net"], o["effect"])])
    for col_, o in ((columns[0], u), (columns[1], None), (columns[2], h)):
        if o is None:
            col_ += [None, None, None]
        else:
            extra_effect = o["effect"] - t["effect"]
            extra_cost = o["net"] - t["net"]
            col_ += [extra_effect, extra_cost, divide(extra_cost, extra_effect)]
    names = ["Participants", "Target children reached", "Target children with every hour", "Gross cost",
             "Parents' contributions", "GOAB grant used", "Net municipal cost", "Effect units",
             "Net cost per effect unit", "Extra effect units over targeted", "Extra net cost over targeted",
             "Net cost per extra effect unit over targeted"]
    rows = [[lab("Item"), lab("Universal"), lab("Targeted"), lab("Universal base, targeted extra hours")]]
    for k, name in enumerate(names):
        rows.append([lab(name)] + [c[k] for c in columns])
    return rows


def agg_density(d0, d1, wc, we, e=0.048, sorting=0.5):
    ratio, wages = d1 / d0, wc / we
    needed = DIV0 if e == 0 else wages ** ((1 - sorting) / e)
    rows = [[lab("Measure"), lab("Value")]]
    for name, v in [("Change in density", ratio - 1), ("Productivity effect of that change", ratio ** e - 1),
                    ("Wage premium of the city", wages - 1), ("Wage premium net of sorting", wages ** (1 - sorting) - 1),
                    ("Density multiple that would explain the net premium", needed)]:
        rows.append([lab(name), v])
    return rows


def multiyear(amount, budget_year, price_year, indexation=0, disc=0, years=4):
    rows = [[lab("Year"), lab("In prices of the price year"), lab("In prices of each year"),
             lab("Present value (contante waarde) in the budget year")]]
    body = []
    for k in range(years):
        y = budget_year + k
        nominal = amount * (1 + indexation) ** (y - price_year)
        body.append([y, amount, nominal, nominal / (1 + disc) ** k])
    rows += body
    rows.append([lab("Total")] + [sum(r[j] for r in body) for j in (1, 2, 3)])
    return rows


FUNCTIONS = {
    "REVOLVING.CAPITAL": rev_capital,
    "REVOLVING.LOSSRATE": rev_lossrate,
    "REVOLVING.COST": rev_cost,
    "REVOLVING.BREAKEVEN": rev_breakeven,
    "REVOLVING.ANNUALDEFAULT": rev_annualdefault,
    "REVOLVING.TABLE": rev_table,
    "VVE.UNIVERSAL": vve_universal,
    "VVE.TARGETED": vve_targeted,
    "VVE.COMPARE": vve_compare,
    "CLASSSIZE.GROUPS": groups,
    "CLASSSIZE.COST": cls_cost,
    "PARTICIPATION.HEADROOM": part_headroom,
    "PARTICIPATION.YEARS": part_years,
    "PARTICIPATION.PROJECT": part_project,
    "TAXMIGRATION.STAYERS": tax_stayers,
    "TAXMIGRATION.REVENUE": tax_revenue,
    "TAXMIGRATION.MAXRATE": tax_maxrate,
    "TAXMIGRATION.SPIRAL": tax_spiral,
    "STIMULUS.MULTIPLIER": stim_multiplier,
    "STIMULUS.LEAKAGE": stim_leakage,
    "AGGLOMERATION.PRODUCTIVITY": agg_productivity,
    "VARIETY": variety,
    "REVOLVING.COMPARE": rev_compare,
    "VVE.OPTIONS": vve_options,
    "AGGLOMERATION.DENSITY": agg_density,
    "MULTIYEAR": multiyear,
}
