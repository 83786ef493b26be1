package vn.diemnong.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date a request names, whatever the endpoint, is read here. A query parameter (the one String-to-LocalDate
 * converter of Spring MVC) lies between {@code diemnong.web.earliest-date} and today plus
 * {@code diemnong.web.latest-date-ahead}: a date like {@code -999999999-01-01} would otherwise reach PostgreSQL as
 * {@code -infinity} and a month series that never ends. A date in a record (a JSON body: a deadline, a permit's
 * validity) may lie further ahead, up to {@code diemnong.web.latest-record-date-ahead}.
 */
@Component
public class DateBounds implements Converter<String, LocalDate>, WebMvcConfigurer {

	private final LocalDate earliest;
	private final Period ahead;
	private final Period recordAhead;
	private final Clock clock;

	DateBounds(@Value("${diemnong.web.earliest-date:1990-01-01}") LocalDate earliest,
			@Value("${diemnong.web.latest-date-ahead:P1Y}") Period ahead,
			@Value("${diemnong.web.latest-record-date-ahead:P30Y}") Period recordAhead, Clock clock) {
		this.earliest = earliest;
		this.ahead = ahead;
		this.recordAhead = recordAhead;
		this.clock = clock;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, LocalDate.class, this);
	}

	@Override
	public LocalDate convert(String text) {
		return within(text, LocalDate.now(clock).plus(ahead));
	}

	/** A date of a record (a JSON body or patch); {@link OutOfBounds} when it lies outside the bounds. */
	public LocalDate record(String text) {
		return within(text, LocalDate.now(clock).plus(recordAhead));
	}

	/** The same, for a field read by hand: a 400 naming it. */
	public LocalDate record(String field, String text) {
		try {
			return record(text);
		}
		catch (OutOfBounds bounds) {
			throw problem(field, bounds);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalid(field, "wrong-type");
		}
	}

	public LocalDate earliest() {
		return earliest;
	}

	private LocalDate within(String text, LocalDate latest) {
		LocalDate date;
		try {
			date = LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not an ISO date: " + text, ex);
		}
		if (date.isBefore(earliest) || date.isAfter(latest)) {
			throw new OutOfBounds(date, earliest, latest);
		}
		return date;
	}

	static ApiProblem problem(String field, OutOfBounds bounds) {
		return ApiProblem.invalid(field, "date-out-of-range", bounds.date().toString(), bounds.earliest().toString(),
				bounds.latest().toString());
	}

	/** Raised while binding a parameter; {@link ProblemHandler} names the parameter. */
	static final class OutOfBounds extends IllegalArgumentException {

		private final transient LocalDate date;
		private final transient LocalDate earliest;
		private final transient LocalDate latest;

		OutOfBounds(LocalDate date, LocalDate earliest, LocalDate latest) {
			super(date + " is outside " + earliest + " … " + latest);
			this.date = date;
			this.earliest = earliest;
			this.latest = latest;
		}

		LocalDate date() {
			return date;
		}

		LocalDate earliest() {
			return earliest;
		}

		LocalDate latest() {
			return latest;
		}
	}
}
