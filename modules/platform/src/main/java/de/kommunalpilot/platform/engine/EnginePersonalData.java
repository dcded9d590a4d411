package de.kommunalpilot.platform.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.PersonalData;

/**
 * The person in the engine's own tables, after every module has done its part: their name and e-mail
 * address become {@link Person#ERASED_NAME}, their login the pseudonym — in task and activity history
 * (assignee, owner), identity links, the operation log, comments, incidents, and every variable value,
 * text or serialized (the JSON in {@code act_ge_bytearray}, such as the ranking options of „Expert*in
 * auswählen"). The engine's API cannot change history, so this works on the tables directly, in the
 * erasure's transaction; process models (deployment resources) are left alone. A login is replaced as a
 * whole word only, so that another login or name that contains it stays intact.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class EnginePersonalData implements PersonalData {

	private static final Logger log = LoggerFactory.getLogger(EnginePersonalData.class);
	private static final String WORD = "[\\p{L}\\p{N}._@-]";

	private final JdbcTemplate jdbc;

	EnginePersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "aufgaben";
	}

	/** The tasks the person worked on, with the case they belonged to. */
	@Override
	public Object export(Person person) {
		if (person.userId() == null) {
			return List.of();
		}
		return jdbc.queryForList("""
				select t.name_ as aufgabe, p.business_key_ as vorgang, t.start_time_ as begonnen, t.end_time_ as erledigt
				from act_hi_taskinst t left join act_hi_procinst p on p.id_ = t.proc_inst_id_
				where t.assignee_ = ? or t.owner_ = ? order by t.start_time_
				""", person.userId(), person.userId());
	}

	@Override
	public void erase(Person person) {
		Map<Pattern, String> replacements = replacements(person);
		if (replacements.isEmpty()) {
			return;
		}
		List<String> values = new ArrayList<>();
		for (String value : new String[] { person.name(), person.email(), person.userId() }) {
			if (value != null && !value.isBlank()) {
				values.add(value);
			}
		}
		int rows = 0;
		for (Map.Entry<String, List<Column>> table : columnsByTable().entrySet()) {
			rows += erase(table.getKey(), table.getValue(), values, replacements);
		}
		log.info("Erasure: {} rows in the engine's tables rewritten", rows);
	}

	private int erase(String table, List<Column> columns, List<String> values, Map<Pattern, String> replacements) {
		List<String> conditions = new ArrayList<>();
		List<Object> arguments = new ArrayList<>();
		for (Column column : columns) {
			for (String value : values) {
				conditions.add(column.binary() ? "position(convert_to(?, 'UTF8') in " + column.name() + ") > 0"
						: "strpos(lower(" + column.name() + "), lower(?)) > 0");
				arguments.add(value);
			}
		}
		String select = "select ctid::text as row_id, " + String.join(", ", columns.stream().map(Column::name).toList()) + " from " + table
				+ " where (" + String.join(" or ", conditions) + ")"
				+ ("act_ge_bytearray".equals(table) ? " and deployment_id_ is null" : "");
		List<Map<String, Object>> found = jdbc.queryForList(select, arguments.toArray());
		for (Map<String, Object> row : found) {
			List<String> assignments = new ArrayList<>();
			List<Object> newValues = new ArrayList<>();
			for (Column column : columns) {
				Object value = row.get(column.name());
				Object replaced = value instanceof String text ? replace(text, replacements)
						: value instanceof byte[] bytes ? replace(bytes, replacements) : value;
				if (replaced != value) {
					assignments.add(column.name() + " = ?");
					newValues.add(replaced);
				}
			}
			if (!assignments.isEmpty()) {
				newValues.add(row.get("row_id"));
				jdbc.update("update " + table + " set " + String.join(", ", assignments) + " where ctid = ?::tid", newValues.toArray());
			}
		}
		return found.size();
	}

	/** The text with every replacement applied; the same instance when nothing matched. */
	static String replace(String text, Map<Pattern, String> replacements) {
		String result = text;
		for (Map.Entry<Pattern, String> replacement : replacements.entrySet()) {
			result = replacement.getKey().matcher(result).replaceAll(Matcher.quoteReplacement(replacement.getValue()));
		}
		return result.equals(text) ? text : result;
	}

	/** Serialized values as UTF-8 text (JSON); binary content that is no UTF-8 text is left as it is. */
	static byte[] replace(byte[] bytes, Map<Pattern, String> replacements) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return bytes;
		}
		String replaced = replace(text, replacements);
		return replaced == text ? bytes : replaced.getBytes(StandardCharsets.UTF_8);
	}

	static Map<Pattern, String> replacements(Person person) {
		Map<Pattern, String> replacements = new LinkedHashMap<>();
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		if (person.email() != null && !person.email().isBlank()) {
			replacements.put(Pattern.compile(Pattern.quote(person.email().strip()), flags), Person.ERASED_NAME);
		}
		if (person.name() != null && !person.name().isBlank()) {
			replacements.put(Pattern.compile(Pattern.quote(person.name().strip()), flags), Person.ERASED_NAME);
		}
		if (person.userId() != null && !person.userId().isBlank()) {
			replacements.put(Pattern.compile("(?<!" + WORD + ")" + Pattern.quote(person.userId()) + "(?!" + WORD + ")", flags),
					person.pseudonym());
		}
		return replacements;
	}

	/** The text and binary columns of the engine's tables (runtime, history, identity, byte arrays). */
	private Map<String, List<Column>> columnsByTable() {
		Map<String, List<Column>> tables = new LinkedHashMap<>();
		jdbc.query("""
				select table_name, column_name, data_type from information_schema.columns
				where table_schema = current_schema() and table_name like 'act\\_%' and table_name not like 'act\\_re\\_%'
				  and data_type in ('text', 'character varying', 'character', 'bytea')
				order by table_name, ordinal_position
				""", rs -> {
			tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(new Column(rs.getString(2), "bytea".equals(rs.getString(3))));
		});
		return tables;
	}

	private record Column(String name, boolean binary) {
	}
}
