package vn.diemnong.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Messages;
import vn.diemnong.common.TableExport;
import vn.diemnong.common.UiWords;

/** The site list as a spreadsheet (CSV or XLSX) in the reader's language: the same sites and fields as the JSON list. */
@Component
class SiteExport {

	/** An export without a limit takes up to the largest page of the list. */
	static final int MAX_ROWS = 10000;

	private static final List<String> COLUMNS = List.of("id", "name", "kind", "trade", "status", "pollutionClass",
			"communeCode", "communeName", "latitude", "longitude", "locationPrecision", "members", "parentId",
			"parentName", "registeredOn");

	private final SiteQueries queries;
	private final UiWords words;

	SiteExport(SiteQueries queries, UiWords words) {
		this.queries = queries;
		this.words = words;
	}

	ResponseEntity<byte[]> answer(SiteFilter filter, TableExport.Format format) {
		Locale locale = Messages.current();
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (SiteQueries.ExportRow row : queries.exportRows(filter, locale.equals(Messages.VI))) {
			rows.add(Arrays.asList(row.id(), row.name(), words.code(locale, "site.kind", row.kind()),
					words.code(locale, "site.trade", row.trade()), words.code(locale, "site.status", row.status()),
					words.code(locale, "site.pollution", row.pollutionClass()), row.communeCode(), row.communeName(),
					row.lat(), row.lon(), row.precision(), row.members(), row.parentId(), row.parentName(),
					row.createdOn()));
		}
		List<String> headers = COLUMNS.stream().map(c -> words.get(locale, "export.column." + c)).toList();
		String name = words.get(locale, filter.commune() == null ? "export.file.sites" : "export.file.communeSites")
				+ (filter.commune() == null ? "" : "-" + filter.commune());
		return TableExport.answer(new TableExport.Table(name, headers, rows), format);
	}
}
