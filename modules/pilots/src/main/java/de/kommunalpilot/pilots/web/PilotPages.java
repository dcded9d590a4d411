package de.kommunalpilot.pilots.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.kommunalpilot.platform.Responsibilities;

import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.municipalities.District;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.PilotTasks;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Sdg;
import jakarta.servlet.http.HttpServletResponse;
import de.kommunalpilot.platform.GermanDates;

/**
 * The case pages: the list of pilots with filters in the URL, its CSV export, and the page of one pilot
 * with its notes. Experts see only the pilots they were asked for or work on.
 */
@PageController
class PilotPages {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));
	private static final int CSV_LIMIT = 20_000;

	private final Pilots pilots;
	private final PilotTasks tasks;
	private final Municipalities municipalities;
	private final Experts experts;
	private final MailOutbox outbox;

	private final de.kommunalpilot.platform.UserNames people;
	private final Responsibilities responsibilities;

	PilotPages(Pilots pilots, PilotTasks tasks, Municipalities municipalities, Experts experts, MailOutbox outbox,
			de.kommunalpilot.platform.UserNames people, Responsibilities responsibilities) {
		this.people = people;
		this.responsibilities = responsibilities;
		this.outbox = outbox;
		this.pilots = pilots;
		this.tasks = tasks;
		this.municipalities = municipalities;
		this.experts = experts;
	}

	/** The list's numbers in the URL (page, size, SDG) that are no number are ignored, as its other unknown values are. */
	@org.springframework.web.bind.annotation.InitBinder("query")
	void lenientNumbers(org.springframework.web.bind.WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new java.beans.PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				try {
					setValue(text == null || text.isBlank() ? null : Integer.valueOf(text.strip()));
				}
				catch (NumberFormatException e) {
					setValue(null);
				}
			}
		});
	}

	@GetMapping("/pilotvorhaben")
	String list(@ModelAttribute("query") PilotListQuery query, Authentication user, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Map<String, String> districts = districtLabels();
		Page<PilotRow> page = pilots.search(query.filter(expertOnly(user), overdue(query), user.getName()), query.pageable(),
				row(districts));
		model.addAttribute("page", page);
		model.addAttribute("staff", PilotController.staff(user));
		model.addAttribute("phases", PilotPhase.values());
		model.addAttribute("districts", municipalities.districts());
		model.addAttribute("sdgs", Sdg.values());
		model.addAttribute("coordinators", PilotController.staff(user) ? people.membersOf("coordinators") : List.of());
		if (PilotController.staff(user)) {
			model.addAttribute("experts", experts.all());
		}
		return htmx != null ? "pilots/list :: results" : "pilots/list";
	}

	@GetMapping(path = "/pilotvorhaben.csv")
	void csv(@ModelAttribute("query") PilotListQuery query, Authentication user, HttpServletResponse response)
			throws IOException {
		Map<String, String> districts = districtLabels();
		Page<PilotRow> rows = pilots.search(query.filter(expertOnly(user), overdue(query), user.getName()),
				PageRequest.of(0, CSV_LIMIT, query.pageable().getSort()), row(districts));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"pilotvorhaben-" + LocalDate.now(GermanDates.ZONE) + ".csv\"");
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write('\uFEFF');
		out.println("Referenz;Titel;Kommune;Landkreis;Phase;Expert*in;Angelegt am;Überfällig");
		for (PilotRow row : rows) {
			out.println(String.join(";", csv(row.reference()), csv(row.title()), csv(row.municipality()),
					csv(row.district()), csv(row.phaseLabel()), csv(row.expert()), csv(row.createdAt()),
					row.overdue() ? "ja" : "nein"));
		}
		out.flush();
	}

	@GetMapping("/pilotvorhaben/{reference}")
	String detail(@PathVariable String reference, Authentication user, Model model) {
		Set<String> groups = PilotController.groups(user);
		PilotViews.Detail pilot = pilots.read(reference, p -> {
			if (!Pilots.visibleTo(p, user.getName(), groups)) {
				throw new NotPermittedException("Dieses Pilotvorhaben ist Ihnen nicht zugeordnet.");
			}
			return PilotViews.Detail.of(p);
		});
		model.addAttribute("pilot", pilot);
		model.addAttribute("appointments", pilots.read(reference, p -> Arrays.stream(de.kommunalpilot.pilots.AppointmentKind.values())
				.map(kind -> PilotViews.AppointmentView.of(p, kind)).toList()));
		model.addAttribute("district", districtLabels().getOrDefault(pilot.districtKey(), pilot.districtKey()));
		model.addAttribute("course", PilotPhase.course());
		model.addAttribute("currentPhase", PilotPhase.valueOf(pilot.phase()));
		model.addAttribute("tasks", tasks.openTasks(reference, user.getName(), groups));
		model.addAttribute("processInstanceId", groups.contains("leads") || groups.contains("camunda-admin")
				? tasks.processInstanceId(reference) : null);
		model.addAttribute("activeActivities", tasks.diagram(reference).map(d -> String.join(",", d.activeActivityIds())).orElse(null));
		model.addAttribute("timeline", Timeline.of(pilot, tasks.completedTasks(reference),
				PilotController.staff(user) ? outbox.recent(reference, 100) : List.of()));
		model.addAttribute("sdgLabels", pilot.sdgs().stream().map(Sdg::of).map(Sdg::label).toList());
		model.addAttribute("me", user.getName());
		model.addAttribute("coordinators", PilotPhase.valueOf(pilot.phase()).isClosed() ? List.of() : responsibilities.choicesFor(groups));
		model.addAttribute("dates", DATE);
		model.addAttribute("times", DATE_TIME);
		return "pilots/detail";
	}

	@GetMapping("/pilotvorhaben/{reference}/diagramm.bpmn")
	org.springframework.http.ResponseEntity<String> diagram(@PathVariable String reference, Authentication user) {
		requireVisible(reference, user);
		String xml = tasks.diagram(reference).map(PilotTasks.Diagram::bpmnXml)
				.orElseThrow(() -> new java.util.NoSuchElementException("Zu " + reference + " gibt es keinen Prozess."));
		return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_XML)
				.body(xml);
	}

	/** Hands the pilot to another coordinator (Fallverantwortung). */
	@PostMapping("/pilotvorhaben/{reference}/verantwortung")
	String handOver(@PathVariable String reference, @RequestParam(required = false) String to, Authentication user,
			RedirectAttributes redirect) {
		return Responsibilities.handOverForm("/pilotvorhaben/" + reference, redirect,
				() -> pilots.handOver(reference, to, user.getName(), PilotController.groups(user)));
	}

	/** Sets who stands in for the responsible coordinator while they are away. */
	@PostMapping("/pilotvorhaben/{reference}/vertretung")
	String substitute(@PathVariable String reference, @RequestParam(required = false) String substitute, Authentication user,
			RedirectAttributes redirect) {
		return Responsibilities.substituteForm("/pilotvorhaben/" + reference, redirect, substitute,
				chosen -> pilots.setSubstitute(reference, chosen, PilotController.groups(user)));
	}

	/** Sets or moves the date of the first talk or the kick-off; the contact (and for the kick-off the expert) get it as .ics. */
	@PostMapping("/pilotvorhaben/{reference}/termine")
	String schedule(@PathVariable String reference, @RequestParam(required = false) String kind, @RequestParam(required = false) String date,
			@RequestParam(required = false) String start, @RequestParam(required = false) String end,
			@RequestParam(required = false) String location, Authentication user, RedirectAttributes redirect) {
		de.kommunalpilot.pilots.AppointmentKind talk = Arrays.stream(de.kommunalpilot.pilots.AppointmentKind.values())
				.filter(k -> k.name().equals(kind)).findFirst().orElseThrow(() -> new InvalidInputException(Map.of("kind", "Unbekannter Termin.")));
		try {
			pilots.schedule(reference, talk, parsed(date, LocalDate::parse), parsed(start, java.time.LocalTime::parse),
					parsed(end, java.time.LocalTime::parse), location, PilotController.groups(user));
			redirect.addFlashAttribute("appointmentDone", talk.label());
		}
		catch (InvalidInputException | de.kommunalpilot.platform.ConflictException e) {
			// the form shows what was entered, with the messages at its fields
			redirect.addFlashAttribute("appointmentKind", talk.name());
			redirect.addFlashAttribute("appointmentErrors", e instanceof InvalidInputException invalid ? invalid.errors() : Map.of("date", e.getMessage()));
			Map<String, String> entered = new java.util.HashMap<>();
			entered.put("date", date);
			entered.put("start", start);
			entered.put("end", end);
			entered.put("location", location);
			redirect.addFlashAttribute("appointmentInput", entered);
		}
		return "redirect:/pilotvorhaben/" + reference + "#termine";
	}

	/** An input the browser sends in ISO form (date and time fields); anything else counts as not given. */
	private static <T> T parsed(String value, Function<String, T> parser) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	@PostMapping("/pilotvorhaben/{reference}/notizen")
	String addNote(@PathVariable String reference, @RequestParam(defaultValue = "") String text, Authentication user,
			RedirectAttributes redirect) {
		requireVisible(reference, user);
		try {
			pilots.addNote(reference, user.getName(), text);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("noteError", e.errors().get("text"));
			redirect.addFlashAttribute("noteText", text);
		}
		return "redirect:/pilotvorhaben/" + reference + "#notizen";
	}

	@PostMapping("/pilotvorhaben/{reference}/notizen/{noteId}")
	String editNote(@PathVariable String reference, @PathVariable UUID noteId,
			@RequestParam(defaultValue = "") String text, Authentication user, RedirectAttributes redirect) {
		requireVisible(reference, user);
		try {
			pilots.editNote(reference, noteId, user.getName(), text);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("noteError", e.errors().get("text"));
		}
		return "redirect:/pilotvorhaben/" + reference + "#notizen";
	}

	private void requireVisible(String reference, Authentication user) {
		pilots.read(reference, p -> {
			if (!Pilots.visibleTo(p, user.getName(), PilotController.groups(user))) {
				throw new NotPermittedException("Dieses Pilotvorhaben ist Ihnen nicht zugeordnet.");
			}
			return p;
		});
	}

	private Set<String> overdue(PilotListQuery query) {
		return Boolean.TRUE.equals(query.ueberfaellig()) ? tasks.referencesWithOverdueTasks() : Set.of();
	}

	private static String expertOnly(Authentication user) {
		return PilotController.staff(user) ? null : user.getName();
	}

	private Map<String, String> districtLabels() {
		return municipalities.districts().stream().collect(Collectors.toMap(District::key, District::label));
	}

	private static Function<Pilot, PilotRow> row(Map<String, String> districts) {
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		return pilot -> new PilotRow(pilot.reference(), pilot.title(), pilot.municipalityName(),
				districts.getOrDefault(pilot.districtKey(), pilot.districtKey()), pilot.phase().name(),
				pilot.phase().label(), pilot.assignedExpert().map(a -> a.expertName()).orElse(""),
				DATE_TIME.format(pilot.createdAt()),
				pilot.milestones().stream().anyMatch(m -> m.overdue(today)));
	}

	/** Quoted for CSV (semicolon-separated, as German spreadsheets expect), formulas neutralised. */
	static String csv(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	public record PilotRow(String reference, String title, String municipality, String district, String phase,
			String phaseLabel, String expert, String createdAt, boolean overdue) {
	}

}
