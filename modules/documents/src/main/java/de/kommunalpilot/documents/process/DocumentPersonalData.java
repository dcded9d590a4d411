package de.kommunalpilot.documents.process;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.kommunalpilot.documents.DocumentInfo;
import de.kommunalpilot.documents.Documents;
import de.kommunalpilot.documents.Guide;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.PersonalData;
import de.kommunalpilot.practices.Practices;

/**
 * An expert's documents: fee agreements are deleted, final reports are set again without the name (the
 * pilots module has already replaced it), uploads keep a pseudonym as the one who added them, and guide
 * editions that name them are replaced by a new one. Runs after the pilots module.
 */
@Component
@Order(20)
class DocumentPersonalData implements PersonalData {

	private final Documents documents;
	private final CaseDocuments caseDocuments;
	private final Pilots pilots;
	private final Practices practices;
	private final Guide guide;

	DocumentPersonalData(Documents documents, CaseDocuments caseDocuments, Pilots pilots, Practices practices, Guide guide) {
		this.guide = guide;
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
		eraseFromGuide(person);
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

	/**
	 * Guide editions that name the person (as the expert of a completed pilot) are removed, the public
	 * one included, and a new edition is compiled from the pseudonymised data once the erasure commits.
	 */
	private void eraseFromGuide(Person person) {
		if (person.name() == null || person.name().isBlank()) {
			return;
		}
		String name = withoutSpaces(person.name());
		boolean removed = false;
		for (DocumentInfo edition : guide.editions()) {
			if (withoutSpaces(pdfText(documents.downloadForSystem(edition.id()).content())).contains(name)) {
				guide.removeEditionForErasure(edition.id());
				removed = true;
			}
		}
		if (removed) {
			guide.compileAfterCommit("system");
		}
	}

	/** Lines in a PDF may break inside a name. */
	private static String withoutSpaces(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
	}

	private static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException("A guide edition cannot be read", e);
		}
	}
}
