package vn.diemnong.regulation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diemnong.common.Csv;
import vn.diemnong.common.DatasetLoads;

/** Loads the QCVN tables from {@code data/regulations} once per database. */
@Component
@Order(0)
class RegulationLoader implements ApplicationRunner {

	static final String DATASET = "regulations:v1";
	/** QCVN 40:2025/BTNMT (TT 06/2025/TT-BTNMT) replaces QCVN 40:2011 on this day. */
	static final LocalDate QCVN40_2025 = LocalDate.of(2025, 9, 1);
	static final String CARRIED_OVER = "NOT RETRIEVED (QCVN 40:2011 value carried over)";

	private static final Logger log = LoggerFactory.getLogger(RegulationLoader.class);
	private static final String DIR = "classpath:data/regulations/";

	private final JdbcClient jdbc;
	private final ResourceLoader resources;
	private final TransactionTemplate transaction;
	private final DatasetLoads loads;

	RegulationLoader(JdbcClient jdbc, ResourceLoader resources, TransactionTemplate transaction, DatasetLoads loads) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.transaction = transaction;
		this.loads = loads;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			if (!loads.loaded(DATASET)) {
				int rows = load();
				loads.record(DATASET, rows + " limits from QCVN 40:2011, 40:2025, 19:2009, 05:2023, 26:2010");
				log.info("Loaded {} regulation limits", rows);
			}
		});
	}

	private int load() {
		Map<String, String> codes = new HashMap<>();
		for (CSVRecord row : Csv.read(resources.getResource(DIR + "parameter_codes.csv"))) {
			codes.put(row.get("file") + "#" + row.get("no"), row.get("code"));
		}
		int rows = 0;
		for (CSVRecord row : read("qcvn40_2011_industrial_wastewater.csv")) {
			String code = codes.get("qcvn40_2011_industrial_wastewater.csv#" + row.get("no"));
			Row limit = Row.columns("QCVN 40:2011/BTNMT", LocalDate.of(2012, 2, 15), QCVN40_2025.minusDays(1), "wastewater",
					code, row, row.get("verification"));
			rows += insert(limit);
			rows += insert(limit.successor("QCVN 40:2025/BTNMT", QCVN40_2025, CARRIED_OVER));
		}
		for (CSVRecord row : read("qcvn19_2009_industrial_emission.csv")) {
			String code = codes.get("qcvn19_2009_industrial_emission.csv#" + row.get("no"));
			rows += insert(Row.columns("QCVN 19:2009/BTNMT", LocalDate.of(2010, 1, 16), null, "emission", code, row,
					row.get("verification")));
		}
		for (CSVRecord row : read("qcvn05_2023_ambient_air.csv")) {
			String code = codes.get("qcvn05_2023_ambient_air.csv#" + row.get("no"));
			rows += insert(Row.ambient(code, row));
		}
		for (Row noise : Row.noise(read("qcvn26_2010_noise.csv"))) {
			rows += insert(noise);
		}
		return rows;
	}

	private List<CSVRecord> read(String file) {
		return Csv.read(resources.getResource(DIR + file));
	}

	private int insert(Row row) {
		return jdbc.sql("""
				INSERT INTO regulation_limit (regulation, valid_from, valid_to, medium, parameter, name_vi, name_en, unit,
				                              limit_a, limit_b, range_a, range_b, verification, source)
				VALUES (:regulation, :validFrom, :validTo, :medium, :parameter, :nameVi, :nameEn, :unit,
				        :limitA, :limitB, CAST(:rangeA AS numrange), CAST(:rangeB AS numrange), :verification, :source)""")
			.paramSource(row)
			.update();
	}
}
