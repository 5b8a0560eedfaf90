/**
 * The made-up geography of generated stations: one fictional province (示例省) of 11 cities and 90
 * county-level divisions (the shape of a large province), every name made up from syllables. Generated
 * inspections carry invented scores, so they are never placed in a real town, county or city
 * (examples are fiction).
 */
export interface County {
  name: string;
}

export interface City {
  name: string;
  counties: County[];
}

/** Syllables for made-up place names. */
export const NAME_SYLLABLES = {
  first: '东西南北新长安永清和兴文石龙凤桥湖塘山金白青黄柳桃梅竹云松溪',
  second: '安丰桥塘山河溪浦港阳城埠坝头岙岭洋湾田家庄',
};

/** How many county-level divisions each city has (90 in all). */
const COUNTIES_PER_CITY = [13, 10, 12, 7, 5, 6, 9, 6, 4, 9, 9];
const COUNTY_SUFFIXES = ['区', '县', '市'];

/**
 * Deterministic made-up names, none repeated: the n-th pair of syllables (taken with a stride so that
 * neighbours differ) and a suffix.
 */
function names(count: number, from: number, suffix: (i: number) => string, taken: Set<string>): string[] {
  const { first, second } = NAME_SYLLABLES;
  const out: string[] = [];
  for (let k = from; out.length < count; k += 37) {
    const n = k % (first.length * second.length);
    const name = first[n % first.length] + second[Math.floor(n / first.length)] + suffix(out.length);
    if (taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}

function geography(): { province: string; cities: City[] } {
  const taken = new Set<string>();
  const cityNames = names(COUNTIES_PER_CITY.length, 5, () => '市', taken);
  let from = 11;
  const cities = cityNames.map((name, i) => {
    const counties = names(COUNTIES_PER_CITY[i], from, (k) => COUNTY_SUFFIXES[k % COUNTY_SUFFIXES.length], taken).map((n) => ({ name: n }));
    from += 101;
    return { name, counties };
  });
  return { province: '示例省', cities };
}

/** The fictional province the generator places its stations in. */
export const REGIONS: { province: string; cities: City[] } = geography();
