package vn.diemnong.demo;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** The 1 July 2025 crosswalk, asked which old communes went into a current one. */
final class Crosswalk {

	private final List<Predecessor> rows;

	Crosswalk(List<Predecessor> rows) {
		this.rows = rows.stream()
			.sorted(Comparator.comparing(Predecessor::newCode).thenComparing(Predecessor::oldCode))
			.toList();
	}

	boolean maps(String oldCode, String newCode) {
		return rows.stream().anyMatch(p -> p.oldCode().equals(oldCode) && p.newCode().equals(newCode));
	}

	/** One of the old communes of a current one, drawn from them in code order. */
	Predecessor pick(String newCode, SplittableRandom rng) {
		List<Predecessor> olds = rows.stream().filter(p -> p.newCode().equals(newCode)).toList();
		if (olds.isEmpty()) {
			throw new IllegalStateException("The crosswalk has no predecessor of commune " + newCode);
		}
		return olds.get(rng.nextInt(olds.size()));
	}
}
