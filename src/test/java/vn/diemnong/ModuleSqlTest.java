package vn.diemnong;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Modules are coupled through SQL as much as through Java, where Spring Modulith cannot see it: each module's SQL
 * names only its own tables, and reads other modules' data through the views they publish (V14). The scan reads the
 * string literals and text blocks of every class of a module ({@code vn.diemnong.<module>}, subpackages included)
 * and takes the relations its SQL names after FROM, JOIN, INTO, UPDATE, REFERENCES and TRUNCATE.
 */
class ModuleSqlTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/diemnong");
	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Each table and the module whose SQL alone may name it; a new table must be given an owner here. */
	static final Map<String, String> TABLES = Map.ofEntries(
			entry("app_user", "access"),
			entry("admin_unit", "geo"), entry("admin_unit_predecessor", "geo"),
			entry("regulation_limit", "regulation"),
			entry("site", "site"), entry("site_status_event", "site"),
			entry("site_location_change", "site"),
			entry("inspection", "inspection"), entry("sample", "inspection"), entry("violation", "inspection"),
			entry("inspection_evidence", "inspection"),
			entry("risk_config", "hotspot"),
			entry("audit_event", "audit"),
			entry("dataset_load", "common"), entry("map_data_change", "common"),
			entry("map_data_version_base", "common"), entry("map_data_change_site", "common"),
			entry("photo", "photo"),
			entry("observation", "observation"), entry("observation_photo", "observation"),
			entry("observation_request", "observation"),
			entry("commitment", "commitment"),
			entry("tip", "tip"), entry("tip_addition", "tip"), entry("tip_photo", "tip"), entry("tip_confirmation", "tip"),
			entry("patrol_plan", "patrol"), entry("patrol_plan_stop", "patrol"),
			entry("patrol", "patrol"), entry("patrol_stop_outcome", "patrol"), entry("patrol_track_batch", "patrol"),
			entry("patrol_track_point", "patrol"));

	/** What each module publishes for the others to read. */
	static final Map<String, String> VIEWS = Map.ofEntries(
			entry("commune_current", "geo"), entry("province_current", "geo"), entry("commune_predecessor", "geo"),
			entry("regulation_limit_name", "regulation"),
			entry("site_current", "site"), entry("site_status_fact", "site"), entry("site_location_fact", "site"),
			entry("inspection_fact", "inspection"), entry("violation_fact", "inspection"),
			entry("sample_fact", "inspection"),
			entry("observation_fact", "observation"),
			entry("commitment_fact", "commitment"), entry("broken_commitment", "commitment"),
			entry("tip_fact", "tip"), entry("tip_near_site", "tip"),
			entry("patrol_visit_fact", "patrol"), entry("site_last_visit", "patrol"));

	private static final Pattern RELATION = Pattern.compile("(?i)\\b(?:from|join|into|update|references|truncate)"
			+ "\\s+(?:only\\s+|table\\s+|lateral\\s+)?([a-z_][a-z0-9_]*)"
			// FROM a x, b y: the items after the first
			+ "(?:\\s+(?:as\\s+)?(?!(?:where|join|left|right|inner|full|cross|on|group|order|limit|union|set|values)\\b)"
			+ "[a-z_][a-z0-9_]*)?((?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*)");

	private static final Pattern CREATED = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(table|view)"
			+ "\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void eachModulesSqlNamesOnlyItsOwnTablesAndPublishedViews() {
		List<String> trespasses = new ArrayList<>();
		for (Path file : javaFiles()) {
			for (Trespass trespass : trespasses(SOURCES.relativize(file), read(file))) {
				trespasses.add(trespass.toString());
			}
		}
		assertThat(trespasses).as("SQL naming another module's table").isEmpty();
	}

	record Trespass(Path file, String table, String owner) {

		@Override
		public String toString() {
			return "%s names table %s, owned by %s%s".formatted(file, table, owner,
					VIEWS.containsValue(owner) ? " (read " + owner + "'s views instead: " + viewsOf(owner) + ")" : "");
		}
	}

	/** The tables of other modules that the SQL of a file (its path under vn/diemnong) names. */
	static List<Trespass> trespasses(Path file, String javaSource) {
		String module = file.getName(0).toString();
		return relations(javaSource).stream()
			.filter(table -> TABLES.containsKey(table) && !TABLES.get(table).equals(module))
			.map(table -> new Trespass(file, table, TABLES.get(table)))
			.toList();
	}

	@Test
	void everyTableAndViewTheMigrationsCreateHasAnOwner() {
		Set<String> tables = new TreeSet<>();
		Set<String> views = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			files.filter(f -> f.toString().endsWith(".sql")).forEach(file -> {
				Matcher created = CREATED.matcher(read(file));
				while (created.find()) {
					(created.group(1).equalsIgnoreCase("table") ? tables : views).add(created.group(2).toLowerCase());
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(tables).as("tables created by the migrations (give each an owner in TABLES)")
			.containsExactlyInAnyOrderElementsOf(TABLES.keySet());
		assertThat(views).as("views created by the migrations (give each an owner in VIEWS)")
			.containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
		assertThat(Set.copyOf(TABLES.values())).as("owners are modules").allMatch(m -> Files.isDirectory(SOURCES.resolve(m)));
		assertThat(Set.copyOf(VIEWS.values())).as("publishers are modules").allMatch(m -> Files.isDirectory(SOURCES.resolve(m)));
	}

	/** The scan itself: it finds what it must in text blocks and literals, and nothing in comments or code. */
	@Test
	void scanFindsTheRelationsSqlNames() {
		String source = "class X {\n"
				+ "  // FROM audit_event in a comment is no SQL\n"
				+ "  /* nor JOIN app_user here */\n"
				+ "  String a = \"\"\"\n"
				+ "      SELECT s.id FROM site s JOIN admin_unit u ON u.id = s.commune_id\n"
				+ "      LEFT JOIN commune_current c ON true, LATERAL (SELECT 1) x\"\"\";\n"
				+ "  String b = \"insert into violation (id) select id from Inspection i, sample sa WHERE true\";\n"
				+ "  String c = \"UPDATE risk_config SET x = 1; DELETE FROM \\\"dataset_load\\\"\";\n"
				+ "  String d = \"SELECT extract(year FROM i.inspected_on) FROM site_current s, regulation_limit r\";\n"
				+ "  char q = '\"'; int from = 1; String e = \"FROM\" + from + \"text\";\n"
				+ "}\n";
		assertThat(relations(source)).containsExactlyInAnyOrder("site", "admin_unit", "commune_current",
				"violation", "inspection", "sample", "risk_config", "dataset_load", "i", "site_current",
				"regulation_limit");
	}

	@Test
	void aTrespassNamesTheFileTheTableAndItsOwner() {
		String source = "String sql = \"\"\"\n  SELECT count(*) FROM violation v JOIN site_current s ON s.id = v.site_id\"\"\";";
		assertThat(trespasses(Path.of("history/Counts.java"), source)).extracting(Trespass::toString)
			.containsExactly("history/Counts.java names table violation, owned by inspection "
					+ "(read inspection's views instead: [inspection_fact, sample_fact, violation_fact])");
		assertThat(trespasses(Path.of("inspection/Counts.java"), source)).isEmpty();
	}

	/** The relation names the SQL in a Java source's strings and text blocks names, lower case. */
	static Set<String> relations(String javaSource) {
		Set<String> names = new TreeSet<>();
		for (String literal : stringLiterals(javaSource)) {
			Matcher relation = RELATION.matcher(literal.replace("\"", ""));
			while (relation.find()) {
				names.add(relation.group(1).toLowerCase());
				for (String item : relation.group(2).split(",")) {
					if (!item.isBlank()) {
						names.add(item.strip().split("\\s+")[0].toLowerCase());
					}
				}
			}
		}
		return names;
	}

	/** The contents of every string literal and text block, outside comments and character literals. */
	static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = after(source, source.indexOf('\n', i), 1);
			}
			else if (source.startsWith("/*", i)) {
				i = after(source, source.indexOf("*/", i + 2), 2);
			}
			else if (source.startsWith("\"\"\"", i)) {
				int close = source.indexOf("\"\"\"", i + 3);
				while (close > 0 && source.charAt(close - 1) == '\\') {
					close = source.indexOf("\"\"\"", close + 1);
				}
				literals.add(source.substring(i + 3, close < 0 ? source.length() : close));
				i = after(source, close, 3);
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				StringBuilder literal = new StringBuilder();
				for (i++; i < source.length() && source.charAt(i) != quote; i++) {
					if (source.charAt(i) == '\\') {
						i++;
					}
					literal.append(source.charAt(i));
				}
				if (quote == '"') {
					literals.add(literal.toString());
				}
				i++;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	/** Where scanning goes on after a token that closes at {@code close} (the end of the source if it never does). */
	private static int after(String source, int close, int length) {
		return close < 0 ? source.length() : close + length;
	}

	private static List<String> viewsOf(String module) {
		return VIEWS.entrySet().stream().filter(e -> e.getValue().equals(module)).map(Map.Entry::getKey).sorted().toList();
	}

	private static List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			// classes of the root package belong to no module
			return files.filter(f -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1)
				.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
