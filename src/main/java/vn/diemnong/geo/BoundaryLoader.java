package vn.diemnong.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.common.Csv;
import vn.diemnong.common.DatasetLoads;

/** Loads the province's 2025 communes and the 1 July 2025 crosswalk once, on the first start of a database. */
@Component
class BoundaryLoader {

	private static final Logger log = LoggerFactory.getLogger(BoundaryLoader.class);

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ProvinceProperties province;
	private final DatasetLoads loads;

	BoundaryLoader(JdbcClient jdbc, JsonMapper json, ProvinceProperties province, DatasetLoads loads) {
		this.jdbc = jdbc;
		this.json = json;
		this.province = province;
		this.loads = loads;
	}

	@Transactional
	void loadIfMissing() {
		String dataset = "boundaries:" + province.code();
		if (loads.loaded(dataset)) {
			return;
		}
		int communes = loadCommunes();
		insertProvince();
		int predecessors = loadCrosswalk();
		loads.record(dataset, communes + " communes, " + predecessors + " predecessor links from "
				+ province.communes().getFilename());
		log.info("Loaded {} communes and {} pre-2025 predecessors of province {}", communes, predecessors, province.code());
	}

	private int loadCommunes() {
		JsonNode collection = readJson(province.communes());
		int count = 0;
		for (JsonNode feature : collection.get("features")) {
			JsonNode p = feature.get("properties");
			jdbc.sql("""
					INSERT INTO admin_unit (code, level, name, full_name, name_en, unit_type, parent_code, valid_from,
					                        area_km2, source, geom)
					VALUES (:code, 'commune', :name, :fullName, :nameEn, :unitType, :province, :validFrom, :area, :source,
					        ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326)))""")
				.param("code", p.get("ward_code").asString())
				.param("name", p.get("name").asString())
				.param("fullName", p.get("full_name").asString())
				.param("nameEn", p.get("name_en").asString())
				.param("unitType", p.get("unit_type").asString())
				.param("province", province.code())
				.param("validFrom", AdminUnits.REFORM)
				.param("area", p.get("area_km2_source").asDouble())
				.param("source", province.communes().getFilename() + " (" + p.get("source_gis_id").asString() + ")")
				.param("geometry", feature.get("geometry").toString())
				.update();
			count++;
		}
		return count;
	}

	/** The outline file is generalised differently from the communes, so the province is their union. */
	private void insertProvince() {
		JsonNode outline = readJson(province.outline()).get("features").get(0).get("properties");
		jdbc.sql("""
				INSERT INTO admin_unit (code, level, name, full_name, name_en, valid_from, area_km2, source, geom)
				SELECT :code, 'province', :name, :fullName, :nameEn, :validFrom, round(sum(area_km2), 2),
				       'union of the communes', ST_Multi(ST_Union(geom))
				FROM commune_current WHERE parent_code = :code""")
			.param("code", province.code())
			.param("name", outline.get("name").asString())
			.param("fullName", outline.get("full_name").asString())
			.param("nameEn", outline.get("name_en").asString())
			.param("validFrom", AdminUnits.REFORM)
			.update();
	}

	private int loadCrosswalk() {
		int count = 0;
		for (CSVRecord row : Csv.read(province.crosswalk())) {
			count += jdbc.sql("""
					INSERT INTO admin_unit_predecessor (successor_id, code, name, district_code, district_name,
					                                    province_code, province_name, merge_type, split_count, valid_to)
					SELECT id, :code, :name, :districtCode, :districtName, :provinceCode, :provinceName, :mergeType,
					       :splitCount, :validTo
					FROM admin_unit WHERE level = 'commune' AND code = :newCode AND valid_from = :reform""")
				.param("code", row.get("old_commune_code"))
				.param("name", row.get("old_commune_name").replaceFirst("^(Phường|Xã|Thị trấn) ", ""))
				.param("districtCode", row.get("old_district_code"))
				.param("districtName", row.get("old_district_name"))
				.param("provinceCode", row.get("old_province_code"))
				.param("provinceName", row.get("old_province_name"))
				.param("mergeType", row.get("merge_type"))
				.param("splitCount", Integer.parseInt(row.get("old_commune_split_count")))
				.param("validTo", AdminUnits.REFORM.minusDays(1))
				.param("newCode", row.get("new_commune_code"))
				.param("reform", AdminUnits.REFORM)
				.update();
		}
		return count;
	}

	private JsonNode readJson(org.springframework.core.io.Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}
}
