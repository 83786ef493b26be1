package vn.diemnong.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Turns offences into sanctioning decisions: a fine in the brackets of NĐ 45/2022 (twice as much for an
 * organisation, Điều 6), remedial measures with a deadline, and a status that follows the decision's age.
 */
final class Sanctions {

	private static final long MILLION = 1_000_000;
	/** Fines of an individual in millions of VND, by category; exceedances by severity. */
	private static final Map<String, long[]> FINES = Map.of(
			"no_environmental_permit", new long[] { 20, 60 },
			"no_treatment_system", new long[] { 40, 100 },
			"illegal_scrap_recycling", new long[] { 50, 150 },
			"scrap_stockpiling", new long[] { 10, 40 },
			"illegal_waste_dumping", new long[] { 30, 250 },
			"operating_after_closure", new long[] { 150, 300 });
	private static final long[][] EXCEEDANCE_FINES = { { 1, 20 }, { 20, 120 }, { 120, 450 } };
	private static final String SAMPLING_COSTS = "buộc chi trả chi phí đo đạc, phân tích mẫu";
	private static final Map<String, String> REMEDIES = Map.of(
			"wastewater_exceedance",
			"Buộc khắc phục tình trạng ô nhiễm, xử lý nước thải đạt QCVN và báo cáo kết quả; " + SAMPLING_COSTS,
			"emission_exceedance",
			"Buộc khắc phục tình trạng ô nhiễm, lắp đặt thiết bị xử lý bụi, khí thải đạt QCVN; " + SAMPLING_COSTS,
			"no_environmental_permit", "Buộc lập hồ sơ đề nghị cấp giấy phép môi trường theo quy định",
			"no_treatment_system", "Buộc đầu tư, lắp đặt hệ thống thu gom, xử lý nước thải, khí thải đạt QCVN",
			"illegal_scrap_recycling",
			"Buộc chấm dứt hoạt động tái chế phế liệu, tháo dỡ lò nấu và thiết bị; buộc khắc phục tình trạng ô nhiễm",
			"scrap_stockpiling", "Buộc di chuyển toàn bộ phế liệu đã tập kết ra khỏi địa bàn, không tập kết trở lại",
			"illegal_waste_dumping",
			"Buộc thu gom, vận chuyển chất thải đến nơi xử lý theo quy định; cải tạo, phục hồi mặt bằng",
			"operating_after_closure",
			"Buộc chấm dứt ngay hoạt động sản xuất; niêm phong, tháo dỡ thiết bị; buộc khắc phục tình trạng ô nhiễm");

	private final boolean organisation;
	private final SplittableRandom rng;

	Sanctions(boolean organisation, SplittableRandom rng) {
		this.organisation = organisation;
		this.rng = rng;
	}

	/** @param decidedOn null when the decision would fall after the history: the violation is still open */
	Finding decide(Offence offence, @Nullable LocalDate decidedOn) {
		if (decidedOn == null) {
			return new Finding(offence, null, null, null, REMEDIES.get(offence.category()), null, "open", organisation);
		}
		long fine = fine(offence);
		LocalDate deadline = decidedOn.plusDays(30 + rng.nextInt(61));
		return new Finding(offence, decidedOn, fine, additional(offence, fine), REMEDIES.get(offence.category()),
				deadline, status(deadline), organisation);
	}

	/** Warnings for some small first exceedances; amounts rounded to 500,000 VND. */
	private long fine(Offence offence) {
		if (offence.exceedance() && offence.severity() == 1 && rng.nextDouble() < 0.2) {
			return 0;
		}
		long[] range = offence.exceedance() ? EXCEEDANCE_FINES[offence.severity() - 1]
				: FINES.get(offence.category());
		long amount = Math.round((range[0] + rng.nextDouble() * (range[1] - range[0])) * 2) * MILLION / 2;
		return organisation ? 2 * amount : amount;
	}

	private static @Nullable String additional(Offence offence, long fine) {
		if (fine == 0) {
			return "Cảnh cáo";
		}
		return switch (offence.category()) {
			case "operating_after_closure" -> "Tịch thu tang vật, phương tiện vi phạm; đình chỉ hoạt động 6 tháng";
			case "illegal_scrap_recycling" -> "Tịch thu tang vật, phương tiện vi phạm";
			default -> offence.exceedance() && offence.severity() == 3 ? "Đình chỉ hoạt động 3 tháng" : null;
		};
	}

	/** Old decisions are settled; recent ones past their deadline are partly overdue; the rest still running. */
	private String status(LocalDate deadline) {
		long pastDue = ChronoUnit.DAYS.between(deadline, Timeline.END);
		double r = rng.nextDouble();
		if (pastDue > 120) {
			return r < 0.03 ? "escalated" : r < 0.3 ? "remediated" : "closed";
		}
		if (pastDue > 0) {
			return r < 0.1 ? "escalated" : r < 0.45 ? "remediated" : r < 0.7 ? "remediating" : "open";
		}
		return r < 0.55 ? "remediating" : "open";
	}
}
