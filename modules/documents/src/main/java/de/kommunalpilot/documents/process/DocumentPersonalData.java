package de.kommunalpilot.documents.process;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.kommunalpilot.documents.DocumentInfo;
import de.kommunalpilot.documents.Documents;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.PersonalData;
import de.kommunalpilot.practices.Practices;

/**
 * An expert's documents: fee agreements are deleted, final reports are set again without the name (the
 * pilots module has already replaced it), and uploads keep a pseudonym as the one who added them. Runs
 * after the pilots module.
 */
@Component
@Order(20)
class DocumentPersonalData implements PersonalData {

	private final Documents documents;
	private final CaseDocuments caseDocuments;
	private final Pilots pilots;
	private final Practices practices;

	DocumentPersonalData(Documents documents, CaseDocuments caseDocuments, Pilots pilots, Practices practices) {
		this.documents = documents;
		this.caseDocuments = caseDocuments;
		this.pilots = pilots;
		this.practices = practices;
	}

	@Override
	public String section() {
		return "dokumente";
	}

	@Override
	public Object export(Person person) {
		if (person.userId() == null) {
			return List.of();
		}
		return documents.ofPerson(person.userId()).stream().map(d -> Map.of("datei", d.fileName(), "vorgang", d.ownerId(), "art",
				d.category() == null ? "hochgeladen" : d.category(), "erstelltAm", d.createdAt().toString())).toList();
	}

	@Override
	public void erase(Person person) {
		if (person.userId() == null) {
			return;
		}
		for (DocumentInfo document : documents.ofPerson(person.userId())) {
			if ("fee-agreement".equals(document.category())) {
				documents.deleteForErasure(document.id());
			}
			else if ("final-report".equals(document.category())) {
				documents.deleteForErasure(document.id());
				pilots.read(document.ownerId(), pilot -> caseDocuments.storeFinalReport(pilot, caseDocuments.renderFinalReport(pilot,
						practices.byCodes(pilot.chosenPractices()).stream().map(p -> p.code() + " – " + p.title()).toList())));
			}
		}
		documents.pseudonymiseCreator(person.userId(), person.pseudonym());
	}
}
