package vn.diemnong.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import vn.diemnong.demo.Behaviour.Regime;
import vn.diemnong.demo.Visit.Measurement;

/**
 * One site's history, simulated month by month from its registration to the end: its planned change (commitment
 * campaign, Phú Lâm phase-out, Thổ Hà's kilns), reactivations, inspections and the sanctions they lead to. Each
 * record is dated at or after the one before, so the status events come out in order.
 */
final class SiteHistory {

	private static final String OPERATING = "operating";
	private static final List<String> EVIDENCE = List.of("tin báo của người dân qua đường dây nóng",
			"báo cáo tuần tra của Công an xã", "ảnh chụp hiện trường của UBND xã",
			"phản ánh của người dân về khói, mùi");

	private final Subject subject;
	private final Behaviour behaviour;
	private final SplittableRandom rng;
	private final Inspector inspector;
	private final Sanctions sanctions;
	private final List<DemoProvince.StatusEvent> events = new ArrayList<>();
	private final List<Visit> visits = new ArrayList<>();
	private Plans.@Nullable Change plan;
	private Plans.@Nullable Change pending;
	private @Nullable LocalDate followUpFrom;
	private String status = OPERATING;
	private LocalDate cursor = Timeline.START;
	private int reactivations;

	/** The site's status events and inspections, each in date order, and the status it ends in. */
	record Result(List<DemoProvince.StatusEvent> events, List<Visit> visits, String status) {
	}

	private SiteHistory(Subject subject, SplittableRandom rng) {
		this.subject = subject;
		this.behaviour = subject.behaviour();
		this.rng = rng;
		this.inspector = new Inspector(subject.craft(), rng);
		this.sanctions = new Sanctions(subject.organisation(), rng);
		this.plan = Plans.draw(subject, rng);
	}

	static Result of(Subject subject, SplittableRandom rng) {
		SiteHistory history = new SiteHistory(subject, rng);
		history.run();
		return new Result(List.copyOf(history.events), List.copyOf(history.visits), history.status);
	}

	private void run() {
		change(behaviour.start(), OPERATING, behaviour.registration(), null);
		if (behaviour.regime() == Regime.SCATTERED || behaviour.regime() == Regime.DUMP) {
			discovered(behaviour.start().plusDays(2 + rng.nextInt(14)));
		}
		LocalDate month = behaviour.start().withDayOfMonth(1);
		for (; !month.isAfter(Timeline.END); month = month.plusMonths(1)) {
			LocalDate last = month.plusMonths(1).minusDays(1);
			settle(last);
			follow(last);
			watch(month);
			if (rng.nextDouble() < Pace.inspectRate(behaviour, status, month)) {
				inspect(Timeline.dayIn(rng, month));
			}
		}
		settle(Timeline.END);
	}

	/** Appends a status event unless the status is unchanged or the day is past the history. */
	private boolean change(LocalDate day, String newStatus, String reason, @Nullable String evidence) {
		LocalDate date = notBeforeCursor(day);
		if (date.isAfter(Timeline.END) || !events.isEmpty() && newStatus.equals(status)) {
			return false;
		}
		events.add(new DemoProvince.StatusEvent(subject.site().key(), date, events.isEmpty() ? null : status,
				newStatus, reason, evidence, Timeline.filedCode(date, subject.site())));
		status = newStatus;
		cursor = date;
		pending = null;
		return true;
	}

	private LocalDate notBeforeCursor(LocalDate day) {
		return day.isBefore(cursor) ? cursor : day;
	}

	/** The change a decision scheduled (end of a suspension, remediation done) comes due. */
	private void settle(LocalDate until) {
		Plans.Change due = pending;
		if (due != null && !due.date().isAfter(until)) {
			pending = null;
			change(due.date(), due.status(), due.reason(), null);
		}
	}

	/** The planned change comes due, unless the site is already gone. */
	private void follow(LocalDate until) {
		Plans.Change due = plan;
		if (due != null && !due.date().isAfter(until)) {
			plan = null;
			if (!"closed".equals(status) && !"relocated".equals(status)) {
				change(due.date(), due.status(), due.reason(), null);
			}
		}
	}

	/** A committed, closed or suspended recycler may operate again; an inspection within 10 days finds it. */
	private void watch(LocalDate month) {
		if (month.isBefore(Timeline.WATCH_FROM) || !Pace.IDLE.contains(status) || reactivations == 2
				|| rng.nextDouble() >= behaviour.reactivation()) {
			return;
		}
		Offence offence = "committed".equals(status) ? Offence.of("scrap_stockpiling", 2)
				: Offence.of("operating_after_closure", 3);
		String reason = "phát hiện tập kết phế liệu, " + subject.craft().machine + " hoạt động trở lại";
		LocalDate seen = notBeforeCursor(Timeline.dayIn(rng, month));
		if (seen.isAfter(Timeline.END.minusDays(10)) || !change(seen, "reactivated", reason, pick(EVIDENCE))) {
			return;
		}
		reactivations++;
		LocalDate day = seen.plusDays(1 + rng.nextInt(10));
		List<Measurement> samples = rng.nextBoolean() ? inspector.sample(badness(day)) : List.of();
		List<Offence> offences = new ArrayList<>(List.of(offence));
		offences.addAll(Inspector.exceedances(samples));
		aftermath(record(day, "unannounced", samples, offences));
	}

	/** After a reactivation: sealed, closed for good, signed again, or still running. */
	private void aftermath(Visit visit) {
		Finding first = visit.findings().get(0);
		LocalDate decided = first.decidedOn();
		if (decided == null) {
			return;
		}
		followUpFrom = first.remedialDeadline();
		double r = rng.nextDouble();
		String machine = subject.craft().machine;
		if (r < 0.45) {
			change(decided, "suspended", "đình chỉ hoạt động, niêm phong " + machine, null);
		}
		else if (r < 0.6) {
			change(decided, "closed", "buộc chấm dứt hoạt động, tháo dỡ " + machine, null);
		}
		else if (r < 0.75) {
			change(decided, "committed", "ký lại cam kết không hoạt động tái chế phế liệu trái phép", null);
		}
	}

	/** Scattered workshops are found by a tip-off, dumps on patrol: the first inspection finds the offence. */
	private void discovered(LocalDate day) {
		boolean dump = behaviour.regime() == Regime.DUMP;
		List<Measurement> samples = dump ? List.of() : inspector.sample(badness(day));
		List<Offence> offences = new ArrayList<>();
		offences.add(Offence.of(dump ? "illegal_waste_dumping" : "illegal_scrap_recycling", 2 + rng.nextInt(2)));
		offences.addAll(Inspector.exceedances(samples));
		consequences(record(day, "unannounced", samples, offences));
	}

	private void inspect(LocalDate day) {
		LocalDate date = notBeforeCursor(day);
		if (date.isAfter(Timeline.END)) {
			return;
		}
		if (Pace.IDLE.contains(status)) {
			String kind = rng.nextBoolean() ? "unannounced" : "scheduled";
			add(new Visit(subject.site().key(), date, kind, inspector.team(kind, subject.zone()), legalBasis(date),
					Inspector.idleOutcome(status), Timeline.filedCode(date, subject.site()), List.of(), List.of()));
			return;
		}
		boolean sampling = behaviour.regime() != Regime.DUMP || rng.nextDouble() < 0.3;
		List<Measurement> samples = sampling ? inspector.sample(badness(date)) : List.of();
		List<Offence> offences = new ArrayList<>(Inspector.exceedances(samples));
		offences.addAll(Observations.of(subject, date, rng));
		consequences(record(date, kind(date), samples, offences));
	}

	/** The first visit after a remedial deadline checks on it. */
	private String kind(LocalDate date) {
		LocalDate due = followUpFrom;
		if (due != null && !date.isBefore(due)) {
			followUpFrom = null;
			return "follow_up";
		}
		return rng.nextDouble() < 0.55 ? "scheduled" : "unannounced";
	}

	/** Records an inspection; one decision, 5–20 days later, sanctions all it found. */
	private Visit record(LocalDate date, String kind, List<Measurement> samples, List<Offence> offences) {
		LocalDate decided = date.plusDays(5 + rng.nextInt(16));
		List<Finding> findings = new ArrayList<>();
		for (Offence offence : offences) {
			findings.add(sanctions.decide(offence, decided.isAfter(Timeline.END) ? null : decided));
		}
		Visit visit = new Visit(subject.site().key(), date, kind, inspector.team(kind, subject.zone()),
				legalBasis(date), Inspector.outcome(samples, findings), Timeline.filedCode(date, subject.site()),
				samples, List.copyOf(findings));
		add(visit);
		return visit;
	}

	private void add(Visit visit) {
		visits.add(visit);
		cursor = visit.date();
	}

	/** Closes illegal workshops and cleared dumps; suspends on severe findings, else puts under remediation. */
	private void consequences(Visit visit) {
		Finding worst = visit.findings().stream().max(Comparator.comparingInt(f -> f.offence().severity()))
			.orElse(null);
		LocalDate decided = worst == null ? null : worst.decidedOn();
		if (worst == null || decided == null) {
			return;
		}
		followUpFrom = worst.remedialDeadline();
		if (behaviour.regime() == Regime.SCATTERED && found(visit, "illegal_scrap_recycling")
				&& rng.nextDouble() < 0.6) {
			change(decided, "closed", "buộc chấm dứt hoạt động tái chế phế liệu trái phép", null);
		}
		else if (behaviour.regime() == Regime.DUMP) {
			LocalDate deadline = worst.remedialDeadline();
			if (deadline != null && worst.resolved() && rng.nextDouble() < 0.35) {
				pending = new Plans.Change(deadline, "closed", "đã thu gom chất thải, cải tạo mặt bằng");
			}
		}
		else {
			sanction(worst, decided);
		}
	}

	private void sanction(Finding worst, LocalDate decided) {
		LocalDate deadline = worst.remedialDeadline();
		int severity = worst.offence().severity();
		if (severity == 3 && change(decided, "suspended", "đình chỉ hoạt động theo quyết định xử phạt", null)
				&& worst.resolved()) {
			pending = new Plans.Change(decided.plusDays(90), OPERATING, "hết thời hạn đình chỉ, đã khắc phục vi phạm");
		}
		else if (severity == 2 && deadline != null
				&& change(decided, "under_remediation", "thực hiện biện pháp khắc phục theo quyết định xử phạt", null)
				&& worst.resolved()) {
			pending = new Plans.Change(deadline, OPERATING, "hoàn thành biện pháp khắc phục, được xác nhận");
		}
	}

	private static boolean found(Visit visit, String category) {
		return visit.findings().stream().anyMatch(f -> f.offence().category().equals(category));
	}

	private double badness(LocalDate date) {
		return Pace.badness(behaviour, status, date);
	}

	private String legalBasis(LocalDate date) {
		return Timeline.legalBasis(date, behaviour.campaignArea(), subject.zone());
	}

	private String pick(List<String> options) {
		return Names.pick(rng, options);
	}
}
