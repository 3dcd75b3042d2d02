#!/usr/bin/env python3
"""Independent test-data generator: plants re-filed stories, reused
paragraphs/captions and misspelled archive names into one half of the corpus.

    python benchmarks/plant_cross2.py --half tune|test --seed N --out DIR [--plants 200]
    python benchmarks/scan_cross.py --planted DIR

Written (session 47) by a helper who had not read newslint's cross-article checks, to its own
assumptions about re-files, misplaced captions and name slips, so that NL601-NL603 are also
measured on errors made by a generator they were not built beside (scan_cross.py's own).
"""

import argparse
import collections
import glob
import json
import os
import random
import re
from pathlib import Path

CORPUS = str(Path(__file__).resolve().parents[2] / "shared" / "corpus")
FOLDERS = ("reuters", "bbc")
SIGNOFF = re.compile(r"^(Reuter|REUTER)$")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
CAPNAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
MULTINAME = re.compile(r"\b(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]{2,}\b")
DATELINE = re.compile(r"^([A-Z][A-Z .']+),\s+[A-Z][A-Za-z]{2,4}\.?\s+\d+\s+-\s+")
NOT_NAMES = set(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April June July August September October November December Reuter
Reuters""".split()
)
STARTWORDS = set(
    "The This That These Those There They Their When While After Before But And In On At For With From".split()
)


# ---------------------------------------------------------------- story model
class Story:
    def __init__(self, folder, fname, text):
        self.folder, self.fname, self.text = folder, fname, text
        parts = text.rstrip("\n").split("\n\n")
        self.head, body = parts[0], parts[1:]
        # keep a trailing "Reuter" sign-off aside so edits happen before it
        self.sign = body.pop() if body and SIGNOFF.match(body[-1]) else None
        self.paras = body
        self.dirty = False

    key = property(lambda s: f"{s.folder}/{s.fname}")
    nwords = property(lambda s: sum(len(WORD.findall(p)) for p in s.paras))

    def render(self, head=None, paras=None):
        head = self.head if head is None else head
        paras = self.paras if paras is None else paras
        return "\n\n".join([head] + paras + ([self.sign] if self.sign else [])) + "\n"


def load(half):
    stories = []
    for folder in FOLDERS:
        for path in sorted(glob.glob(f"{CORPUS}/{folder}/*.txt")):
            fname = os.path.basename(path)
            digits = re.sub(r"\D", "", os.path.splitext(fname)[0])
            if not digits or (int(digits) % 2 == 0) != (half == "tune"):
                continue
            with open(path, encoding="utf-8", newline="") as fh:
                stories.append(Story(folder, fname, fh.read()))
    return stories


def eligible(s):
    return len(s.paras) >= 3 and s.nwords >= 80


def sentences(p):
    return [x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", p) if x]


# ------------------------------------------------------------ (a) re-filing
SYN = {
    "said": "stated",
    "rose": "climbed",
    "fell": "dropped",
    "increase": "rise",
    "big": "large",
    "buy": "purchase",
    "company": "firm",
    "firm": "company",
    "government": "administration",
    "about": "around",
    "expected": "forecast",
    "also": "additionally",
    "start": "begin",
    "began": "started",
    "help": "assist",
    "told": "informed",
    "shares": "stock",
    "show": "indicate",
    "showed": "indicated",
    "plan": "proposal",
    "cut": "reduce",
    "high": "elevated",
    "low": "depressed",
    "major": "leading",
    "agreed": "consented",
    "officials": "authorities",
    "added": "continued",
    "because": "as",
    "quickly": "rapidly",
    "however": "though",
    "people": "individuals",
    "total": "overall",
    "country": "nation",
    "months": "mths",
    "million": "mln",
    "mln": "million",
    "billion": "bln",
}
HEAD_TAGS = ["CORRECTED - ", "REFILE-", "UPDATE 1-", "WRAPUP 1-", "CORRECTED-"]
LEAD_SUMMARY = [
    "{h}, according to reports on {d}.",
    "In news on {d}: {h}.",
    "Latest reports say {h}.",
    "Officials confirmed that {h}.",
]
ENDINGS = [
    "Further details were not immediately available.",
    "The report was later confirmed by a spokesman, who declined to elaborate.",
    "(Corrects figure in paragraph three)",
    "More to follow.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def ed_headline(rng, h, P):
    k = rng.randrange(4)
    if k == 0:
        return rng.choice(HEAD_TAGS) + h, P
    if k == 1:
        return h + " (OFFICIAL)", P
    w = h.split()
    if k == 2 and len(w) > 3:  # shorten
        w = w[: max(3, len(w) - rng.randint(1, 2))]
        while len(w) > 2 and w[-1].lower() in ("in", "on", "at", "of", "to", "for", "and", "the", "a", "-"):
            w = w[:-1]  # don't end on a small word
        return " ".join(w), P
    return re.sub(r"[A-Za-z]+", lambda m: swap_syn(m.group(0)), h), P  # reword


def swap_syn(word):
    s = SYN.get(word.lower())
    return word if not s else s.upper() if word.isupper() else s.capitalize() if word[0].isupper() else s


def ed_lead(rng, h, P):
    P = P[:]
    first = P[0]
    dl = DATELINE.match(first)
    prefix, rest = (first[: dl.end()], first[dl.end() :]) if dl else ("", first)
    k = rng.randrange(3)
    m = re.match(r"^(.*\S), ([^,]{3,60}) (said|says)\.$", rest, re.S)
    if k == 0 and m:  # move attribution to front
        body = m.group(1)
        body = body[0].lower() + body[1:] if not re.match(r"[A-Z][a-z]*[A-Z]|[A-Z]{2}", body) else body
        P[0] = prefix + f"{m.group(2)[0].upper()}{m.group(2)[1:]} {m.group(3)} {body}."
    elif k == 1 and len(P) > 3:  # combine first two paragraphs
        P[0:2] = [first + " " + P[1]]
    else:  # new summary first sentence
        hs = h.lower() if h.isupper() else h if h[:2].isupper() else h[0].lower() + h[1:]
        new = rng.choice(LEAD_SUMMARY).format(h=hs.rstrip("."), d=rng.choice(DAYS))
        P[0] = prefix + new[0].upper() + new[1:] + " " + rest
    return h, P


def ed_figure(rng, h, P):
    P = P[:]
    spots = [(i, m) for i, p in enumerate(P) for m in re.finditer(r"\d+(?:[.,]\d+)?", p)]
    if not spots:
        return h, P
    i, m = rng.choice(spots)
    num = m.group(0)
    j = rng.choice([k for k, c in enumerate(num) if c.isdigit()])
    d = str((int(num[j]) + rng.randint(1, 8)) % 10)
    d = "9" if j == 0 and d == "0" else d
    P[i] = P[i][: m.start()] + num[:j] + d + num[j + 1 :] + P[i][m.end() :]
    return h, P


def ed_end(rng, h, P):
    if rng.random() < 0.5 and len(P) > 3:
        return h, P[:-1]
    return h, P + [rng.choice(ENDINGS)]


def ed_swap(rng, h, P):
    P = P[:]
    if len(P) >= 3:
        i = rng.randrange(1, len(P) - 1)
        P[i], P[i + 1] = P[i + 1], P[i]
    return h, P


def ed_trim(rng, h, P):
    P = P[:]
    multi = [i for i, p in enumerate(P) if i and len(sentences(p)) >= 2]  # keep the lead
    if multi:
        i = rng.choice(multi)
        ss = sentences(P[i])
        del ss[rng.randrange(1, len(ss))]
        P[i] = " ".join(ss)
    return h, P


def ed_syn(rng, h, P):
    P = P[:]
    spots = [
        (i, m.start(), m.end())
        for i, p in enumerate(P)
        for m in re.finditer(r"[A-Za-z]+", p)
        if m.group(0).lower() in SYN
    ]
    for i, a, b in sorted(rng.sample(spots, min(len(spots), rng.randint(2, 5))), key=lambda t: (t[0], -t[1])):
        P[i] = P[i][:a] + swap_syn(P[i][a:b]) + P[i][b:]
    return h, P


# ed_lead comes first so its summary sentence uses the original headline
EDITS = [ed_lead, ed_headline, ed_figure, ed_end, ed_swap, ed_trim, ed_syn]


def kept_fraction(orig, new):
    a = collections.Counter(w.lower() for p in orig for w in WORD.findall(p))
    b = collections.Counter(w.lower() for p in new for w in WORD.findall(p))
    return sum((a & b).values()) / max(1, sum(a.values()))


def make_refile(rng, x):
    for _ in range(20):
        h, P = x.head, x.paras
        for ed in sorted(rng.sample(EDITS, rng.randint(2, 4)), key=EDITS.index):
            h, P = ed(rng, h, P)
        if (h, P) != (x.head, x.paras) and kept_fraction(x.paras, P) >= 0.6:
            return x.render(h, P)
    return x.render(rng.choice(HEAD_TAGS) + x.head, x.paras)


# ------------------------------------------------- (b) reused paragraph/caption
PHOTOGRAPHERS = [
    "Kevin Lamarque",
    "Jason Reed",
    "Fabrizio Bensch",
    "Toby Melville",
    "Yuya Shino",
    "Ricardo Moraes",
    "Andrew Kelly",
    "Denis Balibouse",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PERSON_CAPS = [  # captions for a person's name
    "FILE PHOTO: {n} arrives at a meeting in {p}, {mo} {d}. REUTERS/{ph}",
    "Pictured: {n} speaks to reporters in {p} earlier this year.",
    "{n} is seen during a news conference in {p}, {mo} {d}, {y}. Photo: {ph}/AFP",
    "Photo caption: {n} leaves a briefing in {p}. (Getty Images/{ph})",
]
OTHER_CAPS = [  # neutral captions when the name may not be a person
    "FILE PHOTO: {n} in {p}, {mo} {d}. REUTERS/{ph}/File Photo",
    "Pictured: {n}, {p}, {mo} {y}.",
    "Photo caption: {n} at an event in {p}. (Getty Images/{ph})",
]
JOBWORDS = set(
    """Exchequer Officer Minister President Chairman Secretary Governor Senator
Chancellor Director Executive Chief Prime Vice Deputy Finance Foreign Trade Commissioner
Treasury Agriculture Energy Labour Labor Party Leader General""".split()
)
ORGWORDS = set(
    """Inc Corp Co Ltd Bank Party Group Industries Countries Association Council
Commission Board Exchange Department Ministry Committee International Holdings Systems
Company Corporation Fund Union Office Service Services Securities Partners Airlines
Motors Kingdom States Germany America American Africa Europe Street Market""".split()
)


def make_caption(rng, a):
    body = "\n".join(a.paras)
    stop = STARTWORDS | NOT_NAMES
    multi = [
        m
        for m in MULTINAME.finditer(body)
        if not set(m.group(0).split()) & stop and m.group(0).split()[0].lower() not in LOWER
    ]  # e.g. "Several Opec"
    # a person: drop leading job titles, last word is not an organisation word
    # and the surname is also printed on its own elsewhere in the story
    person = []
    for m in multi:
        w = m.group(0).split()
        while w and w[0] in JOBWORDS:
            w = w[1:]
        if (
            2 <= len(w) <= 3
            and w[-1] not in ORGWORDS
            and len(re.findall(rf"\b{w[-1]}\b", body)) > body.count(" ".join(w))
        ):
            person.append(" ".join(w))
    names = person or [m.group(0) for m in multi] or sorted(n for n in names_in(a) if n.lower() not in LOWER)
    if not names:
        return None
    name = rng.choice(names)
    dl = DATELINE.match(a.paras[0])
    places = [
        m.group(1)
        for m in re.finditer(r"\b(?:in|at|from) ([A-Z][a-z]{3,}(?: [A-Z][a-z]+)?)", body)
        if m.group(1) not in name and not set(m.group(1).split()) & stop
    ]
    place = (
        dl.group(1).title()
        if dl
        else rng.choice(places)
        if places
        else rng.choice(["London", "Washington", "Brussels", "Tokyo"])
    )
    tpl = rng.choice(PERSON_CAPS if person else OTHER_CAPS)
    return tpl.format(
        n=name,
        p=place,
        mo=rng.choice(MONTHS),
        d=rng.randint(1, 28),
        y=rng.randint(1985, 2005),
        ph=rng.choice(PHOTOGRAPHERS),
    )


def caps(text):
    """Capitalised 4+ letter words that are not at the start of a sentence."""
    for m in CAPNAME.finditer(text):
        before = text[max(0, m.start() - 3) : m.start()]
        if m.start() and not re.search(r"(^|[.!?:\"\n-])\s*$", before):
            yield m.group(0)


def names_in(s):
    return set(caps("\n".join(s.paras))) - NOT_NAMES - STARTWORDS


def plant_move(rng, a, b):
    """Returns False if A offers nothing usable."""
    if rng.random() < 0.5:
        cap = make_caption(rng, a)
        if cap is None:
            return False
        a.paras.insert(rng.randint(1, 2), cap)
        b.paras.insert(rng.randint(0, len(b.paras)), cap)
    else:
        cands = [p for p in a.paras[1:] if len(WORD.findall(p)) >= 12]
        if not cands:
            return False
        b.paras.insert(rng.randint(0, len(b.paras)), rng.choice(cands))
    a.dirty = b.dirty = True
    return True


# ------------------------------------------------------ (c) archive name variant
KEYB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(c):
    for r, row in enumerate(KEYB):
        if c in row:
            i = row.index(c)
            out = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for r2 in (r - 1, r + 1):
                if 0 <= r2 < 3:
                    out += [KEYB[r2][j] for j in (i - 1, i) if 0 <= j < len(KEYB[r2])]
            return out
    return []


def misspell(rng, name):
    """One random edit, first letter never touched."""
    n = len(name)
    for _ in range(50):
        kind = rng.choice(["key", "vowel", "transpose", "delete", "insert"])
        i = rng.randrange(1, n)
        if kind == "key" and neighbours(name[i]):
            w = name[:i] + rng.choice(neighbours(name[i])) + name[i + 1 :]
        elif kind == "vowel":
            vs = [k for k in range(1, n) if name[k] in "aeiou"]
            if not vs:
                continue
            i = rng.choice(vs)
            w = name[:i] + rng.choice([v for v in "aeiou" if v != name[i]]) + name[i + 1 :]
        elif kind == "transpose" and i < n - 1:
            w = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif kind == "delete":
            w = name[:i] + name[i + 1 :]
        elif kind == "insert":
            w = name[:i] + rng.choice("abcdefghiklmnoprstuy") + name[i:]
        else:
            continue
        if w != name:
            return w
    return None


LOWER = set()  # every word printed in lower case somewhere in the half


def name_candidates(stories):
    lower, alltok = LOWER, set()
    docs = collections.defaultdict(set)
    for s in stories:
        for w in WORD.findall(s.text):
            alltok.add(w.lower())
            if w.islower():
                lower.add(w)
        for n in caps("\n".join(s.paras)):
            docs[n].add(s.key)
    cands = sorted(n for n, d in docs.items() if len(d) >= 20 and n.lower() not in lower and n not in NOT_NAMES)
    return cands, alltok


def apply_name(s, name, wrong):
    def pat(w):
        return re.compile(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])")

    s.head = pat(name.upper()).sub(wrong.upper(), pat(name).sub(wrong, s.head))
    s.paras = [pat(name.upper()).sub(wrong.upper(), pat(name).sub(wrong, p)) for p in s.paras]
    s.dirty = True


# ----------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=["tune", "test"], required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--plants", type=int, default=200)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    stories = load(a.half)
    pool = [s for s in stories if eligible(s)]
    rng.shuffle(pool)
    used, truth, new_files = set(), [], {}

    def take():
        return next(s for s in pool if s.key not in used)

    counts = collections.Counter()

    # (c) first, since it needs specific stories; the others take any story
    cands, alltok = name_candidates(stories)
    rng.shuffle(cands)
    name_docs = collections.defaultdict(list)
    for s in pool:
        for n in names_in(s):
            name_docs[n].append(s)
    for name in cands:
        if counts["name"] >= a.plants:
            break
        wrong = misspell(rng, name)
        if not wrong or wrong.lower() in alltok:
            continue
        free = [s for s in name_docs[name] if s.key not in used]
        if not free:
            continue
        for s in rng.sample(free, min(len(free), rng.randint(1, 3))):
            apply_name(s, name, wrong)
            used.add(s.key)
            truth.append({"kind": "name", "story": s.key, "wrong": wrong, "right": name})
        counts["name"] += 1

    # (a) re-filed copies
    for _ in range(a.plants):
        x = take()
        used.add(x.key)
        stem, ext = os.path.splitext(x.fname)
        nf = f"{x.folder}/{stem}-r{ext}"
        new_files[nf] = make_refile(rng, x)
        truth.append({"kind": "refile", "story": nf, "other": x.key})
        counts["refile"] += 1

    # (b) reused paragraph / caption between unrelated stories
    while counts["move"] < a.plants:
        A = take()
        used.add(A.key)
        na = names_in(A)
        free = [s for s in pool if s.key not in used][:30]
        B = next(
            (s for s in free if s.head != A.head and not (names_in(s) & na)), next(s for s in free if s.head != A.head)
        )
        if not plant_move(rng, A, B):
            continue
        used.add(B.key)
        truth.append({"kind": "move", "story": B.key, "other": A.key})
        counts["move"] += 1

    # write everything
    for s in stories:
        new_files[s.key] = s.render() if s.dirty else s.text
    for rel, text in sorted(new_files.items()):
        path = os.path.join(a.out, "stories", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(t) + "\n" for t in truth)
    print(
        f"half={a.half} seed={a.seed} stories={len(stories)} "
        f"refile={counts['refile']} move={counts['move']} name={counts['name']} "
        f"(name truth rows={sum(t['kind'] == 'name' for t in truth)})"
    )


if __name__ == "__main__":
    main()
