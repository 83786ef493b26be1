package vn.diemnong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableExportTest {

	@Test
	void theFormatComesFromTheParameterElseFromTheTypeTheClientPrefersMost() {
		assertThat(TableExport.requested("xlsx", "text/csv")).contains(TableExport.Format.XLSX);
		assertThat(TableExport.requested(null, "text/csv")).contains(TableExport.Format.CSV);
		assertThat(TableExport.requested(null, "application/json;q=0.5, text/csv")).contains(TableExport.Format.CSV);
		assertThat(TableExport.requested(null, TableExport.XLSX_TYPE)).contains(TableExport.Format.XLSX);
		// a generated client lists every type the operation may answer, JSON first
		assertThat(TableExport.requested(null, "application/geo+json, text/csv, " + TableExport.XLSX_TYPE)).isEmpty();
		assertThat(TableExport.requested(null, "*/*")).isEmpty();
		assertThat(TableExport.requested(null, null)).isEmpty();
		assertThatThrownBy(() -> TableExport.requested("pdf", null)).isInstanceOf(RuntimeException.class);
	}

	@Test
	void csvStartsWithAByteOrderMarkAndWritesNumbersAndDatesPlainly() {
		byte[] csv = TableExport.csv(new TableExport.Table("t", List.of("Tên", "Vĩ độ", "Ngày"),
				List.of(Arrays.asList("Làng \"giấy\", Phong Khê", 21.18612, LocalDate.of(2026, 3, 1)),
						Arrays.asList(null, null, null))));
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo("Tên,Vĩ độ,Ngày");
		assertThat(lines[1]).isEqualTo("\"Làng \"\"giấy\"\", Phong Khê\",21.18612,2026-03-01");
		assertThat(lines[2]).as("empty cells").matches("(\"\")?,,");
	}
}
