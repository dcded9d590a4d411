/**
 * Attachments on cases and the generated PDFs, among them the programme's guide (Handreichung).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package de.kommunalpilot.documents;
