package vn.diemnong.patrol;

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

/** The watch list as CSV or XLSX: numbers as numbers, one column per signal (empty where absent). */
@Component
class WatchListExport {

	private final UiWords words;

	WatchListExport(UiWords words) {
		this.words = words;
	}

	ResponseEntity<byte[]> answer(WatchList.Answer list, TableExport.Format format) {
		Locale locale = Messages.current();
		List<String> headers = new ArrayList<>(List.of("rank", "siteId", "name", "kind", "status", "commune", "risk",
				"reasons", "lat", "lon").stream().map(c -> words.get(locale, "police.export." + c)).toList());
		PoliceSignal.KNOWN.forEach(code -> headers.add(words.get(locale, "police.signal." + code)));
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (WatchList.Item item : list.sites()) {
			List<@Nullable Object> row = new ArrayList<>(Arrays.asList(item.rank(), item.siteId(), item.name(),
					words.code(locale, "site.kind", item.kind()), words.code(locale, "site.status", item.status()),
					item.communeName(), Math.round(item.risk() * 100) / 100.0,
					String.join("; ", item.reasons().stream().map(r -> words.get(locale, "risk.code." + r.code()))
						.distinct().toList()),
					item.lat(), item.lon()));
			for (String code : PoliceSignal.KNOWN) {
				Object value = item.signals().get(code);
				row.add(value instanceof Boolean b ? (b ? words.get(locale, "police.yes") : null) : value);
			}
			rows.add(row);
		}
		return TableExport.answer(new TableExport.Table(words.get(locale, "police.export.file"), headers, rows), format);
	}
}
