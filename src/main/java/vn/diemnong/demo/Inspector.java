package vn.diemnong.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.diemnong.demo.Visit.Measurement;

/** What an inspection team does at a site: who goes, which samples it takes, which exceedances it finds. */
final class Inspector {

	/** Spread of log exceedances between samples of one site and month. */
	private static final double SPREAD = 0.6;
	/** NĐ 45/2022 Điều 18–20: up to 10 % over the limit draws a warning at most, so a violation starts above 1.1×. */
	private static final double TOLERANCE = 1.1;

	private final Craft craft;
	private final SplittableRandom rng;

	Inspector(Craft craft, SplittableRandom rng) {
		this.craft = craft;
		this.rng = rng;
	}

	/** 2–4 of the trade's parameters (all when it has fewer), each a log-normal multiple of its limit. */
	List<Measurement> sample(double badness) {
		List<Measure> all = craft.measures;
		List<Integer> order = new ArrayList<>(IntStream.range(0, all.size()).boxed().toList());
		int count = Math.min(all.size(), 2 + rng.nextInt(3));
		for (int i = 0; i < count; i++) {
			Collections.swap(order, i, i + rng.nextInt(order.size() - i));
		}
		List<Measurement> samples = new ArrayList<>();
		for (int i : order.subList(0, count).stream().sorted().toList()) {
			samples.add(measure(all.get(i), badness));
		}
		return samples;
	}

	/** pH has a range: it stays near neutral and exceeds only where slag makes the water strongly alkaline. */
	private Measurement measure(Measure measure, double badness) {
		double z = rng.nextGaussian();
		double factor = measure.ranged() ? Math.exp(Math.log(0.82) + 0.25 * badness + 0.1 * z)
				: Math.exp(badness + SPREAD * z);
		double bounded = measure.ranged() ? Math.min(1.4, Math.max(0.62, factor)) : Math.max(0.05, factor);
		return new Measurement(measure, BigDecimal.valueOf(bounded).setScale(3, RoundingMode.HALF_UP));
	}

	/** One offence per medium whose samples exceed the tolerance, as severe as the worst of them. */
	static List<Offence> exceedances(List<Measurement> samples) {
		List<Offence> offences = new ArrayList<>();
		for (String medium : List.of("wastewater", "emission")) {
			List<Measurement> over = samples.stream()
				.filter(s -> s.measure().medium().equals(medium) && s.exceedance().doubleValue() > TOLERANCE)
				.toList();
			over.stream().map(Measurement::exceedance).max(Comparator.naturalOrder())
				.ifPresent(worst -> offences.add(new Offence(medium + "_exceedance",
						Offence.severity(worst.doubleValue()), legalReference(medium, over))));
		}
		return offences;
	}

	private static String legalReference(String medium, List<Measurement> over) {
		if (!"wastewater".equals(medium)) {
			return Offence.DECREE + " Điều 20";
		}
		return Offence.DECREE + (over.stream().anyMatch(s -> s.measure().hazardous()) ? " Điều 19" : " Điều 18");
	}

	/** Agencies in a fixed order: environment, police, commune, industry_trade, industrial_zones_authority. */
	List<String> team(String kind, boolean zone) {
		if (zone) {
			return List.of("environment", "industrial_zones_authority");
		}
		boolean wide = rng.nextBoolean();
		return switch (kind) {
			case "unannounced" -> wide ? List.of("environment", "police", "commune") : List.of("police", "commune");
			case "follow_up" -> wide ? List.of("environment", "commune") : List.of("commune");
			default -> wide ? List.of("environment", "commune", "industry_trade") : List.of("environment", "commune");
		};
	}

	static String outcome(List<Measurement> samples, List<Finding> findings) {
		long over = samples.stream().filter(s -> s.exceedance().compareTo(BigDecimal.ONE) > 0).count();
		String sampled = samples.isEmpty() ? "Kiểm tra hiện trường" : "Lấy " + samples.size() + " mẫu, "
				+ (over == 0 ? "các chỉ tiêu đạt QCVN" : over + " chỉ tiêu vượt QCVN");
		String found = findings.stream().map(f -> f.offence().wording()).distinct().collect(Collectors.joining("; "));
		return sampled + "; " + (found.isEmpty() ? "không phát hiện vi phạm" : "lập biên bản vi phạm hành chính: "
				+ found) + ".";
	}

	/** A visit to a site that should be idle. */
	static String idleOutcome(String status) {
		return switch (status) {
			case "committed" -> "Hộ đã ký cam kết, không hoạt động; không phát hiện tập kết phế liệu.";
			case "suspended" -> "Cơ sở đang bị đình chỉ, niêm phong còn nguyên vẹn; không phát hiện vi phạm.";
			default -> "Cơ sở đã dừng hoạt động; không phát hiện vi phạm.";
		};
	}
}
