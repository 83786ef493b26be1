package vn.diemnong.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plan's PDF read back by poppler's pdftotext, as a person copying from it or searching in it would get it. */
class PlanPdfTest {

	@Test
	void namesAndCodesReadBackLetterForLetterWithoutLigaturesAndPrecomposed() throws Exception {
		String name = "Xưởng tái chế d277ff34 office flow fix";
		String typedWithCombiningMarks = Normalizer.normalize("Hộ bà Đỗ Thị Thảo", Normalizer.Form.NFD);
		PatrolPlan.Stop stop = new PatrolPlan.Stop(1, 1, name, null, 106.05, 21.17, LocalTime.of(8, 0), 0, 0, 1,
				List.of(), List.of());
		PatrolPlan.Stop second = new PatrolPlan.Stop(2, 2, typedWithCombiningMarks, null, 106.06, 21.17,
				LocalTime.of(8, 20), 20, 900, 1, List.of(), List.of());
		PatrolPlan plan = new PatrolPlan(7, LocalDate.of(2026, 12, 6), List.of(), null,
				new PatrolPlan.Start(106.04, 21.16, "Công an xã"), LocalTime.of(8, 0), 4, 20, 10, 1.3, 1, "test", 1,
				List.of(stop, second), List.of(), 1000, 20, 1, 1, 1, "congan", OffsetDateTime.now());
		Path file = Files.createTempFile("plan", ".pdf");
		try {
			Files.write(file, PlanPdf.of(plan, List.of(), "Văn Môn", key -> key));
			Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
			String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor()).isZero();
			assertThat(text.replaceAll("\\s+", " ")).contains(name, "Hộ bà Đỗ Thị Thảo", "Văn Môn", "Công an xã");
		}
		finally {
			Files.delete(file);
		}
	}
}
