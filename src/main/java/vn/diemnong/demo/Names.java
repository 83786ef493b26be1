package vn.diemnong.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Vietnamese names for generated operators, from fixed lists; a name is not given twice. */
final class Names {

	static final List<String> HAMLETS = List.of("thôn Đông", "thôn Đoài", "thôn Trung", "thôn Thượng",
			"thôn Hạ", "thôn Nam", "thôn Bắc", "xóm Mới", "thôn Chùa", "thôn Cầu", "thôn Đình", "xóm Bến");

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ",
			"Ngô", "Dương", "Bùi", "Đặng", "Đào", "Nghiêm", "Chu", "Lương", "Phùng", "Tạ", "Đinh", "Trịnh", "Hà");
	private static final List<String> MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Quang", "Minh", "Hữu",
			"Công", "Xuân", "Ngọc");
	private static final List<String> MEN = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh",
			"Long", "Mạnh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Hòa",
			"Thành", "Lâm", "Tiến", "Huy", "Đạt");
	private static final List<String> WOMEN = List.of("Hoa", "Hương", "Lan", "Liên", "Mai", "Nga", "Oanh",
			"Phương", "Thảo", "Thu", "Yến", "Hằng", "Dung", "Loan", "Huệ", "Nhung");
	private static final List<String> FIRMS = List.of("Hưng Phát", "Thành Đạt", "Phú Thịnh", "Minh Khang",
			"Đại Phát", "Thuận Phong", "Hoàng Long", "Tân Tiến", "An Khang", "Việt Hưng", "Kim Ngân", "Phúc Lộc",
			"Đông Á", "Bảo Minh", "Hòa Bình", "Trường Sơn", "Quang Minh", "Thịnh Vượng", "Nam Việt", "Hải Đăng",
			"Đức Thành", "Tiến Đạt", "Phát Lộc", "Hồng Hà", "Kinh Bắc", "Thăng Long", "Sông Cầu", "Hà Phong",
			"Bắc Hà", "Tân Phú", "Hưng Thịnh", "Gia Phát", "Thành Công", "Phương Đông", "Việt Tiến",
			"Toàn Thắng", "Hoàng Gia", "Minh Phát", "Bình An", "Đại Thành");

	private final Set<String> given = new HashSet<>();

	/** A person with the honorific used in "Hộ ông …": "ông Nguyễn Văn An". */
	record Person(String name, String title) {
	}

	Person person(SplittableRandom rng) {
		boolean man = rng.nextInt(4) > 0;
		String middle = man ? pick(rng, MIDDLE) : "Thị";
		String name = pick(rng, FAMILY) + " " + middle + " " + pick(rng, man ? MEN : WOMEN);
		return new Person(name, (man ? "ông " : "bà ") + name);
	}

	String firm(SplittableRandom rng) {
		return pick(rng, FIRMS);
	}

	/** A site's name and who runs it. */
	record Identity(String name, String operator) {
	}

	/** Draws until the site name is new; when the lists run out, numbers the name. */
	Identity unique(Supplier<Identity> draw) {
		for (int attempt = 0; attempt < 60; attempt++) {
			Identity identity = draw.get();
			if (given.add(identity.name())) {
				return identity;
			}
		}
		Identity identity = draw.get();
		String name = identity.name();
		for (int n = 2; !given.add(name); n++) {
			name = identity.name() + " " + n;
		}
		return new Identity(name, identity.operator());
	}

	static <T> T pick(SplittableRandom rng, List<T> list) {
		return list.get(rng.nextInt(list.size()));
	}
}
