package vn.diemnong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every Jakarta constraint the code uses has a message in each bundle, and those with a bound name it. The base
 * bundle is the Vietnamese one: there is no {@code messages_vi}.
 */
class ConstraintMessagesTest {

	@Test
	void vietnameseComesFromTheBaseBundleWhateverTheSystemLocale() {
		// as application.properties sets it up: spring.messages.fallback-to-system-locale=false
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		Locale system = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			assertThat(source.getMessage("problem.title.validation", null, Messages.VI)).isEqualTo("Dữ liệu không hợp lệ");
			assertThat(source.getMessage("problem.title.validation", null, Messages.EN)).isEqualTo("Invalid input");
		}
		finally {
			Locale.setDefault(system);
		}
	}

	@Test
	void everyConstraintUsedInTheCodeHasMessagesThatNameItsBound() throws IOException {
		Set<String> used = usedConstraints();
		assertThat(used).contains("Size", "DecimalMin", "NotNull");
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = load(bundle);
			for (String constraint : used) {
				String message = messages.getProperty("problem.field.constraint." + constraint);
				assertThat(message).as(bundle + ": " + constraint).isNotBlank();
				if (ConstraintProblems.BOUNDS.containsKey(constraint)) {
					for (int i = 0; i < ConstraintProblems.BOUNDS.get(constraint).size(); i++) {
						assertThat(message).as(bundle + ": " + constraint).contains("{" + i + "}");
					}
				}
			}
			for (String exclusive : List.of("DecimalMin.exclusive", "DecimalMax.exclusive")) {
				assertThat(messages.getProperty("problem.field.constraint." + exclusive)).as(bundle).contains("{0}");
			}
		}
	}

	private static Set<String> usedConstraints() throws IOException {
		Pattern imported = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = imported.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		return used;
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(ConstraintMessagesTest.class.getResourceAsStream("/" + bundle),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
