package vn.diemnong.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page's own words (static/i18n/vi.json and en.json), for what the service writes for people to read outside the
 * page, such as the headers and code names of an exported table: one place for each word in both languages.
 */
@Component
public class UiWords {

	private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

	UiWords(JsonMapper json) {
		for (Locale locale : Messages.SUPPORTED) {
			byLanguage.put(locale.getLanguage(), read(json, "static/i18n/" + locale.getLanguage() + ".json"));
		}
	}

	/** The word for a key in the language, the key itself when there is none. */
	public String get(Locale locale, String key) {
		return byLanguage.getOrDefault(locale.getLanguage(), Map.of()).getOrDefault(key, key);
	}

	/** The name of a code ({@code site.kind} + {@code craft_village}); null for null. */
	public @Nullable String code(Locale locale, String prefix, @Nullable String code) {
		return code == null ? null : get(locale, prefix + "." + code);
	}

	private static Map<String, String> read(JsonMapper json, String path) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return Map.of();
		}
		try (InputStream in = resource.getInputStream()) {
			JsonNode words = json.readTree(in);
			Map<String, String> map = new HashMap<>();
			// plural forms ({one, other}) are the page's own; a file needs the plain words
			words.properties().stream().filter(entry -> entry.getValue().isString())
				.forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
			return map;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
