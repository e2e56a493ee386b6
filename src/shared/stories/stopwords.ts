/**
 * Words that say nothing about which event an article covers: function words, reporting verbs,
 * calendar words and the vocabulary every news article shares.
 */
const WORDS = `
a about above according across after afterwards again against ago all almost alone along already also although always am among an and another any anyone anything are around as at away
back be became because become been before being below beside besides between beyond both but by can cannot could did do does doing done down during each either else enough even ever every
few first for former from further had has have having he her here hers herself him himself his how however i if in including into is it its itself just last later least less like
made make many may me might more most much must my myself near nearly neither never new next no nor not now of off often on once one only onto or other others otherwise our ours ourselves out over own
per perhaps quite rather really said same say saying says see seen several she should since so some still such than that the their theirs them themselves then there these they this those though
through throughout thus to together too toward towards under until up upon us very via was we well were what whatever when where whether which while who whom whose why will with within without would yet you your yours
mr mrs ms dr told tell tells telling asked added adding spoke speaking statement stated reported report reports reporting reporter reporters according news press
week weeks weekend day days today yesterday tomorrow morning afternoon evening night tonight month months year years time times earlier late early recent recently
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec tue tues thu thur thurs fri
two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million millions billion billions percent cent
get got go going gone come came take took put set says including also around still however among across whose
people official officials spokesperson spokesman spokeswoman source sources told percent us re ve ll don isn wasn aren didn doesn
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
