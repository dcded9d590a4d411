package de.kommunalpilot.pilots.process.demo;

import static de.kommunalpilot.platform.Topic.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.platform.Topic;

/**
 * The pool of the demo: twelve migrant experts and organisations across Baden-Württemberg.
 */
final class DemoExperts {

	record Entry(String userId, String firstName, String lastName, String organisation, Expert.Kind kind, int fee,
			Set<String> languages, Set<String> countries, Set<Integer> sdgs, Set<Topic> topics, Set<String> regions) {

		String name() {
			return organisation != null && kind == Expert.Kind.ORGANISATION ? organisation : firstName + " " + lastName;
		}

		Experts.Register command() {
			return new Experts.Register(userId, name(), kind == Expert.Kind.PERSON ? organisation : null, kind,
					userId + "@example.org", BigDecimal.valueOf(fee), languages, countries, sdgs, topics, regions);
		}
	}

	static final List<Entry> ALL = List.of(
			new Entry("expertin", "Amina", "Yılmaz", null, Expert.Kind.PERSON, 450, Set.of("Deutsch", "Türkisch", "Englisch"),
					Set.of("Türkei"), Set.of(4, 5, 10), Set.of(EDUCATION, GENDER), Set.of("08416", "08415", "08421", "08311")),
			new Entry("experte", "Daniel", "Mensah", null, Expert.Kind.PERSON, 500, Set.of("Deutsch", "Englisch", "Twi"),
					Set.of("Ghana"), Set.of(8, 12, 17), Set.of(FAIR_TRADE, ECONOMY, PARTNERSHIP),
					Set.of("08212", "08215", "08222", "08221", "08111")),
			new Entry("expert03", "Leyla", "Haddad", null, Expert.Kind.PERSON, 420, Set.of("Deutsch", "Arabisch", "Französisch"),
					Set.of("Syrien", "Libanon"), Set.of(3, 10, 16), Set.of(HEALTH, INTEGRATION), Set.of("08111", "08116", "08118")),
			new Entry("expert04", "Grace", "Achieng", null, Expert.Kind.PERSON, 430, Set.of("Deutsch", "Englisch", "Swahili"),
					Set.of("Kenia"), Set.of(6, 13, 15), Set.of(CLIMATE), Set.of("08311", "08315", "08336")),
			new Entry("expert05", "Mai", "Tran", null, Expert.Kind.PERSON, 400, Set.of("Deutsch", "Vietnamesisch"),
					Set.of("Vietnam"), Set.of(8, 12), Set.of(ECONOMY, FAIR_TRADE), Set.of("08121", "08125", "08126")),
			new Entry("expert06", "Mehmet", "Demir", null, Expert.Kind.PERSON, 410, Set.of("Deutsch", "Türkisch", "Kurdisch"),
					Set.of("Türkei", "Irak"), Set.of(11, 16), Set.of(PARTICIPATION, INTEGRATION), Set.of("08111", "08115", "08119")),
			new Entry("expert07", "Ana Lucía", "Torres", null, Expert.Kind.PERSON, 440, Set.of("Deutsch", "Spanisch"),
					Set.of("Kolumbien", "Peru"), Set.of(5, 10, 16), Set.of(GENDER, PARTICIPATION), Set.of("08221", "08226", "08222")),
			new Entry("org08", "Jean-Pierre", "Mbala", "Afrika-Forum Baden e.V.", Expert.Kind.ORGANISATION, 600,
					Set.of("Deutsch", "Französisch", "Lingala"), Set.of("DR Kongo", "Kamerun"), Set.of(4, 17),
					Set.of(EDUCATION, PARTNERSHIP), Set.of("08212", "08211", "08216")),
			new Entry("expert09", "Olena", "Kovalenko", null, Expert.Kind.PERSON, 420, Set.of("Deutsch", "Ukrainisch", "Russisch"),
					Set.of("Ukraine"), Set.of(3, 4), Set.of(HEALTH, EDUCATION), Set.of("08421", "08425", "08426")),
			new Entry("expert10", "Samuel", "Bekele", null, Expert.Kind.PERSON, 430, Set.of("Deutsch", "Amharisch", "Englisch"),
					Set.of("Äthiopien"), Set.of(2, 13, 15), Set.of(CLIMATE), Set.of("08435", "08436", "08437")),
			new Entry("org11", "Ayşe", "Kaya", "Deutsch-Türkisches Forum Stuttgart e.V.", Expert.Kind.ORGANISATION, 550,
					Set.of("Deutsch", "Türkisch"), Set.of("Türkei"), Set.of(4, 10, 11),
					Set.of(INTEGRATION, EDUCATION, PARTICIPATION), Set.of("08111", "08118")),
			new Entry("expert12", "Priya", "Raman", null, Expert.Kind.PERSON, 460, Set.of("Deutsch", "Tamil", "Englisch"),
					Set.of("Indien", "Sri Lanka"), Set.of(7, 9, 13), Set.of(CLIMATE, ECONOMY), Set.of("08335", "08327", "08326")));

	private DemoExperts() {
	}
}
