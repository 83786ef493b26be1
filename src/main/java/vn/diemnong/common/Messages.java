package vn.diemnong.common;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message bundles in Vietnamese (the default) and English. */
@Component
public class Messages {

	public static final Locale VI = Locale.forLanguageTag("vi");
	public static final Locale EN = Locale.ENGLISH;
	public static final List<Locale> SUPPORTED = List.of(VI, EN);

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	/** The message in the request's language (Accept-Language, Vietnamese when absent). */
	public String get(String key, Object... args) {
		return get(current(), key, args);
	}

	public String get(Locale locale, String key, Object... args) {
		return source.getMessage(key, args, key, locale);
	}

	public static Locale current() {
		Locale locale = LocaleContextHolder.getLocale();
		return EN.getLanguage().equals(locale.getLanguage()) ? EN : VI;
	}
}
