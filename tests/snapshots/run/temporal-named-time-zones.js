// Temporal.ZonedDateTime with IANA zones from the system tz database: links keep their name but equal
// their zone, wall-clock gaps and overlaps disambiguate, transitions come from the table and the rule.
const calcutta = new Temporal.ZonedDateTime(0n, "asia/calcutta");
console.log(calcutta.timeZoneId, calcutta.toString());
console.log(calcutta.equals(calcutta.withTimeZone("Asia/Kolkata")));

const gap = Temporal.ZonedDateTime.from("2024-03-10T02:30[America/New_York]");
console.log(gap.toString(), gap.hoursInDay);
for (const disambiguation of ["earlier", "later"])
  console.log(disambiguation, Temporal.ZonedDateTime.from("2024-11-03T01:30[America/New_York]", { disambiguation }).offset);
try {
  Temporal.ZonedDateTime.from("2024-11-03T01:30[America/New_York]", { disambiguation: "reject" });
} catch (e) {
  console.log(e.name);
}

const berlin = Temporal.ZonedDateTime.from("2200-06-01T00:00[Europe/Berlin]");
console.log(berlin.getTimeZoneTransition("next").toString(), berlin.getTimeZoneTransition("previous").toString());
console.log(Temporal.ZonedDateTime.from("1850-01-01T00:00[Europe/Berlin]").offset);
console.log(Temporal.ZonedDateTime.from("2011-12-30[Pacific/Apia]").toString());
console.log(gap.add({ days: 1 }).toString(), gap.since("2024-03-09T02:30[America/New_York]", { largestUnit: "hours" }).toString());
