package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/** The change a site's story holds for it, drawn before its history runs: one status change on one day. */
final class Plans {

	/** A status change due on a day. */
	record Change(LocalDate date, String status, String reason) {
	}

	private Plans() {
	}

	static @Nullable Change draw(Subject subject, SplittableRandom rng) {
		if (subject.compound()) {
			return null;
		}
		if (subject.behaviour().campaign()) {
			return commitment(subject.craft(), rng);
		}
		return switch (subject.behaviour().regime()) {
			case PHASE_OUT -> phaseOut(rng);
			case KILNS_OUT -> new Change(Timeline.between(rng, LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31)),
					"closed", "ngừng đốt lò gốm, chuyển sang kinh doanh gốm mỹ nghệ");
			default -> null;
		};
	}

	/** Oct 2024 – Jan 2025: most households sign, some stop, are suspended or move into a cluster. */
	private static @Nullable Change commitment(Craft craft, SplittableRandom rng) {
		LocalDate day = Timeline.between(rng, Timeline.CAMPAIGN_FROM, Timeline.CAMPAIGN_TO);
		double r = rng.nextDouble();
		if (r < 0.68) {
			return new Change(day, "committed", "ký cam kết không hoạt động tái chế phế liệu trái phép");
		}
		if (r < 0.78) {
			return new Change(day, "closed", "tự nguyện dừng hoạt động, tháo dỡ " + craft.machine);
		}
		if (r < 0.86) {
			return new Change(day, "suspended", "đình chỉ hoạt động theo yêu cầu của UBND cấp xã");
		}
		return r < 0.92 ? new Change(day, "relocated", "di dời vào cụm công nghiệp theo lộ trình của tỉnh") : null;
	}

	/** CCN Phú Lâm before the reform: most paper mills stop or leave, the rest clean up. */
	private static @Nullable Change phaseOut(SplittableRandom rng) {
		LocalDate day = Timeline.between(rng, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30));
		double r = rng.nextDouble();
		if (r < 0.55) {
			return new Change(day, "closed", "dừng sản xuất theo lộ trình chuyển đổi CCN Phú Lâm sang đất đô thị");
		}
		return r < 0.75 ? new Change(day, "relocated", "di dời khỏi CCN Phú Lâm theo lộ trình chuyển đổi") : null;
	}
}
