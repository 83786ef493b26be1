package vn.diemnong.demo;

import static vn.diemnong.demo.Measure.air;
import static vn.diemnong.demo.Measure.water;

import java.util.List;
import java.util.Locale;

/** The trades, with how Vietnamese names them and what an inspection samples at such a site. */
enum Craft {

	PAPER_RECYCLING("xưởng tái chế giấy", "tái chế giấy", "Giấy", "máy nghiền bột giấy",
			List.of(water("COD"), water("BOD5"), water("TSS"), water("colour"))),
	ALUMINIUM_RECYCLING("lò cô đúc nhôm", "tái chế nhôm", "Nhôm", "lò nấu nhôm",
			List.of(air("dust"), water("TSS"), water("pH"))),
	COPPER_CASTING("xưởng đúc đồng", "đúc đồng", "Đồng", "lò nấu đồng",
			List.of(water("Cu"), water("Pb"), water("Zn"), air("dust"))),
	STEEL_RECYCLING("xưởng cán thép", "tái chế sắt thép", "Thép", "lò nấu thép",
			List.of(water("Fe"), water("Pb"), water("mineral_oil"), air("dust"))),
	METAL_PLATING("xưởng mạ kim loại", "mạ kim loại", "Mạ", "bể mạ",
			List.of(water("Cr6"), water("Ni"), water("Zn"), water("CN"))),
	PLASTIC_RECYCLING("xưởng tái chế nhựa", "tái chế nhựa", "Nhựa", "máy băm, tạo hạt nhựa",
			List.of(water("COD"), water("TSS"), air("dust"))),
	RUBBER_RECYCLING("xưởng tái chế cao su", "tái chế cao su", "Cao su", "lò tái sinh cao su",
			List.of(air("dust"), water("COD"))),
	SCRAP_TRADING("điểm thu gom phế liệu", "thu mua phế liệu", "Phế liệu", "bãi phân loại phế liệu",
			List.of(water("TSS"), water("mineral_oil"))),
	WOOD_FURNITURE("xưởng mộc mỹ nghệ", "đồ gỗ mỹ nghệ", "Gỗ", "máy cưa, chà nhám", List.of(air("dust"))),
	POTTERY("lò gốm", "gốm", "Gốm", "lò nung", List.of(air("dust"), air("SO2"))),
	RICE_WINE("lò nấu rượu", "nấu rượu", "Rượu", "nồi chưng cất",
			List.of(water("BOD5"), water("COD"), water("NH4_N"))),
	FOOD_PROCESSING("cơ sở chế biến thực phẩm", "chế biến thực phẩm", "Thực phẩm", "dây chuyền chế biến",
			List.of(water("BOD5"), water("COD"), water("NH4_N"))),
	TEXTILE_DYEING("xưởng nhuộm", "dệt nhuộm", "Dệt nhuộm", "bể nhuộm", List.of(water("COD"), water("colour"))),
	MIXED_INDUSTRY("xưởng sản xuất", "sản xuất", "Sản xuất", "dây chuyền sản xuất",
			List.of(water("COD"), water("TSS"), water("NH4_N"))),
	WASTE_DISPOSAL("bãi thải", "xử lý chất thải", "Môi trường", "xe chở chất thải",
			List.of(water("COD"), water("NH4_N"), water("Pb")));

	/**
	 * Keywords of the known-sites file's free-text trades; the first found wins, so "steel casting, aluminium
	 * casting" is steel and "pottery (wood-fired kilns)" is pottery.
	 */
	private static final List<Rule> RULES = List.of(new Rule("paper", PAPER_RECYCLING),
			new Rule("steel", STEEL_RECYCLING), new Rule("copper", COPPER_CASTING),
			new Rule("aluminium", ALUMINIUM_RECYCLING), new Rule("pottery", POTTERY), new Rule("wood", WOOD_FURNITURE),
			new Rule("wine", RICE_WINE), new Rule("plating", METAL_PLATING), new Rule("plastic", PLASTIC_RECYCLING),
			new Rule("rubber", RUBBER_RECYCLING), new Rule("scrap", SCRAP_TRADING), new Rule("dye", TEXTILE_DYEING));

	/** As in "Hộ ông … (xưởng tái chế giấy)". */
	final String household;
	/** As in "Cơ sở tái chế nhôm Mẫn Xá số 12". */
	final String facility;
	/** As in "Công ty TNHH Giấy Hưng Phát". */
	final String company;
	/** What is seen running again when a site reactivates. */
	final String machine;
	final List<Measure> measures;

	Craft(String household, String facility, String company, String machine, List<Measure> measures) {
		this.household = household;
		this.facility = facility;
		this.company = company;
		this.machine = machine;
		this.measures = measures;
	}

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Scrap recycling: the trades the commitment campaign and the reactivation watch are about. */
	boolean recycling() {
		return ordinal() <= SCRAP_TRADING.ordinal();
	}

	/** Industrial zones are mixed whatever their brochure says; other rows by the first keyword found. */
	static Craft of(String kind, String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if ("industrial_zone".equals(kind)) {
			return MIXED_INDUSTRY;
		}
		return RULES.stream().filter(r -> lower.contains(r.keyword())).map(Rule::craft).findFirst()
			.orElse(MIXED_INDUSTRY);
	}

	private record Rule(String keyword, Craft craft) {
	}
}
