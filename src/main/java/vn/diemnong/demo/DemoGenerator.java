package vn.diemnong.demo;

import static java.util.Comparator.comparing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import vn.diemnong.demo.DemoProvince.Inspection;
import vn.diemnong.demo.DemoProvince.Sample;
import vn.diemnong.demo.DemoProvince.Site;
import vn.diemnong.demo.DemoProvince.StatusEvent;
import vn.diemnong.demo.DemoProvince.Violation;

/**
 * Generates the demo province. Pure: no Spring, no database, no clock, so the same input gives an equal
 * {@link DemoProvince}. Random numbers come from one {@code SplittableRandom(seed)}, split in this order:
 * <ol>
 * <li>the known sites, in file order (an old commune is drawn only where the file has none that fits);</li>
 * <li>the generated sites: members profile by profile, then the scattered workshops, then the dumps;</li>
 * <li>the histories: one split per site in site order; each site draws its plan, then goes month by month;</li>
 * <li>the decision numbers, by decision date.</li>
 * </ol>
 * No hash-ordered collection is ever iterated.
 */
final class DemoGenerator {

	DemoProvince generate(DemoInput input) {
		SplittableRandom root = new SplittableRandom(input.seed());
		Geography geography = new Geography(input.communes());
		Crosswalk crosswalk = new Crosswalk(input.predecessors());
		List<Subject> subjects = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		new RealSites(geography, crosswalk).place(input.knownSites(), subjects, skipped, root.split());
		new GeneratedSites(geography, crosswalk, input.seed()).add(subjects, root.split());
		SplittableRandom histories = root.split();
		List<SiteHistory.Result> results = new ArrayList<>();
		for (Subject subject : subjects) {
			results.add(SiteHistory.of(subject, histories.split()));
		}
		List<Visit> visits = results.stream().flatMap(r -> r.visits().stream()).sorted(comparing(Visit::date)).toList();
		return new DemoProvince(sites(subjects, results), events(results), inspections(visits), samples(visits),
				violations(visits, root.split()), List.copyOf(skipped));
	}

	private static List<Site> sites(List<Subject> subjects, List<SiteHistory.Result> results) {
		return IntStream.range(0, subjects.size())
			.mapToObj(i -> subjects.get(i).site().withStatus(results.get(i).status()))
			.toList();
	}

	/** By date; a stable sort keeps one site's same-day events in the order they happened. */
	private static List<StatusEvent> events(List<SiteHistory.Result> results) {
		return results.stream().flatMap(r -> r.events().stream()).sorted(comparing(StatusEvent::occurredOn)).toList();
	}

	private static List<Inspection> inspections(List<Visit> visits) {
		return IntStream.range(0, visits.size()).mapToObj(key -> {
			Visit v = visits.get(key);
			return new Inspection(key, v.siteKey(), v.date(), v.kind(), v.team(), v.legalBasis(), v.outcome(),
					v.filedCommuneCode());
		}).toList();
	}

	private static List<Sample> samples(List<Visit> visits) {
		return IntStream.range(0, visits.size())
			.boxed()
			.flatMap(key -> visits.get(key).samples().stream()
				.map(m -> new Sample(key, m.measure().medium(), m.measure().parameter(), m.exceedance())))
			.toList();
	}

	private static List<Violation> violations(List<Visit> visits, SplittableRandom rng) {
		List<Violation> drafts = new ArrayList<>();
		for (int key = 0; key < visits.size(); key++) {
			for (Finding f : visits.get(key).findings()) {
				drafts.add(new Violation(key, visits.get(key).siteKey(), f.offence().category(), f.offence().severity(),
						f.offence().legalReference(), null, f.decidedOn(), f.fineVnd(), f.additionalSanctions(),
						f.remedialMeasures(), f.remedialDeadline(), f.status(),
						Authorities.issuing(f, visits.get(key).team())));
			}
		}
		return numbered(drafts, rng);
	}

	/** Decision numbers count up through each year in decision order, with gaps for other decisions. */
	private static List<Violation> numbered(List<Violation> drafts, SplittableRandom rng) {
		List<Integer> order = IntStream.range(0, drafts.size()).filter(i -> drafts.get(i).decidedOn() != null).boxed()
			.sorted(comparing(i -> Objects.requireNonNull(drafts.get(i).decidedOn())))
			.toList();
		String[] numbers = new String[drafts.size()];
		int year = 0;
		int number = 0;
		for (int i : order) {
			LocalDate decided = Objects.requireNonNull(drafts.get(i).decidedOn());
			number = decided.getYear() == year ? number + 1 + rng.nextInt(3) : 20 + rng.nextInt(40);
			year = decided.getYear();
			numbers[i] = number + "/QĐ-XPHC";
		}
		return IntStream.range(0, drafts.size()).mapToObj(i -> withNumber(drafts.get(i), numbers[i])).toList();
	}

	private static Violation withNumber(Violation v, String number) {
		return new Violation(v.inspectionKey(), v.siteKey(), v.category(), v.severity(), v.legalReference(), number,
				v.decidedOn(), v.fineVnd(), v.additionalSanctions(), v.remedialMeasures(), v.remedialDeadline(),
				v.status(), v.issuingAuthority());
	}
}
