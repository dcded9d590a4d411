package de.kommunalpilot.platform.web;

import java.util.List;

import java.io.IOException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import de.kommunalpilot.platform.FormFields;

/**
 * One check for every text that arrives as JSON at the app's API: control characters (but tab and line
 * breaks) and bidirectional overrides are refused with 400 naming the field, and duplicate keys make the
 * body invalid. A request body declares its fields: one the API does not know is refused with 400 naming it (a
 * misspelt field is never silently dropped), as the API's description says ({@code additionalProperties: false}). Form
 * posts are checked by {@link FormParameterHygiene}, task forms by their declaration.
 */
@Configuration(proxyBeanMethods = false)
class InputHygiene {

	/** A text with control characters, refused while the JSON is read; the path names the field. */
	static final class ControlCharactersException extends JsonMappingException {

		ControlCharactersException(JsonParser parser) {
			super(parser, FormFields.CONTROL_CHARACTERS);
		}
	}

	@Bean
	Jackson2ObjectMapperBuilderCustomizer refuseControlCharactersAndDuplicateKeys() {
		SimpleModule module = new SimpleModule("kommunalpilot-input-hygiene");
		module.addDeserializer(String.class, new CheckedStrings());
		return builder -> builder.modulesToInstall(module).postConfigurer(InputHygiene::refuseNullsInLists).featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
				com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * The API's JSON converter: Boot's mapper (with the checks above) that also refuses fields a request body does not
	 * declare. Only the HTTP API reads with it; the event registry keeps Boot's mapper, so a stored event never fails on a
	 * field a later version dropped.
	 */
	@Bean
	MappingJackson2HttpMessageConverter apiJsonConverter(ObjectMapper objectMapper) {
		return new MappingJackson2HttpMessageConverter(objectMapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
	}

	/** The German message for a field the request body does not declare. */
	static final String UNKNOWN_FIELD = "Dieses Feld ist unbekannt.";

	/** {@code [null]} in a list or set is a bad request naming the field, not a null element for the domain to stumble over. */
	private static void refuseNullsInLists(com.fasterxml.jackson.databind.ObjectMapper mapper) {
		for (Class<?> type : List.of(java.util.Collection.class, List.class, java.util.Set.class)) {
			mapper.configOverride(type).setSetterInfo(com.fasterxml.jackson.annotation.JsonSetter.Value.forContentNulls(
					com.fasterxml.jackson.annotation.Nulls.FAIL));
		}
	}

	static final class CheckedStrings extends StdScalarDeserializer<String> {

		CheckedStrings() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (value != null && FormFields.hasControlCharacters(value)) {
				throw new ControlCharactersException(parser);
			}
			return value;
		}
	}
}
