package vn.diemnong.common;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** Dates in JSON bodies are read through {@link DateBounds#record(String)} (Boot adds every module bean to Jackson). */
@Component
class BoundedDatesModule extends SimpleModule {

	BoundedDatesModule(DateBounds bounds) {
		super("bounded-dates");
		addDeserializer(LocalDate.class, new ValueDeserializer<LocalDate>() {

			@Override
			public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
				if (!parser.hasToken(JsonToken.VALUE_STRING)) {
					return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
				}
				return bounds.record(parser.getString());
			}
		});
	}
}
